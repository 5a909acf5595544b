import { describe, expect, it } from 'vitest';
import { PetDetails } from '../../../../functions/src/domain/booking/clients';
import { petFromForm, petToForm } from './pet-form';

const parse = (form: Partial<ReturnType<typeof petToForm>>) =>
  PetDetails.safeParse(petFromForm({ ...petToForm(), ...form }));
const paths = (form: Partial<ReturnType<typeof petToForm>>) => {
  const result = parse(form);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('the pet form', () => {
  it('round-trips a pet through the form', () => {
    const luna = {
      name: 'Luna',
      species: 'cat' as const,
      breed: 'Maine Coon',
      size: 'large',
      birthDate: '2020-05-01',
      weightKg: 7.2,
      coatNotes: 'long, mats behind the ears',
      temperamentNotes: 'calm',
    };
    expect(PetDetails.parse(petFromForm(petToForm(luna)))).toEqual(luna);
  });

  it('leaves empty inputs out, trims, and reads a decimal comma', () => {
    expect(parse({ name: ' Rex ', breed: '  ', weightKg: '12,5', size: 'Medium' })).toEqual({
      success: true,
      data: { name: 'Rex', species: 'dog', size: 'medium', weightKg: 12.5 },
    });
  });

  it('sends no key for an empty input (the callable would turn undefined into null)', () => {
    const parsed = PetDetails.parse(petFromForm({ ...petToForm(), name: 'Rex' }));
    expect(Object.keys(parsed)).toEqual(['name', 'species']);
  });

  it.each([
    [{ name: '  ' }, ['name']],
    [{ species: 'dragon' }, ['species']],
    [{ weightKg: 'heavy' }, ['weightKg']],
    [{ weightKg: '0' }, ['weightKg']],
    [{ size: 'x l' }, ['size']],
    [{ birthDate: '2020-13-40' }, ['birthDate']],
    [{ coatNotes: 'x'.repeat(1001) }, ['coatNotes']],
  ])('names the bad field: %j', (form, expected) => {
    expect(paths({ name: 'Rex', ...form })).toEqual(expected);
  });
});
