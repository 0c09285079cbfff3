import { describe, expect, it } from 'vitest';
import { LatestEntries } from '../../../utils/state/latest-entries';

describe('LatestEntries', () => {
  it('keeps the entries set last, a key set again counting as new, and names the one it pushes out', () => {
    const latest = new LatestEntries<string, number>(2);
    expect(latest.set('a', 1)).toBeUndefined();
    expect(latest.set('b', 2)).toBeUndefined();
    expect(latest.set('a', 3)).toBeUndefined();
    expect(latest.set('c', 4)).toBe('b');
    expect([latest.get('a'), latest.get('b'), latest.get('c')]).toEqual([3, undefined, 4]);
    latest.clear();
    expect(latest.get('a')).toBeUndefined();
  });
});
