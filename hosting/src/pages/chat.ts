// Entry for /chat/ — wiring only: styles, the API client (relative URLs, behind Hosting's
// /api/** rewrite) and the page.
import '../shared/styles/tokens.css';
import '../shared/styles/ui.css';
import '../shared/styles/page.css';
import '../features/chat/chat.css';
import '../features/chat/chat-page.css';
import { createApiClient } from '../shared/api';
import { createChatApi } from '../features/chat/chat-api';
import { mountChatPage } from '../features/chat/chat-page';
import { createSessionStore } from '../features/chat/session-store';

const root = document.getElementById('app');
if (!root) throw new Error('chat page: #app is missing');

mountChatPage(root, { api: createChatApi(createApiClient()), store: createSessionStore() });
