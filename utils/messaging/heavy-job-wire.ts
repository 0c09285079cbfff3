import type { HeavyJobMessage } from '../messages';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { HeavyJob, HeavyResult, HeavyResults } from '../heavy-work/heavy-job';

/** Chrome's extension messaging carries JSON only: bytes cross it as base64, both ways. */
type WireJob = HeavyJobMessage['job'];

export function jobToWire(job: HeavyJob): WireJob {
  if (job.kind === 'read-einvoice') return { kind: job.kind, base64: bytesToBase64(job.bytes) };
  return job as WireJob;
}

export function jobFromWire(wire: WireJob): HeavyJob {
  if (wire.kind === 'read-einvoice') return { kind: wire.kind, bytes: base64ToBytes(wire.base64) };
  // The worker built these from its own records; the envelope was checked on receipt.
  return wire as HeavyJob;
}

const BYTES: ReadonlySet<keyof HeavyResults> = new Set(['letter-docx', 'evidence-docx', 'payment-qr-gif']);

export function resultToWire(kind: HeavyJob['kind'], result: HeavyResults[keyof HeavyResults]): unknown {
  return BYTES.has(kind) ? bytesToBase64(result as Uint8Array) : result;
}

export function resultFromWire<J extends HeavyJob>(kind: J['kind'], wire: unknown): HeavyResult<J> {
  if (!BYTES.has(kind)) return wire as HeavyResult<J>;
  if (typeof wire !== 'string') throw new Error(`${kind}: the offscreen document answered without the file`);
  return base64ToBytes(wire) as HeavyResult<J>;
}
