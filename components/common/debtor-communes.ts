import { communesOf } from '../../utils/legal/postcode-communes';

/** The communes of the debtor's postcode; the ≈ 0.5 MB table is loaded on first use, by the extension page only. */
export async function debtorCommunes(postcode: string): Promise<string[]> {
  const { default: table } = await import('virtual:postcode-communes');
  return communesOf(table, postcode);
}
