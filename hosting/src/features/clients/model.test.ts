import { describe, expect, it } from 'vitest';
import { channelsOf, clientName, matchesClient } from './model';

const ana = {
  name: null,
  channelNames: { whatsapp: 'Ana R' },
  identities: ['whatsapp:15551234567', 'telegram:998877'],
  client: { name: 'Ana Ruíz', phone: '+1 (555) 123-4567' },
};

describe('clients', () => {
  it('names a client by the booking name, then the channel name', () => {
    expect(clientName(ana)).toBe('Ana Ruíz');
    expect(clientName({ channelNames: { telegram: 'Bo' } })).toBe('Bo');
    expect(clientName({})).toBe('Unnamed client');
  });

  it('lists channels from identities', () => {
    expect(channelsOf(ana)).toEqual([
      { channel: 'whatsapp', userId: '15551234567' },
      { channel: 'telegram', userId: '998877' },
    ]);
  });

  it.each([
    ['', true],
    ['ana', true],
    ['ruiz', true],
    ['ANA ruiz', true],
    ['5551234567', true],
    ['998877', true],
    ['maria', false],
    ['ana maria', false],
  ])('search %j → %s', (search, expected) => {
    expect(matchesClient(ana, search)).toBe(expected);
  });
});
