import { describe, expect, it } from 'vitest';
import { communesOf } from '../../../utils/legal/postcode-communes';
import { debtorPostcode } from '../../../utils/legal/judicial-view';

const TABLE = "01400=L'Abergement-Clémenciat|Châtillon-sur-Chalaronne\n69003=Lyon\n75016=Paris";

describe('the debtor’s commune from its postcode', () => {
  it('reads the postcode of the address and its communes', () => {
    expect(debtorPostcode(['5 avenue Foch', '75016 Paris'])).toBe('75016');
    expect(debtorPostcode(['BP 12', '69003 LYON CEDEX 03'])).toBe('69003');
    expect(debtorPostcode(['10 Downing Street', 'London SW1A 2AA'])).toBeUndefined();
    expect(communesOf(TABLE, '69003')).toEqual(['Lyon']);
    expect(communesOf(TABLE, '01400')).toEqual(["L'Abergement-Clémenciat", 'Châtillon-sur-Chalaronne']);
    expect(communesOf(TABLE, '99999')).toEqual([]);
    expect(communesOf(TABLE, '6900')).toEqual([]);
  });
});
