/**
 * What booking one service (and variant) means in minutes and money: the
 * numbers every other booking module takes from the business's service
 * list, and only from there.
 */
import type { Service } from '../business.js';

export interface ServiceTerms {
  serviceId: string;
  variantId: string | undefined;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  price: number;
  /** 0 when the service asks for none. */
  deposit: number;
}

/**
 * The terms of `service` with `variantId` (a variant's duration and price
 * replace the service's). Undefined when the variant is not one of the
 * service's. Without a variant, the service's own numbers apply.
 */
export function termsOf(service: Service, variantId?: string): ServiceTerms | undefined {
  const variant = variantId === undefined ? undefined : service.variants.find((v) => v.id === variantId);
  if (variantId !== undefined && !variant) return undefined;
  const price = variant?.price ?? service.price;
  return {
    serviceId: service.id,
    variantId: variant?.id,
    durationMinutes: variant?.durationMinutes ?? service.durationMinutes,
    bufferBeforeMinutes: service.bufferBeforeMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
    price,
    // A deposit larger than the price would be a refund waiting to happen.
    deposit: Math.min(service.deposit ?? 0, price),
  };
}

const MINUTE = 60_000;

/** The time an appointment keeps its resource: the service plus its buffers either side. */
export function occupiedSpan(
  start: Date,
  end: Date,
  terms: Pick<ServiceTerms, 'bufferBeforeMinutes' | 'bufferAfterMinutes'>,
): { start: Date; end: Date } {
  return {
    start: new Date(start.getTime() - terms.bufferBeforeMinutes * MINUTE),
    end: new Date(end.getTime() + terms.bufferAfterMinutes * MINUTE),
  };
}
