import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderFormalNotice } from '../../../utils/export/formal-notice';
import { renderEvidenceDocx } from '../../../utils/export/evidence-docx';
import { BUSINESS_NOTICE, CLIENT, INVOICES, sampleEvents, SETTINGS } from './sample-case';

const found = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const hasLibreOffice = found('libreoffice', ['--version']);
const hasPdfToText = found('pdftotext', ['-v']);

/** Converts files with a private profile, so parallel runs and a user's open LibreOffice do not collide. */
function convert(dir: string, files: string[], to: string): void {
  execFileSync('libreoffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 150_000,
  });
}

describe.skipIf(!hasLibreOffice)('LibreOffice opens the documents (install libreoffice-writer-nogui to run)', () => {
  it('converts the formal notice and the evidence file to PDF with the text intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-lo-'));
    try {
      const notice = join(dir, 'notice.docx');
      const evidence = join(dir, 'evidence.docx');
      writeFileSync(
        notice,
        await renderFormalNotice({ ...BUSINESS_NOTICE, debtor: { ...BUSINESS_NOTICE.debtor, name: 'Dupont & Fils "Ébénisterie" <Paris> 😀 שלום' } }),
      );
      writeFileSync(
        evidence,
        await renderEvidenceDocx({ creditor: SETTINGS.creditor, client: CLIENT, invoices: INVOICES, events: await sampleEvents(), asOf: '2026-04-10' }),
      );
      convert(dir, [notice, evidence], 'pdf');
      for (const name of ['notice.pdf', 'evidence.pdf']) {
        expect(existsSync(join(dir, name))).toBe(true);
        expect(readFileSync(join(dir, name)).subarray(0, 5).toString()).toBe('%PDF-');
      }
      let text: string;
      if (hasPdfToText) {
        execFileSync('pdftotext', ['-layout', join(dir, 'notice.pdf'), join(dir, 'notice.txt')]);
        execFileSync('pdftotext', ['-layout', join(dir, 'evidence.pdf'), join(dir, 'evidence.txt')]);
      } else {
        convert(dir, [notice, evidence], 'txt:Text');
      }
      text = readFileSync(join(dir, 'notice.txt'), 'utf8').replace(/\s+/g, ' ');
      for (const expected of [
        'Lettre recommandée avec accusé de réception',
        'Mise en demeure de payer',
        'Dupont & Fils "Ébénisterie" <Paris>',
        'F-2026-014',
        '2 641,23 €',
        'au plus tard le 9 juin 2026',
        'injonction de payer',
        'FR76 3000 6000 0112 3456 7890 189',
      ]) {
        expect(text).toContain(expected);
      }
      const evidenceText = readFileSync(join(dir, 'evidence.txt'), 'utf8').replace(/\s+/g, ' ');
      for (const expected of ['Dossier de recouvrement', 'reconnaissance de dette', 'Bordereau de pièces', 'chronologie intègre'])
        expect(evidenceText).toContain(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
