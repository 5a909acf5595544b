import type { MessageContent } from '../domain/message.js';

/** The plain text of a message for lists, history and search. */
export function textOf(content: MessageContent): string {
  switch (content.type) {
    case 'text':
      return content.text;
    case 'image':
    case 'video':
    case 'document':
    case 'sticker':
      return content.caption ?? '';
    case 'audio':
      return '';
    case 'location':
      return [content.name, content.address].filter(Boolean).join(', ');
    case 'interactive':
      return content.title;
    case 'reaction':
      return content.emoji;
    case 'unsupported':
      return '';
  }
}

/** A one-line preview for the inbox list. */
export function previewOf(content: MessageContent, max = 120): string {
  const text = textOf(content);
  const label: Record<MessageContent['type'], string> = {
    text: '',
    image: '📷 Photo',
    video: '🎬 Video',
    document: '📄 Document',
    sticker: 'Sticker',
    audio: '🎤 Voice message',
    location: '📍 Location',
    interactive: '',
    reaction: 'Reaction',
    unsupported: 'Unsupported message',
  };
  const line = [label[content.type], text].filter(Boolean).join(': ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
