/**
 * Prices, durations and service lines written for a customer. Every amount
 * comes from the business's services; nothing here computes a new price.
 */
import { pickLocalized } from '../../domain/localized.js';
import type { Localized, Service } from '../../domain/business.js';
import type { Variant } from '../../domain/knowledge-index.js';
import { type Register, messagesFor } from './messages/index.js';

export interface FormatContext {
  language: string;
  /** The business's languages, default first. */
  languages: readonly string[];
  currency: string;
  register?: Register;
  /** Write amounts of four digits or more whole ("3500 DA"), as an owner who never groups thousands does. */
  wholeThousands?: boolean;
}

const messages = (ctx: FormatContext) => messagesFor(ctx.language, ctx.register);

/** Arabic text keeps Latin digits, as Gulf and Levant businesses usually write prices and times. */
const locale = (language: string) => (language === 'ar' ? 'ar-u-nu-latn' : language);

export function formatMoney(amount: number, currency: string, language: string, wholeThousands = false): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  try {
    return new Intl.NumberFormat(locale(language), {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(wholeThousands ? { useGrouping: false } : {}),
    }).format(amount);
  } catch {
    return `${amount.toFixed(digits)} ${currency}`;
  }
}

export function formatDuration(minutes: number, language: string): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (language === 'ar') {
    const hours = h === 1 ? 'ساعة' : h === 2 ? 'ساعتان' : `${h} ساعات`;
    if (h === 0) return `${m} دقيقة`;
    return m ? `${hours} و${m} دقيقة` : hours;
  }
  if (h === 0) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function text(value: Localized, ctx: FormatContext): string {
  return pickLocalized(value, ctx.language, ctx.languages).text;
}

/** "AED 150", "AED 150–900" or "free". */
export function priceLabel(price: number, priceMax: number | undefined, ctx: FormatContext): string {
  const money = (n: number) => formatMoney(n, ctx.currency, ctx.language, ctx.wholeThousands);
  if (priceMax !== undefined && priceMax > price) return `${money(price)}–${money(priceMax)}`;
  return price === 0 ? messages(ctx).free : money(price);
}

/** One price for the whole service: its own, or the span of its variants ("from AED 150"). */
export function servicePriceSummary(service: Service, ctx: FormatContext): string {
  if (service.variants.length === 0) return priceLabel(service.price, service.priceMax, ctx);
  const prices = service.variants.map((v) => v.price);
  const [low, high] = [Math.min(...prices), Math.max(...prices)];
  return low === high ? priceLabel(low, undefined, ctx) : messages(ctx).from(priceLabel(low, undefined, ctx));
}

function variantLine(variant: Variant, ctx: FormatContext, showDuration = true): string {
  const price = priceLabel(variant.price, undefined, ctx);
  const duration = showDuration ? ` (${formatDuration(variant.durationMinutes, ctx.language)})` : '';
  return `${text(variant.name, ctx)}: ${price}${duration}`;
}

/**
 * The price block of a service: the named variants (or all of them when the
 * customer named the service), its price note and deposit.
 */
export function servicePriceBlock(
  service: Service,
  named: readonly Variant[],
  ctx: FormatContext,
  options: { description?: boolean; duration?: boolean } = {},
): string {
  const m = messages(ctx);
  const name = text(service.name, ctx);
  const showDuration = options.duration ?? true;
  const lines: string[] = [];
  if (named.length === 1) {
    lines.push(`${name} — ${variantLine(named[0]!, ctx, showDuration)}`);
  } else if (named.length > 1 || service.variants.length > 0) {
    lines.push(`${name}:`);
    for (const variant of named.length > 0 ? named : service.variants) {
      lines.push(`• ${variantLine(variant, ctx, showDuration)}`);
    }
  } else {
    const price = priceLabel(service.price, service.priceMax, ctx);
    const duration = showDuration ? ` (${formatDuration(service.durationMinutes, ctx.language)})` : '';
    lines.push(`${name}: ${price}${duration}`);
  }
  if (options.description && service.description) lines.push(text(service.description, ctx));
  if (service.priceNote) lines.push(text(service.priceNote, ctx));
  if (service.deposit)
    lines.push(m.deposit(formatMoney(service.deposit, ctx.currency, ctx.language, ctx.wholeThousands)));
  return lines.join('\n');
}

/** The service list: one line per active service with its price, at most `limit` lines. */
export function serviceList(services: readonly Service[], ctx: FormatContext, limit = 10): string {
  const m = messages(ctx);
  const active = services.filter((s) => s.active);
  const lines = active.slice(0, limit).map((s) => `• ${text(s.name, ctx)} — ${servicePriceSummary(s, ctx)}`);
  if (active.length > limit) lines.push(m.more(active.length - limit));
  return [m.servicesIntro, ...lines].join('\n');
}
