import { describe, expect, it } from 'vitest';
import { planRound } from '../../../utils/round/plan-round';
import { advanceRound, resumeRound, startRound, stopRound } from '../../../utils/round/round-state';
import { roundView } from '../../../utils/round/round-view';
import { roundMove, roundStepKey } from '../../../utils/round/round-move';
import { roundCommandFor } from '../../../utils/round/round-command';
import { summary } from '../dashboard/summaries';

const due = [
  summary({ number: 'F-1', id: 'a', clientId: 'c1', clientName: 'Studio Lumen', replyThreadId: 't-a' }),
  summary({ number: 'F-2', id: 'b', clientId: 'c2', clientName: 'Agence Nordique', replyThreadId: 't-b' }),
  summary({ number: 'F-3', id: 'c', clientId: 'c1', clientName: 'Studio Lumen' }),
];
const confirmPayment = summary({ number: 'F-4', id: 'd', clientId: 'c3', clientName: 'Atelier Bois', replyThreadId: 't-d', nextActionKind: 'confirm-payment' });

describe('the round', () => {
  it('visits today’s list in its order, one stop per invoice, or one per client when reminders are grouped', () => {
    expect(planRound(due, false).map((s) => s.numbers)).toEqual([['F-1'], ['F-2'], ['F-3']]);
    const grouped = planRound(due, true);
    expect(grouped.map((s) => s.numbers)).toEqual([['F-1', 'F-3'], ['F-2']]);
    expect(grouped[0]).toMatchObject({ invoiceIds: ['a', 'c'], threadId: 't-a', clientName: 'Studio Lumen' });
  });

  it('counts sent, skipped and paused stops, puts a "later" stop back once, and ends with a summary', () => {
    let state = startRound(planRound(due, false), '2026-12-04');
    state = advanceRound(state, 'a', 'later');
    expect(roundView(state).current?.numbers).toEqual(['F-2']);
    state = advanceRound(state, 'b', 'sent');
    // A second notice of the same send, or a click on a stop already passed, changes nothing.
    expect(advanceRound(state, 'b', 'sent')).toBe(state);
    state = advanceRound(state, 'c', 'paused');
    expect(roundView(state)).toMatchObject({ status: 'running', position: 3, current: { numbers: ['F-1'] } });
    // Put back once already: "later" again is a skip.
    state = advanceRound(state, 'a', 'later');
    const end = roundView(state, [{ number: 'F-9', clientName: 'X', date: '2026-12-10', stage: 'reminder2' }]);
    expect(end).toMatchObject({ status: 'finished', total: 3, sent: 1, skipped: 1, paused: 1, upcoming: [{ number: 'F-9' }] });
    expect(end.current).toBeUndefined();
  });

  it('waits while stopped and resumes where it was left', () => {
    let state = advanceRound(startRound(planRound(due, false), '2026-12-04'), 'a', 'skipped');
    state = stopRound(state);
    expect(advanceRound(state, 'b', 'skipped')).toBe(state);
    expect(roundView(state).current?.numbers).toEqual(['F-2']);
    state = resumeRound(state);
    expect(roundView(state)).toMatchObject({ status: 'running', position: 2 });
  });

  it('opens the stop’s thread once, inserts when its invoice is shown, and writes a new mail when there is no thread', () => {
    const round = roundView(startRound(planRound(due, false), '2026-12-04'));
    const page = { shownInvoiceIds: [], opened: false, inserted: false };
    expect(roundMove(round, page)).toEqual({ kind: 'open-thread', threadId: 't-a' });
    expect(roundMove(round, { ...page, opened: true, threadId: 't-other' })).toEqual({ kind: 'wait' });
    expect(roundMove(round, { ...page, opened: true, threadId: 't-a' })).toEqual({ kind: 'wait' });
    expect(roundMove(round, { ...page, opened: true, threadId: 't-a', shownInvoiceIds: ['a'] })).toEqual({ kind: 'insert', invoiceId: 'a' });
    expect(roundMove(round, { ...page, threadId: 't-a', shownInvoiceIds: ['a'], inserted: true })).toEqual({ kind: 'wait' });
    const third = roundView(advanceRound(advanceRound(startRound(planRound(due, false), '2026-12-04'), 'a', 'skipped'), 'b', 'skipped'));
    expect(roundMove(third, page)).toEqual({ kind: 'insert', invoiceId: 'c' });
    expect(roundMove(roundView(stopRound(startRound(planRound(due, false), '2026-12-04'))), page)).toEqual({ kind: 'wait' });
  });

  it('opens the thread of a step that is not a reminder (a payment to confirm) but writes nothing', () => {
    const round = roundView(startRound(planRound([confirmPayment], false), '2026-12-04'));
    const page = { shownInvoiceIds: ['d'], opened: false, inserted: false };
    expect(roundMove(round, page)).toEqual({ kind: 'open-thread', threadId: 't-d' });
    expect(roundMove(round, { ...page, opened: true, threadId: 't-d' })).toEqual({ kind: 'wait' });
  });

  it('names each stop apart, the same invoice coming back after "later" included', () => {
    const start = startRound(planRound(due, false), '2026-12-04');
    const back = advanceRound(advanceRound(advanceRound(start, 'a', 'later'), 'b', 'sent'), 'c', 'sent');
    expect(roundView(back).current?.invoiceIds).toEqual(['a']);
    expect(roundStepKey(roundView(back))).not.toBe(roundStepKey(roundView(start)));
  });

  it('answers Alt+Shift with S, N, P, X and nothing else', () => {
    const key = (code: string, over = {}) => roundCommandFor({ code, altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, ...over });
    expect([key('KeyS'), key('KeyN'), key('KeyP'), key('KeyX')]).toEqual(['skip', 'later', 'pause', 'stop']);
    expect(key('KeyS', { shiftKey: false })).toBeUndefined();
    expect(key('KeyS', { ctrlKey: true })).toBeUndefined();
    expect(key('KeyJ')).toBeUndefined();
  });
});
