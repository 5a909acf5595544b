// Entry for / — the staff dashboard.
import '../shared/styles/tokens.css';
import '../shared/styles/ui.css';
import './dashboard.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('dashboard: #root is missing');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
