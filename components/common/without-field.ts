import { useRef } from 'preact/hooks';
import { sameFields } from './memo';

/**
 * `value` without its field `key`, and the very object of the last render while every other field is the same (by
 * identity): memoised parts fed with it are not rendered again when only that field changed (issue 17: a reply
 * arriving changes an invoice's timeline, not its card).
 */
export function useWithout<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const last = useRef<Omit<T, K>>();
  const { [key]: _left, ...rest } = value;
  if (last.current && sameFields(last.current, rest)) return last.current;
  last.current = rest;
  return rest;
}
