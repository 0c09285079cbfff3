import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { epcQrPayload } from '../../../utils/payment/epc-qr';
import { epcQrGif } from '../../../utils/payment/epc-qr-image';

const IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('epcQrPayload', () => {
  it('writes the EPC069-12 v002 lines for a transfer with amount and remittance text', () => {
    expect(epcQrPayload({ name: 'Camille Martin', iban: IBAN, bic: 'agri frpp xxx', amount: eur(264123), text: 'Factures F-2026-014, F-2026-021' })).toBe(
      ['BCD', '002', '1', 'SCT', 'AGRIFRPPXXX', 'Camille Martin', 'FR7630006000011234567890189', 'EUR2641.23', '', '', 'Factures F-2026-014, F-2026-021'].join(
        '\n',
      ),
    );
  });

  it('drops trailing empty lines and keeps empty middle fields', () => {
    expect(epcQrPayload({ name: 'Camille Martin', iban: IBAN })).toBe('BCD\n002\n1\nSCT\n\nCamille Martin\nFR7630006000011234567890189');
    expect(epcQrPayload({ name: 'Camille Martin', iban: IBAN, amount: eur(5) })).toBe(
      'BCD\n002\n1\nSCT\n\nCamille Martin\nFR7630006000011234567890189\nEUR0.05',
    );
    expect(epcQrPayload({ name: 'Camille Martin', iban: IBAN, reference: 'RF18 5390 0754 7034' })).toBe(
      'BCD\n002\n1\nSCT\n\nCamille Martin\nFR7630006000011234567890189\n\n\nRF18539007547034',
    );
  });

  it('counts the 331-byte limit in UTF-8 bytes, not characters', () => {
    const name = 'É'.repeat(70);
    const text = 'é'.repeat(140);
    // 5 fixed lines + 140 bytes of name + IBAN 27 + amount + 280 bytes of text: over 331.
    expect(() => epcQrPayload({ name, iban: IBAN, amount: eur(100), text })).toThrow(/bytes, over the 331/);
    expect(epcQrPayload({ name, iban: IBAN, text: 'é'.repeat(60) })).toContain('é'.repeat(60));
  });

  it('refuses what a bank app would refuse, saying which field', () => {
    expect(() => epcQrPayload({ name: 'A', iban: 'FR76 3000 6000 0112 3456 7890 188' })).toThrow(/invalid IBAN.*mod 97/);
    expect(() => epcQrPayload({ name: 'A', iban: 'not an iban' })).toThrow(/invalid IBAN/);
    expect(() => epcQrPayload({ name: 'A', iban: IBAN, amount: { minor: 100, currency: 'USD' } })).toThrow(/euros, not USD/);
    expect(() => epcQrPayload({ name: 'A', iban: IBAN, amount: eur(0) })).toThrow(/positive/);
    expect(() => epcQrPayload({ name: 'A', iban: IBAN, amount: eur(-100) })).toThrow(/positive/);
    expect(() => epcQrPayload({ name: 'A', iban: IBAN, reference: 'RF18539007547034', text: 'Facture F-12' })).toThrow(/not both/);
    expect(() => epcQrPayload({ name: 'x'.repeat(71), iban: IBAN })).toThrow(/name has more than 70/);
    expect(epcQrPayload({ name: 'x'.repeat(70), iban: IBAN })).toContain('x'.repeat(70));
    expect(() => epcQrPayload({ name: 'A', iban: IBAN, text: 'x'.repeat(141) })).toThrow(/more than 140/);
    expect(epcQrPayload({ name: 'A', iban: IBAN, text: 'x'.repeat(140) })).toContain('x'.repeat(140));
    expect(() => epcQrPayload({ name: ' ', iban: IBAN })).toThrow(/name is empty/);
    expect(() => epcQrPayload({ name: 'A\nB', iban: IBAN })).toThrow(/line break/);
    expect(() => epcQrPayload({ name: 'A', iban: IBAN, bic: 'XYZ' })).toThrow(/invalid BIC/);
  });
});

const hasZbar = spawnSync('zbarimg', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasZbar)('the QR image decodes to the exact payload (install zbar-tools to run)', () => {
  it('zbarimg reads back the payload, accents included', () => {
    const payload = epcQrPayload({ name: 'Hélène Lefèvre EI', iban: IBAN, amount: eur(1_234_567), text: 'Factures F-2026-014, F-2026-021 — solde' });
    const dir = mkdtempSync(join(tmpdir(), 'relance-qr-'));
    try {
      const file = join(dir, 'qr.gif');
      writeFileSync(file, epcQrGif(payload));
      const result = spawnSync('zbarimg', ['--raw', '-q', '-Sbinary', file], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stdout.replace(/\n$/, '')).toBe(payload);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
