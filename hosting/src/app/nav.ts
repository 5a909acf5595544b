/**
 * The sections of the dashboard. Each is a feature folder with a lazily
 * loaded page; a new area (bookings, clients, analytics) adds one line here
 * and one in routes.tsx when its data exists.
 */
import type { Role } from '../../../functions/src/team/roles';

export interface NavItem {
  path: string;
  label: string;
  /** The role that sees it; the server enforces the same (callables and rules). */
  needs: Role;
}

export const NAV: NavItem[] = [
  { path: 'inbox', label: 'Inbox', needs: 'staff' },
  { path: 'bookings', label: 'Bookings', needs: 'staff' },
  { path: 'clients', label: 'Clients', needs: 'staff' },
  { path: 'business/profile', label: 'Business', needs: 'staff' },
  { path: 'services', label: 'Services', needs: 'staff' },
  { path: 'knowledge', label: 'Knowledge & Q&A', needs: 'staff' },
  { path: 'suggestions', label: 'Suggested Q&A', needs: 'staff' },
  { path: 'try', label: 'Try the assistant', needs: 'staff' },
  { path: 'canned', label: 'Canned replies', needs: 'staff' },
  { path: 'channels', label: 'Channels', needs: 'staff' },
  { path: 'activity', label: 'Alerts & dead letters', needs: 'staff' },
  { path: 'analytics', label: 'Analytics', needs: 'staff' },
  { path: 'team', label: 'Team', needs: 'staff' },
];
