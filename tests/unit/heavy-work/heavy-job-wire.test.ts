import { describe, expect, it } from 'vitest';
import { formalNoticeDocument } from '../../../utils/export/formal-notice-document';
import { timelineCsv } from '../../../utils/export/timeline-csv';
import type { HeavyJob, HeavyResult } from '../../../utils/heavy-work/heavy-job';
import { jobFromWire, jobToWire, resultFromWire, resultToWire } from '../../../utils/messaging/heavy-job-wire';
import { runHeavyJob } from '../../../utils/heavy-work/run-heavy-job';
import { heavyJobMessageSchema } from '../../../utils/messages';
import { readDocx } from '../export/docx-reader';
import { BUSINESS_NOTICE, CLIENT, INVOICES, sampleEvents, SETTINGS } from '../export/sample-case';
import { bytesToBase64 } from '../../../utils/messaging/base64';
import { epcQrGif } from '../../../utils/payment/epc-qr-image';

/** What Chrome's messaging does to the job and its answer between the worker and the offscreen document: JSON. */
async function acrossContexts<J extends HeavyJob>(job: J): Promise<HeavyResult<J>> {
  const sent = JSON.parse(JSON.stringify({ type: 'relance:heavy-job', jobId: 'job-1', job: jobToWire(job) }));
  const received = heavyJobMessageSchema.parse(sent);
  const answer = JSON.parse(JSON.stringify(resultToWire(job.kind, await runHeavyJob(jobFromWire(received.job)))));
  return resultFromWire(job.kind, answer);
}

describe('heavy jobs carried to the offscreen document as JSON', () => {
  it('the evidence file made there verifies the same chain and says the same as one made in the worker', async () => {
    const job: HeavyJob = {
      kind: 'evidence-docx',
      input: { creditor: SETTINGS.creditor, client: CLIENT, invoices: INVOICES, events: await sampleEvents(), asOf: '2026-04-10' },
    };
    const there = (await readDocx(await acrossContexts(job))).text;
    expect(there).toContain('chronologie intègre, 9 événements vérifiés');
    expect(there).toBe((await readDocx((await runHeavyJob(job)) as Uint8Array)).text);
  });

  it('the mise en demeure, the CSV table and the e-invoice read arrive whole', async () => {
    const request = { document: 'formal-notice', input: BUSINESS_NOTICE } as const;
    const letter = (await readDocx(await acrossContexts({ kind: 'letter-docx', letter: request }))).text;
    expect(letter).toContain('Objet : Mise en demeure de payer');
    // The A4 page's blocks are written there from the same figures as the worker would have written them.
    expect(await acrossContexts({ kind: 'letter-blocks', letter: request })).toEqual(formalNoticeDocument(BUSINESS_NOTICE));
    const csvInput = { invoices: INVOICES, events: await sampleEvents(), language: 'fr', delimiter: ';' } as const;
    expect(await acrossContexts({ kind: 'timeline-csv', input: csvInput })).toBe(timelineCsv(csvInput));
    expect(await acrossContexts({ kind: 'parse-csv', text: 'Numéro;Montant\nF-1;1 200,00\n' })).toEqual({
      headers: ['Numéro', 'Montant'],
      rows: [['F-1', '1 200,00']],
      delimiter: ';',
    });
    const payload = 'BCD\n002\n1\nSCT\n\nX\nFR7630006000011234567890189\nEUR1.00';
    expect(await acrossContexts({ kind: 'payment-qr-gif', payload, scale: 2 })).toEqual(epcQrGif(payload, 2));
    const read = await acrossContexts({ kind: 'read-einvoice', bytes: new TextEncoder().encode('<not-an-invoice/>') });
    expect(read.ok).toBe(false);
  });

  it('a letter that cannot honestly be written is refused there with its reason', async () => {
    const early = { document: 'formal-notice', input: { ...BUSINESS_NOTICE, asOf: '2020-01-01' } } as const;
    await expect(acrossContexts({ kind: 'letter-docx', letter: early })).rejects.toThrow(/is not overdue on 2020-01-01/);
  });

  it('a message that is not a well-formed job is refused before any work', () => {
    const huge = { type: 'relance:heavy-job', jobId: 'job-1', job: { kind: 'read-einvoice', base64: bytesToBase64(new Uint8Array(8)) } };
    expect(heavyJobMessageSchema.safeParse(huge).success).toBe(true);
    for (const bad of [
      { ...huge, job: { kind: 'run-anything', code: 'x' } },
      { ...huge, job: { kind: 'payment-qr-gif', payload: 'x', scale: 10_000 } },
      { ...huge, type: 'thread:view' },
      { ...huge, jobId: '' },
      { ...huge, job: { kind: 'letter-docx', letter: { document: 'any-letter', input: { invoices: [] } } } },
    ])
      expect(heavyJobMessageSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
