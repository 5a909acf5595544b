// One visitor's conversation with one business: the state behind the chat page and the widget.
// No DOM here — the view subscribes to state changes and calls send() / startOver().
//
// - Sessions are created lazily on the first send and remembered per business (SessionStore).
// - Sending is optimistic: the bubble appears at once as "sending", becomes "sent" when the API
//   accepts it, and "delivered" when the message comes back from the server's history.
// - Replies arrive through a long-poll loop (GET messages?after=cursor&wait=25) that backs off on
//   failures and dedupes by message id.
import { AbortedError, ApiError, NetworkError } from '../../shared/api';
import {
  MAX_MESSAGE_LENGTH,
  MAX_WAIT_SECONDS,
  type Author,
  type Business,
  type ChatApi,
  type MessagesPage,
  type ServerMessage,
  type SessionCredentials,
} from './chat-api';
import type { SessionStore } from './session-store';

export type MessageStatus = 'sending' | 'sent' | 'delivered';

export interface ChatMessage {
  /** Stable for the life of the bubble: the clientMessageId for the visitor's own messages. */
  key: string;
  id?: string;
  author: Author;
  text: string;
  createdAt: string;
  status: MessageStatus;
}

/** idle: no session yet · loading: fetching history · live: long-polling · reconnecting: backing off. */
export type Connection = 'idle' | 'loading' | 'live' | 'reconnecting';

export interface ChatNotice {
  kind: 'send' | 'session';
  message: string;
}

export interface ChatState {
  messages: readonly ChatMessage[];
  typing: boolean;
  /**
   * A person on the business's staff answers this conversation now (after a
   * handoff or a takeover): no instant reply is coming, so instead of a typing
   * indicator the page says a person will answer here.
   */
  waitingForPerson: boolean;
  connection: Connection;
  notice: ChatNotice | null;
}

export type SendResult = { ok: true } | { ok: false; message: string };

export interface ChatSessionOptions {
  api: ChatApi;
  store: SessionStore;
  business: Business;
  /** Sent when the session is created; see pickLanguage(). */
  language?: string;
  /** How long "typing…" shows after a send when no reply comes. */
  typingTimeoutMs?: number;
  /** Long-poll wait in seconds (the API caps it at 25). */
  waitSeconds?: number;
  backoff?: { initialMs: number; maxMs: number };
  newId?: () => string;
  now?: () => Date;
}

type Listener = (state: ChatState) => void;

export class ChatSession {
  readonly business: Business;
  private readonly api: ChatApi;
  private readonly store: SessionStore;
  private readonly options: Required<Pick<ChatSessionOptions, 'typingTimeoutMs' | 'waitSeconds' | 'backoff'>> &
    Pick<ChatSessionOptions, 'language'>;
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly listeners = new Set<Listener>();

  private credentials: SessionCredentials | null = null;
  private creating: Promise<SessionCredentials> | null = null;
  private confirmed: ChatMessage[] = [];
  private pending: ChatMessage[] = [];
  private seenIds = new Set<string>();
  private cursor: string | undefined;
  private typing = false;
  private owner: 'ai' | 'human' = 'ai';
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private connection: Connection = 'idle';
  private notice: ChatNotice | null = null;
  private lastFailed: { text: string; clientMessageId: string } | null = null;
  /** Bumped by startOver()/stop(): work started under an older generation drops its results. */
  private generation = 0;
  private abort = new AbortController();
  private polling = false;

  constructor(options: ChatSessionOptions) {
    this.business = options.business;
    this.api = options.api;
    this.store = options.store;
    this.options = {
      language: options.language,
      typingTimeoutMs: options.typingTimeoutMs ?? 30_000,
      waitSeconds: Math.min(options.waitSeconds ?? MAX_WAIT_SECONDS, MAX_WAIT_SECONDS),
      backoff: options.backoff ?? { initialMs: 1_000, maxMs: 30_000 },
    };
    this.newId = options.newId ?? randomId;
    this.now = options.now ?? (() => new Date());
  }

  get state(): ChatState {
    const greeting: ChatMessage = {
      key: 'greeting',
      author: 'ai',
      text: this.business.greeting,
      createdAt: '',
      status: 'delivered',
    };
    return {
      messages: [...(this.business.greeting ? [greeting] : []), ...this.confirmed, ...this.pending],
      typing: this.typing,
      waitingForPerson: this.owner === 'human',
      connection: this.connection,
      notice: this.notice,
    };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Resumes the stored conversation for this business, if there is one. */
  start(): void {
    this.credentials = this.store.load(this.business.id);
    if (!this.credentials) return;
    this.setConnection('loading');
    this.startPolling(this.credentials);
  }

  /** Stops polling and timers (the view is going away). */
  stop(): void {
    this.generation += 1;
    this.abort.abort();
    this.abort = new AbortController();
    this.polling = false;
    this.stopTyping();
  }

  /** Forgets this conversation and begins a new one (created on the next send). */
  startOver(): void {
    this.stop();
    this.store.clear(this.business.id);
    this.credentials = null;
    this.creating = null;
    this.confirmed = [];
    this.pending = [];
    this.seenIds = new Set();
    this.cursor = undefined;
    this.owner = 'ai';
    this.connection = 'idle';
    this.notice = null;
    this.lastFailed = null;
    this.emit();
  }

  dismissNotice(): void {
    if (!this.notice) return;
    this.notice = null;
    this.emit();
  }

  async send(rawText: string): Promise<SendResult> {
    const text = rawText.trim();
    if (text === '') return { ok: false, message: 'Type a message first.' };
    if (text.length > MAX_MESSAGE_LENGTH) {
      return this.fail(`Messages can be up to ${MAX_MESSAGE_LENGTH} characters; this one has ${text.length}.`);
    }

    // Re-sending the exact text of a failed attempt reuses its id: if the first attempt did reach
    // the server after all, the API answers with the same message instead of storing it twice.
    const clientMessageId = this.lastFailed?.text === text ? this.lastFailed.clientMessageId : this.newId();
    const generation = this.generation;
    this.pending.push({
      key: clientMessageId,
      author: 'customer',
      text,
      createdAt: this.now().toISOString(),
      status: 'sending',
    });
    this.notice = null;
    this.emit();

    try {
      const messageId = await this.deliver({ text, clientMessageId }, generation);
      if (generation !== this.generation) return { ok: true };
      this.lastFailed = null;
      this.markAccepted(clientMessageId, messageId);
      if (!this.hasReplyAfter(clientMessageId) && this.owner === 'ai') this.startTyping();
      this.emit();
      return { ok: true };
    } catch (error) {
      if (generation !== this.generation) return { ok: true };
      this.pending = this.pending.filter((message) => message.key !== clientMessageId);
      this.lastFailed = { text, clientMessageId };
      return this.fail(describeSendError(error));
    }
  }

  // --- sending -------------------------------------------------------------------------------

  private async deliver(input: { text: string; clientMessageId: string }, generation: number): Promise<string> {
    let renewed = false;
    for (let attempt = 1; ; attempt += 1) {
      const credentials = await this.ensureSession(generation);
      try {
        return await this.api.sendMessage(this.business.id, credentials.token, input);
      } catch (error) {
        // An expired token: exchange it for a fresh one of the same conversation, and send again.
        if (isExpired(error) && !renewed && (await this.refresh(credentials, generation))) {
          renewed = true;
          continue;
        }
        // A revoked session: forget it and send once more in a fresh one.
        if (error instanceof ApiError && error.status === 401 && !renewed) {
          renewed = true;
          this.forgetSession();
          continue;
        }
        // No answer at all: the clientMessageId makes a retry safe, so try twice more quietly.
        if (error instanceof NetworkError && attempt < 3 && generation === this.generation) {
          await sleep(this.options.backoff.initialMs * attempt, this.abort.signal);
          continue;
        }
        throw error;
      }
    }
  }

  private async ensureSession(generation: number): Promise<SessionCredentials> {
    if (this.credentials) return this.credentials;
    this.creating ??= this.api
      .createSession(this.business.id, this.options.language ? { language: this.options.language } : {})
      .finally(() => {
        this.creating = null;
      });
    const credentials = await this.creating;
    if (generation !== this.generation) throw new AbortedError();
    if (!this.credentials) {
      this.credentials = credentials;
      this.store.save(this.business.id, credentials);
      this.startPolling(credentials);
    }
    return this.credentials;
  }

  /** Refreshes an expired token in place (same session, history and cursor); false when it cannot be. */
  private async refresh(stale: SessionCredentials, generation: number): Promise<boolean> {
    if (this.credentials && this.credentials.token !== stale.token) return true; // someone refreshed already
    try {
      const fresh = await this.api.refreshSession(this.business.id, stale.token);
      if (generation !== this.generation) return false;
      this.credentials = fresh;
      this.store.save(this.business.id, fresh);
      return true;
    } catch {
      return false;
    }
  }

  private forgetSession(): void {
    this.store.clear(this.business.id);
    this.credentials = null;
    this.cursor = undefined;
    // Stop the old session's long-poll; sends already in flight keep their generation.
    this.abort.abort();
    this.abort = new AbortController();
    this.polling = false;
  }

  private markAccepted(key: string, messageId: string): void {
    const alreadyConfirmed = this.confirmed.some((message) => message.key === key || message.id === messageId);
    if (alreadyConfirmed) {
      this.pending = this.pending.filter((message) => message.key !== key);
    } else {
      this.pending = this.pending.map((message) =>
        message.key === key ? { ...message, id: messageId, status: 'sent' } : message,
      );
    }
  }

  private hasReplyAfter(key: string): boolean {
    const index = this.confirmed.findIndex((message) => message.key === key);
    return index >= 0 && this.confirmed.slice(index + 1).some((message) => isReply(message.author));
  }

  private fail(message: string): SendResult {
    this.notice = { kind: 'send', message };
    this.emit();
    return { ok: false, message };
  }

  // --- receiving -----------------------------------------------------------------------------

  private startPolling(credentials: SessionCredentials): void {
    if (this.polling) return;
    this.polling = true;
    void this.pollLoop(credentials, this.generation, this.abort.signal);
  }

  private async pollLoop(credentials: SessionCredentials, generation: number, signal: AbortSignal): Promise<void> {
    const active = (): boolean => generation === this.generation && !signal.aborted;
    let failures = 0;

    while (active()) {
      const wait = this.cursor === undefined ? 0 : this.options.waitSeconds;
      const startedAt = Date.now();
      try {
        const token = this.credentials?.token ?? credentials.token;
        const page = await this.api.fetchMessages(this.business.id, token, {
          after: this.cursor,
          wait,
          signal,
        });
        if (!active()) return;
        failures = 0;
        this.applyPage(page);
        this.connection = 'live';
        this.emit();
        // A server (or proxy) that ignores `wait` must not turn the loop into a busy spin.
        if (wait > 0 && page.messages.length === 0 && Date.now() - startedAt < 1_000) await sleep(1_000, signal);
      } catch (error) {
        if (!active() || error instanceof AbortedError) return;
        if (isExpired(error) && (await this.refresh(this.credentials ?? credentials, generation))) continue;
        if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
          this.forgetSession();
          this.stopTyping();
          this.connection = 'idle';
          this.notice = {
            kind: 'session',
            message: 'This conversation has ended. Your next message starts a new one.',
          };
          this.emit();
          return;
        }
        // 400 most likely means a cursor the server no longer knows: reload the history (deduped by id).
        if (error instanceof ApiError && error.status === 400) this.cursor = undefined;
        failures += 1;
        this.setConnection('reconnecting');
        await sleep(backoffDelay(failures, this.options.backoff), signal);
      }
    }
  }

  private applyPage(page: MessagesPage): void {
    for (const message of page.messages) this.receive(message);
    this.cursor = page.cursor;
    this.owner = page.owner;
    if (page.owner === 'human') this.stopTyping();
  }

  private receive(message: ServerMessage): void {
    if (this.seenIds.has(message.id)) return;
    this.seenIds.add(message.id);

    let key = message.id;
    if (message.author === 'customer') {
      // Our own optimistic bubble, matched by the id the API returned, or — when the message comes
      // back before the send call has returned — by its text.
      const own =
        this.pending.find((pending) => pending.id === message.id) ??
        this.pending.find((pending) => pending.status === 'sending' && pending.text === message.text);
      if (own) {
        key = own.key;
        this.pending = this.pending.filter((pending) => pending !== own);
      }
    }
    this.confirmed.push({ ...message, key, status: 'delivered' });
    if (isReply(message.author)) this.stopTyping();
  }

  // --- typing indicator and plumbing ---------------------------------------------------------

  private startTyping(): void {
    clearTimeout(this.typingTimer);
    this.typing = true;
    this.typingTimer = setTimeout(() => {
      this.typing = false;
      this.emit();
    }, this.options.typingTimeoutMs);
  }

  private stopTyping(): void {
    clearTimeout(this.typingTimer);
    this.typing = false;
  }

  private setConnection(connection: Connection): void {
    if (this.connection === connection) return;
    this.connection = connection;
    this.emit();
  }

  private emit(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}

const isReply = (author: Author): boolean => author === 'ai' || author === 'staff';
const isExpired = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401 && error.code === 'session_expired';

/** The business language that best matches the visitor's browser languages, if any. */
export function pickLanguage(offered: readonly string[], preferred: readonly string[]): string | undefined {
  const base = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';
  for (const wanted of preferred) {
    const match = offered.find((language) => base(language) === base(wanted));
    if (match) return match;
  }
  return undefined;
}

export function backoffDelay(failures: number, { initialMs, maxMs }: { initialMs: number; maxMs: number }): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(failures - 1, 16));
  // Full jitter on the upper half: many visitors reconnecting after an outage should not do so in step.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

export function describeSendError(error: unknown): string {
  if (error instanceof NetworkError) return "Couldn't send — check your connection and try again.";
  if (!(error instanceof ApiError)) return "Couldn't send — something went wrong. Please try again.";
  switch (error.status) {
    case 400:
      return `Couldn't send — ${error.message || 'the message was not accepted.'}`;
    case 401:
    case 403:
      return "Couldn't send — your chat session has expired. Please start over.";
    case 404:
      return "Couldn't send — this business isn't taking chats right now.";
    case 413:
      return "Couldn't send — that message is too long.";
    case 429:
      return "Couldn't send — too many messages at once. Please wait a moment and try again.";
    default:
      return "Couldn't send — something went wrong on our side. Please try again.";
  }
}

/**
 * A clientMessageId (the API wants 8..64 of [A-Za-z0-9_-]). getRandomValues rather than
 * randomUUID: the widget may be embedded on plain-http pages, where randomUUID does not exist.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
