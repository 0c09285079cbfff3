import { z } from '../validate/zod';
import { lazily } from '../validate/lazily';
import type { RegistryFacts } from '../model/client';
import { legalFormLabel } from './legal-forms';

// recherche-entreprises.api.gouv.fr `/search?q=<siren>`: { results: [...], total_results, page, per_page, total_pages }.
// Schemas built on first use: the worker that wakes for every opened thread seldom reads this service (issue 17).
const result = lazily(() =>
  z.object({
    siren: z.string(),
    nom_complet: z.nullish(z.string()),
    nom_raison_sociale: z.nullish(z.string()),
    nature_juridique: z.nullish(z.string()),
    etat_administratif: z.nullish(z.string()),
    date_fermeture: z.nullish(z.string()),
    siege: z.nullish(z.object({ adresse: z.nullish(z.string()), code_postal: z.nullish(z.string()), libelle_commune: z.nullish(z.string()) })),
  }),
);
const searchAnswer = lazily(() => z.object({ results: z.array(z.unknown()) }));

/** The registry's facts for `siren` from a `/search` answer, or undefined when no result has exactly that SIREN. */
export function mapCompany(payload: unknown, siren: string, checkedOn: string): RegistryFacts | undefined {
  const answer = searchAnswer().safeParse(payload);
  if (!answer.success) throw new Error('recherche-entreprises: unexpected answer shape');
  // The search is full-text: another company may come first, so keep only the exact SIREN.
  const found = answer.data.results.map((r) => result().safeParse(r)).find((r) => r.success && r.data.siren === siren);
  if (!found?.success) return undefined;
  const r = found.data;
  const name = (r.nom_raison_sociale || r.nom_complet || '').trim();
  const facts: RegistryFacts = { siren, name: name || siren, address: addressLines(r.siege ?? undefined), active: r.etat_administratif !== 'C', checkedOn };
  if (r.nature_juridique) facts.legalForm = legalFormLabel(r.nature_juridique);
  if (r.nature_juridique?.startsWith('7')) facts.publicBody = true;
  if (facts.active === false && r.date_fermeture && /^\d{4}-\d{2}-\d{2}$/.test(r.date_fermeture)) facts.ceasedOn = r.date_fermeture;
  return facts;
}

/** "12 RUE DE LA PAIX 75002 PARIS 2" → ["12 RUE DE LA PAIX", "75002 PARIS 2"], the way a letter's address block reads. */
function addressLines(siege: { adresse?: string | null; code_postal?: string | null; libelle_commune?: string | null } | undefined): string[] {
  const full = siege?.adresse?.trim();
  if (!full) return [];
  const city = [siege?.code_postal, siege?.libelle_commune].filter(Boolean).join(' ');
  const at = city && siege?.code_postal ? full.lastIndexOf(siege.code_postal) : -1;
  if (at > 0) return [full.slice(0, at).trim(), full.slice(at).trim()];
  return [full];
}
