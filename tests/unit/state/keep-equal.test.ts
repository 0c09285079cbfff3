import { describe, expect, it } from 'vitest';
import { keepEqual } from '../../../utils/state/keep-equal';
import { shownEventKey } from '../../../utils/model/shown-event';

const event = (id: string, kind = 'reply-received') => ({ id, kind, occurredOn: '2026-11-02', data: { kind: 'promise', promisedDate: '2026-11-30' } });

describe('keepEqual: an answer from the background keeps the objects that did not change', () => {
  it('returns the previous state itself when the new answer is equal in every part', () => {
    const previous = { tracked: [{ invoice: { id: 'i1', amountDue: { minor: 300000, currency: 'EUR' } }, timeline: [event('e1')] }], today: [] };
    const next = structuredClone(previous);
    expect(keepEqual(previous, next)).toBe(previous);
  });

  it('a reply appended to the timeline: the invoice and the earlier events keep their identity, the timeline and the view are new', () => {
    const previous = { invoice: { id: 'i1', status: 'overdue' }, client: { id: 'c1', name: 'Atelier Nord' }, timeline: [event('e1'), event('e2')] };
    const next = structuredClone(previous);
    next.timeline.push(event('e3', 'reply-received'));
    const kept = keepEqual(previous, next);
    expect(kept).not.toBe(previous);
    expect(kept).toEqual(next);
    expect(kept.invoice).toBe(previous.invoice);
    expect(kept.client).toBe(previous.client);
    expect(kept.timeline).not.toBe(previous.timeline);
    expect(kept.timeline[0]).toBe(previous.timeline[0]);
    expect(kept.timeline[1]).toBe(previous.timeline[1]);
    expect(kept.timeline[2]).toBe(next.timeline[2]);
  });

  it('a changed field deep inside is new, with every object on its way up, and nothing else', () => {
    const previous = { invoice: { id: 'i1', amountDue: { minor: 300000, currency: 'EUR' } }, client: { id: 'c1' } };
    const next = { invoice: { id: 'i1', amountDue: { minor: 150000, currency: 'EUR' } }, client: { id: 'c1' } };
    const kept = keepEqual(previous, next);
    expect(kept.invoice.amountDue.minor).toBe(150000);
    expect(kept.invoice).not.toBe(previous.invoice);
    expect(kept.client).toBe(previous.client);
  });

  it('a key added or removed, an array become shorter, or a value changing type is a change', () => {
    expect(keepEqual({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    expect(keepEqual({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    const short = keepEqual([1, 2, 3], [1, 2]);
    expect(short).toEqual([1, 2]);
    expect(keepEqual({ a: [1] }, { a: { 0: 1 } }).a).toEqual({ 0: 1 });
    const previous = { a: 1, b: 2 };
    expect(keepEqual(previous, { a: 1 })).not.toBe(previous);
  });

  it('nothing to keep from: the new answer as it came', () => {
    const next = { tracked: [] };
    expect(keepEqual(undefined, next)).toBe(next);
    expect(keepEqual(null, next)).toBe(next);
    expect(keepEqual('text', next)).toBe(next);
  });

  it('objects that are not plain data are never shared', () => {
    const previous = { at: new Date(0) };
    const next = { at: new Date(0) };
    expect(keepEqual(previous, next).at).toBe(next.at);
  });
});

describe('keepEqual with sealed objects: a timeline event is known by its id and hash', () => {
  it('keeps an event with the same id and hash without comparing what it holds, and takes one with another hash as new', () => {
    const previous = { timeline: [{ id: 'e1', hash: 'aa', data: { text: 'x' } }] };
    const same = { timeline: [{ id: 'e1', hash: 'aa', data: { text: 'x' } }] };
    expect(keepEqual(previous, same, shownEventKey)).toBe(previous);
    const rehashed = { timeline: [{ id: 'e1', hash: 'bb', data: { text: 'x' } }] };
    const kept = keepEqual(previous, rehashed, shownEventKey);
    expect(kept.timeline[0]).toBe(rehashed.timeline[0]);
    expect(kept).not.toBe(previous);
  });

  it('objects without a key are still compared part by part', () => {
    const previous = { invoice: { id: 'i1', status: 'overdue' }, timeline: [{ id: 'e1', hash: 'aa' }] };
    const next = { invoice: { id: 'i1', status: 'paid' }, timeline: [{ id: 'e1', hash: 'aa' }] };
    const kept = keepEqual(previous, next, shownEventKey);
    expect(kept.invoice.status).toBe('paid');
    expect(kept.timeline).toBe(previous.timeline);
  });
});
