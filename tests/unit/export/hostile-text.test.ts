import { describe, expect, it } from 'vitest';
import { renderFormalNotice } from '../../../utils/export/formal-notice';
import { renderEvidenceDocx } from '../../../utils/export/evidence-docx';
import { xmlSafeText } from '../../../utils/export/xml-safe-text';
import { readDocx } from './docx-reader';
import { BUSINESS_NOTICE, CLIENT, INVOICES, sampleEvents, SETTINGS } from './sample-case';

const QUOTES = `O'Brien "the <b>boss</b>" & Sons ]]> <!-- x --> <?pi?>`;
const EMOJI = 'Café ☕ 😀👩🏽‍💻 🇫🇷';
const RTL = 'שלום עולם مرحبا بالعالم';
const LONG = 'x'.repeat(5_000);
const CONTROLS = 'a\u0000b\u0001c\u0007d\u000Be\u001Ff\uFFFEg\uD800h';

describe('xmlSafeText', () => {
  it('drops what XML 1.0 cannot carry and keeps everything else', () => {
    expect(xmlSafeText(CONTROLS)).toBe('abcdefg\uFFFDh');
    expect(xmlSafeText(`${QUOTES}\t\n\r${EMOJI}${RTL}`)).toBe(`${QUOTES}\t\n\r${EMOJI}${RTL}`);
  });
});

describe('hostile text in documents', () => {
  it('keeps the formal notice valid XML and shows the text as written', async () => {
    const bytes = await renderFormalNotice({
      ...BUSINESS_NOTICE,
      creditor: { ...BUSINESS_NOTICE.creditor, name: QUOTES, address: [EMOJI, RTL, LONG] },
      debtor: { ...BUSINESS_NOTICE.debtor, name: `${RTL} ${CONTROLS}`, representative: EMOJI, address: [QUOTES] },
      invoices: [{ ...BUSINESS_NOTICE.invoices[0], number: `<F&1>"${EMOJI}` }],
    });
    const { text } = await readDocx(bytes); // throws on invalid XML
    for (const expected of [QUOTES, EMOJI, RTL, LONG, `<F&1>"${EMOJI}`, `${RTL} abcdefg\uFFFDh`]) expect(text).toContain(expected);
  });

  it('keeps the evidence file valid with hostile mail text in every event', async () => {
    const hostile = `${QUOTES}\n${EMOJI}\n${RTL}\n${LONG}\n${CONTROLS}`;
    const events = await sampleEvents((draft) => {
      const data = { ...draft.data } as Record<string, unknown>;
      for (const key of ['body', 'excerpt', 'summary', 'text', 'subject', 'reason']) if (typeof data[key] === 'string') data[key] = hostile;
      return { ...draft, data } as typeof draft;
    });
    const bytes = await renderEvidenceDocx({
      creditor: { ...SETTINGS.creditor, name: QUOTES },
      client: { ...CLIENT, name: RTL, company: EMOJI },
      invoices: INVOICES.map((invoice) => ({ ...invoice, number: `${invoice.number}<&>` })),
      events,
      asOf: '2026-04-10',
    });
    const { text } = await readDocx(bytes);
    expect(text).toContain(`${QUOTES}\n${EMOJI}\n${RTL}\n${LONG}\nabcdefg\uFFFDh`);
    expect(text).toContain('F-2026-014<&>');
    expect(text).toContain(`${EMOJI} (${RTL})`);
  });
});

describe('the test reader itself', () => {
  it('rejects a document a strict XML parser would refuse', async () => {
    const JSZip = (await import('jszip')).default;
    for (const body of ['<w:t>a\u0001b</w:t>', '<w:t>a&#1;b</w:t>', '<w:t>a<b</w:t>']) {
      const zip = new JSZip();
      zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:p>${body}</w:p></w:document>`);
      await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/not well-formed/);
    }
  });
});
