import { describe, expect, it } from 'vitest';
import { WHATSAPP_ERROR_RULES } from '../whatsapp/cloud-outbound.js';
import { explainQiscusError } from '../whatsapp/qiscus-errors.js';
import { explainOnPremiseErrors } from '../whatsapp/qiscus-errors.js';
import { explainGraphError } from './graph.js';
import { messagingErrorRules } from './messaging-platform.js';

describe('error bodies', () => {
  it('Graph envelope: channel rules, then the Graph-wide codes', () => {
    expect(
      explainGraphError({ error: { code: 131047, message: '(#131047) Re-engagement message' } }, WHATSAPP_ERROR_RULES),
    ).toMatchObject({
      code: '131047',
      retryable: false,
      details: 'Graph error 131047: (#131047) Re-engagement message',
    });
    expect(explainGraphError({ error: { code: 4, message: 'Too many calls' } })).toMatchObject({ retryable: true });
    expect(explainGraphError({ error: { message: 'Internal error' } })).toMatchObject({ retryable: undefined });
    expect(explainGraphError({ error: 'text' })).toBeUndefined();
  });

  it('Graph envelope: a subcode rule wins over its code rule', () => {
    const rules = messagingErrorRules('Messenger');
    expect(explainGraphError({ error: { code: 10, error_subcode: 2018278 } }, rules)?.message).toMatch(/24-hour/);
    expect(explainGraphError({ error: { code: 10 } }, rules)?.message).toMatch(/Meta refused the message/);
  });

  it('On-Premises errors array, as Qiscus passes it on', () => {
    expect(explainOnPremiseErrors({ errors: [{ code: 1013, title: 'User is not valid' }] })).toEqual({
      code: '1013',
      retryable: undefined,
      message: undefined,
      details: 'error 1013: User is not valid',
    });
    expect(explainOnPremiseErrors({ errors: [] })).toBeUndefined();
    expect(explainQiscusError({ errors: [{ code: 470, title: 'Re-engagement' }] }, 400)).toMatchObject({
      retryable: false,
      code: '470',
    });
  });
});
