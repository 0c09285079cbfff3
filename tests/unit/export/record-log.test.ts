import { describe, expect, it } from 'vitest';
import { createRecordLog } from '../../../utils/export/record-log';

describe('records log', () => {
  it('gives every record back as appended, keys and their order included, whatever its nesting', () => {
    const records = [
      { id: 'a', nested: { list: [1, 'two', { three: 3 }, [], null], empty: {} }, flag: false },
      { flag: true, id: 'b' },
      { id: 'c', nested: { empty: {}, list: [] } },
      { id: 'd', text: 'é ✓ 𝄞 "quoted" \\ back' },
    ];
    const log = createRecordLog<'x' | 'y'>();
    for (const [i, record] of records.entries()) log.append(i % 2 ? 'y' : 'x', record);
    const read = [...log.records()];
    expect(read.map((record) => record.name)).toEqual(['x', 'y', 'x', 'y']);
    read.forEach(({ value }, i) => {
      expect(value).toEqual(records[i]);
      expect(JSON.stringify(value)).toBe(JSON.stringify(records[i]));
    });
  });

  it('leaves out members whose value is undefined, as JSON does', () => {
    const log = createRecordLog<'x'>();
    log.append('x', { id: 'a', gone: undefined, list: [undefined] });
    expect([...log.records()][0].value).toEqual({ id: 'a', list: [null] });
  });
});
