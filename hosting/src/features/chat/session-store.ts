// Where a visitor's chat credentials live between page loads: one {sessionId, token} per business,
// so a reload (or coming back tomorrow) continues the same conversation.
import { isRecord } from '../../shared/api';
import type { SessionCredentials } from './chat-api';

export interface SessionStore {
  load(businessId: string): SessionCredentials | null;
  save(businessId: string, credentials: SessionCredentials): void;
  clear(businessId: string): void;
}

const KEY_PREFIX = 'frontdesk.chat.';

/**
 * localStorage when the browser allows it; otherwise (storage disabled, private modes, a sandboxed
 * embed) an in-memory map, so chatting still works and only reload-persistence is lost.
 */
export function createSessionStore(storage: Storage | null = safeLocalStorage()): SessionStore {
  const memory = new Map<string, string>();
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? memory.get(key) ?? null;
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const write = (key: string, value: string | null): void => {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
    try {
      if (value === null) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      // Quota or permissions: the in-memory copy above still serves this page.
    }
  };

  return {
    load(businessId) {
      const raw = read(KEY_PREFIX + businessId);
      if (raw === null) return null;
      try {
        const value: unknown = JSON.parse(raw);
        if (isRecord(value) && typeof value['sessionId'] === 'string' && typeof value['token'] === 'string') {
          return { sessionId: value['sessionId'], token: value['token'] };
        }
      } catch {
        // Corrupt entry: fall through and start afresh.
      }
      return null;
    },
    save(businessId, credentials) {
      write(KEY_PREFIX + businessId, JSON.stringify(credentials));
    },
    clear(businessId) {
      write(KEY_PREFIX + businessId, null);
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
