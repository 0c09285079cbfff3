/**
 * Dates, ids and codes are ordered by code units (utils/model/compare-code-units.ts), never by a locale's collation:
 * its first use in a woken worker loads the collation data, ~15-20 ms paid by the thread view that first sorted a
 * thread's mails by date (issue 17). A collation is for people's words, so every call names its language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sources } from './source-files';

/** The argument list of each `.localeCompare(` call in `text`, up to its closing parenthesis. */
function localeCompareCalls(text: string): string[] {
  const calls: string[] = [];
  for (const m of text.matchAll(/\.localeCompare\(/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
    calls.push(text.slice(m.index + m[0].length, i - 1));
  }
  return calls;
}

/** Whether an argument list has a second argument (a comma outside any nested parentheses). */
const namesALocale = (args: string) => {
  let depth = 0;
  for (const c of args) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return true;
  }
  return false;
};

describe('collation', () => {
  it('finds calls with and without a locale', () => {
    expect(localeCompareCalls('a.localeCompare(b) || x.localeCompare(f(y), "fr")').map(namesALocale)).toEqual([false, true]);
  });

  it('is used for people’s words only, with their language named: no localeCompare on dates, ids or codes', () => {
    const offenders = ['utils', 'components', 'entrypoints'].flatMap(sources).flatMap((file) =>
      localeCompareCalls(readFileSync(path.join(ROOT, file), 'utf8'))
        .filter((args) => !namesALocale(args))
        .map((args) => `${file}: localeCompare(${args})`),
    );
    expect(offenders).toEqual([]);
  });
});
