import type { ChainLedger } from '../evidence/chain-ledger';
import type { TimelineEvent } from '../model/event';
import type { RecordLog } from './record-log';

/** A checked backup's records, in the file's order, each decoded only when reached. */
export interface CheckedRecords<Name extends string> {
  records(): Generator<{ name: Name; value: unknown }>;
}

/**
 * The records log with each event's digests put back from the chain ledger: the log keeps events without `prevHash`
 * and `hash` (128 hex characters of an event's ~600 bytes), which the ledger already holds as bytes, in the same order.
 */
export function checkedRecords<Name extends string>(log: RecordLog<Name>, chains: ChainLedger, eventList: Name): CheckedRecords<Name> {
  return {
    *records() {
      let ordinal = 0;
      for (const record of log.records()) {
        if (record.name === eventList) {
          // Set on the object just decoded, not spread into a copy: a copy of each of 200 000 events, in one synchronous
          // loop, was promoted to the old heap and grew it by ~80 MB before a collection.
          const { prevHash, hash } = chains.digestsOf(ordinal++);
          Object.assign(record.value as TimelineEvent, { prevHash, hash });
        }
        yield record;
      }
    },
  };
}

/** An event as the records log keeps it: its digests are in the ledger. */
export function withoutDigests({ prevHash: _prev, hash: _hash, ...rest }: TimelineEvent): Omit<TimelineEvent, 'prevHash' | 'hash'> {
  return rest;
}
