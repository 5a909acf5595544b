/**
 * The amounts of money and discount percentages a business's own data
 * contains: every service, variant, range end and deposit, and every
 * amount or percentage written in its Q&A, articles, policies, style guide
 * and service texts. A reply may state these and nothing else
 * (domain/money.ts checks it). Computed once per business object.
 */
import type { Business, Localized } from './business.js';
import { allTexts } from './localized.js';
import { findMoneyAmounts, findPercentages } from './money.js';

export interface GroundedMoney {
  amounts: number[];
  percentages: number[];
}

const cache = new WeakMap<Business, GroundedMoney>();

function texts(value: Localized | undefined): string[] {
  return value === undefined ? [] : allTexts(value, 'und').map((t) => t.text);
}

export function groundedMoney(business: Business): GroundedMoney {
  const hit = cache.get(business);
  if (hit) return hit;
  const amounts = new Set<number>();
  const writing: string[] = [];
  for (const service of business.services) {
    for (const n of [service.price, service.priceMax, service.deposit]) if (n !== undefined) amounts.add(n);
    for (const variant of service.variants) amounts.add(variant.price);
    writing.push(...texts(service.description), ...texts(service.priceNote));
    for (const value of Object.values(service.details))
      writing.push(...(Array.isArray(value) ? value : [String(value)]));
  }
  for (const qa of business.qa) writing.push(...texts(qa.answer));
  for (const article of business.knowledge) writing.push(...texts(article.body));
  for (const policy of business.policies) writing.push(...texts(policy.text));
  const style = business.styleGuide;
  writing.push(...texts(style.tone), ...style.do, ...style.dont, ...texts(style.greeting), ...texts(style.signOff));
  const percentages = new Set<number>();
  for (const text of writing) {
    for (const mention of findMoneyAmounts(text)) amounts.add(mention.amount);
    for (const percent of findPercentages(text)) percentages.add(percent);
  }
  const result = { amounts: [...amounts].sort((a, b) => a - b), percentages: [...percentages].sort((a, b) => a - b) };
  cache.set(business, result);
  return result;
}
