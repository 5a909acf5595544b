/**
 * A pet as the client page's form holds it (every input a string) and back
 * into the booking model's `PetDetails`, which validates it here and again
 * on the server (the `putPet` action). An empty input is a detail left out.
 */
import type { PetDetails } from '../../../../functions/src/domain/booking/clients';

export interface PetForm {
  name: string;
  species: string;
  breed: string;
  size: string;
  birthDate: string;
  weightKg: string;
  coatNotes: string;
  temperamentNotes: string;
}

export function petToForm(pet?: Partial<PetDetails>): PetForm {
  return {
    name: pet?.name ?? '',
    species: pet?.species ?? 'dog',
    breed: pet?.breed ?? '',
    size: pet?.size ?? '',
    birthDate: pet?.birthDate ?? '',
    weightKg: pet?.weightKg === undefined ? '' : String(pet.weightKg),
    coatNotes: pet?.coatNotes ?? '',
    temperamentNotes: pet?.temperamentNotes ?? '',
  };
}

const text = (s: string) => (s.trim() === '' ? undefined : s.trim());

/**
 * The form's values in the model's shape, for `PetDetails` to judge (a
 * weight that is not a number stays one for it to name). Empty inputs are
 * left out, not set to undefined: the callable would send undefined as null.
 */
export function petFromForm(form: PetForm): Record<string, unknown> {
  const weight = form.weightKg.trim().replace(',', '.');
  const details: Record<string, unknown> = {
    name: form.name,
    species: form.species,
    breed: text(form.breed),
    size: text(form.size)?.toLowerCase(),
    birthDate: text(form.birthDate),
    weightKg: weight === '' ? undefined : Number(weight),
    coatNotes: text(form.coatNotes),
    temperamentNotes: text(form.temperamentNotes),
  };
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}
