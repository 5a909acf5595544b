/**
 * Staff keep a client's pets through the `staff` callable: add (the id made
 * on the server), edit (details replaced, photos and creation kept), delete
 * (not while an upcoming appointment is booked for the pet) — validated with
 * the booking model's `PetDetails`, for members of the business only.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { at } from '../store/collections.js';
import type { Caller } from '../team/access.js';
import type { MemoryBookingDeps } from '../testing/booking-deps.js';
import { GROOMER } from '../testing/memory-deps.js';
import { type GroomerDesk, groomerDesk, person } from './groomer-desk.test-helper.js';

const CARLOS = person('carlos@happy-paws-grooming.example');
const CLINIC_OWNER = person('owner@glow-laser-clinic.example');

let deps: MemoryBookingDeps;
let contactId: string;

let desk: GroomerDesk;
const call = (caller: Caller, action: string, data: Record<string, unknown>) => desk.call(caller, action, data);
const put = async (data: Record<string, unknown>, caller = CARLOS) =>
  (await call(caller, 'putPet', { contactId, ...data })) as { petId: string; created: boolean };

const LUNA = { name: ' Luna ', species: 'dog', breed: 'Poodle', size: 'small', weightKg: 6.5, birthDate: '2021-04-02' };

beforeEach(async () => {
  desk = await groomerDesk({ withClinic: true });
  ({ deps, contactId } = desk);
});

describe('pets from the dashboard', () => {
  it('adds a pet with an id made on the server, and edits it keeping its photos', async () => {
    const added = await put({ pet: LUNA });
    expect(added.created).toBe(true);
    expect(added.petId).toMatch(/^[A-Za-z0-9]{20}$/);
    const ref = at.pet(GROOMER, contactId, added.petId);
    expect(await deps.db.get(ref)).toEqual({
      id: added.petId,
      contactId,
      name: 'Luna',
      species: 'dog',
      breed: 'Poodle',
      size: 'small',
      weightKg: 6.5,
      birthDate: '2021-04-02',
      photos: [],
      createdAt: deps.now(),
      updatedAt: deps.now(),
    });
    const addedAt = deps.now();
    const photo = { path: `businesses/${GROOMER}/media/m1/photo.jpg`, mimeType: 'image/jpeg', addedAt };
    await deps.db.update(ref, { photos: [photo] });

    deps.advance(60_000);
    const edited = await put({
      petId: added.petId,
      pet: { name: 'Luna', species: 'dog', size: 'medium', temperamentNotes: 'nervous with dryers' },
    });
    expect(edited).toEqual({ petId: added.petId, created: false });
    const after = (await deps.db.get(ref))!;
    // Replaced whole: the breed cleared in the form is gone; photos and when it was added are kept.
    expect(after).toEqual({
      id: added.petId,
      contactId,
      name: 'Luna',
      species: 'dog',
      size: 'medium',
      temperamentNotes: 'nervous with dryers',
      photos: [photo],
      createdAt: addedAt,
      updatedAt: deps.now(),
    });
  });

  it('refuses an unknown client, an unknown pet, and names a bad field', async () => {
    await expect(put({ contactId: 'nobody', pet: LUNA })).rejects.toMatchObject({
      code: 'not_found',
      message: 'No such client.',
    });
    await expect(put({ petId: 'no-such-pet', pet: LUNA })).rejects.toMatchObject({
      code: 'not_found',
      message: 'No such pet for this client.',
    });
    await expect(put({ pet: { ...LUNA, species: 'dragon', weightKg: -1 } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'pet.species' }),
        expect.objectContaining({ path: 'pet.weightKg' }),
      ]),
    });
    // Only the details: a photo list or an id cannot be slipped in.
    await expect(put({ pet: { ...LUNA, photos: [] } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await deps.db.query(at.pets(GROOMER, contactId))).toEqual([]);
  });

  it('deletes a pet, but not one with an upcoming appointment', async () => {
    const { petId } = await put({ pet: LUNA });
    const booked = (await call(CARLOS, 'createAppointment', {
      contactId,
      petId,
      serviceId: 'nail-trim',
      resourceId: 'carlos',
      start: '2026-12-03T16:00:00Z',
    })) as { appointment: { id: string } };
    await expect(call(CARLOS, 'deletePet', { contactId, petId })).rejects.toMatchObject({
      code: 'failed_precondition',
      message: expect.stringContaining('upcoming appointment'),
    });
    await call(CARLOS, 'cancelAppointment', { appointmentId: booked.appointment.id });
    await expect(call(CARLOS, 'deletePet', { contactId, petId })).resolves.toEqual({ petId });
    expect(await deps.db.get(at.pet(GROOMER, contactId, petId))).toBeUndefined();
    await expect(call(CARLOS, 'deletePet', { contactId, petId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(CARLOS, 'deletePet', { contactId: 'nobody', petId })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses a member of another business before reading anything', async () => {
    await expect(put({ pet: LUNA }, CLINIC_OWNER)).rejects.toMatchObject({ code: 'permission_denied' });
    const { petId } = await put({ pet: LUNA });
    await expect(put({ petId, pet: { name: 'Mine', species: 'cat' } }, CLINIC_OWNER)).rejects.toMatchObject({
      code: 'permission_denied',
    });
    await expect(call(CLINIC_OWNER, 'deletePet', { contactId, petId })).rejects.toMatchObject({
      code: 'permission_denied',
    });
    expect((await deps.db.get(at.pet(GROOMER, contactId, petId)))!.name).toBe('Luna');
  });
});
