/**
 * How a conversation behaves whoever answers it (the engine or the offline
 * responder): the quiet window that turns a burst of messages into one
 * reply, the per-contact flood limit, and the out-of-hours notice. Part of
 * a business's `settings` (`settings.conversation`), every field optional.
 *
 * Pure: imports nothing but zod.
 */
import { z } from 'zod';

/** The most inbound times a contact keeps (the flood limit counts them): a limit cannot exceed it. */
export const MAX_COUNTED_MESSAGES = 30;

export const RateLimitSettings = z.strictObject({
  /** More customer messages than this within `seconds` is a flood: one polite message, then silence. */
  messages: z.number().int().min(3).max(MAX_COUNTED_MESSAGES).default(15),
  seconds: z
    .number()
    .int()
    .min(10)
    .max(24 * 3600)
    .default(60),
});
export type RateLimitSettings = z.infer<typeof RateLimitSettings>;

export const ConversationSettings = z.strictObject({
  /**
   * Seconds of quiet after a customer's message before the reply is
   * written; a newer message starts the wait again, and one reply answers
   * them all. 0 answers every message at once.
   */
  quietSeconds: z.number().min(0).max(30).default(3),
  /** Per contact, across its channels. */
  rateLimit: RateLimitSettings.prefault({}),
  /** Outside opening hours, the first reply says when the business opens (once per closed period). */
  outOfHoursNotice: z.boolean().default(true),
});
export type ConversationSettings = z.infer<typeof ConversationSettings>;

export const CONVERSATION_DEFAULTS: ConversationSettings = ConversationSettings.parse({});
