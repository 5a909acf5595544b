/**
 * Firebase, set up once for the dashboard. A production build gets the web
 * app's config from VITE_FIREBASE_CONFIG (the JSON from the Firebase console)
 * at build time; without it the dashboard runs against the emulator suite of
 * the demo project on the host that served the page (`npm start`).
 *
 * Auth and Firestore load with the first page; Cloud Functions loads on the
 * first call (functions.ts), keeping it out of the inbox's initial bundle.
 */
import { initializeApp, type FirebaseOptions } from 'firebase/app';
import { browserLocalPersistence, connectAuthEmulator, initializeAuth } from 'firebase/auth';
import { connectFirestoreEmulator, initializeFirestore } from 'firebase/firestore';

const configured = import.meta.env.VITE_FIREBASE_CONFIG as string | undefined;

/** True when the dashboard talks to the local emulator suite. */
export const emulated = !configured;

const options: FirebaseOptions = configured
  ? (JSON.parse(configured) as FirebaseOptions)
  : { projectId: 'demo-frontdesk', apiKey: 'demo-api-key', authDomain: 'demo-frontdesk.firebaseapp.com' };

export const app = initializeApp(options);

/** Emulator host: the host that served the page (127.0.0.1 under `npm start` and the tests). */
export const emulatorHost = typeof location === 'undefined' ? '127.0.0.1' : location.hostname;

// initializeAuth with one persistence and no popup resolver: getAuth() would bundle every
// persistence and the popup/redirect code; Google sign-in loads its resolver when used.
export const auth = initializeAuth(app, { persistence: browserLocalPersistence });
export const db = initializeFirestore(app, {});

if (emulated) {
  connectAuthEmulator(auth, `http://${emulatorHost}:9099`, { disableWarnings: true });
  connectFirestoreEmulator(db, emulatorHost, 8080);
}
