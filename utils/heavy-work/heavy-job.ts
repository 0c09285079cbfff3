import type { EInvoiceReadResult } from '../einvoice/types';
import type { BlockDocument } from '../export/document-blocks';
import type { EvidenceFileInput } from '../export/evidence-docx';
import type { LetterRequest } from '../export/letter-document';
import type { TimelineCsvInput } from '../export/timeline-csv';
import type { CsvTable } from '../import/parse-csv';
import type { ProgressReport } from '../progress/progress-report';

/**
 * Work the extension needs rarely and that needs large libraries (docx, the QR encoder, papaparse, xmldom) or much
 * wording (the letters, the CSV timeline): kept out of the service worker every wake-up loads (issue 17). Every job is
 * plain data in and out, so it can run in another context (Chrome's offscreen document) as well as in the same one
 * (Firefox's background page, Node).
 */
export type HeavyJob =
  | { kind: 'letter-blocks'; letter: LetterRequest }
  | { kind: 'letter-docx'; letter: LetterRequest }
  | { kind: 'evidence-docx'; input: Omit<EvidenceFileInput, 'progress'> }
  | { kind: 'payment-qr-gif'; payload: string; scale: number }
  | { kind: 'timeline-csv'; input: TimelineCsvInput }
  | { kind: 'parse-csv'; text: string }
  | { kind: 'read-einvoice'; bytes: Uint8Array };

export interface HeavyResults {
  'letter-blocks': BlockDocument;
  'letter-docx': Uint8Array;
  'evidence-docx': Uint8Array;
  'payment-qr-gif': Uint8Array;
  'timeline-csv': string;
  'parse-csv': CsvTable;
  'read-einvoice': EInvoiceReadResult;
}

export type HeavyResult<J extends HeavyJob> = HeavyResults[J['kind']];

/** Runs one job wherever this context keeps the libraries; `progress` hears the long ones (the evidence file). */
export type HeavyWork = <J extends HeavyJob>(job: J, progress?: ProgressReport) => Promise<HeavyResult<J>>;
