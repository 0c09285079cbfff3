/**
 * Rates by calendar semester: ECB main refinancing rate (C. com. L441-10 II: the rate in force on 1 January
 * for January–June, on 1 July for July–December) and the two taux de l'intérêt légal (CMF L313-2, D313-1-A).
 * Data, not code: add a semester here (or pass a table from settings) after checking the JORF and ecb.europa.eu.
 */
import { compareCodeUnits } from '../model/compare-code-units';

/** 'YYYY-S1' (January–June) or 'YYYY-S2' (July–December). */
export type SemesterId = string;

export interface SemesterRates {
  semester: SemesterId;
  /** ECB main refinancing operations rate in force on the semester's first day, in basis points (215 = 2.15 %). */
  ecbRefiBp: number;
  /** Effective date of the ECB decision that set that rate. */
  ecbRefiSince: string;
  /** Taux légal (a): creditor is a natural person not acting for professional needs, basis points. */
  legalRateNonProCreditorBp: number;
  /** Taux légal (b): all other cases (a freelancer or company creditor, even against a consumer), basis points. */
  legalRateOtherBp: number;
  /** The arrêté that fixed the legal rates. */
  legalRateReference: string;
  /** Where the values were read (secondary sources unless said otherwise). */
  sources: string[];
}

const ECB_SOURCE = 'ECB monetary policy decisions (cross-checked on secondary sources, see shared/LEGAL.md [L6a-d])';

/** The table shipped with the extension, oldest first. */
export const RATE_TABLE: readonly SemesterRates[] = [
  {
    semester: '2022-S1',
    ecbRefiBp: 0,
    ecbRefiSince: '2016-03-16',
    legalRateNonProCreditorBp: 313,
    legalRateOtherBp: 76,
    legalRateReference: 'Arrêté du 26 décembre 2021, NOR ECOT2138139A, JORF du 28 décembre 2021',
    sources: [ECB_SOURCE, 'https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-sont-fixes-pour-le-premier-semestre-2022'],
  },
  {
    semester: '2022-S2',
    ecbRefiBp: 0,
    ecbRefiSince: '2016-03-16',
    legalRateNonProCreditorBp: 315,
    legalRateOtherBp: 77,
    legalRateReference: 'Arrêté du 27 juin 2022, NOR ECOT2218806A, JORF du 2 juillet 2022',
    sources: [ECB_SOURCE, 'https://bejuris.fr/taux-de-linteret-legal-pour-le-second-semestre-2022-arrete-du-27-6-2022/', 'https://optifinance.net/?p=9282'],
  },
  {
    semester: '2023-S1',
    ecbRefiBp: 250,
    ecbRefiSince: '2022-12-21',
    legalRateNonProCreditorBp: 447,
    legalRateOtherBp: 206,
    legalRateReference: 'Arrêté du 26 décembre 2022 (taux de l’intérêt légal, 1er semestre 2023)',
    sources: [
      ECB_SOURCE,
      'https://trade.gov.tr/news/european-central-bank-ecb-declared-interest-rate-decision (ECB decision of 15 Dec 2022)',
      'https://www.huissiers-paca.fr/actualites/',
      'https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes',
    ],
  },
  {
    semester: '2023-S2',
    ecbRefiBp: 400,
    ecbRefiSince: '2023-06-21',
    legalRateNonProCreditorBp: 682,
    legalRateOtherBp: 422,
    legalRateReference: 'Arrêté du 27 juin 2023, NOR ECOT2317028A, JORF du 30 juin 2023',
    sources: [ECB_SOURCE, 'https://legifiscal.fr/actualites-fiscales/3492-taux-interet-legal-second-semestre-2023.html'],
  },
  {
    semester: '2024-S1',
    ecbRefiBp: 450,
    ecbRefiSince: '2023-09-20',
    legalRateNonProCreditorBp: 801,
    legalRateOtherBp: 507,
    legalRateReference: 'Arrêté du 21 décembre 2023 (taux de l’intérêt légal, 1er semestre 2024)',
    sources: [ECB_SOURCE, 'https://medef.nc/chiffres-cles/taux-dinteret-legal', 'https://infonet.fr/actualite/juridique/taux-dinteret-legal/'],
  },
  {
    semester: '2024-S2',
    ecbRefiBp: 425,
    ecbRefiSince: '2024-06-12',
    legalRateNonProCreditorBp: 816,
    legalRateOtherBp: 492,
    legalRateReference: 'Arrêté du 26 juin 2024 relatif à la fixation du taux de l’intérêt légal',
    sources: [ECB_SOURCE, 'https://bpifrance-creation.fr/entrepreneur/actualites/taux-linteret-legal-deuxieme-semestre-2024'],
  },
  {
    semester: '2025-S1',
    ecbRefiBp: 315,
    ecbRefiSince: '2024-12-18',
    legalRateNonProCreditorBp: 721,
    legalRateOtherBp: 371,
    legalRateReference: 'Arrêté du 17 décembre 2024 (taux de l’intérêt légal, 1er semestre 2025)',
    sources: [ECB_SOURCE, 'https://www.lexisveille.fr/taux-de-linteret-legal-applicables-au-cours-du-premier-semestre-2025'],
  },
  {
    semester: '2025-S2',
    ecbRefiBp: 215,
    ecbRefiSince: '2025-06-11',
    legalRateNonProCreditorBp: 665,
    legalRateOtherBp: 276,
    legalRateReference: 'Arrêté du 19 juin 2025, NOR ECOT2516925A, JORF du 24 juin 2025',
    sources: [ECB_SOURCE, 'https://ksca.fr/contenus-juridiques/actualites/lire/taux-de-linteret-legal-a-compter-du-1er-juillet-2025/615065'],
  },
  {
    semester: '2026-S1',
    ecbRefiBp: 215,
    ecbRefiSince: '2025-06-11',
    legalRateNonProCreditorBp: 667,
    legalRateOtherBp: 262,
    legalRateReference: 'Arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025',
    sources: [ECB_SOURCE, 'https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136 (JORF text)'],
  },
];

/** The shipped table with the user's semesters laid over it (same semester: the user's wins), oldest first. */
export function effectiveRateTable(overrides: readonly SemesterRates[] = []): SemesterRates[] {
  const bySemester = new Map(RATE_TABLE.map((r) => [r.semester, r]));
  for (const r of overrides) bySemester.set(r.semester, r);
  return Array.from(bySemester.values()).sort((a, b) => compareCodeUnits(a.semester, b.semester));
}

/** The semester a date falls in. */
export function semesterOf(date: string): SemesterId {
  return `${date.slice(0, 4)}-S${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** First and last day of a semester. */
export function semesterBounds(semester: SemesterId): { from: string; to: string } {
  const year = semester.slice(0, 4);
  return semester.endsWith('S1') ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** A semester's rates; outside the table, the nearest known semester's, flagged `estimated`. */
export function ratesForSemester(semester: SemesterId, table: readonly SemesterRates[] = RATE_TABLE): { rates: SemesterRates; estimated: boolean } {
  if (table.length === 0) throw new Error('Empty rate table');
  const sorted = [...table].sort((a, b) => compareCodeUnits(a.semester, b.semester));
  const exact = sorted.find((r) => r.semester === semester);
  if (exact) return { rates: exact, estimated: false };
  const earlier = sorted.filter((r) => r.semester < semester);
  return { rates: earlier.length > 0 ? earlier[earlier.length - 1] : sorted[0], estimated: true };
}
