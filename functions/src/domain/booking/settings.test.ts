import { describe, expect, it } from 'vitest';
import { Settings } from '../business.js';
import { BookingSettings } from './settings.js';

describe('booking settings', () => {
  it('a business that says nothing about booking gets working defaults', () => {
    const settings = Settings.parse({ handoffQuietMinutes: 30, responder: 'auto' });
    expect(settings.booking).toEqual({
      enabled: true,
      backend: { type: 'frontdesk' },
      slotMinutes: 15,
      leadTimeMinutes: 60,
      horizonDays: 60,
      holdMinutes: 10,
      resources: [],
      changePolicy: { noticeHours: 24 },
      deposits: { paymentMinutes: 30, refunds: [{ minNoticeHours: 24, refundPercent: 100 }] },
      approval: { allBookings: false, sameDay: false, insidePolicyWindow: false, refunds: false },
      reminders: { hoursBefore: [24, 2] },
    });
    expect(Settings.parse(undefined).booking.slotMinutes).toBe(15);
  });

  it('a clinic API gets the default REST endpoints unless it maps its own', () => {
    const booking = BookingSettings.parse({
      backend: {
        type: 'clinic-api',
        baseUrl: 'https://clinic.example/api',
        endpoints: { availability: { method: 'POST', path: '/slots/search' } },
      },
    });
    expect(booking.backend).toEqual({
      type: 'clinic-api',
      baseUrl: 'https://clinic.example/api',
      endpoints: {
        services: { method: 'GET', path: '/services' },
        availability: { method: 'POST', path: '/slots/search' },
        create: { method: 'POST', path: '/appointments' },
        reschedule: { method: 'PATCH', path: '/appointments/{id}' },
        cancel: { method: 'DELETE', path: '/appointments/{id}' },
      },
      serviceIds: {},
      resourceIds: {},
      timeoutMs: 10_000,
    });
  });

  it.each([
    ['a grid that does not fit the hour', { slotMinutes: 25 }, ['slotMinutes']],
    ['a grid of whole hours that does not fit the day', { slotMinutes: 300 }, ['slotMinutes']],
    [
      'a refund over 100 %',
      { deposits: { refunds: [{ minNoticeHours: 24, refundPercent: 120 }] } },
      ['deposits', 'refunds', 0, 'refundPercent'],
    ],
    [
      'two refund rules for one notice',
      {
        deposits: {
          refunds: [
            { minNoticeHours: 24, refundPercent: 100 },
            { minNoticeHours: 24, refundPercent: 50 },
          ],
        },
      },
      ['deposits', 'refunds'],
    ],
    [
      'a Stripe session shorter than Stripe allows',
      { deposits: { paymentMinutes: 10 } },
      ['deposits', 'paymentMinutes'],
    ],
    ['an unknown backend', { backend: { type: 'outlook' } }, ['backend', 'type']],
    ['a clinic API without a base URL', { backend: { type: 'clinic-api' } }, ['backend', 'baseUrl']],
    [
      'a clinic API on another scheme',
      { backend: { type: 'clinic-api', baseUrl: 'ftp://clinic.example' } },
      ['backend', 'baseUrl'],
    ],
    [
      'an endpoint path without a slash',
      {
        backend: {
          type: 'clinic-api',
          baseUrl: 'https://c.example',
          endpoints: { create: { method: 'POST', path: 'book' } },
        },
      },
      ['backend', 'endpoints', 'create', 'path'],
    ],
    [
      'a duplicate resource',
      {
        resources: [
          { id: 'room-1', name: 'Room' },
          { id: 'room-1', name: 'Room' },
        ],
      },
      ['resources', 1, 'id'],
    ],
    ['a misspelt field', { slotMinutse: 15 }, []],
  ])('refuses %s', (_label, input, path) => {
    const result = BookingSettings.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(path);
  });

  it.each([5, 10, 15, 20, 30, 60, 120, 240])('accepts a %i-minute grid', (slotMinutes) => {
    expect(BookingSettings.safeParse({ slotMinutes }).success).toBe(true);
  });
});
