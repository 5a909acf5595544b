/**
 * Appointments, clients and pets for the dashboard: read live from
 * Firestore (members may read appointments, contacts and pets:
 * firestore.rules), changed only through the staff callable, which books
 * with the same transactions as the AI (functions/src/staff/bookings.ts).
 */
import { collection, limit, orderBy, query, Timestamp, where } from 'firebase/firestore';
import { useMemo } from 'react';
import { db } from '../../shared/firebase/app';
import type { AppointmentDoc, ContactDoc, ConversationDoc, MessageDoc, PetDoc } from '../../shared/firebase/documents';
import { callStaff } from '../../shared/firebase/functions';
import type { PetDetails } from '../../../../functions/src/domain/booking/clients';
import { useLiveQuery } from '../../shared/firebase/live';

/** Appointments starting in [from, to), soonest first. */
export function useAppointments(businessId: string, from: Date, to: Date) {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  return useLiveQuery<AppointmentDoc>(
    useMemo(
      () =>
        query(
          collection(db, 'businesses', businessId, 'appointments'),
          where('start', '>=', Timestamp.fromMillis(fromMs)),
          where('start', '<', Timestamp.fromMillis(toMs)),
          orderBy('start'),
        ),
      [businessId, fromMs, toMs],
    ),
  );
}

/** One client's appointments (equality only, so no composite index; sorted by the page). */
export function useClientAppointments(businessId: string, contactId: string) {
  return useLiveQuery<AppointmentDoc>(
    useMemo(
      () => query(collection(db, 'businesses', businessId, 'appointments'), where('contactId', '==', contactId)),
      [businessId, contactId],
    ),
  );
}

export const CLIENT_LIMIT = 500;

/** The most recently seen clients: the list searches them in the browser. */
export function useClients(businessId: string) {
  return useLiveQuery<ContactDoc>(
    useMemo(
      () =>
        query(collection(db, 'businesses', businessId, 'contacts'), orderBy('lastSeenAt', 'desc'), limit(CLIENT_LIMIT)),
      [businessId],
    ),
  );
}

export function usePets(businessId: string, contactId: string | null) {
  return useLiveQuery<PetDoc>(
    useMemo(
      () => (contactId ? collection(db, 'businesses', businessId, 'contacts', contactId, 'pets') : null),
      [businessId, contactId],
    ),
  );
}

export function useClientConversations(businessId: string, contactId: string) {
  return useLiveQuery<ConversationDoc>(
    useMemo(
      () => query(collection(db, 'businesses', businessId, 'conversations'), where('contactId', '==', contactId)),
      [businessId, contactId],
    ),
  );
}

/** The client's photos the media step kept (newest 50 of their messages), to keep one on a pet. */
export function useClientPhotos(businessId: string, contactId: string) {
  return useLiveQuery<MessageDoc>(
    useMemo(
      () => query(collection(db, 'businesses', businessId, 'messages'), where('contactId', '==', contactId), limit(50)),
      [businessId, contactId],
    ),
  );
}

export const addPetPhoto = (businessId: string, contactId: string, petId: string, messageId: string) =>
  callStaff('addPetPhoto', { businessId, contactId, petId, messageId });

/** A photo staff chose (base64, prepared by shared/ui/photo-upload.ts) kept on the pet. */
export const uploadPetPhoto = (businessId: string, contactId: string, petId: string, data: string, caption?: string) =>
  callStaff<{ photos: number }>('uploadPetPhoto', {
    businessId,
    contactId,
    petId,
    data,
    ...(caption?.trim() ? { caption } : {}),
  });

/** Takes photo `index` (at `path`) off the pet. */
export const removePetPhoto = (businessId: string, contactId: string, petId: string, index: number, path: string) =>
  callStaff<{ photos: number }>('removePetPhoto', { businessId, contactId, petId, index, path });

export const petPhoto = (businessId: string, contactId: string, petId: string, index: number) =>
  callStaff<{ dataUrl: string; caption: string | null }>('petPhoto', { businessId, contactId, petId, index });

interface Changed {
  appointment: { id: string; status: string };
}

export interface NewAppointment {
  serviceId: string;
  variantId?: string | undefined;
  resourceId?: string | undefined;
  start: Date;
  contactId: string;
  petId?: string | undefined;
  customerName?: string | undefined;
}

export const createAppointment = (businessId: string, a: NewAppointment) =>
  callStaff<Changed>('createAppointment', {
    businessId,
    serviceId: a.serviceId,
    start: a.start.toISOString(),
    contactId: a.contactId,
    ...(a.variantId ? { variantId: a.variantId } : {}),
    ...(a.resourceId ? { resourceId: a.resourceId } : {}),
    ...(a.petId ? { petId: a.petId } : {}),
    ...(a.customerName ? { customerName: a.customerName } : {}),
  });

export const moveAppointment = (businessId: string, appointmentId: string, start: Date) =>
  callStaff<Changed>('moveAppointment', { businessId, appointmentId, start: start.toISOString() });

export const cancelAppointment = (businessId: string, appointmentId: string) =>
  callStaff<Changed>('cancelAppointment', { businessId, appointmentId });

export const completeAppointment = (businessId: string, appointmentId: string) =>
  callStaff<Changed>('completeAppointment', { businessId, appointmentId });

export const markNoShow = (businessId: string, appointmentId: string) =>
  callStaff<Changed>('markNoShow', { businessId, appointmentId });

/** A pet's details (`PetDetails`); without `petId` a new pet, whose id the server makes. */
export const putPet = (businessId: string, contactId: string, petId: string | undefined, pet: PetDetails) =>
  callStaff<{ petId: string; created: boolean }>('putPet', { businessId, contactId, ...(petId ? { petId } : {}), pet });

export const deletePet = (businessId: string, contactId: string, petId: string) =>
  callStaff('deletePet', { businessId, contactId, petId });

export const decideAppointment = (businessId: string, appointmentId: string, decision: 'approve' | 'decline') =>
  callStaff<Changed & { text: string }>('decideAppointment', { businessId, appointmentId, decision });
