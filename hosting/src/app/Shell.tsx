/**
 * The frame around every business page: the business switcher, the
 * navigation (a sidebar on desktop, a bar on a phone), the alerts badge
 * and the account menu.
 */
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { signOut, useUser } from '../features/auth/auth-context';
import { useBusiness } from '../features/businesses/business-context';
import { BusinessSwitcher } from '../features/businesses/BusinessSwitcher';
import { markNotificationRead, useAlerts, useNotificationPermission } from '../features/notifications/notifications';
import { NAV } from './nav';

export function Shell({ children }: { children: ReactNode }) {
  const { businessId, business, can } = useBusiness();
  const user = useUser();
  const [location] = useLocation();
  const alerts = useAlerts();
  const [open, setOpen] = useState(false);
  const [permission, askPermission] = useNotificationPermission();

  return (
    <div className="fd-shell">
      <header className="fd-shell__top">
        <Link className="fd-brand" href="/inbox">
          <span className="fd-brand__mark" aria-hidden="true">
            F
          </span>
          <span className="fd-shell__business">{business.profile.name}</span>
        </Link>
        <BusinessSwitcher current={businessId} />
        <div className="fd-shell__spacer" />
        <div className="fd-alerts">
          <button
            type="button"
            className="fd-btn fd-btn--ghost"
            aria-expanded={open}
            aria-controls="alerts-panel"
            aria-label={`Alerts: ${alerts.length}`}
            data-testid="alerts-button"
            onClick={() => setOpen(!open)}
          >
            Alerts
            {alerts.length ? (
              <span className="fd-badge" data-testid="alerts-badge">
                {alerts.length}
              </span>
            ) : null}
          </button>
          {open ? (
            <div id="alerts-panel" className="fd-alerts__panel" role="region" aria-label="Alerts">
              {permission === 'default' ? (
                <button type="button" className="fd-btn fd-btn--small" onClick={askPermission}>
                  Notify me when this tab is in the background
                </button>
              ) : null}
              {alerts.length === 0 ? <p className="fd-muted">Nothing needs you right now.</p> : null}
              <ul>
                {alerts.map((a) => (
                  <li key={a.id} className={`fd-alert fd-alert--${a.kind}`}>
                    <Link href={`/inbox/${a.conversationId}`} onClick={() => setOpen(false)}>
                      <strong>{a.title}</strong>
                      <span dir="auto">{a.body}</span>
                    </Link>
                    {a.notificationId ? (
                      <button
                        type="button"
                        className="fd-btn fd-btn--ghost fd-btn--small"
                        onClick={() => void markNotificationRead(businessId, a.notificationId!)}
                      >
                        Dismiss
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <details className="fd-account">
          <summary aria-label="Account">{(user.displayName || user.email || '?').slice(0, 1).toUpperCase()}</summary>
          <div className="fd-account__menu">
            <span className="fd-muted">{user.email}</span>
            <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </details>
      </header>
      <nav className="fd-shell__nav" aria-label="Sections">
        <ul>
          {NAV.filter((item) => can(item.needs)).map((item) => {
            // Inside the /b/:businessId nest, paths are relative to it (wouter).
            const href = `/${item.path}`;
            const active = location === href || location.startsWith(`${href}/`);
            return (
              <li key={item.path}>
                <Link href={href} className={active ? 'is-active' : ''} aria-current={active ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <main className="fd-shell__main" id="main">
        {children}
      </main>
    </div>
  );
}
