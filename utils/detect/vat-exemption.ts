/**
 * A mail that says no VAT is added (franchise "TVA non applicable, art. 293 B", reverse charge, exemption): its amount
 * before tax is what is owed.
 */
export const NO_VAT_ADDED = /\b(exoneree?|non applicable|not applicable|autoliquidation|reverse charge|293 ?b|exempt(ed)?|hors champ|no vat|pas de tva)\b/;
