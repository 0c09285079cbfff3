import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../utils/state/create-store';

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
