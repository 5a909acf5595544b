// The /chat/ page: pick a demo business, then chat with it. The chosen business lives in the URL
// (?business=<id>), so a reload or a shared link opens the same chat, and Back returns to the list.
import { ApiError } from '../../shared/api';
import { h, icon, icons, replaceChildren } from '../../shared/dom';
import { createBusinessPicker } from './business-picker';
import type { Business, ChatApi } from './chat-api';
import { ChatSession, pickLanguage } from './chat-session';
import { createChatView, type ChatView } from './chat-view';
import type { SessionStore } from './session-store';

export interface ChatPageOptions {
  api: ChatApi;
  store: SessionStore;
}

export function mountChatPage(root: HTMLElement, { api, store }: ChatPageOptions): void {
  let businesses: Business[] | null = null;
  let view: ChatView | null = null;

  window.addEventListener('popstate', () => void route());
  void route();

  async function route(): Promise<void> {
    view?.destroy();
    view = null;

    if (!businesses) {
      showMessage('Loading businesses…');
      try {
        businesses = await api.listBusinesses();
      } catch (error) {
        showLoadError(error);
        return;
      }
    }

    const wanted = new URL(location.href).searchParams.get('business');
    const business = businesses.find((candidate) => candidate.id === wanted);
    if (business) openChat(business);
    else showPicker(businesses, wanted ? `There is no business called “${wanted}”. Pick one below.` : null);
  }

  function showPicker(list: Business[], problem: string | null): void {
    document.title = 'Chat · Frontdesk';
    const picker = createBusinessPicker(list, (business) => {
      const url = new URL(location.href);
      url.searchParams.set('business', business.id);
      history.pushState(null, '', url);
      openChat(business);
    });
    if (problem) picker.prepend(h('p', { className: 'fd-notice', text: problem, attrs: { role: 'alert' } }));
    replaceChildren(root, picker);
    root.className = 'fd-page__main fd-page__main--picker';
    document.body.classList.remove('fd-body--fill');
  }

  function openChat(business: Business): void {
    document.title = `${business.name} · Frontdesk chat`;
    const session = new ChatSession({
      api,
      store,
      business,
      language: pickLanguage(business.languages, navigator.languages),
    });
    const back = h(
      'button',
      {
        className: 'fd-icon-btn',
        attrs: { type: 'button', 'aria-label': 'All businesses', title: 'All businesses' },
        on: {
          click: () => {
            const url = new URL(location.href);
            url.searchParams.delete('business');
            history.pushState(null, '', url);
            void route();
          },
        },
      },
      icon(icons.back),
    );
    view = createChatView({ session, leading: back });
    replaceChildren(root, view.element);
    root.className = 'fd-page__main fd-page__main--chat';
    document.body.classList.add('fd-body--fill');
    session.start();
    view.focusComposer();
  }

  function showMessage(text: string): void {
    replaceChildren(root, h('p', { className: 'fd-page__message', text, attrs: { role: 'status' } }));
  }

  function showLoadError(error: unknown): void {
    const reason =
      error instanceof ApiError
        ? `The server answered with an error (${error.status}).`
        : 'The chat service could not be reached.';
    replaceChildren(
      root,
      h(
        'div',
        { className: 'fd-page__message', attrs: { role: 'alert' } },
        h('p', { text: `Couldn't load the businesses. ${reason}` }),
        h('button', {
          className: 'fd-btn',
          text: 'Try again',
          attrs: { type: 'button' },
          on: { click: () => void route() },
        }),
      ),
    );
  }
}
