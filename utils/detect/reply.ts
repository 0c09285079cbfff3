/** classifyReply (CONTRACT.md): what a debtor's reply means for the ladder, with the phrase that decided and any promised date. */
import { numericOrderFor } from './date';
import { foldText } from './fold';
import { localDateOf } from '../calendar/iso-date';
import { guessLanguage } from './language';
import { cleanMailText } from './mail-text';
import { findPromisedDates, type PromisedDate } from './promised-date';
import { ownText } from './quoted-text';
import { readClauses, SENTENCE_END, type ClauseReading } from './reply-clauses';
import { REPLY_GRAMMAR } from './reply-grammar';
import { REPLY_PHRASES } from './reply-phrases';
import {
  APPROVED_FOR_PAYMENT,
  CONDITION,
  EXPECTED,
  FUTURE_BUSINESS,
  FUTURE_TIME,
  HABITUAL,
  HARMLESS_NEGATION,
  HYPOTHETICAL,
  NEGATION,
  NOT_ABOUT_PAYING,
  NOT_BEFORE,
  PAST_AUXILIARY,
  PROPOSAL,
  RESTRICTIVE_NE,
  SAME_DAY,
} from './reply-modality';
import type { ReplyKind } from './reply-kind';

export type { ReplyKind };

export interface ReplyClassification {
  kind: ReplyKind;
  /** YYYY-MM-DD the debtor promised to pay by (kind 'promise'), resolved against the reply's date. */
  promisedDate?: string;
  /** 0..1. */
  confidence: number;
  /** The debtor's words that decided, as written, for the UI ("Le virement sera fait vendredi"). */
  phrase?: string;
}

const ALL_PHRASES = [...REPLY_PHRASES, ...REPLY_GRAMMAR];
// How far before a phrase its `unless` looks ("si vous avez besoin de la confirmation SWIFT").
const UNLESS_WINDOW = 50;

// When two kinds score the same, the one that most changes what the freelancer must do wins.
const PRIORITY: ReplyKind[] = ['auto-reply', 'dispute', 'paid', 'plan', 'info-request', 'promise'];

interface Hit {
  kind: ReplyKind;
  weight: number;
  start: number;
  end: number;
  /** A promise that waits on something ("as soon as our client pays us"): it names no day of its own. */
  conditional?: boolean;
}

/** The sentence around `index`, cut as the clause reader cuts them ("invoice no. 12" is one sentence). */
function sentenceBounds(folded: string, index: number): [number, number] {
  const ends = new RegExp(SENTENCE_END.source, 'g');
  let start = 0;
  for (let m = ends.exec(folded); m; m = ends.exec(folded)) {
    if (m.index >= index) return [start, m.index];
    start = m.index + m[0].length;
  }
  return [start, folded.length];
}

/** The promised date nearest to the deciding phrase: same sentence first, a named day before a vague "next week", then closest. */
function pickPromisedDate(dates: PromisedDate[], folded: string, hit: Hit): string | undefined {
  if (dates.length === 0) return undefined;
  const [s, e] = sentenceBounds(folded, hit.start);
  // Distance to the deciding words (a clause reading spans its whole clause: a date inside it is at distance 0).
  const distance = (d: PromisedDate) => (d.start >= hit.start && d.end <= hit.end ? 0 : Math.abs(d.start - hit.end));
  const rank = (d: PromisedDate) => (d.start >= s && d.end <= e ? 0 : 1000) + (d.precision === 'day' ? 0 : 100) + Math.min(99, distance(d) / 10);
  return [...dates].sort((a, b) => rank(a) - rank(b))[0].iso;
}

/** Offsets of the clause (between commas, colons, "but", sentence ends) around a match: what its negation, condition or time apply to. */
function clauseBounds(folded: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - 200);
  const before = folded.slice(from, start);
  const clauseStart =
    from +
    Math.max(
      before.lastIndexOf('.'),
      before.lastIndexOf('!'),
      before.lastIndexOf('?'),
      before.lastIndexOf('\n'),
      before.lastIndexOf(','),
      before.lastIndexOf(';'),
      before.lastIndexOf(':'),
      before.lastIndexOf(' mais '),
      before.lastIndexOf(' but '),
      before.lastIndexOf(' - '),
    ) +
    1;
  const rest = folded.slice(end, end + 60);
  const stop = rest.search(/[.!?\n,;:]| mais | but | - /);
  return [clauseStart, stop < 0 ? end + rest.length : end + stop];
}

/** Whether the words of a paid/promise match are negated, supposed or habitual within their clause (a promise "not before" a day stays one). */
function negated(clause: string, kind: ReplyKind): boolean {
  const plain = clause.replace(HARMLESS_NEGATION, ' ');
  if ((kind === 'paid' && HYPOTHETICAL.test(plain)) || HABITUAL.test(plain)) return true;
  if (!NEGATION.test(plain)) return false;
  return !(kind === 'promise' && NOT_BEFORE.test(plain));
}

/** Classifies a debtor's reply (full body, quotes included) received at `receivedAt` (ISO 8601). */
export function classifyReply(text: string, receivedAt: string): ReplyClassification {
  try {
    return classify(text, receivedAt);
  } catch {
    return { kind: 'other', confidence: 0 };
  }
}

function classify(text: string, receivedAt: string): ReplyClassification {
  const clean = cleanMailText(text, 20_000);
  const own = ownText(clean, foldText(clean));
  const folded = blanked(own.folded.length > 5000 ? own.folded.slice(0, 5000) : own.folded);
  if (!folded) return { kind: 'other', confidence: 0.3 };

  const today = localDateOf(receivedAt);
  const order = numericOrderFor(folded, guessLanguage(folded), true);
  const dates = today ? findPromisedDates(folded, today, order) : [];
  const phraseHits: Hit[] = [];
  for (const phrase of ALL_PHRASES) {
    const m = phrase.re.exec(folded);
    if (!m || (phrase.unless && phrase.unless.test(folded.slice(Math.max(0, m.index - UNLESS_WINDOW), m.index)))) continue;
    const end = m.index + m[0].length;
    let kind = phrase.kind;
    let weight = phrase.weight;
    let conditional = false;
    if (kind === 'paid' || kind === 'promise') {
      const [clauseStart, clauseEnd] = clauseBounds(folded, m.index, end);
      const clause = folded.slice(clauseStart, clauseEnd);
      if (negated(clause, kind)) continue;
      // "c'est réglé mercredi prochain", "released for tomorrow", "you should see it on the 15th": a time to come makes a promise.
      const dayToCome = EXPECTED.test(clause) && dates.some((d) => d.precision === 'day' && d.iso !== today && d.start >= clauseStart && d.end <= clauseEnd);
      const laterToday = SAME_DAY.test(clause) && !PAST_AUXILIARY.test(clause);
      if (kind === 'paid' && (FUTURE_TIME.test(clause) || laterToday || dayToCome || APPROVED_FOR_PAYMENT.test(clause))) kind = 'promise';
      // "we'll pay once we have a corrected invoice": a promise that waits on something counts little, and has no day.
      if (kind === 'promise' && CONDITION.test(clause)) {
        weight = 1.2;
        conditional = true;
      }
    }
    phraseHits.push({ kind, weight, start: m.index, end, conditional });
  }
  const readings = readClauses(folded, dates);

  const totals = new Map<ReplyKind, number>();
  const best = new Map<ReplyKind, Hit>();
  for (const hit of aboutThisInvoice(withClauseReadings(phraseHits, readings), folded)) {
    const current = best.get(hit.kind);
    // A kind's score is its strongest clue plus a share of the others: ten weak hints do not beat one clear sentence.
    if (!current || hit.weight > current.weight) best.set(hit.kind, hit);
    totals.set(hit.kind, (totals.get(hit.kind) ?? 0) + hit.weight);
  }
  for (const [kind, total] of totals) {
    const top = best.get(kind)!.weight;
    totals.set(kind, top + 0.35 * (total - top));
  }
  if (totals.has('plan') && PROPOSAL.test(folded)) totals.set('plan', totals.get('plan')! + 2);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  if (ranked.length === 0) return { kind: 'other', confidence: 0.5 };
  // "Je suis en vacances jusqu'à lundi, je le fais mardi": a person away who names the day they pay is no robot.
  if (ranked[0][0] === 'auto-reply' && datedPromise(best.get('promise'), dates, folded)) ranked.unshift(['promise', ranked[0][1]]);
  const [kind, score] = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  const hit = best.get(kind)!;
  const confidence = Math.round(Math.min(0.97, 0.45 + 0.08 * score + 0.06 * (score - runnerUp)) * 100) / 100;
  const result: ReplyClassification = { kind, confidence, phrase: phraseOf(own.text, folded, hit) };

  if (kind === 'promise' && today) {
    // A promise that waits on something takes only a day named in its own clause ("next Friday, when we get paid").
    const clause = hit.conditional ? clauseBounds(folded, hit.start, hit.end) : undefined;
    result.promisedDate = pickPromisedDate(clause ? dates.filter((d) => d.start >= clause[0] && d.end <= clause[1]) : dates, folded, hit);
  }
  return result;
}

/**
 * The phrases' hits with the clauses' readings. The listed phrases are the more specific reading: a clause they read
 * as the same kind, as strongly, is left to them, unless the clause refuses or stages the payment, which voids the
 * payment (and request) words in it ("we'll settle the agreed figure and nothing more", "I'll pay 1 000 now and the rest next month").
 */
function withClauseReadings(phraseHits: Hit[], readings: ClauseReading[]): Hit[] {
  const inside = (hit: Hit, r: ClauseReading) => hit.start < r.end && hit.end > r.start;
  const structural = readings.filter((r) => r.kind === 'dispute' || r.kind === 'plan');
  // A clause read as a dispute also voids a request's keywords in it ("please reissue for the right amount").
  const kept = phraseHits.filter(
    (hit) =>
      !(
        ((hit.kind === 'promise' || hit.kind === 'paid') && structural.some((r) => inside(hit, r))) ||
        (hit.kind === 'info-request' && structural.some((r) => r.kind === 'dispute' && inside(hit, r)))
      ),
  );
  return [
    ...kept,
    ...readings.filter((r) => structural.includes(r) || !phraseHits.some((hit) => inside(hit, r) && hit.kind === r.kind && hit.weight >= r.weight)),
  ];
}

/** The text with what only looks like payment talk blanked out (same length, so offsets still point into the original). */
function blanked(folded: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return folded.replace(NOT_ABOUT_PAYING, blank).replace(RESTRICTIVE_NE, (m) => blank(m.slice(0, m.search(/\s/) + 1)) + m.slice(m.search(/\s/) + 1));
}

/**
 * Requests that decide nothing about this invoice are left out: those about future business or invoices to come, and
 * those in a sentence that tells a payment made ("processed through SWIFT", "déposée sur Chorus Pro… mandatée").
 */
function aboutThisInvoice(hits: Hit[], folded: string): Hit[] {
  const paidSentences = hits.filter((h) => h.kind === 'paid').map((h) => sentenceBounds(folded, h.start));
  return hits.filter((hit) => {
    if (hit.kind !== 'info-request') return true;
    const [s, e] = sentenceBounds(folded, hit.start);
    return !FUTURE_BUSINESS.test(folded.slice(s, e)) && !paidSentences.some(([ps]) => ps === s);
  });
}

/** Whether a promise names a day in its own clause ("as soon as I'm back on Wednesday" waits on something dated). */
function datedPromise(hit: Hit | undefined, dates: PromisedDate[], folded: string): boolean {
  if (!hit) return false;
  const [s, e] = clauseBounds(folded, hit.start, hit.end);
  return dates.some((d) => d.precision === 'day' && d.start >= s && d.end <= e);
}

/** The sentence around the deciding words, as the debtor wrote it (at most 160 characters). */
function phraseOf(original: string, folded: string, hit: Hit): string {
  const [s, e] = sentenceBounds(folded, hit.start);
  const sentence = original.slice(s, Math.max(e, hit.end)).trim();
  return sentence.length > 160 ? original.slice(hit.start, hit.end) : sentence;
}
