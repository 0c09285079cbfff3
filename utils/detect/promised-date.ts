/** Dates a debtor promises in words, resolved against the day the reply was received: "vendredi", "lundi prochain", "sous 10 jours", "by the end of the month", "le 15/11". */
import { findDates, resolveFoundDate, type FoundDate, type NumericOrder } from './date';
import { phraseIndex, type CandidateExpressions } from './phrase-index';
import { DATE_RULE_ANCHORS } from './reply-phrase-anchors';
import { COUNT_WORDS, countOf } from './count-words';
import { addDays, endOfMonth, isoWeekday, makeIsoDate } from '../calendar/iso-date';
import { isBusinessDay, publicHolidayOn } from '../legal/holidays';

/** Day of the week as the weekday names table counts it: 0 = Sunday … 6 = Saturday. */
const weekday = (date: string): number => isoWeekday(date) % 7;
import { MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from './month-names';

export interface PromisedDate {
  iso: string;
  start: number;
  end: number;
  /** 'day' when the words name a day; 'vague' for "next week", "end of month" (a latest date is taken). */
  precision: 'day' | 'vague';
}

const SHORT_WEEKDAYS: Record<string, number> = { tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5 };

// "in a couple of days", "within a week": the article counts too.
const COUNT: Record<string, number> = { ...COUNT_WORDS, a: 1, an: 1, couple: 2 };
const N = String.raw`(\d{1,3}|${Object.keys(COUNT).join('|')})`;
const WITHIN = String.raw`(?:sous|dans|d'ici|en|endeans|within|in|under|next|over the next|au cours des|comptez|compter|prevoyez|allow|count on|dans un delai de|sous un delai de|within a period of)(?: (?:les|the|a|of))?`;

const count = (word: string) => countOf(word, COUNT);

// "sous 1 jour ouvré": the expression reads only the plural working days, the singular stands right after its match.
const SINGULAR_WORKING_DAY = /^ ouvr(?:e|able)\b/;

/**
 * Which days a unit of working days counts: French "jours ouvrés" are Monday to Friday and "jours ouvrables" Monday to
 * Saturday, both without France's public holidays (what the words mean in France); "business/working days" skip weekends
 * only (the writer's country is unknown).
 */
function workingDayTest(unit: string): (day: string) => boolean {
  if (/ouvrable/.test(unit)) return (day) => isoWeekday(day) !== 7 && !publicHolidayOn(day);
  if (/ouvr/.test(unit)) return isBusinessDay;
  return (day) => isoWeekday(day) <= 5;
}

/**
 * `n` working days after `today`, counted from the day after: received on a weekend or holiday,
 * the next working day is the 1st.
 */
function workingDaysAfter(today: string, n: number, unit: string): string {
  const isWorkingDay = workingDayTest(unit);
  let day = today;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/** Next day strictly after `today` falling on `target` (0 = Sunday). */
function nextWeekday(today: string, target: number): string {
  const diff = (target - weekday(today) + 7) % 7 || 7;
  return addDays(today, diff);
}

/** Friday of the current week; next Friday from a weekend. */
function endOfWeek(today: string): string {
  const wd = weekday(today);
  return wd === 5 ? today : wd === 6 || wd === 0 ? nextWeekday(today, 5) : addDays(today, 5 - wd);
}

/** `target` (0 = Sunday) in the week after this one, weeks running Monday to Sunday: said on a Sunday, "next week" starts tomorrow. */
function dayOfNextWeek(today: string, target: number): string {
  return addDays(today, 7 - (isoWeekday(today) - 1) + ((target + 6) % 7));
}

// "la semaine prochaine … le lot du vendredi", "next week, on the Thursday run": the weekday of next week.
const NEXT_WEEK_NEAR = /\b(semaine prochaine|next week)\b/;

interface Rule {
  re: RegExp;
  precision: 'day' | 'vague';
  /** "Tuesday, December 22": the weekday only announces the date written right after it. */
  yieldsToDate?: boolean;
  resolve: (m: RegExpExecArray, today: string, text: string) => string | undefined;
}

const RULES: Rule[] = [
  { re: /\b(apres-demain|apres demain|day after tomorrow)\b/g, precision: 'day', resolve: (_, t) => addDays(t, 2) },
  // "in tomorrow's payment run" is tomorrow's payment; "after the cut-off for today's run" below names a run gone by.
  { re: /\b(demain|tomorrow|tmrw)\b/g, precision: 'day', resolve: (_, t) => addDays(t, 1) },
  {
    // "today's run" names a run, not the day of the payment.
    // Not "je n'avais pas vu votre message avant aujourd'hui", "not until today": a day gone by.
    re: /(?<!\b(?:avant|until|till) )\b(aujourd'hui|aujourdhui|dans la journee|(?<!de )ce jour(?![- ]la)|ce soir|d'ici ce soir|today(?!'s)|tonight|this (?:evening|afternoon)|cet apres-midi|by end of day|end of (the )?day|by eod|later today|tout a l'heure)\b/g,
    precision: 'day',
    resolve: (_, t) => t,
  },
  {
    re: new RegExp(String.raw`\b${WITHIN} ${N} (jours?|days?|j)( ouvres| ouvrables| business| working| calendaires)?\b`, 'g'),
    precision: 'day',
    resolve: (m, t, text) => {
      const unit = m[3] ?? (m[2] === 'jour' ? SINGULAR_WORKING_DAY.exec(text.slice(m.index + m[0].length))?.[0] : undefined);
      return unit && !/calendaires/.test(unit) ? workingDaysAfter(t, count(m[1]), unit) : addDays(t, count(m[1]));
    },
  },
  {
    re: new RegExp(String.raw`\b${N} (business|working) days\b|\b${N} jours (ouvres|ouvrables)\b`, 'g'),
    precision: 'day',
    resolve: (m, t) => workingDaysAfter(t, count(m[1] ?? m[3]), m[2] ?? m[4]),
  },
  {
    re: new RegExp(String.raw`\b${WITHIN} ${N} ?(h|heures?|hours?|hrs?)\b`, 'g'),
    precision: 'day',
    resolve: (m, t) => addDays(t, Math.ceil(count(m[1]) / 24)),
  },
  {
    re: new RegExp(String.raw`\b${WITHIN} ${N} (semaines?|weeks?)\b`, 'g'),
    precision: 'day',
    resolve: (m, t) => addDays(t, 7 * count(m[1])),
  },
  { re: /\b(sous|dans la|d'ici) quinzaine\b|\b(in|within) (a|the) fortnight\b/g, precision: 'day', resolve: (_, t) => addDays(t, 14) },
  { re: /\bsous huitaine\b/g, precision: 'day', resolve: (_, t) => addDays(t, 8) },
  {
    // "lundi 16", "Monday the 16th": the day's number says which Monday, this month's or the next's.
    re: new RegExp(
      String.raw`\b(${WEEKDAY_PATTERN}),? (?:le |the )?(\d{1,2})(?:er|st|nd|rd|th)?\b(?!\s*(?:[/.:\-]\d|\d|h\b|h\d|%|€|\$|(?:heures?|hours?|am|pm|jours?|days?|of (?:${MONTH_PATTERN})|${MONTH_PATTERN})\b))`,
      'g',
    ),
    precision: 'day',
    resolve: (m, t) => dayNumbered(t, Number(m[2]), WEEKDAYS[m[1]]),
  },
  // "vendredi en huit": the Friday after the coming one.
  { re: new RegExp(String.raw`\b(${WEEKDAY_PATTERN}) en huit\b`, 'g'), precision: 'day', resolve: (m, t) => addDays(nextWeekday(t, WEEKDAYS[m[1]]), 7) },
  // "avant Noël", "by Christmas": at the latest Christmas Eve, said in the weeks before it ("set up just before Christmas",
  // said in January, is a day gone by).
  {
    re: /\b(?:avant|d'ici|pour|before|by) (?:noel|christmas|xmas)\b/g,
    precision: 'vague',
    resolve: (_, t) => {
      const eve = dayOfYearAhead(t, 12, 24);
      return eve && eve <= addDays(t, RECENT_DAYS) ? eve : undefined;
    },
  },
  {
    re: new RegExp(String.raw`\b(${WEEKDAY_PATTERN})\b`, 'g'),
    precision: 'day',
    yieldsToDate: true,
    resolve: (m, t, text) =>
      // "new job started monday", "depuis lundi", "jeudi dernier", "last Thursday": a day gone by.
      SINCE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || GONE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
        ? undefined
        : nextWeekNamed(text, m)
          ? dayOfNextWeek(t, WEEKDAYS[m[1]])
          : nextWeekday(t, WEEKDAYS[m[1]]),
  },
  {
    // Weekdays as typed on a phone ("weds", "thurs"); not "mon" or "sat", which are French and English words too.
    re: /\b(tues?|weds?|thu|thur|thurs|fri)\b/g,
    precision: 'day',
    resolve: (m, t) => nextWeekday(t, SHORT_WEEKDAYS[m[1]]),
  },
  {
    re: /\b(debut de (la )?semaine prochaine|early next week|beginning of next week|start of next week|first thing next week)\b/g,
    precision: 'vague',
    resolve: (_, t) => dayOfNextWeek(t, 1),
  },
  { re: /\b(semaine prochaine|semaine pro|next week|nxt week)\b/g, precision: 'vague', resolve: (_, t) => dayOfNextWeek(t, 5) },
  {
    re: /\b(fin de (la )?semaine|end of (the |this )?week|cette semaine|this week)\b/g,
    precision: 'vague',
    resolve: (_, t) => endOfWeek(t),
  },
  {
    re: /\b(debut du mois prochain|early next month|beginning of next month|start of next month)\b/g,
    precision: 'vague',
    resolve: (_, t) => addDays(endOfMonth(t), 5),
  },
  {
    re: new RegExp(String.raw`\b(debut|early|beginning of|start of) (?:du mois |of the month of )?(?:d'|de )?(${MONTH_PATTERN})\b`, 'g'),
    precision: 'vague',
    resolve: (m, t) => dayOfYearAhead(t, MONTHS[m[2]], 5),
  },
  {
    re: /\b(fin du mois prochain|end of next month|mois prochain|next month)\b/g,
    precision: 'vague',
    resolve: (_, t) => endOfMonth(t, 1),
  },
  {
    re: new RegExp(String.raw`\b(fin|end of)\s?(?:du mois |the month of )?(?:d'|de )?(${MONTH_PATTERN})\b`, 'g'),
    precision: 'vague',
    resolve: (m, t) => {
      const first = firstOfMonthAhead(MONTHS[m[2]], t);
      return first && endOfMonth(first);
    },
  },
  {
    // "mi-novembre", "mid-March", "in the mid of February", "au milieu du mois de mars": the 15th, as precise as a date.
    re: new RegExp(String.raw`\b(?:mi-?|mid-?|(?:the )?mid(?:dle)? of|milieu (?:du mois )?(?:de |d'))\s?(${MONTH_PATTERN})\b`, 'g'),
    precision: 'day',
    resolve: (m, t) => {
      const mid: FoundDate = { day: 15, month: MONTHS[m[1]], start: m.index, end: m.index + m[0].length };
      return recentlyPast(mid, t) ? undefined : resolveFoundDate(mid, t, t);
    },
  },
  {
    re: /\b(fin (du|de|de ce) mois|fin du moi|end of (the |this )?month|ce mois-?ci|this month|fin de mois|month end|month-end|end-of-month|the month is (out|over))\b/g,
    precision: 'vague',
    resolve: (_, t) => endOfMonth(t),
  },
  {
    // "le 20", "the 15th", "au plus tard le 4", "virement groupé du 25": a day of this month, or if already past of the
    // next month that has it.
    // Not a count ("le 20 %", "the 3 days"); its unit is a whole word, so "the 15th and…" is still a day.
    re: new RegExp(
      String.raw`\b(?:le|the|on the|by the|au|(?<=(?:virement|paiement|reglement|campagne|echeance|groupe|run|paie)s? )du)\s+(\d{1,2})(?:er|st|nd|rd|th)?\b(?!\s*(?:[/.\-]\d|\d|%|€|\$|(?:jours?|days?|h|heures?|hours?|eur|euros?|fois|mois|months?|semaines?|weeks?|ans?|years?|of (?:${MONTH_PATTERN})|${MONTH_PATTERN})\b))`,
      'g',
    ),
    precision: 'day',
    resolve: (m, t, text) => {
      // "il a été passé le 12": a day already gone, not the 12th of next month.
      if (PAST_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
      return monthDaysAhead(t, Number(m[1]))[0];
    },
  },
];

/** The rules' expressions in order, from which `npm run phrases:anchors` reads their anchors. */
export const DATE_RULE_EXPRESSIONS: readonly RegExp[] = RULES.map((rule) => rule.re);

/** One flag per rule of RULES, 1 where it may match a text: the others cannot. */
export const dateRuleCandidates: CandidateExpressions = phraseIndex(DATE_RULE_EXPRESSIONS, DATE_RULE_ANCHORS);

/**
 * Day `day` of this month and of the next two, those not yet past: a month without the day is skipped ("le 30" said on
 * 31 January is 30 March).
 */
function monthDaysAhead(today: string, day: number): string[] {
  const [y, mo] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return [0, 1, 2].flatMap((ahead) => makeIsoDate(y + Math.floor((mo - 1 + ahead) / 12), ((mo - 1 + ahead) % 12) + 1, day) ?? []).filter((d) => d >= today);
}

/** Day `day` of this month if still ahead and on `weekday` (0 = Sunday), else of the next month that has it on that weekday. */
function dayNumbered(today: string, day: number, target: number): string | undefined {
  const candidates = monthDaysAhead(today, day);
  return candidates.find((d) => weekday(d) === target) ?? candidates[0];
}

/** `month`-`day` of this year, or of next year when already past. */
function dayOfYearAhead(today: string, month: number, day: number): string | undefined {
  const year = Number(today.slice(0, 4));
  const iso = makeIsoDate(year, month, day);
  return iso && iso < today ? makeIsoDate(year + 1, month, day) : iso;
}

/** The first day of `month` this year, or next year's when this year's is already past. */
function firstOfMonthAhead(month: number, today: string): string | undefined {
  return makeIsoDate(Number(today.slice(0, 4)) + (month < Number(today.slice(5, 7)) ? 1 : 0), month, 1);
}

/** Whether "next week" is said within a few words of a weekday ("la semaine prochaine, avec le lot du vendredi"). */
function nextWeekNamed(text: string, m: RegExpExecArray): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  // "Friday next week", "vendredi de la semaine prochaine"; but "vendredi prochain" is the next Friday.
  if (/^,? (?:of |de )?(?:next week|la semaine prochaine|semaine prochaine)\b/.test(after)) return true;
  if (/\b(prochain|next)\b/.test(after.slice(0, 10))) return false;
  return NEXT_WEEK_NEAR.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60));
}

const PAST_BEFORE =
  /\b(?:a ete|ont ete|avons|avez|ai|a|has been|was|were|had)\s+(?:\w+\s+){0,2}?(?:passee?s?|payee?s?|reglee?s?|viree?s?|effectuee?s?|envoyee?s?|faite?s?|emise?s?|paid|sent|made|settled|wired|transferred)\s*(?:\w+\s+){0,3}$/;

const GONE_AFTER = /^\s(?:dernier|derniere|passe|passee|d'avant)\b/;

// "depuis lundi", "started Monday", "the money arrived Monday": a day gone by.
const SINCE_BEFORE =
  /\b(?:started|began|since|depuis|commence|a commence|came back|got back|returned|rentree?|arrived|landed|came (?:in|through)|(?:est|sont) arrivee?s?)\s+(?:on\s+|le\s+)?$/;

const TERMS_BEFORE = /\b\d{1,3} ?(?:jours|j|days)(?: net)? (?:(?:a compter )?(?:de la |from the |after the )?)?$/;

// "your e-mail of today", "votre relance du 12", "the invoice dated 3 March", "lors de sa séance de lundi": the day of a
// document or a meeting, not of a payment.
const DOCUMENT_OF =
  /\b(?:e-?mails?|mails?|messages?|letters?|lettres?|courriers?|calls?|appels?|reminders?|relances?|notes?|invoices?|factures?|statements?|seances?|reunions?|meetings?)\s+(?:of|from|dated|du|d'|de|datee? du)\s*$/;

// "en congés jusqu'à lundi", "off until Monday", "travelling for work until Sunday": the day someone is back, not the day they pay.
const AWAY_UNTIL =
  /\b(?:conges?|vacances?|absente?s?|en deplacement|en mission|en voyage|malade|leave|holidays?|vacation|off|away|travel+ing|on the road|out of (?:the )?office|ooo)\b[^.!?\n]{0,30}\b(?:jusqu'(?:a|au)|until|till|til)\s*(?:le |the |this |next |ce )?$/;

// "she's back tomorrow", "je serai de retour lundi": the day someone is back, as above.
const BACK_ON =
  /\b(?:is|'s|are|'re|am|'m|will be|'ll be|be|gets?|comes?|sera|serai|seront|est|suis|sont)\s+back\s+(?:on\s+|in the office\s+)?$|\b(?:de retour|rentre|revient|reviendra|rentrera|reviennent|rentrent)\s+(?:au bureau\s+|le\s+)?$/;

// "nous sommes à la mi-avril", "we're already at the end of the month": the time it is now, not a promise.
const NOW_IS =
  /\b(?:nous sommes|on est|we are|we're)\s+(?:deja\s+|already\s+|now\s+)?(?:a la|au|en|le|in the|at the|on the|in|at|on)?\s*$|\b(?:it is|it's)\s+(?:already|now)\s+(?:the\s+)?$/;

// "le bureau ne se réunit que le 28", "the board meets on the 20th", "l'assemblée qui se tient le 26 juin": the day of a meeting; the payment comes after it,
// so the day is only as precise as "end of the month" (a payment time written beside it is the promise's).
const MEETS_ON =
  /\b(?:se reunit|se reunissent|se reunira|se reuniront|se tient|se tiendra|aura lieu|a lieu|meets|will meet|sits|takes place|will take place|is held|will be held)\s+(?:que\s+|only\s+|again\s+|on\s+)*(?:le\s+|the\s+)?$/;

// "je vous avais dit fin mars", "I had promised the 15th": the day of a promise already broken; "they promised me this
// week": someone else's promise to the debtor.
const SAID_BEFORE =
  /\b(?:avais|avait|avions|aviez|had)\s+(?:\w+\s+)?(?:dit|promis|annonce|said|promised|told you)\s+(?:\w+\s+)?$|\b(?:promised|ont promis|a promis)\s+(?:me|us|moi|nous)\s+$|\b(?:m'|nous\s+)(?:ont|a)\s+promis\s+$/;

// "I'll chase them again on Monday", "je relance la compta demain": the day of chasing someone else, not of paying.
const CHASING_ON = /\b(?:chase|chasing|nudge|follow(?:ing)? up with|relance|relancerai|relancer)\s+(?:\w+\s+){0,3}?(?:again\s+)?(?:on\s+)?$/;

/**
 * What the words before a date at `start` make of it: 'none' when it is a document's day, the day someone is back, now,
 * or a day promised before; 'vague' for a meeting's day; undefined when they say nothing.
 */
function dayBefore(folded: string, start: number): 'none' | 'vague' | undefined {
  const before = folded.slice(Math.max(0, start - 70), start);
  const near = before.slice(-40);
  if (DOCUMENT_OF.test(near) || AWAY_UNTIL.test(before) || BACK_ON.test(near) || NOW_IS.test(near) || SAID_BEFORE.test(near) || CHASING_ON.test(near))
    return 'none';
  return MEETS_ON.test(near) ? 'vague' : undefined;
}

const RECENT_DAYS = 60;
// A promise months away is rare: "scheduled for the 2/12 payment run", said on 1 February, is 12 February.
const FAR_DAYS = 90;

/**
 * "2/12" read the other way round, when the order taken (guessed from the clock) puts a promise more than three months
 * off and the other falls within the next weeks: the writer's habit may not be the clock's (an American office in Europe).
 */
function nearerReading(folded: string, date: FoundDate, today: string): string | undefined {
  if (!/^\d{1,2}[/.-]\d{1,2}\b/.test(folded.slice(date.start, date.end)) || date.day > 12 || date.day === date.month) return undefined;
  const taken = resolveFoundDate(date, today, today);
  const other = resolveFoundDate({ ...date, day: date.month, month: date.day }, today, today);
  if (!taken || !other || other < today) return undefined;
  return addDays(today, FAR_DAYS) < taken && other <= addDays(today, RECENT_DAYS) ? other : undefined;
}

/** Whether a year-less date fell in the last weeks, in this year or, just after New Year, in the last. */
function recentlyPast(date: FoundDate, today: string): boolean {
  const since = addDays(today, -RECENT_DAYS);
  const occurrence = resolveFoundDate(date, since, since);
  return occurrence !== undefined && occurrence < today;
}

/**
 * Every date expression in a folded reply, resolved against `today` (YYYY-MM-DD), in text order; past explicit dates are
 * dropped. `orderKnown`: whether the numeric order was read from the mail, not guessed from the clock (asked when it matters).
 */
export function findPromisedDates(folded: string, today: string, order: NumericOrder, orderKnown: () => boolean = () => false): PromisedDate[] {
  const found: PromisedDate[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  const explicit = findDates(folded, order);
  for (const date of explicit) {
    // A day-month without a year that passed in the last weeks ("payé le 15 mai", said on the 17th) is behind us,
    // not a promise for next year.
    const said = dayBefore(folded, date.start);
    if ((date.year === undefined && recentlyPast(date, today)) || said === 'none') continue;
    const nearer = nearerReading(folded, date, today);
    const iso = (nearer && !orderKnown() ? nearer : undefined) ?? resolveFoundDate(date, today, today);
    if (iso && iso >= today) found.push({ iso, start: date.start, end: date.end, precision: said ?? 'day' });
  }
  // Only the rules one of whose anchors the reply holds can match it (utils/detect/phrase-index.ts).
  const candidates = dateRuleCandidates(folded);
  for (let r = 0; r < RULES.length; r++) {
    if (!candidates[r]) continue;
    const rule = RULES[r];
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      const end = m.index + m[0].length;
      // "60 jours fin de mois", "60 days from the end of the month": payment terms, counted from a day the reply does not give.
      const said = dayBefore(folded, m.index);
      if (TERMS_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index)) || said === 'none') continue;
      if (overlaps(m.index, end) || (rule.yieldsToDate && explicit.some((d) => d.start >= end && d.start - end <= 3))) continue;
      const iso = rule.resolve(m, today, folded);
      if (iso) found.push({ iso, start: m.index, end, precision: said ?? rule.precision });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
