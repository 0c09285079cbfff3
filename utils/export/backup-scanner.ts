/**
 * A value of a backup file as the scanner hands it over, still as JSON text: the file's top-level fields (`frame`),
 * the non-list fields of `stores` (`store`: the settings), and one element of a list of `stores` at a time (`record`).
 * A file whose top level is not an object is handed over whole as `root`.
 */
export type ScannedValue =
  | { kind: 'root'; text: string }
  | { kind: 'frame' | 'store'; key: string; text: string }
  | { kind: 'record'; list: string; index: number; text: string };

/** The file is not JSON, or is cut short: the scanner stops where it is. */
export class BackupSyntaxError extends Error {
  override name = 'BackupSyntaxError';
}

export interface ScannerListener {
  value(value: ScannedValue): void;
  /** A key of the two outer objects, raw (as written, quotes included), so a forbidden one is seen before it is decoded. */
  key(raw: string): void;
  /** `stores`, or one of its lists, is entered (an empty list shows no record, but it is there). */
  open(name: string): void;
}

type Container = { kind: 'root' | 'stores' } | { kind: 'list'; name: string; index: number };
type Expect = 'start' | 'key-or-close' | 'key' | 'colon' | 'value-or-close' | 'value' | 'comma-or-close' | 'end';

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Splits a backup's JSON text, given in chunks of any size, into its records without ever holding the whole text or
 * its parse tree: it walks only the structure around the records (the top object, `stores`, its lists) and hands over
 * each value's text, which the reader parses on its own with JSON.parse.
 */
export function createBackupScanner(on: ScannerListener) {
  let buffer = '';
  let pos = 0;
  const stack: Container[] = [];
  let expect: Expect = 'start';
  let key = '';
  // The value being cut out: where it starts in `buffer`, its nesting and whether the scan is inside one of its strings.
  let valueStart = -1;
  let depth = 0;
  let inString = false;
  let primitive = false;
  let keyStart = -1;

  const fail = (what: string) => {
    throw new BackupSyntaxError(what);
  };

  const emit = (text: string) => {
    const top = stack.at(-1);
    if (!top) on.value({ kind: 'root', text });
    else if (top.kind === 'list') on.value({ kind: 'record', list: top.name, index: top.index++, text });
    else on.value({ kind: top.kind === 'root' ? 'frame' : 'store', key, text });
    expect = stack.length ? 'comma-or-close' : 'end';
  };

  /** Scans the value started at valueStart as far as the buffer goes; true once it is complete (and handed over). */
  const scanValue = (final: boolean): boolean => {
    const length = buffer.length;
    if (primitive) {
      while (pos < length) {
        const c = buffer.charCodeAt(pos);
        if (c === 0x2c || c === 0x7d || c === 0x5d || WHITESPACE.has(c)) break;
        pos++;
      }
      if (pos === length && !final) return false;
      emit(buffer.slice(valueStart, pos));
      return true;
    }
    while (pos < length) {
      if (inString) {
        // Strings are most of a record: jump to the next quote, and keep it unless an odd run of backslashes escapes it.
        const quote = buffer.indexOf('"', pos);
        if (quote < 0) {
          pos = length;
          return false;
        }
        let slashes = 0;
        while (buffer.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
        pos = quote + 1;
        if (slashes % 2 === 0) {
          inString = false;
          if (depth === 0) {
            emit(buffer.slice(valueStart, pos));
            return true;
          }
        }
        continue;
      }
      const c = buffer.charCodeAt(pos++);
      if (c === QUOTE) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (--depth === 0) {
          emit(buffer.slice(valueStart, pos));
          return true;
        }
      }
    }
    return false;
  };

  const startValue = (c: number) => {
    const top = stack.at(-1);
    if (c === 0x7b && (!top ? true : top.kind === 'root' && key === 'stores')) {
      stack.push({ kind: top ? 'stores' : 'root' });
      if (top) on.open('stores');
      expect = 'key-or-close';
      pos++;
      return;
    }
    if (c === 0x5b && top?.kind === 'stores') {
      stack.push({ kind: 'list', name: key, index: 0 });
      on.open(key);
      expect = 'value-or-close';
      pos++;
      return;
    }
    if (c === 0x2c || c === 0x3a || c === 0x7d || c === 0x5d) fail('expected a value');
    valueStart = pos;
    depth = 0;
    inString = c === QUOTE;
    primitive = !inString && c !== 0x7b && c !== 0x5b;
    pos++;
    if (c === 0x7b || c === 0x5b) depth = 1;
  };

  const close = () => {
    stack.pop();
    pos++;
    expect = stack.length ? 'comma-or-close' : 'end';
  };

  const run = (final: boolean) => {
    while (true) {
      if (valueStart >= 0) {
        if (!scanValue(final)) return;
        valueStart = -1;
        continue;
      }
      if (keyStart >= 0) {
        const quote = buffer.indexOf('"', pos);
        if (quote < 0) return;
        let slashes = 0;
        while (buffer.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
        pos = quote + 1;
        if (slashes % 2) continue;
        const raw = buffer.slice(keyStart, pos);
        keyStart = -1;
        on.key(raw);
        try {
          key = JSON.parse(raw) as string;
        } catch {
          fail('bad key');
        }
        expect = 'colon';
        continue;
      }
      while (pos < buffer.length && WHITESPACE.has(buffer.charCodeAt(pos))) pos++;
      if (pos >= buffer.length) return;
      const c = buffer.charCodeAt(pos);
      const inList = stack.at(-1)?.kind === 'list';
      switch (expect) {
        case 'start':
        case 'value':
        case 'value-or-close':
          if (expect === 'value-or-close' && c === 0x5d) close();
          else startValue(c);
          break;
        case 'key-or-close':
        case 'key':
          if (expect === 'key-or-close' && c === 0x7d) close();
          else if (c === QUOTE) {
            keyStart = pos++;
          } else fail('expected a key');
          break;
        case 'colon':
          if (c !== 0x3a) fail('expected ":"');
          pos++;
          expect = 'value';
          break;
        case 'comma-or-close':
          if (c === 0x2c) {
            pos++;
            expect = inList ? 'value' : 'key';
          } else if (c === (inList ? 0x5d : 0x7d)) close();
          else fail('expected "," or a closing bracket');
          break;
        case 'end':
          fail('text after the end');
      }
    }
  };

  return {
    /** Scans one more piece of the text; what is left of a value cut by the chunk's end waits for the next one. */
    push(chunk: string) {
      const from = valueStart >= 0 ? valueStart : keyStart >= 0 ? keyStart : pos;
      buffer = buffer.slice(from) + chunk;
      pos -= from;
      if (valueStart >= 0) valueStart = 0;
      if (keyStart >= 0) keyStart = 0;
      run(false);
    },
    /** The text is over: a value or an object still open means it was cut short. */
    end() {
      run(true);
      if (valueStart >= 0 || keyStart >= 0 || expect !== 'end') fail('the file ends too early');
    },
  };
}
