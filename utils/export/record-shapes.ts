type ShapeNode = { index?: number; next: Map<string, ShapeNode> };

/**
 * Writes records as JSON without their keys: an object becomes [its shape's number + 1, ...its values], an array
 * [0, ...its items], each shape (an ordered key list) kept once. A backup's records share a few dozen shapes, and their
 * keys are a quarter of an event's text. Members whose value is undefined are left out, as JSON.stringify does.
 */
export function createRecordShapes() {
  const shapes: string[][] = [];
  const root: ShapeNode = { next: new Map() };

  const shapeOf = (keys: string[]): number => {
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
    if (node.index === undefined) {
      node.index = shapes.length;
      shapes.push(keys);
    }
    return node.index;
  };

  const pack = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      const packed: unknown[] = [0];
      for (const item of value) packed.push(pack(item));
      return packed;
    }
    const keys: string[] = [];
    const packed: unknown[] = [0];
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined) continue;
      keys.push(key);
      packed.push(pack(member));
    }
    packed[0] = shapeOf(keys) + 1;
    return packed;
  };

  const unpack = (value: unknown): unknown => {
    if (!Array.isArray(value)) return value;
    if (value[0] === 0) {
      const items: unknown[] = [];
      for (let i = 1; i < value.length; i++) items.push(unpack(value[i]));
      return items;
    }
    const keys = shapes[value[0] - 1];
    const object: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) object[keys[i]] = unpack(value[i + 1]);
    return object;
  };

  return {
    /** The record's JSON text without its keys. */
    write: (record: unknown): string => JSON.stringify(pack(record)),
    /** The record back from that text, as it was given (members in the same order). */
    read: (text: string): unknown => unpack(JSON.parse(text)),
  };
}
