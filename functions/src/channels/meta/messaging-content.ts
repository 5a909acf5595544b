/**
 * What a Messenger Platform message says: its text or quick-reply choice,
 * then one content per attachment (sources and what becomes what in
 * messaging.ts).
 */
import type { MediaRef, MessageContent } from '../../domain/message.js';
import { withoutUndefined } from '../shared/parse-helpers.js';
import * as P from './messaging-payload.js';
import { isHttpUrl, type MessagingPlatform } from './messaging-platform.js';

/** The message's text (or quick-reply choice) first, then one content per attachment. */
export function contentsOf(platform: MessagingPlatform, message: P.Message): MessageContent[] {
  if (message.is_unsupported === true) {
    const what = `${platform.label} message`;
    return [
      unsupported('is_unsupported', `${article(what.toLowerCase())} ${what} Meta does not pass to apps (e.g. a GIF)`),
    ];
  }
  const contents: MessageContent[] = [];
  const text = message.text !== undefined && message.text.trim() !== '' ? message.text : undefined;
  const choice = message.quick_reply?.payload;
  if (choice !== undefined && choice.trim() !== '') {
    contents.push({ type: 'interactive', replyId: choice, title: text ?? choice });
  } else if (text !== undefined) {
    contents.push({ type: 'text', text });
  }
  let stickerSeen = false;
  for (const raw of message.attachments ?? []) {
    const attachment = P.Attachment.safeParse(raw);
    if (!attachment.success) {
      contents.push(unsupported('attachment', 'an attachment in a format Frontdesk does not know'));
      continue;
    }
    const sticker = isSticker(attachment.data, message);
    if (sticker && stickerSeen) continue; // the same sticker twice (image + sticker, see the header)
    stickerSeen ||= sticker;
    const content = attachmentContent(platform, attachment.data, sticker, text !== undefined);
    if (content) contents.push(content);
  }
  if (contents.length === 0 && message.reply_to?.story) {
    contents.push(unsupported('story_reply', `replied to an ${platform.label} story without text`));
  }
  return contents;
}

function isSticker(attachment: P.Attachment, message: P.Message): boolean {
  if (attachment.type === 'sticker') return true;
  if (attachment.type !== 'image') return false;
  return (
    message.sticker_id !== undefined || P.MediaPayload.safeParse(attachment.payload).data?.sticker_id !== undefined
  );
}

const SHARED_KINDS: Readonly<Record<string, string>> = {
  share: 'a shared post',
  post: 'a shared post',
  ig_post: 'a shared Instagram post',
  reel: 'a shared reel',
  ig_reel: 'a shared Instagram reel',
  template: 'a structured (template) message',
  product: 'a shared product',
  appointment_booking: 'an appointment booking card',
};

/** undefined: nothing to add (a link preview of the message's own text). */
function attachmentContent(
  platform: MessagingPlatform,
  attachment: P.Attachment,
  sticker: boolean,
  hasText: boolean,
): MessageContent | undefined {
  const type = attachment.type;
  const payload = P.MediaPayload.safeParse(attachment.payload).data;
  const url = payload?.url !== undefined && isHttpUrl(payload.url) ? payload.url : undefined;
  const media: MediaRef | undefined = url === undefined ? undefined : { url };
  switch (type) {
    case 'image':
    case 'video':
    case 'audio':
    case 'file':
    case 'sticker': {
      const what = sticker ? 'sticker' : type === 'file' ? 'file' : type;
      if (!media)
        return unsupported(type, `${article(what)} ${what} without a download URL (e.g. from a private account)`);
      if (sticker) return { type: 'sticker', media };
      if (type === 'file') return { type: 'document', media };
      // Both apps send recorded voice clips as audio attachments; neither marks them.
      if (type === 'audio') return { type: 'audio', media, voice: true };
      return { type, media };
    }
    case 'location': {
      const location = P.LocationPayload.safeParse(attachment.payload);
      if (!location.success) return unsupported('location', 'a location without coordinates');
      const { lat, long } = location.data.coordinates;
      return withoutUndefined<MessageContent>({
        type: 'location',
        latitude: lat,
        longitude: long,
        name: attachment.title?.trim() || undefined,
      });
    }
    case 'story_mention':
      // The story is the customer's own post (its CDN URL expires with it): reported, not downloaded as ours.
      return unsupported('story_mention', `mentioned the business in their ${platform.label} story`);
    case 'fallback': {
      if (hasText) return undefined;
      const title = (payload?.title ?? attachment.title)?.trim().slice(0, 200);
      const link =
        url ?? (typeof attachment.url === 'string' && isHttpUrl(attachment.url) ? attachment.url : undefined);
      const summary = [title ? `shared "${title}"` : 'shared a link', link?.slice(0, 300)].filter(Boolean).join(': ');
      return unsupported('fallback', summary);
    }
    case 'ephemeral':
      return unsupported('ephemeral', 'a view-once photo or video, which Meta does not pass to apps');
    default: {
      const shared = Object.hasOwn(SHARED_KINDS, type) ? SHARED_KINDS[type] : undefined;
      return unsupported(type, shared ?? `a "${type}" attachment, which Frontdesk cannot read`);
    }
  }
}

/** Content we cannot read still becomes an event, so staff see it and the customer gets a polite answer. */
function unsupported(providerType: string, summary: string): MessageContent {
  return { type: 'unsupported', providerType: providerType.slice(0, 64), summary };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
