import type { ApiClient } from '../connectors/api-client';
import { ConnectorError } from '../connectors/connector-error';
import type { CompanyLookup } from './company-lookup';
import { mapCompany } from './map-company';
import { proceedingsFromBodacc } from './map-bodacc';

const SEARCH = 'https://recherche-entreprises.api.gouv.fr';
const BODACC = 'https://bodacc-datadila.opendatasoft.com';

/** The two public hosts the registry lookup calls, as optional host permission patterns. */
export const REGISTRY_ORIGINS = [`${SEARCH}/*`, `${BODACC}/*`];

/**
 * Looks a SIREN up in the public registry search (name, address, legal form, active or ceased) and in the BODACC
 * (collective proceedings). A BODACC failure is reported, not fatal: the company facts still count.
 */
export async function lookupCompany(api: ApiClient, siren: string, today: string): Promise<CompanyLookup> {
  const found = await api.getJson(`${SEARCH}/search?${new URLSearchParams({ q: siren, page: '1', per_page: '5' })}`, {}, 'recherche-entreprises');
  const company = mapCompany(found, siren, today);
  const where = `registre like "${siren}" and familleavis="collective"`;
  const query = new URLSearchParams({ where, order_by: 'dateparution desc', limit: '100' });
  try {
    const announcements = await api.getJson(`${BODACC}/api/explore/v2.1/catalog/datasets/annonces-commerciales/records?${query}`, {}, 'BODACC');
    const proceedings = proceedingsFromBodacc(announcements, siren);
    return { siren, ...(company ? { company } : {}), ...(proceedings ? { proceedings } : {}) };
  } catch (error) {
    if (!(error instanceof ConnectorError) && !(error instanceof Error && /BODACC/.test(error.message))) throw error;
    return { siren, ...(company ? { company } : {}), bodaccUnavailable: true };
  }
}
