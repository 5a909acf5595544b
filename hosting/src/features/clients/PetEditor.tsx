/**
 * Add or edit a client's pet: the booking model's `PetDetails` validates
 * the form (imported, not copied) and the `putPet` action validates again;
 * Delete asks first. Photos are not edited here (PetPhotos keeps one the
 * client sent, uploads one staff take, and removes them).
 */
import { useForm } from 'react-hook-form';
import { PetDetails, SPECIES } from '../../../../functions/src/domain/booking/clients';
import type { PetDoc } from '../../shared/firebase/documents';
import { EditorActions } from '../../shared/forms/EditorActions';
import { FormIssues } from '../../shared/forms/FormIssues';
import { schemaResolver } from '../../shared/forms/schema-resolver';
import { showServerError } from '../../shared/forms/server-issues';
import { deletePet, putPet } from '../bookings/api';
import { type PetForm, petFromForm, petToForm } from './pet-form';

export function PetEditor({
  businessId,
  contactId,
  pet,
  onDone,
}: {
  businessId: string;
  contactId: string;
  /** Absent: a new pet. */
  pet?: (PetDoc & { docId: string }) | undefined;
  onDone(): void;
}) {
  const form = useForm<PetForm, unknown, PetDetails>({
    defaultValues: petToForm(pet),
    resolver: schemaResolver(PetDetails, petFromForm),
  });
  const save = form.handleSubmit(async (details) => {
    try {
      await putPet(businessId, contactId, pet?.docId, details);
      onDone();
    } catch (err) {
      showServerError(form.setError, err);
    }
  });
  const title = pet ? `Edit ${pet.name}` : 'New pet';
  return (
    <form className="fd-editor" onSubmit={save} aria-label={title}>
      <fieldset disabled={form.formState.isSubmitting}>
        <legend>{title}</legend>
        <div className="fd-grid">
          <label>
            Name
            <input className="fd-input" dir="auto" {...form.register('name')} />
          </label>
          <label>
            Species
            <select className="fd-input" {...form.register('species')}>
              {SPECIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            Breed
            <input className="fd-input" dir="auto" {...form.register('breed')} />
          </label>
          <label>
            Size
            <input className="fd-input" placeholder="small, medium, large…" {...form.register('size')} />
          </label>
          <label>
            Weight (kg)
            <input className="fd-input" inputMode="decimal" {...form.register('weightKg')} />
          </label>
          <label>
            Birth date
            <input className="fd-input" type="date" {...form.register('birthDate')} />
          </label>
        </div>
        <label>
          Coat notes
          <textarea className="fd-input" rows={2} dir="auto" {...form.register('coatNotes')} />
        </label>
        <label>
          Temperament notes
          <textarea className="fd-input" rows={2} dir="auto" {...form.register('temperamentNotes')} />
        </label>
        <FormIssues errors={form.formState.errors} />
        <EditorActions
          form={form}
          readOnly={false}
          deleteLabel={`Delete ${pet?.name ?? 'this pet'}? Photos they sent stay in their messages.`}
          remove={pet ? () => deletePet(businessId, contactId, pet.docId) : undefined}
          onDone={onDone}
        />
      </fieldset>
      <button type="button" className="fd-btn fd-btn--ghost" onClick={onDone}>
        Close
      </button>
    </form>
  );
}
