import type { Client } from '../model/client';

/** Companies commercial by their form (C. com. L210-1), as utils/registry/legal-forms.ts labels them. */
const COMMERCIAL_FORMS = [
  'SNC',
  'SCS',
  'SCA',
  'SARL',
  'SARL nationale',
  'EURL',
  'SA à participation ouvrière',
  'SA à conseil d’administration',
  'SA à directoire',
  'SAS',
  'SASU',
];
/** Debtors that are not traders: civil companies and associations go to the tribunal judiciaire. */
const CIVIL_FORMS = ['SCI', 'Société civile', 'Association déclarée'];

/**
 * Whether a business debtor is a trader, from its registry legal form: true for a commercial company, false for an SCI,
 * a civil company or an association, unknown otherwise (a sole trader may be a craftsman, a trader or a liberal profession).
 */
export function debtorIsMerchant(client: Pick<Client, 'kind' | 'registry'>): boolean | undefined {
  if (client.kind !== 'business') return false;
  return legalFormIsCommercial(client.registry?.legalForm);
}

/** Forms of a person trading in their own name: art. 57 CPC then asks for their birth date, place and nationality. */
const NATURAL_PERSON_FORMS = [
  'ENTREPRENEUR INDIVIDUEL',
  'EI',
  'EIRL',
  'MICRO-ENTREPRENEUR',
  'MICRO ENTREPRENEUR',
  'AUTO-ENTREPRENEUR',
  'AUTO ENTREPRENEUR',
  'MICRO-ENTREPRISE',
];
/** The first word of a form the user typed in the options ("SAS au capital de 1 000 €", "sarl"). */
const TYPED_COMMERCIAL = ['SNC', 'SCS', 'SCA', 'SARL', 'EURL', 'SA', 'SAS', 'SASU'];
const TYPED_CIVIL = ['SCI', 'SCP', 'SCM', 'ASSOCIATION'];

const normalized = (form: string) => form.trim().toUpperCase().replace(/\s+/g, ' ');

/** Whether a creditor with this legal form (none given: a freelancer in their own name) is a natural person. */
export function isNaturalPersonForm(form: string | undefined): boolean {
  if (!form?.trim()) return true;
  const f = normalized(form);
  return NATURAL_PERSON_FORMS.some((n) => f === n || f.startsWith(`${n} `) || f.startsWith(`${n} (`));
}

/**
 * Whether a legal form makes a company a trader: true for a commercial form, false for a civil one, unknown otherwise.
 * Reads the registry's labels and what a user types in the options alike.
 */
export function legalFormIsCommercial(form: string | undefined): boolean | undefined {
  if (!form?.trim()) return undefined;
  if (COMMERCIAL_FORMS.includes(form)) return true;
  if (CIVIL_FORMS.includes(form)) return false;
  const first = normalized(form).split(/[\s,.(]/)[0];
  if (TYPED_COMMERCIAL.includes(first)) return true;
  if (TYPED_CIVIL.includes(first) || normalized(form).startsWith('SOCIÉTÉ CIVILE')) return false;
  return undefined;
}
