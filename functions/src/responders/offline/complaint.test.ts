import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT, OPEN_NOW } from '../fixture.test-helper.js';
import { complaintReading, complains } from './complaint.js';
import { read } from './understand.js';

const business = businessFrom({
  ...FIXTURE_INPUT,
  profile: { ...(FIXTURE_INPUT.profile as Record<string, unknown>), languages: ['en', 'es', 'fr', 'ca', 'pt', 'ar'] },
});

function complaint(text: string): boolean {
  return complains(complaintReading(read(business, {}, text, OPEN_NOW)));
}

describe('complains', () => {
  it.each([
    'what languages do you speak? my Spanish is terrible',
    'sorry my french is awful, do you speak english?',
    'falam inglês? o meu português é péssimo',
    'perdón, mi inglés es fatal. ¿habláis español?',
    'je suis nulle en anglais, vous parlez français ?',
    'el meu castellà és fatal, parleu català?',
    'meu hálito tá horrível mesmo escovando, vcs resolvem?',
    'my teeth look awful, can you help?',
    'tengo un dolor de muelas horrible, ¿tenéis hueco?',
    'dor lombar horrível, têm vaga amanhã?',
    'tengo una muela que me molesta desde el finde, me podéis ver?',
    'la piel me molesta un poco después del láser, es normal?',
  ])('the customer speaking of themself is not a complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'the service was terrible',
    'my experience was terrible',
    'my haircut was awful',
    'my back pain is horrible since your massage',
    'el trato fue pésimo',
    'estoy muy molesta con cómo me atendieron ayer',
    'le service était nul',
    'o atendimento foi péssimo',
    'el tracte va ser fatal',
    'I want a refund',
    'I have burns after my session',
    'my spanish is terrible. and your receptionist was rude',
    'remboursez-moi, le laser n a rien fait',
    'quiero que me devolvais el dinero',
  ])('a complaint about the business still is: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'do you refund the deposit if I cancel?',
    'la mutuelle rembourse les soins ?',
    'a CNSS reembolsa?',
    'hay reembolso si cancelo?',
  ])('a question about refunds is not a complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });
});
