/** The part of a reply its author wrote: quoted history, forwarded mails and signatures removed. */

// Lines that open the quoted history, as Gmail, Outlook, Apple Mail and Thunderbird write them (FR and EN).
const HISTORY_OPENERS = [
  /^\s*-{2,}\s*(original message|message d'origine|forwarded message|message transfere|mail original)\s*-{2,}/im,
  /^\s*_{20,}\s*$/m,
  /^\s*(de|from)\s?:.*\n(.*\n){0,3}?\s*(envoye|sent|date|a|to|objet|subject)\s?:/im,
  /^\s*(le|on|el|am)\s.{4,200}(a ecrit|wrote|escribio|schrieb)\s*:?\s*$/im,
  /^\s*(le|on)\s.{0,200}\n.{0,120}(a ecrit|wrote)\s*:\s*$/im,
  /^.{0,160}(a ecrit|wrote)\s*:\s*$/im,
  /^\s*>/m,
];

// Where a signature or a phone footer starts: its marks, a "Name | Title" line, a legal disclaimer (which may speak of
// payments and bank details the author never meant).
const SIGNATURE_OPENERS =
  /^(--\s*|__\s*|envoye (de|depuis) mon .*|sent from my .*|sent from (outlook|yahoo mail|mail for windows|gmail)\b.*|get outlook for .*|telechargez outlook .*|envoye depuis .*|[a-z][a-z .'-]{2,40} \| [a-z].*|(ce|le present) (message|courriel|e-?mail|mail)( et (ses|toutes? les?) pieces? jointes?)? (est|sont) (strictement )?confidentiel.*|this (e-?mail|message)( and any (files|attachments)[a-z ]*)? (is|are) (strictly )?(confidential|intended).*|(avertissement|disclaimer|confidentialite|confidentiality notice) ?:.*)$/im;
// A closing formula alone on its line: what follows is the signature.
const CLOSINGS =
  /^(merci (de|pour) (votre|ta) (patience|comprehension)|thanks? (you )?for (bearing with (us|me)|your (patience|understanding))|cordialement|bien cordialement|bien a (vous|toi)|salutations( distinguees)?|sinceres salutations|cdlt|bonne (journee|soiree|fin de journee)|merci( beaucoup| d'avance)?|best( regards| wishes)?|kind regards|regards|warm regards|many thanks|thanks( again)?|thank you|cheers|sincerely|a bientot|bises|belle journee)[\s,.!]*$/im;

/** Offset in a folded body where the quoted history starts (the body's length when there is none). */
export function historyStart(folded: string): number {
  let end = folded.length;
  for (const re of HISTORY_OPENERS) {
    const m = re.exec(folded.slice(0, end));
    if (m) end = m.index;
  }
  return end;
}

export interface OwnText {
  /** The author's words as written. */
  text: string;
  /** The same words folded (fold.ts), offset for offset. */
  folded: string;
}

/** The author's own words in a reply body (given with its folded twin): before the quoted history, without the signature. */
export function ownText(text: string, folded: string): OwnText {
  let end = historyStart(folded);
  const signature = SIGNATURE_OPENERS.exec(folded.slice(0, end));
  if (signature) end = signature.index;
  const closing = CLOSINGS.exec(folded.slice(0, end));
  // Only a closing that follows some content ends the message ("Merci," can also open one).
  if (closing && folded.slice(0, closing.index).trim().length > 0) end = closing.index;
  if (folded.slice(0, end).trim()) return { text: text.slice(0, end).trim(), folded: folded.slice(0, end).trim() };
  // Nothing above the history (an interleaved reply): keep the unquoted lines.
  const keep = folded.split('\n').map((line) => !/^\s*>/.test(line));
  const pick = (s: string) =>
    s
      .split('\n')
      .filter((_, i) => keep[i])
      .join('\n')
      .trim()
      .slice(0, 2000);
  return { text: pick(text), folded: pick(folded) };
}
