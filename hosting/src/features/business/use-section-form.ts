import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { BUSINESS_SECTIONS, type BusinessSection } from '../../../../functions/src/staff/schemas';
import { schemaResolver } from '../../shared/forms/schema-resolver';
import { showServerError } from '../../shared/forms/server-issues';
import { useBusiness } from '../businesses/business-context';
import { saveSection } from './api';

/** A form for one business section: validated with that section's schema, saved through the `staff` callable. */
export function useSectionForm<F extends FieldValues, S extends BusinessSection>(
  section: S,
  defaultValues: DefaultValues<F>,
  toValue: (form: F) => unknown,
) {
  const { businessId } = useBusiness();
  const [saved, setSaved] = useState(false);
  const schema = BUSINESS_SECTIONS[section] as z.ZodType;
  const form = useForm<F, unknown, unknown>({ defaultValues, resolver: schemaResolver<F, z.ZodType>(schema, toValue) });
  const onSubmit = form.handleSubmit(async (value) => {
    setSaved(false);
    try {
      await saveSection(businessId, section, value);
      setSaved(true);
    } catch (err) {
      showServerError(form.setError, err);
    }
  });
  return { form, onSubmit, saved };
}
