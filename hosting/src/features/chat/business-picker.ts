// The chat page's list of demo businesses to talk to.
import { h } from '../../shared/dom';
import type { Business } from './chat-api';
import { humanise } from './chat-view';

export function createBusinessPicker(
  businesses: readonly Business[],
  onPick: (business: Business) => void,
): HTMLElement {
  const list = h(
    'ul',
    { className: 'fd-picker__list' },
    ...businesses.map((business) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            className: 'fd-picker__card',
            attrs: { type: 'button', 'data-business': business.id },
            on: { click: () => onPick(business) },
          },
          h('span', {
            className: 'fd-avatar',
            text: business.name.charAt(0).toUpperCase(),
            attrs: { 'aria-hidden': 'true' },
          }),
          h(
            'span',
            { className: 'fd-picker__text' },
            h('span', { className: 'fd-picker__name', text: business.name, attrs: { dir: 'auto' } }),
            h('span', { className: 'fd-picker__meta', text: humanise(business.vertical) }),
            business.languages.length > 0
              ? h('span', { className: 'fd-picker__languages', text: business.languages.map(languageName).join(' · ') })
              : null,
          ),
        ),
      ),
    ),
  );

  return h(
    'section',
    { className: 'fd-picker', attrs: { 'aria-labelledby': 'fd-picker-title' } },
    h('h1', { className: 'fd-picker__title', text: 'Chat with a demo business', attrs: { id: 'fd-picker-title' } }),
    h('p', {
      className: 'fd-picker__intro',
      text: 'Pick a business and talk to its AI front desk — ask about services, prices and opening hours, or book an appointment.',
    }),
    businesses.length > 0
      ? list
      : h('p', { className: 'fd-picker__empty', text: 'No businesses are set up yet. Seed one with `npm run seed`.' }),
  );
}

/** A language in its own name ('ar' → 'العربية'), falling back to the code. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
