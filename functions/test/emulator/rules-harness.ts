/**
 * The rules tests' environment: firestore.rules loaded into the emulator,
 * an empty database, and two businesses (A and B) each with an owner
 * (`owner-<b>`) and a member of staff (`staff-<b>`); `seed` adds what a
 * test file needs, with the rules off.
 */
import { readFileSync } from 'node:fs';
import {
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, setDoc } from 'firebase/firestore';

type Db = ReturnType<RulesTestContext['firestore']>;
import { clearFirestore, PROJECT_ID } from './harness.js';

export const A = 'business-a';
export const B = 'business-b';

export async function rulesEnvironment(
  seed: (db: Db, businessId: string) => Promise<void>,
  seedOnce: (db: Db) => Promise<void> = async () => undefined,
): Promise<RulesTestEnvironment> {
  const [host, port] = process.env.FIRESTORE_EMULATOR_HOST!.split(':');
  const env = await initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: {
      rules: readFileSync(new URL('../../../firestore.rules', import.meta.url), 'utf8'),
      host: host!,
      port: Number(port),
    },
  });
  await clearFirestore();
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    for (const b of [A, B]) {
      await setDoc(doc(db, `businesses/${b}`), { id: b, profile: { name: b }, revision: 'r1' });
      for (const role of ['owner', 'staff']) {
        const uid = `${role}-${b}`;
        await setDoc(doc(db, `businesses/${b}/members/${uid}`), { uid, role, email: `${role}@${b}.example` });
      }
      await seed(db, b);
    }
    await seedOnce(db);
  });
  return env;
}
