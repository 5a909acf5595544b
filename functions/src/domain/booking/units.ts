/**
 * Capacity units: the things an appointment occupies for its whole length.
 *
 * A business that lists resources has one unit per place at each resource
 * (`r.carlos.1`; a room with two beds has `r.room-2.1` and `r.room-2.2`).
 * An overall limit on appointments at once adds the units `all.1` …
 * `all.N`; without resources that limit (default 1) is all there is.
 * An appointment holds one resource unit (when there are resources) and
 * one overall unit (when there is a limit). Resource ids are slugs, which
 * have no dots, so unit names never collide.
 */
import type { Service } from '../business.js';
import type { BookableResource, BookingSettings } from './settings.js';

export type CapacitySettings = Pick<BookingSettings, 'capacity' | 'resources'>;

export const resourceUnit = (resourceId: string, place: number) => `r.${resourceId}.${place}`;
export const overallUnit = (place: number) => `all.${place}`;

/** The resource a unit belongs to, if it is a resource unit. */
export function resourceOfUnit(unit: string): string | undefined {
  const match = /^r\.([^.]+)\.\d+$/.exec(unit);
  return match?.[1];
}

export function unitsOfResource(resource: Pick<BookableResource, 'id' | 'capacity'>): string[] {
  return Array.from({ length: resource.capacity }, (_, i) => resourceUnit(resource.id, i + 1));
}

/** The overall units, or none when resources alone limit the business. */
export function overallUnits(settings: CapacitySettings): string[] {
  const limit = settings.capacity ?? (settings.resources.length > 0 ? 0 : 1);
  return Array.from({ length: limit }, (_, i) => overallUnit(i + 1));
}

export function canDo(resource: Pick<BookableResource, 'services'>, service: Pick<Service, 'id'>): boolean {
  return resource.services.length === 0 || resource.services.includes(service.id);
}
