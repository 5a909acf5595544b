/** Loading business profile files: validation, idempotence, updates. */
import { getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { firebaseStaffAccounts, loadProfile } from '../../src/profile/load.js';
import { admin, CLINIC, demoProfile, GROOMER, resetAndSeed, store } from './harness.js';

beforeAll(resetAndSeed);
const auth = () => getAuth(getApps()[0]);

type Profile = ReturnType<typeof demoProfile> & {
  services: { id: string }[];
  channels: { type: string; accountId: string }[];
};

describe('npm run seed (loadProfile)', () => {
  it('loads a profile once: the same file again changes nothing', async () => {
    const before = await admin().doc(`businesses/${CLINIC}`).get();
    const result = await loadProfile(store(), firebaseStaffAccounts(auth()), demoProfile(CLINIC));
    expect(result.changed).toBe(false);
    const after = await admin().doc(`businesses/${CLINIC}`).get();
    expect(after.updateTime?.isEqual(before.updateTime!)).toBe(true);
    const qa = await admin().collection(`businesses/${CLINIC}/knowledge`).where('kind', '==', 'qa').count().get();
    expect(qa.data().count).toBeGreaterThanOrEqual(30);
    const members = await admin().collection(`businesses/${CLINIC}/members`).get();
    expect(members.docs.map((d) => d.get('role'))).toContain('owner');
    const route = await admin().doc('channelAccounts/whatsapp-meta_100000000000001').get();
    expect(route.get('businessId')).toBe(CLINIC);
  });

  it('an edited file updates what it describes', async () => {
    const edited = structuredClone(demoProfile(GROOMER)) as Profile;
    const removed = edited.services.pop()!;
    const result = await loadProfile(store(), firebaseStaffAccounts(auth()), edited);
    expect(result.changed).toBe(true);
    const services = await admin().collection(`businesses/${GROOMER}/services`).get();
    expect(services.docs.map((d) => d.id)).not.toContain(removed.id);
    expect(services.size).toBe(edited.services.length);
    // and back
    await loadProfile(store(), firebaseStaffAccounts(auth()), demoProfile(GROOMER));
    expect((await admin().collection(`businesses/${GROOMER}/services`).get()).docs.map((d) => d.id)).toContain(
      removed.id,
    );
  });

  it('refuses a file with a bad field, naming it, and writes nothing', async () => {
    const bad = structuredClone(demoProfile(GROOMER)) as Profile & { profile: { timezone: string } };
    bad.profile.timezone = 'Mars/Olympus_Mons';
    (bad.services[0] as unknown as { price: number }).price = -5;
    await expect(loadProfile(store(), firebaseStaffAccounts(auth()), bad)).rejects.toThrow(
      /profile\.timezone.*IANA|services\.0\.price/s,
    );
  });

  it('refuses a channel account that belongs to another business', async () => {
    const thief = structuredClone(demoProfile(GROOMER)) as Profile;
    thief.channels = [{ type: 'whatsapp-meta', accountId: '100000000000001' }];
    await expect(loadProfile(store(), firebaseStaffAccounts(auth()), thief)).rejects.toThrow(
      /already belongs to business "glow-laser-clinic"/,
    );
  });
});
