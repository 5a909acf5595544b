/**
 * The business model: the shapes every layer shares (a business, its
 * services, hours, knowledge, channels, staff and settings), as zod schemas
 * so the profile file, the dashboard's forms and the functions validate
 * with one definition, and as the types inferred from them.
 *
 * Pure: imports nothing but zod and other domain files (languages, and
 * owner-input / owner-fields, which read values as owners write them). The
 * profile file (profile/schema.ts) composes these into the file format; the store, channels and responders
 * import them from here, never the other way round.
 *
 * Text a customer may read is `Localized`: either a plain string in the
 * business's default language, or an object keyed by language code
 * (`{ "en": "…", "ar": "…" }`). The responder picks the customer's language
 * when the business has content in it. The profile file files a plain string
 * that surely reads as another of the business's languages under that one
 * (profile/schema.ts, domain/localized.ts `plainTextLanguage`).
 */
import { z } from 'zod';
import { isTextLanguage, TEXT_LANGUAGES } from './languages.js';
import { readLanguageTag } from './owner-input.js';
import { Currency, idFrom, loose, readLanguages, WebAddress } from './owner-fields.js';

import {
  IsoDate,
  ItemId,
  Localized,
  LanguageCode,
  Minutes,
  Money,
  OwnerDate,
  Price,
  shown,
  SignInEmail,
  Slug,
  Text,
  WEEKDAYS,
  WeeklyHours,
  Interval,
  TimeOfDay,
  TimeZone,
} from './primitives.js';
import { BookingSettings } from './booking/settings.js';
import { ConversationSettings } from './conversation-settings.js';

export {
  IsoDate,
  ItemId,
  Localized,
  LanguageCode,
  Minutes,
  Money,
  OwnerDate,
  Price,
  SignInEmail,
  Slug,
  WEEKDAYS,
  WeeklyHours,
  Interval,
  TimeOfDay,
  TimeZone,
};
export type { Weekday } from './primitives.js';

/**
 * A language a business serves customers in: one the responders can detect,
 * read and answer in (domain/languages.ts). Catalan and Valencian are both
 * "ca". Anything else is refused here, rather than every message in it being
 * answered in another language.
 */
export const ServedLanguage = z
  .preprocess((raw) => (typeof raw === 'string' ? (readLanguageTag(raw)?.language ?? raw) : raw), LanguageCode)
  .refine((code): boolean => isTextLanguage(code), {
    error: (issue) =>
      `"${String(issue.input)}" is not a language Frontdesk can serve yet: the responders can detect, read and answer ${TEXT_LANGUAGES.join(', ')}`,
  });

export const Holiday = z.strictObject({
  date: OwnerDate,
  name: Localized,
  /** Special hours for the day; empty or absent means closed all day. */
  hours: z.array(Interval).default([]),
});
export type Holiday = z.infer<typeof Holiday>;

export const ServiceVariant = z.strictObject({
  id: ItemId,
  name: Localized,
  durationMinutes: Minutes(24 * 60),
  price: Price,
});

export const Service = z
  .strictObject({
    id: ItemId,
    name: Localized,
    description: Localized.optional(),
    category: Localized.optional(),
    durationMinutes: Minutes(24 * 60),
    /** Price in the business currency (major units). With priceMax, a range; "from" prices say so in priceNote. */
    price: Price,
    priceMax: Price.optional(),
    priceNote: Localized.optional(),
    deposit: Price.optional(),
    bufferBeforeMinutes: Minutes(240, 0).default(0),
    bufferAfterMinutes: Minutes(240, 0).default(0),
    /** e.g. pet size bands for a groomer; each has its own duration and price. */
    variants: z.array(ServiceVariant).default([]),
    /** Free-form vertical details (treatment area, species, …) shown to the AI. */
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).default({}),
    active: z.boolean().default(true),
  })
  .refine((s) => s.priceMax === undefined || s.priceMax >= s.price, {
    error: (issue) => {
      const s = issue.input as { price: number; priceMax: number };
      return `priceMax ${s.priceMax} is below price ${s.price}: a range goes from price up to priceMax`;
    },
    path: ['priceMax'],
  });
export type Service = z.infer<typeof Service>;

export const KnowledgeArticle = z.preprocess(
  idFrom('title'),
  z.strictObject({
    id: ItemId,
    title: Localized,
    body: Localized,
    tags: z.array(z.string()).default([]),
  }),
);
export type KnowledgeArticle = z.infer<typeof KnowledgeArticle>;

export const QaEntry = z.preprocess(
  idFrom('question'),
  z.strictObject({
    id: ItemId,
    question: Localized,
    answer: Localized,
    /** Other ways customers ask the same thing; they help retrieval. */
    alternates: z.array(z.string().min(1)).default([]),
    tags: z.array(z.string()).default([]),
  }),
);
export type QaEntry = z.infer<typeof QaEntry>;

export const StyleGuide = z.strictObject({
  tone: Localized,
  do: z.array(z.string().min(1)).default([]),
  dont: z.array(z.string().min(1)).default([]),
  greeting: Localized.optional(),
  signOff: Localized.optional(),
  /** Said when the bot hands the conversation to a person. */
  handoffMessage: Localized.optional(),
});
export type StyleGuide = z.infer<typeof StyleGuide>;

export const Policy = z.preprocess(
  idFrom('title'),
  z.strictObject({
    id: ItemId,
    title: Localized,
    text: Localized,
  }),
);
export type Policy = z.infer<typeof Policy>;

/**
 * One connected channel account. `accountId` is the id the provider puts in
 * every webhook payload, which is how a delivery finds its business:
 * WhatsApp Cloud API phone number id, Messenger page id, Instagram account id,
 * 360dialog / MontyMobile / Qiscus channel or app id, Telegram bot username,
 * or any stable name for the web chat.
 */
export const CHANNEL_TYPES = [
  'whatsapp-meta',
  'whatsapp-360dialog',
  'whatsapp-montymobile',
  'whatsapp-qiscus',
  'messenger',
  'instagram',
  'telegram',
  'webchat',
] as const;
export const ChannelType = z.enum(CHANNEL_TYPES, {
  error: (issue) =>
    `expected one of ${CHANNEL_TYPES.map((t) => `"${t}"`).join(', ')}, got ${shown(issue.input)}${
      typeof issue.input === 'string' && issue.input.toLowerCase() === 'whatsapp'
        ? ': say which WhatsApp provider the number is connected through'
        : ''
    }`,
});
export type ChannelType = z.infer<typeof ChannelType>;

export const ChannelAccount = z.strictObject({
  type: ChannelType,
  accountId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[^/\s]+$/, 'must not contain slashes or spaces'),
  displayName: z.string().optional(),
  /** Shown to customers where the channel shows a number (WhatsApp). */
  displayPhoneNumber: z.string().optional(),
  /**
   * WhatsApp: an approved template whose body has one parameter ({{1}}) that
   * carries a reply sent after the 24-hour window has closed.
   */
  reengagementTemplate: z.strictObject({ name: z.string().min(1), language: z.string().min(2) }).optional(),
});
export type ChannelAccount = z.infer<typeof ChannelAccount>;

export const StaffMember = z.strictObject({
  email: SignInEmail,
  name: Text,
  role: loose(['owner', 'staff']),
  /** Telegram chat ids are integers: written as a JSON number, it is kept as its digits. */
  telegramChatId: z
    .preprocess((raw) => (typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw), z.string())
    .optional(),
});
export type StaffMember = z.infer<typeof StaffMember>;

export const AI_PROVIDERS = ['anthropic', 'openai'] as const;
export const AiProvider = z.enum(AI_PROVIDERS);
export type AiProvider = z.infer<typeof AiProvider>;

/**
 * The conversation engine's settings. Models left out use the engine's
 * current defaults (responders/llm/models.ts), so a deployment picks up a
 * newer default without editing every profile.
 */
export const AiSettings = z.strictObject({
  /** LLM providers to ask, in order; each is used only where its API key is set. */
  providers: z
    .array(AiProvider)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'lists a provider twice')
    .default(['anthropic', 'openai']),
  /** Model per provider, e.g. { "anthropic": "claude-sonnet-5-5", "openai": "gpt-6.1-terra" }. */
  models: z
    .strictObject({
      anthropic: z.string().min(1).optional(),
      openai: z.string().min(1).optional(),
      /** Speech to text for voice notes (OpenAI). */
      transcription: z.string().min(1).optional(),
    })
    .default({}),
  /** Spend per business per day (its time zone) above which the offline responder answers. */
  dailyBudgetUsd: z.number().nonnegative().max(100_000).default(5),
  /** The whole reply, all providers included, must be ready within this. */
  replySeconds: z.number().min(2).max(120).default(25),
  /** One provider's share of it. */
  providerSeconds: z.number().min(1).max(120).default(12),
  /** Model calls per reply (each tool round is one). */
  maxSteps: z.number().int().min(1).max(12).default(6),
  /**
   * How much Claude thinks before answering (Anthropic's output_config.effort, on the models that take it).
   * A front desk answers from its data and tools: medium keeps replies quick.
   */
  effort: z.enum(['low', 'medium', 'high']).default('medium'),
  /** Per model call; thinking models count their thinking in it. */
  maxOutputTokens: z.number().int().min(256).max(16_384).default(2048),
});
export type AiSettings = z.infer<typeof AiSettings>;

export const AI_DEFAULTS: AiSettings = AiSettings.parse({});

export const Settings = z
  .strictObject({
    /** Minutes of staff silence after which the AI takes the conversation back. */
    handoffQuietMinutes: z
      .number()
      .int()
      .positive()
      .max(7 * 24 * 60)
      .default(30),
    /** How the AI answers: "auto" asks the configured LLMs (those with a key), then offline; "offline" never calls an LLM. */
    responder: z.enum(['auto', 'offline']).default('auto'),
    /** How customers book: grid, lead time, capacity, resources, deposits, approvals, reminders, backend. */
    booking: BookingSettings.prefault({}),
    /** The LLM engine: providers in order, models, budgets (docs/conversation-engine.md). */
    ai: AiSettings.default(AI_DEFAULTS),
    /** Bursts, floods and out-of-hours notices, whoever answers (docs/conversation-behaviour.md). */
    conversation: ConversationSettings.prefault({}),
  })
  .prefault({});
export type Settings = z.infer<typeof Settings>;

export const VERTICALS = ['clinic', 'grooming', 'salon', 'dental', 'other'] as const;

export const BusinessProfile = z.preprocess(
  (raw, ctx) => readLanguages(raw, ctx),
  z
    .strictObject({
      /** One name, as on the door: customers in every language see it as written. */
      name: z
        .string({
          error: (issue) =>
            typeof issue.input === 'object' && issue.input !== null
              ? 'expected the name as one text, such as "Sultan Barbers": it is shown as written in every language (say it in other languages in the description)'
              : `expected the name as text, got ${shown(issue.input)}`,
        })
        .trim()
        .min(1, 'must not be empty'),
      vertical: loose(VERTICALS),
      description: Localized.optional(),
      timezone: TimeZone,
      /** The first is the default language. */
      languages: z.array(ServedLanguage).min(1, 'needs at least one language, such as ["en"]'),
      /** Regional tags by language ({ "pt": "pt-BR" }), from `languages` written as tags or given here. */
      locales: z
        .record(
          LanguageCode,
          z.string().refine((tag) => readLanguageTag(tag)?.tag === tag, 'must be a language tag such as "pt-BR"'),
        )
        .optional(),
      currency: Currency,
      phone: Text.optional(),
      email: z.preprocess(
        (raw) => (typeof raw === 'string' ? raw.trim() : raw),
        z.email({ error: (issue) => `expected an email address, got ${shown(issue.input)}` }).optional(),
      ),
      address: Localized.optional(),
      website: WebAddress.optional(),
      mapsUrl: WebAddress.optional(),
    })
    .superRefine((profile, ctx) => {
      const seen = new Set<string>();
      profile.languages.forEach((language, i) => {
        if (seen.has(language))
          ctx.addIssue({ code: 'custom', path: ['languages', i], message: `lists "${language}" twice` });
        seen.add(language);
      });
      for (const language of Object.keys(profile.locales ?? {}))
        if (!profile.languages.includes(language))
          ctx.addIssue({ code: 'custom', path: ['locales', language], message: `"${language}" is not in languages` });
    }),
);
export type BusinessProfile = z.infer<typeof BusinessProfile>;

/** Everything the business has told us, as the responders see it (the profile file without channels and staff). */
export interface Business {
  id: string;
  profile: BusinessProfile;
  hours: WeeklyHours;
  holidays: Holiday[];
  policies: Policy[];
  services: Service[];
  knowledge: KnowledgeArticle[];
  qa: QaEntry[];
  styleGuide: StyleGuide;
  settings: Settings;
}
