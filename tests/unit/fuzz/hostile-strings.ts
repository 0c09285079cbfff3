/** Test support: fast-check arbitraries for text an attacker (or a strange mail client) can put in front of us. */
import fc from 'fast-check';

/** Pieces that have broken parsers and renderers before: markup, formula prefixes, bidi controls, entities, separators. */
export const NASTY_PIECES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://evil.example","x")',
  '+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\u202Efdp.exe',
  '\u2066\u2067\u2068\u2069',
  '\u200E\u200F',
  '&lt;&#60;&amp;',
  ']]><!--',
  '{{amountDue}}',
  '{{#business}}x{{/business}}',
  '__proto__',
  'constructor',
  'undefined',
  'null',
  'NaN',
  '💶🇫🇷👨‍👩‍👧',
  'שלום עליכם',
  'مرحبا',
  '\u0000\u0001\u0008\u000B\u001F\u007F',
  '\uFFFE\uFFFF',
  '\uD800',
  '\uDC00x',
  ';,"\'\n\r\n',
  '1 250,00 €',
  '€1,250.00',
  '31/02/2026',
  'F-2026-014',
  'Facture n° ',
  '  ',
] as const;

/** A string made of nasty pieces and random characters (any UTF-16 unit, lone surrogates included). */
export const hostileString = (maxLength = 60): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY_PIECES), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 12 })), {
      maxLength: Math.max(1, Math.ceil(maxLength / 10)),
    })
    .map((parts) => parts.join(''));

/** Mail-like text: words, numbers, amounts, dates and nasty pieces on several lines. */
export const mailLikeText = (maxLines = 30): fc.Arbitrary<string> => {
  const word = fc.oneof(
    fc.constantFrom(
      'Bonjour',
      'facture',
      'Facture n°',
      'invoice',
      'montant',
      'total TTC',
      'reste à payer',
      'échéance',
      'due date',
      'payée',
      'je vous paierai le',
      'virement',
      'paid',
      'we will pay on',
      'contestons',
      'dispute',
      'absent',
      'out of office',
      'Cordialement',
      '> ',
      '>> ',
      'Le 12/11/2026, Marie a écrit :',
      'On Tue, Nov 3, 2026 at 10:00 AM',
      'à 30 jours',
      'net 30',
      'fin de mois',
    ),
    fc.integer({ min: 0, max: 99_999_999 }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(' €', '€', ' EUR', ' $', '£', ' euros', ''))
      .map(([a, b, c]) => `${a.toLocaleString('fr-FR')},${String(b).padStart(2, '0')}${c}`),
    fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 2200 })).map(([d, m, y]) => `${d}/${m}/${y}`),
    fc.constantFrom(...NASTY_PIECES),
    fc.string({ maxLength: 8 }),
  );
  const line = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
  return fc.array(line, { maxLength: maxLines }).map((lines) => lines.join('\n'));
};
