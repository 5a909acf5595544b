import { describe, expect, it } from 'vitest';
import { senderFor } from '../channels/registry.js';
import { CHANNEL_TYPES } from '../domain/business.js';
import { SERVICE_WINDOW_HOURS } from './service-windows.js';

const urls = { graphApi: '', dialog360: '', montyMobile: '', qiscus: '', telegram: '' };

describe('SERVICE_WINDOW_HOURS', () => {
  it.each(CHANNEL_TYPES)('%s agrees with its adapter', (channel) => {
    expect(SERVICE_WINDOW_HOURS[channel]).toBe(senderFor(channel, urls).serviceWindowHours);
  });
});
