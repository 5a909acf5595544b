/**
 * /invite/{businessId}/{token}: accept an invite. Signed out, the person
 * signs in or creates an account with the invited address first; accepting
 * makes them a member, and the inbox opens.
 */
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { ActionError, callTeam } from '../../shared/firebase/functions';
import { Loading } from '../../shared/ui/states';
import { authErrorMessage, signIn, signOut, signUp, useAuth } from '../auth/auth-context';

export default function InvitePage() {
  const { businessId, token } = useParams<{ businessId: string; token: string }>();
  const auth = useAuth();
  const [, navigate] = useLocation();
  const [mode, setMode] = useState<'sign-up' | 'sign-in'>('sign-up');
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (auth.status === 'loading') return <Loading />;

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await callTeam('acceptInvite', { businessId, token });
      navigate(`/b/${businessId}/inbox`);
    } catch (err) {
      setError(err instanceof ActionError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const authenticate = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'sign-up') await signUp(form.email.trim(), form.password, form.name.trim());
      else await signIn(form.email.trim(), form.password);
    } catch (err) {
      setError(authErrorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="fd-center">
      <section className="fd-card fd-signin" aria-labelledby="invite-title">
        <h1 id="invite-title">Join {businessId} on Frontdesk</h1>
        {auth.status === 'signed-in' ? (
          <>
            <p>
              Signed in as <strong>{auth.user.email}</strong>. The invite must be for this address.
            </p>
            <button className="fd-btn" type="button" disabled={busy} onClick={() => void accept()}>
              {busy ? 'Joining…' : 'Accept the invite'}
            </button>
            <button className="fd-btn fd-btn--ghost" type="button" onClick={() => void signOut()}>
              Use another account
            </button>
          </>
        ) : (
          <form onSubmit={authenticate} className="fd-stack">
            <p className="fd-muted">
              {mode === 'sign-up'
                ? 'Create your account with the address the invite was sent to.'
                : 'Sign in with the address the invite was sent to.'}
            </p>
            {mode === 'sign-up' ? (
              <label>
                Your name
                <input
                  className="fd-input"
                  required
                  value={form.name}
                  onChange={(e) => setForm({ ...form, name: e.target.value })}
                />
              </label>
            ) : null}
            <label>
              Email
              <input
                className="fd-input"
                type="email"
                autoComplete="username"
                required
                value={form.email}
                onChange={(e) => setForm({ ...form, email: e.target.value })}
              />
            </label>
            <label>
              Password
              <input
                className="fd-input"
                type="password"
                autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
                minLength={6}
                required
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.target.value })}
              />
            </label>
            <button className="fd-btn" type="submit" disabled={busy}>
              {mode === 'sign-up' ? 'Create account' : 'Sign in'}
            </button>
            <button
              className="fd-btn fd-btn--ghost"
              type="button"
              onClick={() => setMode(mode === 'sign-up' ? 'sign-in' : 'sign-up')}
            >
              {mode === 'sign-up' ? 'I already have an account' : 'Create a new account instead'}
            </button>
          </form>
        )}
        {error ? (
          <p className="fd-notice fd-notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <p className="fd-small">
          <Link href="/">Back to the dashboard</Link>
        </p>
      </section>
    </main>
  );
}
