// Entry for /widget.js, the embeddable chat bubble (built as one classic IIFE script):
//
//   <script src="https://YOUR-SITE.web.app/widget.js" data-business="glow-laser-clinic" async></script>
//
// data-business (required) picks the business; data-api (optional) overrides where the API lives,
// which is otherwise the origin widget.js itself was loaded from. The page can also call
// window.FrontdeskWidget.open() / .close(), e.g. from its own "Chat with us" button.
import { mountWidget, type Widget } from '../features/chat/widget';

// currentScript is only set while this script first runs, so read it before anything async.
const script =
  document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-business]');

let widget: Widget | null = null;

function init(): void {
  const businessId = script?.dataset['business'];
  if (!businessId) {
    console.warn('Frontdesk widget: add data-business="<business id>" to the <script> tag.');
    return;
  }
  if (document.getElementById('frontdesk-widget')) return; // included twice
  const apiBaseUrl = script?.dataset['api'] ?? (script?.src ? new URL(script.src, location.href).origin : '');
  widget = mountWidget(document.body, { businessId, apiBaseUrl });
}

if (document.body) init();
else document.addEventListener('DOMContentLoaded', init, { once: true });

export function open(): void {
  void widget?.open();
}

export function close(): void {
  widget?.close();
}
