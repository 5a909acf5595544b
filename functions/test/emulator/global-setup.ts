/** The emulator tests run inside `firebase emulators:exec` (npm run test:emulators). */
export default function setup(): void {
  if (!process.env.FIRESTORE_EMULATOR_HOST) {
    throw new Error(
      'The emulator tests need the Firebase emulators: run them with `npm run test:emulators` (or `npm test`).',
    );
  }
}
