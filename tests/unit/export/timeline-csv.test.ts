import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, timelineCsv } from '../../../utils/export/timeline-csv';
import { INVOICES, REMINDER_BODY, sampleEvents } from './sample-case';

describe('csvCell', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+33 6 12 34 56 78')).toBe("'+33 6 12 34 56 78");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('quotes per RFC 4180 only when needed', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });
});

describe('timelineCsv', () => {
  it('writes one row per event, chronologically, with full texts and hashes, readable back by a CSV parser', async () => {
    const events = await sampleEvents();
    const csv = timelineCsv({ invoices: INVOICES, events });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.filter((row) => row.length > 1);
    expect(rows[0]).toEqual([
      'Date',
      'Enregistré le',
      'Facture',
      'N°',
      'Événement',
      'Résumé',
      'Texte intégral',
      'Corrige',
      'Empreinte précédente (SHA-256)',
      'Empreinte (SHA-256)',
      'Type',
    ]);
    expect(rows).toHaveLength(events.length + 1);
    const reminder = rows.find((row) => row[10] === 'reminder-sent')!;
    expect(reminder[2]).toBe('F-2026-014');
    expect(reminder[6]).toBe(REMINDER_BODY);
    expect(reminder[9]).toBe(events[1].hash);
    expect(rows.map((row) => row[0]).slice(1)).toEqual([...rows.map((row) => row[0]).slice(1)].sort());
  });

  it('neutralises hostile mail text inside the timeline', async () => {
    const events = await sampleEvents((draft, index) => (index === 2 ? { ...draft, data: { ...draft.data, excerpt: '=cmd|" /C calc"!A0' } } : draft));
    const csv = timelineCsv({ invoices: INVOICES, events, language: 'en', delimiter: ';' });
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' }).data;
    expect(rows[0][0]).toBe('Date');
    const reply = rows.find((row) => row[10] === 'reply-received')!;
    expect(reply[6]).toBe(`'=cmd|" /C calc"!A0`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('csvCell properties', () => {
  it('round-trips any text through a CSV parser, never leaving a formula trigger first', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), (cells) => {
        const line = cells.map(csvCell).join(',');
        const [parsed] = Papa.parse<string[]>(line + '\r\n', { delimiter: ',', newline: '\r\n' }).data;
        expect(parsed).toHaveLength(cells.length);
        parsed.forEach((cell, i) => {
          expect(cell).toBe(/^[=+\-@\t\r]/.test(cells[i]) ? `'${cells[i]}` : cells[i]);
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
      { numRuns: 1_000 },
    );
  });
});
