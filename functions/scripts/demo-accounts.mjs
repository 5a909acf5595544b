// Demo sign-in accounts for the dashboard on the emulators: every person in
// the demo businesses' `staff` lists gets the demo password on the Auth
// emulator (the seed creates them without one). Demo values, for the
// `demo-frontdesk` emulator project only.
export const DEMO_PASSWORD = 'frontdesk-demo';

/**
 * Sets the demo password (and display name) on each staff member of the
 * given profile files; returns [{ businessId, email, name, role }].
 */
export async function createDemoAccounts(profiles, projectId = 'demo-frontdesk') {
  if (!projectId.startsWith('demo-')) throw new Error('Demo accounts are only for demo- projects on the emulators.');
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= '127.0.0.1:9099';
  const { getApps, initializeApp } = await import('firebase-admin/app');
  const { getAuth } = await import('firebase-admin/auth');
  const auth = getAuth(getApps()[0] ?? initializeApp({ projectId }));
  const accounts = [];
  for (const profile of profiles) {
    for (const person of profile.staff) {
      const user = await auth.getUserByEmail(person.email).catch(async (err) => {
        if (err.code !== 'auth/user-not-found') throw err;
        return auth.createUser({ email: person.email, displayName: person.name });
      });
      await auth.updateUser(user.uid, { password: DEMO_PASSWORD, displayName: person.name, emailVerified: true });
      accounts.push({ businessId: profile.id, email: person.email, name: person.name, role: person.role });
    }
  }
  return accounts;
}
