import type { MailAddress } from '../../mail/types';

const EMAIL = /[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
const NAMED = /(?:"([^"]*)"|([^<>,;:"]*?))\s*<\s*([^<>\s]+@[^<>\s]+)\s*>/g;

/**
 * The addresses an Outlook header or recipient well shows. Persona chips carry the address in `title`
 * (name as text); plain lines read "Name <a@b.fr>; c@d.fr". A leading localized label ("À :", "To:") is ignored.
 */
export function readAddresses(el: Element | null): MailAddress[] {
  if (!el) return [];
  const found: MailAddress[] = [];
  const add = (email: string, name?: string) => {
    const clean = email.trim().replace(/^mailto:/i, '');
    if (!EMAIL.test(clean) || found.some((a) => a.email.toLowerCase() === clean.toLowerCase())) return;
    const trimmed = name?.replace(/[\s\u00a0]+/g, ' ').trim();
    found.push(trimmed && trimmed !== clean && !trimmed.includes('@') ? { name: trimmed, email: clean } : { email: clean });
  };
  const titled = [el, ...Array.from(el.querySelectorAll('[title]'))].filter((node) => EMAIL.test(node.getAttribute('title') ?? ''));
  for (const node of titled) add(node.getAttribute('title')!.match(EMAIL)![0], node.textContent ?? undefined);
  if (found.length > 0) return found;
  const text = (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ');
  let rest = text;
  for (const m of text.matchAll(NAMED)) {
    add(m[3], (m[1] ?? m[2] ?? '').replace(/^.*:\s*/, ''));
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(new RegExp(EMAIL.source, 'gi'))) add(m[0]);
  return found;
}
