/** classifyReply (CONTRACT.md): what a debtor's reply means for the ladder, with the phrase that decided and any promised date. */
import { attributionOrder, numericOrderFor } from './date';
import { foldText } from './fold';
import { MONTH_PATTERN } from './month-names';
import { localDateOf } from '../calendar/iso-date';
import { guessLanguage } from './language';
import { cleanMailText } from './mail-text';
import { withoutArrivalOfPaid } from './money-in-transit';
import { findPromisedDates, type PromisedDate } from './promised-date';
import { ownText } from './quoted-text';
import { PAYMENT, readClauses, SENTENCE_END, type ClauseReading } from './reply-clauses';
import { REPLY_PHRASE_LIST, replyPhraseCandidates } from './reply-phrase-list';
import { replyFeatures } from './reply-features';
import { classProbabilities, type NaiveBayes } from './naive-bayes';
import { voteReplyKind } from './reply-kind-model';
import { shippedModel } from './shipped-models';
import {
  APPROVED_FOR_PAYMENT,
  CONDITION,
  EXPECTED,
  BELIEVED,
  FREQUENCY,
  FUTURE_BUSINESS,
  FUTURE_TIME,
  HABITUAL,
  HARMLESS_NEGATION,
  HYPOTHETICAL,
  MEANWHILE,
  NEGATION,
  NOT_ABOUT_PAYING,
  NOT_BEFORE,
  NOT_RECOGNISED,
  PAID_TO_THEM,
  PAST_AUXILIARY,
  PAST_TIME,
  PROCESS_GATE,
  PROPOSAL,
  RESTRICTIVE_NE,
  SAME_DAY,
  SCHEDULED,
  SOON,
  TURNING_AWAY,
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

// A participle just before a day ("certifié ce jour", "was approved on Monday"): the day something was done.
const DONE_BEFORE =
  /\b(?:a|ont|avons|ai|a ete|ont ete|est|sont|has|have|had|has been|have been|was|were)\s+(?:\w+\s+)?\w{3,}(?:e|ee|es|ees|i|ie|is|u|ue|us|ed|en)\s+(?:on\s+)?$/;

const ARRIVAL_BEFORE =
  /\b(?:should|will|ought to|devrait|devraient|sera|seront)\s+(?:\w+\s+){0,2}?(?:hit|reach|arrive|land|show up|clear|be (?:in|on) your|arriver|apparaitre|etre (?:sur|credite)|parvenir)\b[^.!?\n]{0,25}$|\b(?:hit|in|on|sur|reach) (?:your|votre|ton) (?:account|compte|bank)\b[^.!?\n]{0,10}$/;
// After a day the payer names, "so you should have it by the start of next week", "so allow a day or two": when it lands,
// not another step of the payer's (alone, such a time is the promise itself).
const LANDING_AFTER =
  /\b(?:you|vous|tu) (?:should|devriez|devrais)\s+(?:have|get|receive|see|l'avoir|le recevoir|la recevoir|le voir)\b[^.!?\n]{0,25}$|\b(?:allow|comptez|compter|prevoyez|prevoir)\s+$/;

const wordsBefore = (d: PromisedDate, folded: string) => folded.slice(Math.max(0, d.start - 40), d.start);
// A day the money is said to land on ("should hit your account Monday").
const arrivalDay = (d: PromisedDate, folded: string) => ARRIVAL_BEFORE.test(wordsBefore(d, folded));
// "allow a day or two", "comptez deux jours": the time itself opens with the slack it gives.
const SLACK_OPENING = /^(?:allow|comptez|prevoyez)\b/;
const landingDay = (d: PromisedDate, folded: string) => {
  const before = wordsBefore(d, folded);
  return ARRIVAL_BEFORE.test(before) || LANDING_AFTER.test(before) || SLACK_OPENING.test(folded.slice(d.start, d.end));
};

// "Le paiement du négoce est prévu début novembre, je vous règle donc … mi-novembre", "I'm expecting that at the end of
// October, so I'll settle … in early November": what follows "donc" or "so" is the payer's own step.
const CONSEQUENCE = /\b(donc|so|therefore|thus|hence|du coup|alors|c'est pourquoi|which means)\b/;

/** A day named before a consequence ("… so …") that names another day of its own, in the same sentence. */
function yieldsToConsequence(d: PromisedDate, dates: PromisedDate[], folded: string, sentenceEnd: number): boolean {
  const rest = folded.slice(d.end, sentenceEnd);
  const m = CONSEQUENCE.exec(rest);
  // "…il rentre ce jeudi et c'est lui qui signe. Donc d'ici vendredi ça va partir": the next sentence may open with it.
  if (!m) return opensConsequence(d, dates, folded, sentenceEnd);
  const connector = d.end + m.index;
  // "…on Tuesday, so it should be on your account Thursday": the day it lands is no step of the payer's.
  return dates.some((other) => other !== d && other.start > connector && other.start < sentenceEnd && !landingDay(other, folded));
}

const OPENS_CONSEQUENCE = new RegExp(String.raw`^[.!?\s]*${CONSEQUENCE.source}`);

/** The sentence after the one ending at `sentenceEnd` opens with "donc"/"so" and names another day. */
function opensConsequence(d: PromisedDate, dates: PromisedDate[], folded: string, sentenceEnd: number): boolean {
  if (!OPENS_CONSEQUENCE.test(folded.slice(sentenceEnd, sentenceEnd + 20))) return false;
  const [, nextEnd] = sentenceBounds(folded, Math.min(folded.length, sentenceEnd + 2));
  return dates.some((other) => other !== d && other.start > sentenceEnd && other.start < nextEnd && !landingDay(other, folded));
}

/**
 * The promised date nearest to a promise's words: in the same sentence, the same part of it, a named day before a vague
 * "next week", then closest; another promise's named day beats only the deciding one's vague time ("funds land next
 * week and it is scheduled for 15 July").
 */
function pickPromisedDate(dates: PromisedDate[], folded: string, promises: Hit[]): string | undefined {
  // "je regarde ça ce soir et je te vire ça dès que possible": the promise's own words say "as soon as possible", the
  // evening belongs to the other verb.
  // Each promise's sentence, and the part of it with its words ("She's back tomorrow and I've asked her to pay by the end
  // of the week": the part with the deciding words first).
  const bounds = promises.map((hit) => {
    const sentence = sentenceBounds(folded, hit.start);
    return { hit, sentence, part: partBounds(folded, hit, ...sentence) };
  });
  const soon = bounds.filter(({ part: [ps, pe] }) => {
    const words = folded.slice(ps, pe);
    // Not a consequence ("I'll pop it on Thursday's run so you should see it shortly"): the step before it has the day.
    return SOON.test(words) && !dates.some((d) => d.start >= ps && d.start < pe) && !OPENS_CONSEQUENCE.test(words);
  });
  if (soon.some(({ hit }) => hit === promises[0])) return undefined;
  // The same for another promise: "on va vous payer. je relance ma comptable demain matin et on vous règle au plus vite".
  const anotherVerbsDay = (d: PromisedDate) => soon.some(({ sentence: [s, e] }) => d.start >= s && d.start < e);
  let best: { iso: string; rank: number } | undefined;
  for (const [index, { hit, sentence, part }] of bounds.entries()) {
    const [s, e] = sentence;
    const [ps, pe] = part;
    // "We've a job for you, I'll send the brief on Monday.\n\nRe the invoice, we'll pay it with the deposit": another
    // paragraph is another subject, and its days are not the payment's.
    const [paragraphStart, paragraphEnd] = paragraphBounds(folded, hit.start);
    // Distance to the deciding words (a clause reading spans its whole clause: a date inside it is at distance 0).
    const distance = (d: PromisedDate) => (d.start >= hit.start && d.end <= hit.end ? 0 : Math.abs(d.start - hit.end));
    for (const d of dates) {
      if (d.start < paragraphStart || d.start >= paragraphEnd || anotherVerbsDay(d)) continue;
      // "…a été certifié ce jour. Le paiement sera effectué…": another sentence's day that dates something done.
      if ((d.start < s || d.start >= e) && DONE_BEFORE.test(folded.slice(Math.max(0, d.start - 40), d.start))) continue;
      // By where a date starts: a date's match may take the full stop that ends its sentence ("on 15 July.").
      const inPart = d.start >= ps && d.start < pe;
      // Another promise counts only for a day named in its own words, and yields to the deciding one's day.
      if (index > 0 && !(inPart && d.precision === 'day')) continue;
      // "ma collègue est en formation aujourd'hui, elle le fera lundi": the time follows the verb it belongs to.
      const rank =
        (d.start < hit.start && inPart && index === 0 ? 30 : 0) +
        // "I'll make the transfer Thursday, should hit your account Monday": the day it pays, not the day it lands.
        (arrivalDay(d, folded) ? 150 : 0) +
        (yieldsToConsequence(d, dates, folded, e) ? 250 : 0) +
        (index > 0 ? 50 : 0) +
        (d.start >= s && d.start < e ? 0 : 1000) +
        (inPart ? 0 : 200) +
        (d.precision === 'day' ? 0 : 100) +
        Math.min(49, distance(d) / 10);
      if (!best || rank < best.rank) best = { iso: d.iso, rank };
    }
  }
  return best?.iso;
}

const AT_THE_LATEST = /\b(au plus tard|at the latest|no later than|pas plus tard que|latest by|by the latest)\s*(?:on |by |le |the )?$/;

/** A day set as the latest, in the sentence `[start, end)`. */
function latestDay(dates: PromisedDate[], folded: string, [start, end]: [number, number]): PromisedDate | undefined {
  return dates.find(
    (d) => d.start >= start && d.start < end && d.precision === 'day' && AT_THE_LATEST.test(folded.slice(Math.max(start, d.start - 25), d.start)),
  );
}

/** Offsets of the paragraph (between blank lines) around `index`. */
function paragraphBounds(folded: string, index: number): [number, number] {
  const breaks = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = breaks.exec(folded); m; m = breaks.exec(folded)) {
    if (m.index >= index) return [start, m.index];
    start = m.index + m[0].length;
  }
  return [start, folded.length];
}

/** The part of a sentence around a hit between coordinating "and"/"et"/"so"/"donc" (a sentence may join two facts with their own times). */
function partBounds(folded: string, hit: Hit, s: number, e: number): [number, number] {
  const before = folded.slice(s, hit.start);
  const after = folded.slice(hit.end, e);
  const lastJoin = Math.max(...[' and ', ' et ', ' so ', ' donc '].map((w) => before.lastIndexOf(w)));
  const nextJoin = after.search(/ (?:and|et|so|donc) /);
  return [lastJoin < 0 ? s : s + lastJoin, nextJoin < 0 ? e : hit.end + nextJoin];
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

// "Could you send me a copy of the contract? Then I will pay what I have to pay": the promise waits on the answer.
const THEN_OPENING = /^\s*(?:then|after that|ensuite|apres quoi|alors|et ensuite)\b/;

/** Whether the sentence at `index` opens with "then" right after a question. */
function answersQuestion(folded: string, index: number): boolean {
  if (folded.lastIndexOf('?', index) < 0) return false;
  const [start, end] = sentenceBounds(folded, index);
  return THEN_OPENING.test(folded.slice(start, end)) && folded.slice(0, start).trimEnd().endsWith('?');
}

/** Whether the words of a paid/promise match are negated, supposed or habitual within their clause (a promise "not before" a day stays one). */
function negated(clause: string, kind: ReplyKind): boolean {
  const plain = clause.replace(HARMLESS_NEGATION, ' ');
  if ((kind === 'paid' && (HYPOTHETICAL.test(plain) || FREQUENCY.test(plain) || BELIEVED.test(plain))) || HABITUAL.test(plain)) return true;
  if (!NEGATION.test(plain)) return false;
  return !(kind === 'promise' && NOT_BEFORE.test(plain));
}

/**
 * Classifies a debtor's reply (full body, quotes included) received at `receivedAt` (ISO 8601). `model`: the learned
 * reader that votes with the rules, the shipped one unless a bench hands in one trained without the mail it measures;
 * null for the rules alone (their own tests).
 */
export function classifyReply(text: string, receivedAt: string, model: NaiveBayes | null = shippedModel('reply-kind')): ReplyClassification {
  try {
    const reply = readable(text);
    const read = classify(reply, receivedAt, model);
    return read.kind === 'other' ? (forwardedProof(reply, receivedAt, model) ?? read) : read;
  } catch {
    return { kind: 'other', confidence: 0 };
  }
}

/**
 * "See below from the bank" over a forwarded confirmation: the forwarded mail says what the debtor means. Read only
 * when the debtor's own words point to it and say nothing by themselves, and taken only when it tells a payment.
 */
function forwardedProof({ clean, own }: ReadableReply, receivedAt: string, model: NaiveBayes | null): ReplyClassification | undefined {
  if (!POINTS_BELOW.test(own.folded)) return undefined;
  const below = clean.slice(clean.indexOf(own.text) + own.text.length);
  // The bank's "do not reply to this automatic message" is the bank's robot talking, not the debtor.
  const proof = classify(
    readable(
      below
        .split('\n')
        .filter((line) => !ROBOT_FOOTER.test(foldText(line)))
        .join('\n'),
    ),
    receivedAt,
    model,
  );
  return proof.kind === 'paid' ? proof : undefined;
}

const DECISIVE = 6;
// A company in liquidation answers through its liquidator (or asks creditors for their proof of debt under a court's stay):
// its "no payment outside the procedure" is no refusal.
const INSOLVENCY =
  /\b(notice to creditors|avis aux creanciers|in reconstruction|(?:composition|restructuring) proposal|admitted claims|liquidateur|liquidator|mandataire judiciaire|ceased trading|administrators? (have been|were) appointed|appointed (as )?(joint )?(administrators?|liquidators?|receivers?)|(ltd|limited|plc|llc|inc|sas|sarl)\.? *[-–(]? *in (administration|liquidation|receivership)|automatic stay|proofs? of (debt|claim)|declaration de creances?|entered (into )?(administration|liquidation)|\(in (administration|liquidation)|(we|the company) (are|is|has been|have been) (placed )?in (liquidation|administration)|(notre|la) (societe|entreprise|association) (est|a ete) (placee )?en (liquidation|redressement)|outside the liquidation|hors (de )?la procedure|procedure (de sauvegarde|collective))\b/;
const POINTS_BELOW = /\b(see below|below from|below is|find below|ci-dessous|voir ci-dessous|ci-apres)\b/;
const ROBOT_FOOTER = /\b(ne pas (y )?repondre|do not reply|genere automatiquement|automatically generated|unmonitored)\b/;
// Robots do not write from a phone: "Bien reçu, je vois ça à mon retour de congés — Envoyé depuis mon mobile" is a person.
const SENT_FROM_PHONE =
  /\b(envoye (de|depuis) mon (iphone|ipad|mobile|smartphone|telephone|android|samsung|appareil)|sent from my (iphone|ipad|phone|mobile|android|samsung|galaxy|pixel)|sent from outlook for (ios|android))\b/;
// "but", "mais", "however", or a bare "not" after a comma ("the invoice, not your fees"; "la facture oui, vos frais non"):
// what follows outweighs what was conceded before it.
const CONTRAST = /\b(?:but|mais|however|cependant|par contre|en revanche|except|sauf)\b|, (?:not|pas)\b|\b(?:non|not)$/;
// "en une seule fois", "d'un coup", "in one go": one payment, the opposite of a plan.
const ONE_GO = /\b(en une (seule )?fois|d'un (seul )?coup|in one go|in a single payment|in one payment|en un seul (versement|virement|paiement))\b/;

/** A reply as the readers take it: cleaned of markup, folded, and the debtor's own words apart from the history. */
interface ReadableReply {
  clean: string;
  fullFolded: string;
  own: ReturnType<typeof ownText>;
}

/** What the learned reader looks at in a reply, cleaned exactly as classifyReply cleans it (training reads it here too). */
export function replyFeaturesOfText(text: string): string[] {
  const { fullFolded, own } = readable(text);
  return replyFeatures(fullFolded, own.folded);
}

function readable(text: string): ReadableReply {
  const clean = cleanMailText(text, 20_000);
  const fullFolded = foldText(clean);
  return { clean, fullFolded, own: ownText(clean, fullFolded) };
}

function classify({ fullFolded, own }: ReadableReply, receivedAt: string, model: NaiveBayes | null): ReplyClassification {
  const fromPhone = SENT_FROM_PHONE.test(fullFolded);
  const folded = blanked(own.folded.length > 5000 ? own.folded.slice(0, 5000) : own.folded);
  if (!folded) return { kind: 'other', confidence: 0.3 };

  const today = localDateOf(receivedAt);
  // The replier's mail client writes its own dates above the quote: that habit says more than the clock's offset (an
  // American in Paris writes "7/3" for 3 July).
  const language = guessLanguage(folded);
  const attributed = attributionOrder(fullFolded);
  const order = numericOrderFor(folded, language, attributed ?? (writtenInTheAmericas(receivedAt) ? 'mdy' : 'dmy'));
  // Known when the mail client's own dates or an unambiguous date of the reply tell it; otherwise guessed from the clock
  // (asked only of a reply with an ambiguous numeric date).
  const orderKnown = () => attributed !== undefined || numericOrderFor(folded, language, 'dmy') === numericOrderFor(folded, language, 'mdy');
  const dates = today ? findPromisedDates(folded, today, order, orderKnown) : [];
  const phraseHits: Hit[] = [];
  const candidates = replyPhraseCandidates(folded);
  for (const [i, phrase] of REPLY_PHRASE_LIST.entries()) {
    const m = candidates[i] ? phrase.re.exec(folded) : null;
    if (!m || (phrase.unless && phrase.unless.test(folded.slice(Math.max(0, m.index - UNLESS_WINDOW), m.index)))) continue;
    const end = m.index + m[0].length;
    let kind = phrase.kind;
    let weight = phrase.weight;
    let conditional = false;
    if (kind === 'paid' || kind === 'promise') {
      const [clauseStart, clauseEnd] = clauseBounds(folded, m.index, end);
      const clause = folded.slice(clauseStart, clauseEnd);
      if (negated(clause, kind)) continue;
      // "c'est réglé mercredi prochain", "released for tomorrow", "you should see it on the 15th", "scheduled for the 20th":
      // a time to come makes a promise.
      const dayToCome =
        (EXPECTED.test(clause) || SCHEDULED.test(clause)) &&
        dates.some((d) => d.precision === 'day' && d.iso !== today && d.start >= clauseStart && d.end <= clauseEnd);
      const laterToday = SAME_DAY.test(clause) && !PAST_AUXILIARY.test(clause);
      const toCome = FUTURE_TIME.test(clause) || laterToday || dayToCome || APPROVED_FOR_PAYMENT.test(clause);
      if (kind === 'paid' && toCome && !PAST_TIME.test(clause)) kind = 'promise';
      // "we'll pay once we have a corrected invoice": a promise that waits on something counts little, and has no day.
      if (kind === 'promise' && (CONDITION.test(clause) || answersQuestion(folded, m.index))) {
        weight = 1.2;
        conditional = true;
      }
    }
    phraseHits.push({ kind, weight, start: m.index, end, conditional });
  }
  // A promise read in a clause, right after a question it waits on, counts as little as a listed one.
  const readings = readClauses(folded, dates).map((r) =>
    r.kind === 'promise' && answersQuestion(folded, r.start) ? { ...r, weight: 1.2, conditional: true } : r,
  );

  const totals = new Map<ReplyKind, number>();
  const best = new Map<ReplyKind, Hit>();
  const hits = HIT_FILTERS.reduce((kept, filter) => filter(kept, folded, dates), withClauseReadings(phraseHits, readings)).filter(
    (hit) => !(fromPhone && hit.kind === 'auto-reply') && !(hit.kind === 'plan' && ONE_GO.test(folded.slice(...sentenceBounds(folded, hit.start)))),
  );
  for (const hit of hits) {
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
  const rules = rulesVerdict(totals, best, dates, folded);
  // A decisive phrase ("would it be OK if we pay on the 20th?") was written for the very case a word model confuses.
  const voted =
    !model || (best.get(rules.kind)?.weight ?? 0) >= DECISIVE ? rules : voteReplyKind(rules, classProbabilities(model, replyFeatures(fullFolded, own.folded)));
  const { kind } = voted;
  const hit = best.get(kind);
  const result: ReplyClassification = { kind, confidence: voted.confidence, ...(hit ? { phrase: phraseOf(own.text, folded, hit) } : {}) };

  if (kind === 'promise' && today) {
    const promises = hits.filter((h) => h.kind === 'promise' && h !== hit && !h.conditional);
    // A promise that waits on something takes only a day named in its own clause ("next Friday, when we get paid"), or
    // the deadline its sentence sets whatever happens ("dès réception des fonds, et au plus tard le 12 février").
    const clause = hit?.conditional ? clauseBounds(folded, hit.start, hit.end) : undefined;
    const deadline = hit?.conditional ? latestDay(dates, folded, sentenceBounds(folded, hit.start)) : undefined;
    result.promisedDate =
      deadline?.iso ??
      (clause
        ? pickPromisedDate(
            dates.filter((d) => d.start >= clause[0] && d.end <= clause[1]),
            folded,
            [hit!],
          )
        : hit
          ? // Every firm promise of the reply may carry the day ("funds land next week and it is scheduled for 15 July").
            pickPromisedDate(dates, folded, [hit, ...promises])
          : // Read as a promise by the model alone: the first day the reply names, else its first vaguer time ("next week").
            (dates.find((d) => d.precision === 'day') ?? dates[0])?.iso);
  }
  return result;
}

/** What the rules alone make of a reply's clues: the kind that scores highest, and how clearly. */
function rulesVerdict(
  totals: Map<ReplyKind, number>,
  best: Map<ReplyKind, Hit>,
  dates: PromisedDate[],
  folded: string,
): { kind: ReplyKind; confidence: number } {
  if (INSOLVENCY.test(folded) && !totals.has('paid')) return { kind: 'other', confidence: 0.6 };
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  if (ranked.length === 0) return { kind: 'other', confidence: 0.5 };
  // "Je suis en vacances jusqu'à lundi, je le fais mardi": a person away who names the day they pay is no robot; a mail
  // that says it is automated is one, whatever payment terms it recites ("invoices are processed within 30 days").
  const selfDeclaredRobot = ranked[0][0] === 'auto-reply' && best.get('auto-reply')!.weight >= DECISIVE;
  if (ranked[0][0] === 'auto-reply' && !selfDeclaredRobot && datedPromise(best.get('promise'), dates, folded)) ranked.unshift(['promise', ranked[0][1]]);
  const [kind, score] = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  return { kind, confidence: Math.round(Math.min(0.97, 0.45 + 0.08 * score + 0.06 * (score - runnerUp)) * 100) / 100 };
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
        // A decisive phrase (weight 6: "would it be OK if we pay on the 20th?") says more than the clause's shape.
        ((hit.kind === 'promise' || hit.kind === 'paid') && hit.weight < DECISIVE && structural.some((r) => inside(hit, r))) ||
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
  return folded
    .replace(NOT_ABOUT_PAYING, blank)
    .replace(PAID_TO_THEM, blank)
    .replace(RESTRICTIVE_NE, (m) => blank(m.slice(0, m.search(/\s/) + 1)) + m.slice(m.search(/\s/) + 1));
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

// "La facture de novembre", "the previous invoice", "l'autre facture": an invoice other than the one reminded of.
const OTHER_INVOICE = new RegExp(
  String.raw`\b(?:(?:la|the|your|votre) (?:facture|invoice|situation) (?:de|d'|du mois de|for|from) (?:${MONTH_PATTERN})|(?:previous|last|earlier|other|first|older) (?:invoice|bill)|(?:facture|situation) (?:precedente|d'avant)|(?:precedente|derniere|premiere|autre|ancienne) facture)\b`,
);

/**
 * "La facture de novembre a été réglée le 28/12. Pour celle-ci, ce sera avec le virement de fin de mois": a payment told
 * of another invoice, then a promise, is the promise's reply.
 */
function withoutOtherInvoicePaid(hits: Hit[], folded: string): Hit[] {
  const promises = hits.filter((h) => h.kind === 'promise');
  if (!promises.length) return hits;
  return hits.filter((hit) => {
    if (hit.kind !== 'paid') return true;
    const [s, e] = sentenceBounds(folded, hit.start);
    return !(OTHER_INVOICE.test(folded.slice(s, e)) && promises.some((p) => p.start >= e));
  });
}

/**
 * "We will pay the invoice, but we do not accept the fee you added": a promise conceded before a refusal in the same
 * sentence pays only part; the refusal is what the reply is (a decisive promise stays one).
 */
function withoutConcededPromises(hits: Hit[], folded: string): Hit[] {
  const disputes = hits.filter((h) => h.kind === 'dispute');
  return hits.filter((hit) => {
    if (hit.kind !== 'promise' || hit.weight >= DECISIVE) return true;
    const [, sentenceEnd] = sentenceBounds(folded, hit.start);
    return !disputes.some((d) => d.start > hit.start && d.start < sentenceEnd && CONTRAST.test(folded.slice(hit.end, d.end)));
  });
}

/**
 * A hold "in the meantime", an invoice not recognised, or the debtor's process turning it away for a missing detail,
 * beside a request, waits on the answer: the request is what the reply is, not a refusal ("What is this for? I don't
 * recognise it"; "Please add our PO, otherwise the system rejects it").
 */
function withoutDoubtsAwaitingAnswer(hits: Hit[], folded: string): Hit[] {
  if (!hits.some((h) => h.kind === 'info-request')) return hits;
  return hits.filter((hit) => {
    if (hit.kind !== 'dispute') return true;
    const sentence = folded.slice(...sentenceBounds(folded, hit.start));
    const words = folded.slice(hit.start, hit.end);
    return !(MEANWHILE.test(sentence) || NOT_RECOGNISED.test(words) || (PROCESS_GATE.test(sentence) && TURNING_AWAY.test(words)));
  });
}

// "je ne suis pas sûr que cette facture n'ait pas déjà été réglée … je reviens vers vous", "I think we paid part of it in
// Feb but let's see", "ça se peut que le virement ait bloqué … on te revient": a doubt the debtor goes to check.
const UNSURE =
  /\b(pas (sur|sure|certaine?) que|not (sure|certain) (if|whether|that)|je me demande si|i wonder (if|whether)|(il|ca|cela) se peut que|it may be that|it'?s possible that|i think we|je crois qu'on|je crois que nous|il me semble que)\b/;
const CHECKING =
  /\b(je (vais|vas) (regarder|verifier|voir|me renseigner)|nous (allons|alons) (regarder|verifier|voir)|on regarde (ca|cela)|on (te|vous) revient|(i|we)('ll| will| shall) revert|je (reviens|reviendrai) vers vous|nous (revenons|reviendrons) vers vous|(i|we)'ll (check|look into|get back)|(i|we) will (check|look into|get back)|let me check|let'?s see|(i|we) check with|(come|get) back to you|asked (our|my) (accountant|bookkeeper|finance team|colleague) to (check|look))\b/;

/** A refusal or a payment voiced as a doubt the debtor says they will check is neither yet: they are looking into it. */
function withoutDoubtsBeingChecked(hits: Hit[], folded: string): Hit[] {
  if (!CHECKING.test(folded)) return hits;
  return hits.filter((hit) => (hit.kind !== 'dispute' && hit.kind !== 'paid') || !UNSURE.test(folded.slice(...sentenceBounds(folded, hit.start))));
}

// "EXP-6 isn't due yet on our terms … we'll pay it mid-March", "la facture n'est pas encore échue, je la règle le 30": the
// reminder came early, and the debtor names the day; "we made the last payment of our payment plan": a plan finished.
const NOT_DUE_YET = /\b(not (yet )?due( yet)?|isn'?t due( yet)?|not yet payable|pas encore (due?|exigible|echue?))\b/;
const PLAN_FINISHED = /\b(last|final|dernier|derniere) (payment|instal+ment|versement|echeance|mensualite)\b/;

/** A complaint that the reminder came early beside a dated promise is the promise; a plan's last payment made is a payment. */
function withoutSettledObjections(hits: Hit[], folded: string, dates: PromisedDate[]): Hit[] {
  const early = hits.some((h) => h.kind === 'dispute') && NOT_DUE_YET.test(folded);
  const finished = hits.some((h) => h.kind === 'plan') && hits.some((h) => h.kind === 'paid') && PLAN_FINISHED.test(folded);
  if (!early && !finished) return hits;
  const datedPromise =
    early &&
    hits.some((h) => {
      if (h.kind !== 'promise' || h.conditional) return false;
      const [s, e] = sentenceBounds(folded, h.start);
      return dates.some((d) => d.start >= s && d.start < e);
    });
  const paidSentences = finished ? hits.filter((h) => h.kind === 'paid').map((h) => sentenceBounds(folded, h.start)[0]) : [];
  return hits.filter((hit) => {
    if (hit.kind === 'dispute' && datedPromise) {
      const [s] = sentenceBounds(folded, hit.start);
      return !NOT_DUE_YET.test(folded.slice(Math.max(s, hit.start - 40), hit.end + 40));
    }
    if (hit.kind !== 'plan' || !finished) return true;
    const [s, e] = sentenceBounds(folded, hit.start);
    return !(paidSentences.includes(s) && PLAN_FINISHED.test(folded.slice(s, e)));
  });
}

// "Nous avons bien reçu l'ensemble des documents (RIB signé, Kbis…), merci": a document acknowledged is not asked for.
const DOCUMENTS_RECEIVED =
  /\b((avons|ai|a) bien recu|bien recu (les|vos|votre|le|la|l'ensemble)|(we|i) (have |'ve )?(now )?received (the|your|all)|(?<!not )got (the|your) [^.!?\n]{0,30}\bthanks?\b|thanks? (you )?for (sending|the documents?|the forms?))\b/;
// Unless the same sentence asks again: "Bien reçu votre RIB, merci de nous envoyer aussi le Kbis".
const ASKING_AGAIN = /\b(merci de|please|pourriez|could you|can you)\b/;

/** A request read in a sentence acknowledging what was sent: the documents are in hand, nothing is asked. */
function withoutDocumentsReceived(hits: Hit[], folded: string): Hit[] {
  return hits.filter((hit) => {
    if (hit.kind !== 'info-request') return true;
    const sentence = folded.slice(...sentenceBounds(folded, hit.start));
    return !DOCUMENTS_RECEIVED.test(sentence) || sentence.includes('?') || ASKING_AGAIN.test(sentence);
  });
}

// "Thanks a million for sorting the credit note", "merci pour la facture rectifiée", "bien reçu la facture corrigée",
// "thank you for your explanation about the breaker and for the credit note": an objection the user already met.
const CORRECTION_THANKED =
  /\b(?:(?:thanks?|thank you|cheers|merci)\b[^.!?\n]{0,25}\b(?:for|pour|d'avoir)|bien recu|(?:avons|ai) (?:bien )?recu|(?:we|i) (?:have |'ve )?(?:now )?received)\b[^.!?\n]{0,60}\b(?:credit note|avoir|corrected invoice|revised invoice|amended invoice|facture (?:corrigee|rectifiee|rectificative|modifiee)|correction)\b/;

/** A dispute read in a sentence that thanks for the correction made: nothing is contested any more. */
function withoutCorrectionsThanked(hits: Hit[], folded: string): Hit[] {
  return hits.filter((hit) => {
    if (hit.kind !== 'dispute') return true;
    const sentence = folded.slice(...sentenceBounds(folded, hit.start));
    return !CORRECTION_THANKED.test(sentence) || CONTRAST.test(sentence);
  });
}

// A schedule already running: an instalment told as paid, what is left on it, its last one ("the April instalment went
// out in June", "il reste 1 000 sur l'échéancier", "I haven't sent the last one").
const PLAN_RUNNING =
  /\b(?:instal+ments?|echeances?|mensualites?|versements?)\b[^.!?\n]{0,30}\b(?:went out|was paid|were paid|has been paid|have been paid|a ete (?:paye|regle|vire|verse)e?|ont ete (?:paye|regle|vire|verse)e?s)\b|\b(?:il reste|remaining|left)\b[^.!?\n]{0,20}\b(?:sur|on|of) (?:l'|the |le |notre |our )?(?:echeancier|payment plan|plan|schedule)\b|\b(?:the|la|le) (?:last|final|derniere?|dernier) (?:one|instal+ment|echeance|versement|mensualite)\b/;

// "Is it OK if we pay it in two parts: €1,500 this week and €1,500 on 1 July?": the question asks for a plan.
const IN_PARTS = /\b(?:in|en) (?:two|three|four|deux|trois|quatre|[2-9]) (?:parts|instal+ments|tranches|versements|payments|paiements)\b/;

/** A decisive proposal to pay ("would it be OK if we pay…") that pays in parts is a plan's, not a promise's. */
function withoutProposalInParts(hits: Hit[], folded: string): Hit[] {
  return hits.filter((hit) => hit.kind !== 'promise' || hit.weight < DECISIVE || !IN_PARTS.test(folded.slice(...sentenceBounds(folded, hit.start))));
}

/**
 * Plan words, or an earlier instalment told as paid, about a schedule already running, beside a firm promise: the reply
 * promises the next payment of it.
 */
function withoutRunningPlan(hits: Hit[], folded: string): Hit[] {
  if (!hits.some((h) => h.kind === 'promise' && !h.conditional)) return hits;
  return hits.filter((hit) => (hit.kind !== 'plan' && hit.kind !== 'paid') || !PLAN_RUNNING.test(folded.slice(...sentenceBounds(folded, hit.start))));
}

// "Je vous envoie les tickets Z et les factures Rungis la semaine prochaine", "I'll send you the signed timesheets
// Monday": the debtor sends papers, not money.
const PAPERS_SENT =
  /\b(?:(?:je|nous|on) (?:vous |te |t')?(?:envoie|envoies|enverrai|enverrons|transmets|transmettrai|transmettrons|fais parvenir|ferai parvenir|depose|deposerai)|(?:i|we)(?:'ll| will|'m| am|'re| are)? (?:send|sending|forward|forwarding|upload|uploading)(?: you)?) (?:\S+ ){0,2}?(?:tickets?|documents?|pieces?|justificatifs?|factures?|releves?|brief|formulaires?|attestations?|dossiers?|fichiers?|photos?|timesheets?|receipts?|files?|forms?|statements?|invoices?|paperwork|contrats?|contracts?)\b/;

/** A promise read in a sentence that sends papers and names no payment: the time it names is the papers'. */
function withoutPapersSent(hits: Hit[], folded: string): Hit[] {
  if (!PAPERS_SENT.test(folded)) return hits;
  return hits.filter((hit) => {
    if (hit.kind !== 'promise' || hit.weight >= DECISIVE) return true;
    const sentence = folded.slice(...sentenceBounds(folded, hit.start));
    return !PAPERS_SENT.test(sentence) || PAYMENT.test(sentence.replace(PAPERS_SENT, ' '));
  });
}

// "là tout est réglé", "c'est réglé de notre côté": settled, said of no payment in particular.
const PAID_THING = /\b(?:virement|paiement|reglement|cheque|facture|invoice|payment|transfer|bill|montant|somme|amount)s?\b/;
const SETTLED_PRO_FORM =
  /^\s*(?:la |maintenant |now )?(?:tout|ca|cela|c'|it|everything|all)\s?(?:est|'s|is|s)?\s?(?:bien )?(?:regle|sorted|settled|resolu|resolved)\b/;

/**
 * "…avec le changement de banque, mais là tout est réglé. Le virement va partir jeudi": a matter said settled beside a
 * payment the debtor dates is that matter, not the payment; the promise is the reply.
 */
function withoutSettledMatter(hits: Hit[], folded: string, dates: PromisedDate[]): Hit[] {
  const settled = (h: Hit) =>
    h.kind === 'paid' && h.weight < DECISIVE && SETTLED_PRO_FORM.test(folded.slice(h.start, h.end)) && !PAID_THING.test(folded.slice(h.start, h.end));
  if (!hits.some(settled) || !hits.some((h) => h.kind === 'promise' && !h.conditional && datedPromise(h, dates, folded))) return hits;
  return hits.filter((h) => !settled(h));
}

/** What the clues are checked against, in this order, before a kind is scored. */
const HIT_FILTERS: Array<(hits: Hit[], folded: string, dates: PromisedDate[]) => Hit[]> = [
  withoutConcededPromises,
  withoutDoubtsBeingChecked,
  withoutDocumentsReceived,
  withoutCorrectionsThanked,
  withoutSettledObjections,
  withoutOtherInvoicePaid,
  aboutThisInvoice,
  withoutDoubtsAwaitingAnswer,
  withoutArrivalOfPaid,
  withoutSettledMatter,
  withoutRunningPlan,
  withoutProposalInParts,
  withoutPapersSent,
];

/** Month-first numeric dates ("3/12") are American: a reply sent from a UTC-3 to UTC-10 clock; a British "by 3/12" is 3 December. */
function writtenInTheAmericas(receivedAt: string): boolean {
  const m = /([+-])(\d\d):?(\d\d)$/.exec(receivedAt);
  return !!m && m[1] === '-' && Number(m[2]) >= 3 && Number(m[2]) <= 10;
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
