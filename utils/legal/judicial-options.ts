import type { Money } from '../mail/types';
import { formatMoney } from '../templates/format-money';
import type { LocalizedText } from './localized-text';
import { publicBuyerRoutes } from './public-buyer-routes';
import type { DebtorKind } from '../model/client';

export interface JudicialOptionsInput {
  /** What would be claimed (principal, with charges if claimed too). */
  amount: Money;
  debtor: DebtorKind;
  /** The debtor is a trader or a commercial company (acts of commerce); unknown: both courts are explained. */
  debtorIsMerchant?: boolean;
  /** The creditor is a trader or a commercial company; a freelancer in a liberal profession is not. */
  creditorIsMerchant?: boolean;
  /** The debtor contests the debt. */
  disputed?: boolean;
  /** Today: which service deadline of the order applies (décret 2026-96); default: the rule in force now. */
  asOf?: string;
}

export type JudicialOptionId =
  | 'small-claims'
  | 'injonction-de-payer-commerce'
  | 'injonction-de-payer-judiciaire'
  | 'refere-provision'
  | 'refere-provision-administratif';

export interface JudicialOption {
  id: JudicialOptionId;
  title: LocalizedText;
  /** Plain explanation: who decides, how it runs, what it costs or requires. */
  explanation: LocalizedText;
  /** Cerfa form to file, when there is one. */
  form?: string;
  references: string[];
  /** A conciliation, mediation or participative procedure must come first (CPC 750-1). */
  amicableAttemptRequired: boolean;
  /** Why this route may not suit this case. */
  caution?: LocalizedText;
}

export interface JudicialOptions {
  options: JudicialOption[];
  /** The art. 750-1 CPC rule, when it applies to one of the options. */
  amicableAttempt?: LocalizedText;
  summary: LocalizedText;
}

/** Small-claims ceiling (CPCE R125-1) and art. 750-1 CPC threshold, in euro cents. */
export const SMALL_CLAIM_MAX_EUR_MINOR = 500_000;
/** Above this, a request to the tribunal judiciaire needs a lawyer (shared/LEGAL.md fact 28), euro cents. */
export const TJ_LAWYER_ABOVE_EUR_MINOR = 1_000_000;

/** The court routes that fit the case, explained plainly in French and English. */
export function explainJudicialOptions(input: JudicialOptionsInput): JudicialOptions {
  if (input.debtor === 'public') return publicBuyerRoutes(input);
  const { amount, debtor } = input;
  const eur = amount.currency === 'EUR';
  const amountFr = formatMoney(amount, 'fr');
  const amountEn = formatMoney(amount, 'en');
  const small = eur && amount.minor <= SMALL_CLAIM_MAX_EUR_MINOR;
  // A merchant suing a non-merchant goes to the tribunal judiciaire; a non-merchant suing a merchant may choose (mixed act).
  const commercialCourt = debtor === 'business' && input.debtorIsMerchant !== false;
  const civilCourt = debtor === 'consumer' || input.debtorIsMerchant !== true || input.creditorIsMerchant !== true;
  const service = orderServiceRule(input.asOf);
  const options: JudicialOption[] = [];

  if (eur) {
    options.push({
      id: 'small-claims',
      title: { fr: 'Procédure simplifiée de recouvrement des petites créances', en: 'Simplified small-claims recovery procedure' },
      explanation: {
        fr: 'Pour une créance contractuelle d’au plus 5 000 €, un commissaire de justice (du ressort de la cour d’appel du débiteur) invite le débiteur, par lettre recommandée ou par voie électronique, à accepter le paiement et ses modalités dans un délai d’un mois. S’il accepte, le commissaire de justice délivre un titre exécutoire. Tous les frais sont à votre charge. Démarche possible en ligne sur Credicys, la plateforme de la Chambre nationale des commissaires de justice. Si le débiteur refuse ou ne répond pas, cette tentative vous dispense de la tentative amiable préalable devant le tribunal judiciaire.',
        en: 'For a contractual claim of up to €5,000, a commissaire de justice (from the debtor’s court of appeal area) invites the debtor, by registered letter or electronically, to agree to pay and how, within one month. If the debtor agrees, the commissaire de justice issues an enforceable title. All costs are yours. It can be started online on Credicys, the national chamber of commissaires de justice’s platform. If the debtor refuses or does not answer, this attempt exempts you from the prior amicable attempt before the tribunal judiciaire.',
      },
      references: ['CPCE L125-1', 'CPCE R125-1', 'CPC 750-1 5°'],
      amicableAttemptRequired: false,
      ...(small
        ? input.disputed
          ? {
              caution: {
                fr: 'Elle suppose l’accord du débiteur : peu adaptée à une créance contestée.',
                en: 'It needs the debtor’s agreement: hardly suited to a disputed claim.',
              },
            }
          : {}
        : {
            caution: {
              fr: `Le montant (${amountFr}) dépasse le plafond de 5 000 € : procédure non ouverte.`,
              en: `The amount (${amountEn}) exceeds the €5,000 ceiling: procedure not available.`,
            },
          }),
    });
  }

  if (commercialCourt) {
    options.push({
      id: 'injonction-de-payer-commerce',
      title: { fr: 'Injonction de payer devant le tribunal de commerce', en: 'Order for payment (injonction de payer) at the commercial court' },
      explanation: {
        fr: `Pour une créance commerciale, quel qu’en soit le montant : une requête au président du tribunal de commerce du siège du débiteur (tribunal des activités économiques dans les juridictions pilotes), sans audience ni avocat obligatoire, déposable en ligne sur Tribunal Digital. Joignez factures, relances et mise en demeure. ${service.fr} Aucune tentative amiable préalable n’est exigée.`,
        en: `For a commercial claim of any amount: an application to the president of the commercial court where the debtor has its seat (tribunal des activités économiques in the pilot courts), with no hearing and no lawyer required, which can be filed online on Tribunal Digital. Attach invoices, reminders and the formal notice. ${service.en} No prior amicable attempt is required.`,
      },
      form: 'Cerfa n° 12946*02',
      references: ['CPC 1405 à 1425', 'C. com. L721-3'],
      amicableAttemptRequired: false,
      ...(input.debtorIsMerchant === undefined
        ? {
            caution: {
              fr: 'Seulement si le débiteur est commerçant ou une société commerciale.',
              en: 'Only if the debtor is a trader or a commercial company.',
            },
          }
        : {}),
    });
  }

  if (civilCourt) {
    const lawyer = eur && amount.minor > TJ_LAWYER_ABOVE_EUR_MINOR;
    options.push({
      id: 'injonction-de-payer-judiciaire',
      title: { fr: 'Injonction de payer devant le tribunal judiciaire', en: 'Order for payment (injonction de payer) at the tribunal judiciaire' },
      explanation: {
        fr: `Pour une créance civile (débiteur consommateur ou non commerçant${input.creditorIsMerchant === false && input.debtorIsMerchant !== false && debtor === 'business' ? ', ou à votre choix face à un commerçant' : ''}) : une requête au juge du tribunal judiciaire du domicile du débiteur, sans audience. ${service.fr} Aucune tentative amiable préalable n’est exigée pour cette procédure (Cass. 2e civ., avis du 25 septembre 2025, n° 25-70.013).${lawyer ? ' Au-delà de 10 000 €, la requête doit être présentée par un avocat.' : ''}`,
        en: `For a civil claim (consumer or non-trader debtor${input.creditorIsMerchant === false && input.debtorIsMerchant !== false && debtor === 'business' ? ', or at your choice against a trader' : ''}): an application to the judge of the tribunal judiciaire where the debtor lives, with no hearing. ${service.en} No prior amicable attempt is required for this procedure (Cass. 2e civ., opinion of 25 September 2025, no. 25-70.013).${lawyer ? ' Above €10,000, the application must be filed by a lawyer.' : ''}`,
      },
      form: 'Cerfa n° 12948*06',
      references: ['CPC 1405 à 1425', 'CPC 750-1'],
      amicableAttemptRequired: false,
    });
  }

  // Référé-provision goes to the commercial court only against a trader or a commercial company; a liberal profession,
  // an association or an SCI is sued before the tribunal judiciaire (art. 835), after an amicable attempt up to 5 000 €.
  const refereAt: 'commerce' | 'judiciaire' | 'either' =
    debtor === 'consumer' || input.debtorIsMerchant === false ? 'judiciaire' : input.debtorIsMerchant === true ? 'commerce' : 'either';
  const refereCourt = {
    commerce: { fr: 'président du tribunal de commerce (art. 873 al. 2 CPC)', en: 'president of the commercial court (art. 873 para. 2 CPC)' },
    judiciaire: { fr: 'président du tribunal judiciaire (art. 835 al. 2 CPC)', en: 'president of the tribunal judiciaire (art. 835 para. 2 CPC)' },
    either: {
      fr: 'président du tribunal de commerce si le débiteur est commerçant ou une société commerciale (art. 873 al. 2 CPC), sinon (profession libérale, association, SCI…) du tribunal judiciaire (art. 835 al. 2 CPC)',
      en: 'president of the commercial court if the debtor is a trader or a commercial company (art. 873 para. 2 CPC), otherwise (liberal profession, association, SCI…) of the tribunal judiciaire (art. 835 para. 2 CPC)',
    },
  }[refereAt];
  options.push({
    id: 'refere-provision',
    title: { fr: 'Référé-provision', en: 'Summary proceedings for an interim payment (référé-provision)' },
    explanation: {
      fr: `Lorsque la dette n’est pas sérieusement contestable, le ${refereCourt.fr} peut vous accorder une provision à l’issue d’une audience rapide, contradictoire : le débiteur est assigné par commissaire de justice et c’est à lui de prouver une contestation sérieuse.`,
      en: `When the debt cannot seriously be disputed, the ${refereCourt.en} can award you an interim payment after a quick hearing with both sides: the debtor is summoned by a commissaire de justice and must prove a serious dispute.`,
    },
    references: refereAt === 'commerce' ? ['CPC 873'] : refereAt === 'judiciaire' ? ['CPC 835'] : ['CPC 873', 'CPC 835'],
    amicableAttemptRequired: refereAt !== 'commerce' && small,
    ...(input.disputed
      ? {
          caution: {
            fr: 'Le débiteur conteste la dette : le juge des référés refusera la provision si la contestation est sérieuse.',
            en: 'The debtor disputes the debt: the judge will refuse the interim payment if the dispute is serious.',
          },
        }
      : {}),
  });

  const amicableAttempt = options.some((o) => o.amicableAttemptRequired)
    ? {
        fr: 'Devant le tribunal judiciaire, une demande d’au plus 5 000 € (autre qu’une injonction de payer) doit d’abord passer par une tentative de conciliation (conciliateur de justice, gratuit), de médiation ou de procédure participative, sous peine d’irrecevabilité (art. 750-1 CPC). Dispenses notamment : procédure de petites créances engagée en vain, urgence manifeste, conciliateur indisponible plus de trois mois.',
        en: 'Before the tribunal judiciaire, a claim of up to €5,000 (other than an order for payment) must first go through conciliation (a free conciliateur de justice), mediation or a participative procedure, or it is inadmissible (art. 750-1 CPC). Exemptions include: a small-claims procedure tried in vain, manifest urgency, no conciliator available within three months.',
      }
    : undefined;

  const fitting = options.filter((o) => !o.caution).map((o) => o.title);
  const summary = {
    fr: `Montant en jeu : ${amountFr}. ${fitting.length > 0 ? `Voies adaptées : ${fitting.map((t) => t.fr.charAt(0).toLowerCase() + t.fr.slice(1)).join(' ; ')}.` : 'Chaque voie comporte une réserve : lisez-les avant de choisir.'} Conservez factures, relances, accusés de réception et messages du client : ils forment votre dossier de preuve.`,
    en: `Amount at stake: ${amountEn}. ${fitting.length > 0 ? `Suitable routes: ${fitting.map((t) => t.en.charAt(0).toLowerCase() + t.en.slice(1)).join('; ')}.` : 'Each route has a caveat: read them before choosing.'} Keep invoices, reminders, acknowledgements of receipt and the client’s messages: they make up your evidence file.`,
  };
  return { options, ...(amicableAttempt ? { amicableAttempt } : {}), summary };
}

/** Décret 2026-96 of 16 Feb 2026, in force 1 Apr 2026 (LEGAL.md fact 36); one secondary source dates it 1 Sep 2026. */
const DECREE_2026_96_FROM = '2026-04-01';
const DECREE_2026_96_LATEST = '2026-09-01';

/** How long the creditor has to serve the order, and when it can be enforced, on a given day. */
export function orderServiceRule(asOf: string | undefined): LocalizedText {
  const enforcement = {
    fr: 'Le greffe ne vous avise que si le débiteur forme opposition (un mois après la signification) : sans avis d’opposition deux mois après la signification, vous pouvez faire exécuter l’ordonnance.',
    en: 'The court office tells you only if the debtor opposes (one month after service): with no such notice two months after service, you can have the order enforced.',
  };
  if (asOf !== undefined && asOf < DECREE_2026_96_FROM) {
    return {
      fr: 'L’ordonnance doit être signifiée par un commissaire de justice dans les 6 mois (3 mois pour celles rendues à compter du 1er avril 2026, décret n° 2026-96) ; le débiteur dispose alors d’un mois pour faire opposition.',
      en: 'The order must be served by a commissaire de justice within 6 months (3 months for orders made from 1 April 2026, décret 2026-96); the debtor then has one month to oppose it.',
    };
  }
  const doubt =
    asOf !== undefined && asOf < DECREE_2026_96_LATEST
      ? {
          fr: ' (une source date cette règle du 1er septembre 2026 : par prudence, tenez-vous-en à 3 mois)',
          en: ' (one source dates this rule from 1 September 2026: to be safe, keep to 3 months)',
        }
      : { fr: '', en: '' };
  return {
    fr: `L’ordonnance doit être signifiée par un commissaire de justice dans les 3 mois, faute de quoi elle est non avenue (décret n° 2026-96 du 16 février 2026, en vigueur le 1er avril 2026${doubt.fr}) ; le débiteur dispose alors d’un mois pour faire opposition. ${enforcement.fr}`,
    en: `The order must be served by a commissaire de justice within 3 months or it lapses (décret 2026-96 of 16 February 2026, in force 1 April 2026${doubt.en}); the debtor then has one month to oppose it. ${enforcement.en}`,
  };
}
