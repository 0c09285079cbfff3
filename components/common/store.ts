import { useEffect, useState } from 'preact/hooks';

/** A tiny observable state holder: pages keep product state here, components only read it and call actions. */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: (state: S) => void): () => void;
}

/** Creates a store with an initial state. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's current state, re-rendering the component on every change. */
export function useStore<S extends object>(store: Pick<Store<S>, 'get' | 'subscribe'>): S {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // A change may have landed between the first render and this effect: catch up with it.
    setState(store.get());
    return unsubscribe;
  }, [store]);
  return state;
}
