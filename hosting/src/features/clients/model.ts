/**
 * How a client reads in lists and search: the name to book under, else the
 * name they gave a channel; their channels from the contact's identities
 * ("whatsapp:15551234567"). Pure, for the clients list and the booking form.
 */
import type { ChannelType } from '../../../../functions/src/domain/business';

export interface ClientLike {
  name?: string | null | undefined;
  channelNames?: Record<string, string> | undefined;
  identities?: string[] | undefined;
  client?: { name?: string | undefined; phone?: string | undefined; email?: string | undefined } | undefined;
}

export function clientName(c: ClientLike): string {
  return c.client?.name ?? c.name ?? Object.values(c.channelNames ?? {})[0] ?? c.client?.phone ?? 'Unnamed client';
}

/** The contact's channels and their ids there. */
export function channelsOf(c: ClientLike): { channel: ChannelType; userId: string }[] {
  return (c.identities ?? []).flatMap((identity) => {
    const at = identity.indexOf(':');
    if (at <= 0) return [];
    return [{ channel: identity.slice(0, at) as ChannelType, userId: identity.slice(at + 1) }];
  });
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Whether every word of `search` is in the client's names, phone, email or channel ids (case and accents aside). */
export function matchesClient(c: ClientLike, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      c.client?.name,
      c.name,
      ...Object.values(c.channelNames ?? {}),
      c.client?.phone,
      c.client?.phone?.replace(/\D/g, ''),
      c.client?.email,
      ...channelsOf(c).map((x) => x.userId),
    ]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((w) => haystack.includes(w));
}
