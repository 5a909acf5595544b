/**
 * Round 43: politeness and embarrassment are no complaint ("perdón por molestar", "me da vergüenza preguntar",
 * "tenho vergonha"), while "es una vergüenza" and "estoy muy molesta" still complain; and holding a place is asking
 * to book ("quiero apartar dos lugares", "can you hold a spot", "guardar uma vaga").
 */
import { describe, expect, it } from 'vitest';
import { everyLanguageBusiness, request } from '../fixture.test-helper.js';
import { complains } from './complaint.js';
import { said } from './complaint.test-helper.js';
import { respond } from './offline.js';

describe('politeness and embarrassment are no complaint (r43a)', () => {
  it.each([
    'perdón por molestar, ¿hacen limpieza dental el sábado?',
    'qué pena molestarlos tan tarde, ¿cuánto cuesta la consulta?',
    'disculpen las molestias, ¿a qué hora abren mañana?',
    'me da vergüenza preguntar, pero ¿hay un límite de peso?',
    'no quiero que mi papá pase vergüenza, ¿hay silla para él?',
    'tenho vergonha de perguntar, mas tem limite de peso?',
    'em fa vergonya preguntar-ho, però hi ha límit de pes?',
  ])('%j', (text) => {
    expect(complains(said(text))).toBe(false);
  });

  it.each([
    'es una vergüenza cómo nos trataron ayer',
    'estoy muy molesta con el servicio de ayer',
    'isso é uma vergonha, ninguém nos atendeu',
    'és una vergonya, ens vau fer esperar una hora',
  ])('%j still complains', (text) => {
    expect(complains(said(text))).toBe(true);
  });
});

describe('holding a place is asking to book (r43a)', () => {
  const business = everyLanguageBusiness();
  const intent = (text: string) => respond(request(business, text)).intent;
  it.each([
    'quiero apartar dos lugares para el sábado 14, ¿cómo pago?',
    'me pueden apartar la fecha del viernes? somos tres',
    'could you hold a spot for me on Saturday the 14th?',
    'pouvez-vous nous garder deux places pour samedi ?',
    'dá para guardar uma vaga pra sexta-feira?',
    'potete tenerci due posti per sabato?',
  ])('%j', (text) => {
    expect(intent(text)).toBe('booking');
  });

  it.each(['se paga aparte el seguro?', 'el parking está apartado del centro?'])('%j books nothing', (text) => {
    expect(intent(text)).not.toBe('booking');
  });
});
