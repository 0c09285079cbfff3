import { readEInvoice } from '../einvoice/parse';
import { renderBlocksDocx } from '../export/docx-blocks';
import { renderEvidenceDocx } from '../export/evidence-docx';
import { letterDocument } from '../export/letter-document';
import { timelineCsv } from '../export/timeline-csv';
import { parseCsv } from '../import/parse-csv';
import { epcQrGif } from '../payment/epc-qr-image';
import type { ProgressReport } from '../progress/progress-report';
import type { HeavyJob, HeavyResult } from './heavy-job';

/** Does one heavy job here, with the libraries it needs (loaded only by the contexts that import this module). */
export async function runHeavyJob<J extends HeavyJob>(job: J, progress?: ProgressReport): Promise<HeavyResult<J>> {
  const j = job as HeavyJob;
  switch (j.kind) {
    case 'letter-blocks':
      return letterDocument(j.letter) as HeavyResult<J>;
    case 'letter-docx':
      return (await renderBlocksDocx(letterDocument(j.letter))) as HeavyResult<J>;
    case 'evidence-docx':
      return (await renderEvidenceDocx({ ...j.input, progress })) as HeavyResult<J>;
    case 'payment-qr-gif':
      return epcQrGif(j.payload, j.scale) as HeavyResult<J>;
    case 'timeline-csv':
      return timelineCsv(j.input) as HeavyResult<J>;
    case 'parse-csv':
      return parseCsv(j.text) as HeavyResult<J>;
    case 'read-einvoice':
      return (await readEInvoice(j.bytes)) as HeavyResult<J>;
  }
}
