import { describe, expect, it } from 'vitest';
import { senderFor } from './registry.js';
import { CHANNEL_TYPES } from '../domain/business.js';
import { SERVICE_WINDOW_HOURS } from '../domain/service-window.js';

const urls = { graphApi: '', dialog360: '', montyMobile: '', qiscus: '', telegram: '' };

describe('SERVICE_WINDOW_HOURS (what the dashboard shows)', () => {
  it.each(CHANNEL_TYPES)('%s agrees with its adapter', (channel) => {
    expect(SERVICE_WINDOW_HOURS[channel]).toBe(senderFor(channel, urls).serviceWindowHours);
  });
});
