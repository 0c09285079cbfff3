/** INSEE legal categories (catégories juridiques, level III) our users' debtors mostly have; others show their code. */
const LABELS: Record<string, string> = {
  '1000': 'Entrepreneur individuel',
  '5202': 'SNC',
  '5306': 'SCS',
  '5308': 'SCA',
  '5410': 'SARL nationale',
  '5485': 'SELARL',
  '5498': 'EURL',
  '5499': 'SARL',
  '5505': 'SA à participation ouvrière',
  '5599': 'SA à conseil d’administration',
  '5699': 'SA à directoire',
  '5710': 'SAS',
  '5720': 'SASU',
  '5785': 'SELAS',
  '6540': 'SCI',
  '6599': 'Société civile',
  '9220': 'Association déclarée',
};

/** A readable legal form for an INSEE category code ("5710" → "SAS"), or "catégorie 5710" when unknown. */
export function legalFormLabel(code: string): string {
  return LABELS[code] ?? `catégorie ${code}`;
}
