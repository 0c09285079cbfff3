/**
 * Unicode direction overrides (U+202A–U+202E, U+2066–U+2069): "Facture \u202Efdp.exe" shows as "Facture exe.pdf".
 * Wherever Relance writes text for a human to trust (mails, file names, CSV), they are removed or neutralised.
 */
import { describe, expect, it } from 'vitest';
import { detectInvoice } from '../../../utils/detect/invoice';
import { fileNameFor, slugify } from '../../../utils/export/file-name';
import { renderTemplate } from '../../../utils/templates/render';
import { toPlainText } from '../../../utils/mail/plain-text';

const OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/;
const SPOOF = 'Dupont \u202Egnp.exe\u202C SARL';

describe('direction overrides', () => {
  it('are removed from every rendered reminder, subject and body', () => {
    const out = renderTemplate(
      { subject: 'Facture {{invoiceNumber}}', body: '{{greeting}}\nMontant : {{amountDue}}' },
      { invoiceNumber: 'F-2026-\u202E410', greeting: `Bonjour ${SPOOF},`, amountDue: '1 250,00 €\u2066' },
      'fr',
    );
    expect(out.subject + out.body).not.toMatch(OVERRIDES);
    expect(out.body).toContain('Bonjour Dupont gnp.exe SARL,');
    expect(toPlainText('\u2067abc\u2069')).toBe('abc');
  });

  it('never reach an export file name, nor a path separator', () => {
    for (const client of [SPOOF, '\u202Ecod.exe', '../../etc/passwd', 'a\\b/c', '\u2066x\u2069']) {
      const name = fileNameFor('formal-notice', { date: '2026-11-23', client, language: 'fr' });
      expect(name).not.toMatch(OVERRIDES);
      expect(name).toMatch(/^[\w.-]+\.docx$/);
      expect(slugify(client)).not.toMatch(/[\u202A-\u202E\u2066-\u2069/\\]/);
    }
  });

  it('never end up inside a detected invoice number', () => {
    const candidate = detectInvoice({
      id: 'm1',
      subject: 'Facture F-2026-\u202E410',
      from: { email: 'camille@atelier.fr' },
      to: [{ email: 'client@exemple.fr' }],
      date: '2026-11-15T10:00:00+01:00',
      text: 'Veuillez trouver ci-joint la facture F-2026-\u202E410 de 1 250,00 € à régler avant le 15/12/2026.',
      attachments: [],
    });
    expect(candidate?.number ?? '').not.toMatch(OVERRIDES);
  });

  // Detection strips overrides from the display name it hands on (it becomes the client's name in every view).
  it('never end up in the detected debtor name', () => {
    const candidate = detectInvoice({
      id: 'm1',
      subject: 'Facture F-2026-014',
      from: { email: 'camille@atelier.fr' },
      to: [{ name: SPOOF, email: 'client@exemple.fr' }],
      date: '2026-11-15T10:00:00+01:00',
      text: 'Veuillez trouver ci-joint la facture F-2026-014 de 1 250,00 € à régler avant le 15/12/2026.',
      attachments: [],
    });
    expect(candidate?.debtor?.email).toBe('client@exemple.fr');
    expect(candidate?.debtor?.name ?? '').not.toMatch(OVERRIDES);
  });
});
