/**
 * Who is signed in. Firebase Auth keeps the session; this exposes it to the
 * app and the sign-in and sign-out actions.
 */
import {
  createUserWithEmailAndPassword,
  onAuthStateChanged,
  signInWithEmailAndPassword,
  signOut as firebaseSignOut,
  updateProfile,
  type User,
} from 'firebase/auth';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { auth } from '../../shared/firebase/app';

export type AuthState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: User };

const AuthContext = createContext<AuthState>({ status: 'loading' });

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  useEffect(
    () => onAuthStateChanged(auth, (user) => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' })),
    [],
  );
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);

export function useUser(): User {
  const state = useAuth();
  if (state.status !== 'signed-in') throw new Error('useUser outside a signed-in part of the app');
  return state.user;
}

export const signIn = (email: string, password: string) => signInWithEmailAndPassword(auth, email, password);

/** Creates an account (used from an invite link: an account alone gives access to nothing). */
export async function signUp(email: string, password: string, name: string) {
  const credential = await createUserWithEmailAndPassword(auth, email, password);
  await updateProfile(credential.user, { displayName: name });
  // The ID token carries the name only once refreshed; the invite records it.
  await credential.user.getIdToken(true);
  return credential.user;
}

/** Google sign-in, where the project has it configured (VITE_GOOGLE_SIGN_IN=true); its popup code loads on use. */
export async function signInWithGoogle() {
  const { GoogleAuthProvider, signInWithPopup, browserPopupRedirectResolver } = await import('firebase/auth');
  return signInWithPopup(auth, new GoogleAuthProvider(), browserPopupRedirectResolver);
}

export const googleSignInEnabled = import.meta.env.VITE_GOOGLE_SIGN_IN === 'true';

export const signOut = () => firebaseSignOut(auth);

/** A message a person can act on, from a Firebase Auth error code. */
export function authErrorMessage(err: unknown): string {
  const code = err instanceof Error && 'code' in err ? String(err.code) : '';
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/invalid-login-credentials':
      return 'That email and password do not match an account.';
    case 'auth/email-already-in-use':
      return 'There is already an account with this email: sign in instead.';
    case 'auth/weak-password':
      return 'Choose a password of at least 6 characters.';
    case 'auth/invalid-email':
      return 'That does not look like an email address.';
    case 'auth/too-many-requests':
      return 'Too many attempts. Wait a moment and try again.';
    case 'auth/network-request-failed':
      return 'Cannot reach the sign-in service. Check your connection.';
    case 'auth/popup-closed-by-user':
      return 'The Google window was closed before signing in.';
    default:
      return err instanceof Error ? err.message : 'Sign-in failed.';
  }
}
