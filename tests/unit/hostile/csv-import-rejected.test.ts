/** A CSV import of a file that is not an invoice export (binary, HTML, formulas only): every row skipped, nothing written. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../utils/background/handlers';
import { route, type HandlerContext } from '../../../utils/background/router';
import { openRelanceDb } from '../../../utils/store/open-db';
import { RelanceStore } from '../../../utils/store/relance-store';

const FILES: Record<string, string> = {
  binary: String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  html: '<!doctype html><html><body><script>alert(1)</script><table><tr><td>Facture</td></tr></table></body></html>',
  'formulas only': "Numéro;Client;Montant TTC;Date de facture\r\n=1+1;=cmd|' /C calc'!A0;@SUM(A1);=NOW()\r\n;;;\r\n",
  'a PDF renamed .csv': '%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n%%EOF',
  empty: '',
};

describe('rejected CSV files', () => {
  for (const [what, text] of Object.entries(FILES)) {
    it(`${what}: previewed as nothing to import, committed as nothing written`, async () => {
      const store = new RelanceStore((onClose) => openRelanceDb(`relance-csv-${Math.random()}`, undefined, onClose));
      const ctx: HandlerContext = { store, today: () => '2026-11-23' };
      const before = await store.dump();
      const preview = await route({ type: 'import:csv-preview', text }, 'page', handlers, ctx);
      if (preview.ok) expect((preview.value as { rows: Array<{ action: string }> }).rows.every((row) => row.action === 'skip')).toBe(true);
      const commit = await route(
        {
          type: 'import:csv-commit',
          text,
          fileName: 'export.csv',
          mapping: { number: 'Numéro', clientName: 'Client', amountDue: 'Montant TTC', issueDate: 'Date de facture' },
        },
        'page',
        handlers,
        ctx,
      );
      if (commit.ok) expect(commit.value).toMatchObject({ created: 0, merged: 0 });
      expect(await store.dump()).toEqual(before);
    });
  }
});
