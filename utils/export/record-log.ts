import { createRecordShapes } from './record-shapes';

const SEGMENT_BYTES = 4 * 1024 * 1024;

/**
 * Checked records kept as UTF-8 JSON (without their keys: record-shapes.ts) in large byte segments until the one restore transaction writes them. A
 * transaction ends as soon as it waits on anything but IndexedDB, so the records cannot be read from the file while
 * it runs; kept as bytes they take about the file's size (French text as a JS string takes twice that, as objects
 * several times), and a few segments instead of one buffer per record spare 200 000 small allocations.
 */
export function createRecordLog<Name extends string>() {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const shapes = createRecordShapes();
  const segments: Uint8Array[] = [];
  let segment = new Uint8Array(SEGMENT_BYTES);
  let used = 0;
  // Per record: its list, its segment, where it starts and its length in bytes.
  const names: Name[] = [];
  const nameIndex = new Map<Name, number>();
  let entries = new Uint32Array(4 * 1024);
  let count = 0;

  const seal = () => {
    segments.push(segment.subarray(0, used));
    segment = new Uint8Array(SEGMENT_BYTES);
    used = 0;
  };

  return {
    append(name: Name, record: unknown): void {
      const text = shapes.write(record);
      // Encoded straight into the segment (no buffer per record); UTF-8 takes at most 3 bytes a UTF-16 unit.
      if (used + text.length * 3 > segment.length) {
        if (used > 0) seal();
        if (text.length * 3 > segment.length) segment = new Uint8Array(text.length * 3);
      }
      const length = encoder.encodeInto(text, segment.subarray(used)).written;
      if ((count + 1) * 4 > entries.length) {
        const wider = new Uint32Array(entries.length * 2);
        wider.set(entries);
        entries = wider;
      }
      let ref = nameIndex.get(name);
      if (ref === undefined) {
        ref = names.length;
        nameIndex.set(name, ref);
        names.push(name);
      }
      entries.set([ref, segments.length, used, length], count * 4);
      used += length;
      count++;
    },

    get size(): number {
      return count;
    },

    /** The records in the order they were appended, each decoded only when reached. */
    *records(): Generator<{ name: Name; value: unknown }> {
      const all = used > 0 ? [...segments, segment.subarray(0, used)] : segments;
      for (let i = 0; i < count; i++) {
        const [ref, at, start, length] = entries.subarray(i * 4, i * 4 + 4);
        yield { name: names[ref], value: shapes.read(decoder.decode(all[at].subarray(start, start + length))) };
      }
    },
  };
}

export type RecordLog<Name extends string> = ReturnType<typeof createRecordLog<Name>>;
