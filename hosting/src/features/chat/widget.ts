// The embeddable chat widget: a floating bubble that opens the same chat view as /chat/.
// It lives in a shadow root so the host site's CSS cannot break it and ours cannot leak out.
import tokensCss from '../../shared/styles/tokens.css?inline';
import uiCss from '../../shared/styles/ui.css?inline';
import { createApiClient } from '../../shared/api';
import { h, icon, icons, replaceChildren } from '../../shared/dom';
import chatCss from './chat.css?inline';
import widgetCss from './widget.css?inline';
import { createChatApi, type Business, type ChatApi } from './chat-api';
import { ChatSession, pickLanguage } from './chat-session';
import { createChatView, type ChatView } from './chat-view';
import { createSessionStore, type SessionStore } from './session-store';

export interface WidgetOptions {
  businessId: string;
  /** Where the API lives: the origin widget.js was loaded from, since the host page is elsewhere. */
  apiBaseUrl: string;
  api?: ChatApi;
  store?: SessionStore;
}

export interface Widget {
  open(): Promise<void>;
  close(): void;
}

export function mountWidget(parent: HTMLElement, options: WidgetOptions): Widget {
  const api = options.api ?? createChatApi(createApiClient({ baseUrl: options.apiBaseUrl }));
  const store = options.store ?? createSessionStore();

  const host = h('div', { attrs: { id: 'frontdesk-widget', 'data-business': options.businessId } });
  const shadow = host.attachShadow({ mode: 'open' });

  const panel = h('div', {
    className: 'fd-widget__panel',
    attrs: { id: 'fd-widget-panel', role: 'dialog', 'aria-label': 'Chat', hidden: true },
    on: {
      keydown: (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      },
    },
  });
  const launcher = h(
    'button',
    {
      className: 'fd-launcher',
      attrs: { type: 'button', 'aria-label': 'Open chat', 'aria-expanded': 'false', 'aria-controls': panel.id },
      on: { click: () => (panel.hidden ? void open() : close()) },
    },
    icon(icons.chat, 'icon fd-launcher__chat'),
    icon(icons.close, 'icon fd-launcher__close'),
  );

  shadow.append(
    h('style', { text: [tokensCss, uiCss, chatCss, widgetCss].join('\n') }),
    h('div', { className: 'fd-widget' }, panel, launcher),
  );
  parent.append(host);

  let view: ChatView | null = null;
  let loading: Promise<void> | null = null;

  async function open(): Promise<void> {
    panel.hidden = false;
    host.toggleAttribute('data-open', true);
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', 'Close chat');
    loading ??= load().finally(() => {
      loading = null;
    });
    await loading;
    view?.focusComposer();
  }

  function close(): void {
    panel.hidden = true;
    host.toggleAttribute('data-open', false);
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', 'Open chat');
    launcher.focus();
  }

  async function load(): Promise<void> {
    if (view) return;
    replaceChildren(panel, h('p', { className: 'fd-widget__message', text: 'Loading…', attrs: { role: 'status' } }));
    let business: Business | undefined;
    try {
      business = (await api.listBusinesses()).find((candidate) => candidate.id === options.businessId);
    } catch {
      showProblem('The chat could not be reached. Please try again in a moment.', true);
      return;
    }
    if (!business) {
      showProblem('This chat is not available right now.', false);
      return;
    }
    const session = new ChatSession({
      api,
      store,
      business,
      language: pickLanguage(business.languages, navigator.languages),
    });
    const closeButton = h(
      'button',
      {
        className: 'fd-icon-btn',
        attrs: { type: 'button', 'aria-label': 'Close chat', title: 'Close' },
        on: { click: close },
      },
      icon(icons.close),
    );
    view = createChatView({ session, trailing: closeButton, headingLevel: 2 });
    panel.setAttribute('aria-label', `Chat with ${business.name}`);
    replaceChildren(panel, view.element);
    session.start();
  }

  function showProblem(text: string, retry: boolean): void {
    replaceChildren(
      panel,
      h(
        'div',
        { className: 'fd-widget__message', attrs: { role: 'alert' } },
        h('p', { text }),
        retry
          ? h('button', {
              className: 'fd-btn',
              text: 'Try again',
              attrs: { type: 'button' },
              on: { click: () => void open() },
            })
          : null,
      ),
    );
  }

  return { open, close };
}
