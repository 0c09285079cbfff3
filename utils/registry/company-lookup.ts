import type { CollectiveProceedings, RegistryFacts } from '../model/client';

/** One registry lookup: the company (absent when the SIREN is unknown) and any collective proceeding in the BODACC. */
export interface CompanyLookup {
  siren: string;
  company?: RegistryFacts;
  proceedings?: CollectiveProceedings;
  /** The BODACC could not be read: proceedings unknown (the company facts still count). */
  bodaccUnavailable?: boolean;
}
