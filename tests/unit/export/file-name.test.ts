import { describe, expect, it } from 'vitest';
import { fileNameFor, slugify } from '../../../utils/export/file-name';

describe('fileNameFor', () => {
  it('names each export after the client and the day', () => {
    expect(fileNameFor('formal-notice', { client: 'Dupont SARL', date: '2026-12-07' })).toBe('mise-en-demeure-dupont-sarl-2026-12-07.docx');
    expect(fileNameFor('evidence-docx', { client: 'Société Générale d’Études', invoiceNumber: 'F/2026/014', date: '2026-12-07' })).toBe(
      'dossier-recouvrement-societe-generale-d-etudes-f-2026-014-2026-12-07.docx',
    );
    expect(fileNameFor('evidence-csv', { client: 'Ølberg & Co', date: '2026-12-07', language: 'en' })).toBe('timeline-lberg-co-2026-12-07.csv');
    expect(fileNameFor('evidence-json', { client: 'Dupont', date: '2026-12-07' })).toBe('chronologie-dupont-2026-12-07.json');
    expect(fileNameFor('backup', { date: '2026-12-07' })).toBe('relance-sauvegarde-2026-12-07.json');
  });

  it('never produces a path, a hidden file or an empty name', () => {
    expect(fileNameFor('formal-notice', { client: '../../etc/passwd', date: '2026-12-07' })).toBe('mise-en-demeure-etc-passwd-2026-12-07.docx');
    expect(fileNameFor('formal-notice', { client: '😀 مرحبا', date: '2026-12-07' })).toBe('mise-en-demeure-client-2026-12-07.docx');
    expect(slugify('x'.repeat(100) + ' y')).toHaveLength(60);
    expect(slugify('a'.repeat(59) + ' bcd')).toBe('a'.repeat(59));
  });
});
