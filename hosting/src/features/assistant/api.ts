/**
 * The business's assistant from the dashboard (functions/src/staff/assistant.ts):
 * the "try it" panel, translation, and whether translation is available
 * (an LLM key for one of the business's providers), asked once per business.
 */
import { useEffect, useState } from 'react';
import { callStaff } from '../../shared/firebase/functions';

export interface TryItAnswer {
  text: string;
  language: string;
  responder: string;
  confidence: number;
  sources: { id: string; kind: string; title: string }[];
  toolCalls: { name: string; arguments: string; ok: boolean; summary: string; durationMs: number; by: string }[];
  attempts: { provider: string; model: string; outcome: string; reason?: string | null; durationMs: number }[];
  handoff: { reason: string; detail?: string | null } | null;
  note: string | null;
  usage: { inputTokens: number; outputTokens: number; costUsd: number } | null;
}

export const tryIt = (businessId: string, question: string, language?: string) =>
  callStaff<TryItAnswer>('tryIt', { businessId, question, ...(language ? { language } : {}) });

export const translate = (businessId: string, text: string, to: string) =>
  callStaff<{ text: string; to: string; by: string }>('translate', { businessId, text, to });

const status = new Map<string, Promise<boolean>>();

/** Whether translation is available here: undefined while asking. */
export function useTranslationAvailable(businessId: string): boolean | undefined {
  const [available, setAvailable] = useState<boolean>();
  useEffect(() => {
    let live = true;
    let asked = status.get(businessId);
    if (!asked) {
      asked = callStaff<{ translation: boolean }>('assistantStatus', { businessId })
        .then((s) => s.translation)
        .catch(() => false);
      status.set(businessId, asked);
    }
    void asked.then((a) => live && setAvailable(a));
    return () => {
      live = false;
    };
  }, [businessId]);
  return available;
}

/** The staff member's own language (the browser's), as a two-letter code. */
export const staffLanguage = () => (navigator.language || 'en').slice(0, 2).toLowerCase();
