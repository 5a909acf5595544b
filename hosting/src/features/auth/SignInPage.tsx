/** Sign in with email and password (and Google where configured). There is no sign-up here: people join by invite. */
import { useState, type FormEvent } from 'react';
import { Redirect } from 'wouter';
import { emulated } from '../../shared/firebase/app';
import { authErrorMessage, googleSignInEnabled, signIn, signInWithGoogle, useAuth } from './auth-context';

export function SignInPage() {
  const auth = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const next = new URLSearchParams(location.search).get('next');
  if (auth.status === 'signed-in')
    return <Redirect to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(authErrorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="fd-center">
      <form className="fd-card fd-signin" onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">
          <span className="fd-brand__mark" aria-hidden="true">
            F
          </span>{' '}
          Frontdesk
        </h1>
        <p className="fd-muted">Sign in to your business’s dashboard.</p>
        <label>
          Email
          <input
            className="fd-input"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            className="fd-input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error ? (
          <p className="fd-notice fd-notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <button className="fd-btn" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {googleSignInEnabled ? (
          <button
            type="button"
            className="fd-btn fd-btn--ghost"
            onClick={() => signInWithGoogle().catch((err: unknown) => setError(authErrorMessage(err)))}
          >
            Sign in with Google
          </button>
        ) : null}
        <p className="fd-muted fd-small">
          New here? People join a business through an invite link from its owner.
          {emulated ? ' On the emulators, `npm start` prints the demo owner accounts.' : ''}
        </p>
        <p className="fd-small">
          <a href="/chat/">Try the demo chat</a> as a customer.
        </p>
      </form>
    </main>
  );
}
