/**
 * The sections of the dashboard. Each is a feature folder with a lazily
 * loaded page; a new area (bookings, clients, analytics) adds one line here
 * and one in routes.tsx when its data exists.
 */
import type { Role } from '../../../functions/src/team/roles';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  /** The role that sees it; the server enforces the same (callables and rules). */
  needs: Role;
}

export const NAV: NavItem[] = [
  { path: 'inbox', label: 'Inbox', icon: '💬', needs: 'staff' },
  { path: 'business/profile', label: 'Business', icon: '🏪', needs: 'staff' },
  { path: 'services', label: 'Services', icon: '🧾', needs: 'staff' },
  { path: 'knowledge', label: 'Knowledge & Q&A', icon: '📚', needs: 'staff' },
  { path: 'canned', label: 'Canned replies', icon: '⚡', needs: 'staff' },
  { path: 'channels', label: 'Channels', icon: '🔌', needs: 'staff' },
  { path: 'activity', label: 'Alerts & dead letters', icon: '⚠️', needs: 'staff' },
  { path: 'team', label: 'Team', icon: '👥', needs: 'staff' },
];
