/**
 * Text to tokens for reading dates and times: lowercase, Latin accents
 * off, Arabic letter variants unified (أ إ آ → ا, ة → ه, ى → ي) and
 * harakat dropped, Eastern Arabic digits (٠-٩, ۰-۹) made ASCII, and
 * numbers kept whole with their separators ("17:30", "15/03", "14h30",
 * "5pm"), while a digit glued to Arabic letters ("الساعة٤") is split off.
 * Arabizi words keep their digits ("sa3a", "jem3a").
 */

const ARABIC_VARIANTS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ؤ: 'و', ئ: 'ي' };
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

function asciiDigit(d: string): string {
  const code = d.charCodeAt(0);
  return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
}

export function normaliseForWhen(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, asciiDigit)
    .replace(/[أإآٱةىؤئ]/g, (c) => ARABIC_VARIANTS[c] ?? c)
    .replace(ARABIC_MARKS, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[’‘`´ʼ']/g, ' ')
    .replace(/([\u0600-\u06ff])(\d)/g, '$1 $2')
    .replace(/(\d)([\u0600-\u06ff])/g, '$1 $2');
}

/**
 * Numbers with their separators and suffixes come first ("14h30",
 * "17:30", "15/03/2027", "5pm", "1er"); then runs of letters and digits
 * ("sa3a"); "@" stands alone.
 */
const TOKEN = /\d{1,2}h\d{2}\b|\d{1,4}(?:[:./-]\d{1,4}){0,2}\.?[a-zºª]*|[\p{L}\p{N}]+|@/gu;

export function tokenise(text: string): string[] {
  return (normaliseForWhen(text).match(TOKEN) ?? []).map((t) => t.replace(/\.$/, ''));
}
