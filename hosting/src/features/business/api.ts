import { collection } from 'firebase/firestore';
import { useMemo } from 'react';
import type { Service } from '../../../../functions/src/domain/business';
import type { BusinessSection } from '../../../../functions/src/staff/schemas';
import { db } from '../../shared/firebase/app';
import { callStaff } from '../../shared/firebase/functions';
import { useLiveQuery } from '../../shared/firebase/live';

export function useServices(businessId: string) {
  return useLiveQuery<Service>(useMemo(() => collection(db, 'businesses', businessId, 'services'), [businessId]));
}

export const saveSection = (businessId: string, section: BusinessSection, value: unknown) =>
  callStaff<{ revision: string }>('updateSection', { businessId, section, value });
export const putService = (businessId: string, service: Service) => callStaff('putService', { businessId, service });
export const deleteService = (businessId: string, id: string) =>
  callStaff('deleteItem', { businessId, collection: 'services', id });
export const exportProfile = (businessId: string) =>
  callStaff<{ fileName: string; file: unknown; problems: string | null }>('exportProfile', { businessId });
