/** The business's services with prices, durations, deposits and variants, exactly as the business set them. */
import { z } from 'zod';
import { pickLocalized } from '../../../domain/localized.js';
import type { Localized, Service } from '../../../domain/business.js';
import { searchKnowledge } from '../../../domain/knowledge-index.js';
import type { BusinessContext } from '../../responder.js';
import { defineTool } from './tool.js';

function serviceFacts(service: Service, business: BusinessContext, language: string) {
  const t = (value: Localized | undefined) =>
    value === undefined ? undefined : pickLocalized(value, language, business.profile.languages).text;
  return {
    id: service.id,
    name: t(service.name),
    category: t(service.category),
    description: t(service.description),
    durationMinutes: service.durationMinutes,
    price: service.price,
    priceMax: service.priceMax,
    priceNote: t(service.priceNote),
    deposit: service.deposit,
    variants: service.variants.map((v) => ({
      id: v.id,
      name: t(v.name),
      durationMinutes: v.durationMinutes,
      price: v.price,
    })),
    details: Object.keys(service.details).length > 0 ? service.details : undefined,
  };
}

export const listServices = defineTool({
  name: 'list_services',
  description:
    'List the services with their prices (in the business currency), durations, deposits and variants (e.g. sizes or treatment areas). Give a query to get only the services it names. Quote prices only from here or the prompt, never from memory.',
  input: z.strictObject({
    query: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Words naming the service(s), e.g. "full legs" or "large dog bath"; omit for the full list.'),
  }),
  run({ query }, ctx) {
    const { business } = ctx;
    const active = business.services.filter((s) => s.active);
    const matched = query
      ? [...new Set(searchKnowledge(business, query, ctx.language).services.map((m) => m.service))]
      : [];
    const services = matched.length > 0 ? matched : active;
    return {
      content: {
        currency: business.profile.currency,
        matchedQuery: query ? matched.length > 0 : undefined,
        services: services.map((s) => serviceFacts(s, business, ctx.language)),
      },
      summary:
        query && matched.length > 0
          ? `${matched.map((s) => s.id).join(', ')} for "${query}"`
          : `all ${services.length} services${query ? ` (nothing matched "${query}")` : ''}`,
      sources: services.map((s) => s.id),
    };
  },
});
