// The chat view shared by the chat page and the embeddable widget: header, message log,
// "typing…" indicator, notices and the composer. It renders ChatSession state and owns the
// composer's text (kept when a send fails).
import { h, icon, icons, setAttr } from '../../shared/dom';
import { MAX_MESSAGE_LENGTH } from './chat-api';
import type { ChatMessage, ChatSession, ChatState } from './chat-session';

export interface ChatViewOptions {
  session: ChatSession;
  /** Shown before the business name, e.g. a "back to all businesses" button on the chat page. */
  leading?: HTMLElement;
  /** Shown after "Start over", e.g. the widget's close button. */
  trailing?: HTMLElement;
  /** The page uses h1; inside the widget the business name is an h2. */
  headingLevel?: 1 | 2;
}

export interface ChatView {
  element: HTMLElement;
  focusComposer(): void;
  destroy(): void;
}

let nextViewId = 0;

export function createChatView({ session, leading, trailing, headingLevel = 1 }: ChatViewOptions): ChatView {
  const business = session.business;
  const id = `fd-chat-${(nextViewId += 1)}`;

  const title = h(headingLevel === 1 ? 'h1' : 'h2', {
    className: 'fd-chat__title',
    text: business.name,
    attrs: { id: `${id}-title`, dir: 'auto' },
  });
  const startOver = h(
    'button',
    {
      className: 'fd-btn fd-btn--ghost fd-btn--small',
      attrs: { type: 'button', title: 'Forget this conversation and start a new one' },
      on: {
        click: () => {
          session.startOver();
          textarea.focus();
        },
      },
    },
    icon(icons.restart),
    h('span', { className: 'fd-chat__restart-label', text: 'Start over' }),
  );
  const header = h(
    'header',
    { className: 'fd-chat__header' },
    leading,
    h('div', { className: 'fd-avatar', text: initials(business.name), attrs: { 'aria-hidden': 'true' } }),
    h(
      'div',
      { className: 'fd-chat__heading' },
      title,
      h(
        'p',
        { className: 'fd-chat__subtitle' },
        h('span', { className: 'fd-chat__subtitle-text', text: `${humanise(business.vertical)} · AI front desk` }),
      ),
    ),
    startOver,
    trailing,
  );

  const status = h('p', { className: 'fd-chat__status', attrs: { role: 'status' } });
  const log = h('ol', {
    className: 'fd-chat__log',
    attrs: { role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Conversation' },
  });
  const typingText = h('span', { text: `${business.name} is typing…` });
  const typing = h(
    'div',
    { className: 'fd-typing', attrs: { role: 'status', hidden: true } },
    h('span', { className: 'fd-typing__dots', attrs: { 'aria-hidden': 'true' } }, h('span'), h('span'), h('span')),
    typingText,
  );
  // After a handoff no instant reply is coming: say who will answer instead of "typing…".
  const person = h('p', {
    className: 'fd-person',
    attrs: { role: 'status', hidden: true },
    text: `A person from ${business.name} will answer here.`,
  });
  const scroller = h('div', { className: 'fd-chat__scroll' }, log, typing, person);

  const noticeText = h('p', { className: 'fd-notice__text' });
  const notice = h(
    'div',
    { className: 'fd-notice', attrs: { role: 'alert', hidden: true } },
    noticeText,
    h(
      'button',
      {
        className: 'fd-icon-btn fd-icon-btn--small',
        attrs: { type: 'button', 'aria-label': 'Dismiss' },
        on: { click: () => session.dismissNotice() },
      },
      icon(icons.close),
    ),
  );

  const textarea = h('textarea', {
    className: 'fd-composer__input',
    attrs: {
      id: `${id}-input`,
      rows: 1,
      dir: 'auto',
      maxlength: MAX_MESSAGE_LENGTH,
      placeholder: 'Write a message…',
      enterkeyhint: 'send',
      autocomplete: 'off',
      'aria-describedby': `${id}-hint`,
    },
    on: {
      input: () => syncComposer(),
      keydown: (event) => {
        // Enter sends, Shift+Enter is a new line; never interrupt an IME composition (Arabic, CJK…).
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          form.requestSubmit();
        }
      },
    },
  });
  const sendButton = h(
    'button',
    { className: 'fd-composer__send', attrs: { type: 'submit', 'aria-label': 'Send message', disabled: true } },
    icon(icons.send),
  );
  const form = h(
    'form',
    { className: 'fd-composer', on: { submit: (event) => void submit(event) } },
    h('label', { className: 'fd-visually-hidden', text: `Message ${business.name}`, attrs: { for: textarea.id } }),
    textarea,
    sendButton,
  );
  const hint = h('p', {
    className: 'fd-composer__hint',
    text: 'Enter to send · Shift+Enter for a new line',
    attrs: { id: `${id}-hint` },
  });

  const element = h(
    'section',
    { className: 'fd-chat', attrs: { 'aria-labelledby': title.id } },
    header,
    status,
    scroller,
    notice,
    form,
    hint,
  );

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const text = textarea.value;
    if (text.trim() === '') return;
    textarea.value = '';
    syncComposer();
    const result = await session.send(text);
    // Keep what the visitor typed: put it back unless they have started a new message meanwhile.
    if (!result.ok && textarea.value === '') {
      textarea.value = text;
      syncComposer();
    }
    textarea.focus();
  }

  function syncComposer(): void {
    sendButton.disabled = textarea.value.trim() === '';
    // Grow with the text up to the CSS max-height, then scroll.
    textarea.style.height = 'auto';
    textarea.style.height = `${textarea.scrollHeight}px`;
  }

  const bubbles = new Map<string, Bubble>();

  function render(state: ChatState): void {
    const nearBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
    const before = log.childElementCount;
    renderMessages(state.messages);

    typing.hidden = !state.typing;
    person.hidden = !state.waitingForPerson;
    const statusText =
      state.connection === 'loading'
        ? 'Loading your conversation…'
        : state.connection === 'reconnecting'
          ? 'Connection lost — reconnecting…'
          : '';
    if (status.textContent !== statusText) status.textContent = statusText;
    status.hidden = statusText === '';

    notice.hidden = state.notice === null;
    setAttr(notice, 'data-kind', state.notice?.kind);
    if (noticeText.textContent !== (state.notice?.message ?? '')) noticeText.textContent = state.notice?.message ?? '';

    // Follow new messages while the reader is at the bottom, and always after they send one; never
    // yank someone who scrolled up to read older messages.
    const sentOne = log.childElementCount > before && state.messages.at(-1)?.author === 'customer';
    if (nearBottom || sentOne) scroller.scrollTop = scroller.scrollHeight;
  }

  function renderMessages(messages: readonly ChatMessage[]): void {
    const keep = new Set(messages.map((message) => message.key));
    for (const [key, bubble] of bubbles) {
      if (!keep.has(key)) {
        bubble.item.remove();
        bubbles.delete(key);
      }
    }
    // Keyed: an optimistic bubble keeps its node when confirmed, so screen readers hear it once.
    messages.forEach((message, index) => {
      let bubble = bubbles.get(message.key);
      if (!bubble) {
        bubble = createBubble(message, business.name);
        bubbles.set(message.key, bubble);
      }
      bubble.update(message);
      if (log.children[index] !== bubble.item) log.insertBefore(bubble.item, log.children[index] ?? null);
    });
  }

  const unsubscribe = session.subscribe(render);

  return {
    element,
    focusComposer: () => textarea.focus(),
    destroy: () => {
      unsubscribe();
      session.stop();
    },
  };
}

const AUTHOR_LABELS = { customer: 'You', staff: 'Team member', system: 'Notice' } as const;

interface Bubble {
  item: HTMLLIElement;
  /** Updates what can change after a bubble is shown: its id, delivery status and time. */
  update(message: ChatMessage): void;
}

function createBubble(message: ChatMessage, businessName: string): Bubble {
  const label = message.author === 'ai' ? businessName : AUTHOR_LABELS[message.author];
  const meta = h('span', { className: 'fd-msg__meta' });
  const item = h(
    'li',
    { className: `fd-msg fd-msg--${message.author}`, attrs: { 'data-key': message.key } },
    h('span', { className: 'fd-visually-hidden', text: `${label}: ` }),
    message.author === 'staff'
      ? h('span', { className: 'fd-msg__badge', text: 'Team', attrs: { 'aria-hidden': 'true' } })
      : null,
    h('p', { className: 'fd-msg__text', text: message.text, attrs: { dir: 'auto' } }),
    meta,
  );

  return {
    item,
    update(next) {
      setAttr(item, 'data-id', next.id);
      setAttr(item, 'data-status', next.author === 'customer' ? next.status : undefined);
      const parts: string[] = [];
      const time = formatTime(next.createdAt);
      if (time) parts.push(time);
      if (next.author === 'customer') parts.push(next.status === 'sending' ? 'Sending…' : 'Sent');
      const text = parts.join(' · ');
      if (meta.textContent !== text) meta.textContent = text;
      meta.hidden = text === '';
    },
  };
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

function formatTime(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** 'laser-clinic' → 'Laser clinic'. */
export function humanise(slug: string): string {
  const text = slug.replaceAll(/[-_]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
