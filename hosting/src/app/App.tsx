/**
 * The dashboard's routes. Sign-in and invites stand alone; everything else
 * is under /b/{businessId}/… inside the business's frame. Only the inbox
 * loads with the app; every other page is its own chunk, loaded on first visit.
 */
import { lazy, Suspense, useEffect } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { AuthProvider, useAuth } from '../features/auth/auth-context';
import { SignInPage } from '../features/auth/SignInPage';
import { BusinessProvider } from '../features/businesses/business-context';
import { HomeRedirect } from '../features/businesses/HomeRedirect';
import InboxPage from '../features/inbox/components/InboxPage';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import { Loading } from '../shared/ui/states';
import { Shell } from './Shell';

const InvitePage = lazy(() => import('../features/team/InvitePage'));
const TeamPage = lazy(() => import('../features/team/TeamPage'));
const BusinessPages = lazy(() => import('../features/business/BusinessPages'));
const ServicesPage = lazy(() => import('../features/business/ServicesPage'));
const KnowledgePage = lazy(() => import('../features/knowledge/KnowledgePage'));
const CannedRepliesPage = lazy(() => import('../features/inbox/components/CannedRepliesPage'));
const TryItPage = lazy(() => import('../features/assistant/TryItPage'));
const SuggestionsPage = lazy(() => import('../features/knowledge/SuggestionsPage'));
const ChannelsPage = lazy(() => import('../features/channels/ChannelsPage'));
const ActivityPage = lazy(() => import('../features/activity/ActivityPage'));
const AnalyticsPage = lazy(() => import('../features/analytics/components/AnalyticsPage'));
const BookingsPage = lazy(() => import('../features/bookings/BookingsPage'));
const ClientsPage = lazy(() => import('../features/clients/ClientsPage'));
const ClientPage = lazy(() => import('../features/clients/ClientPage'));

export function App() {
  return (
    <AuthProvider>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/invite/:businessId/:token" component={InvitePage} />
          <Route path="/sign-in" component={SignInPage} />
          <Route>
            <SignedIn />
          </Route>
        </Switch>
      </Suspense>
    </AuthProvider>
  );
}

function SignedIn() {
  const auth = useAuth();
  const [location] = useLocation();
  if (auth.status === 'loading') return <Loading label="Signing in…" />;
  if (auth.status === 'signed-out') return <Redirect to={`/sign-in?next=${encodeURIComponent(location)}`} />;
  return (
    <Switch>
      <Route path="/b/:businessId" nest>
        {(params) => (
          <BusinessProvider key={params.businessId} businessId={params.businessId}>
            <RememberBusiness businessId={params.businessId} />
            <Shell>
              <ErrorBoundary>
                <Suspense fallback={<Loading />}>
                  <BusinessRoutes />
                </Suspense>
              </ErrorBoundary>
            </Shell>
          </BusinessProvider>
        )}
      </Route>
      <Route component={HomeRedirect} />
    </Switch>
  );
}

function BusinessRoutes() {
  return (
    <Switch>
      <Route path="/inbox/:conversationId?" component={InboxPage} />
      <Route path="/business/:section" component={BusinessPages} />
      <Route path="/services" component={ServicesPage} />
      <Route path="/knowledge" component={KnowledgePage} />
      <Route path="/canned" component={CannedRepliesPage} />
      <Route path="/try" component={TryItPage} />
      <Route path="/suggestions" component={SuggestionsPage} />
      <Route path="/channels" component={ChannelsPage} />
      <Route path="/activity" component={ActivityPage} />
      <Route path="/analytics" component={AnalyticsPage} />
      <Route path="/bookings" component={BookingsPage} />
      <Route path="/clients" component={ClientsPage} />
      <Route path="/clients/:contactId" component={ClientPage} />
      <Route path="/team" component={TeamPage} />
      <Route>
        <Redirect to="/inbox" />
      </Route>
    </Switch>
  );
}

function RememberBusiness({ businessId }: { businessId: string }) {
  useEffect(() => {
    localStorage.setItem('frontdesk.business', businessId);
  }, [businessId]);
  return null;
}
