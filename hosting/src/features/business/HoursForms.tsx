/** Weekly opening hours and holidays / special days. */
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { WEEKDAYS, type Weekday } from '../../../../functions/src/domain/business';
import { LocalizedInputs } from '../../shared/forms/FormIssues';
import { fromForm, toForm, type LocalizedForm } from '../../shared/forms/localized';
import { useBusiness } from '../businesses/business-context';
import { SaveBar } from './SaveBar';
import { useSectionForm } from './use-section-form';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

type Interval = { open: string; close: string };
type HoursValues = Record<Weekday, Interval[]>;

/** A time input cannot show "24:00" (closing at the end of the day): it shows "00:00", which the schema reads back as 24:00. */
const inTimeInput = (i: Interval): Interval => (i.close === '24:00' ? { ...i, close: '00:00' } : i);

export function HoursForm() {
  const { business, can } = useBusiness();
  const { form, onSubmit, saved } = useSectionForm<HoursValues, 'hours'>(
    'hours',
    Object.fromEntries(WEEKDAYS.map((d) => [d, (business.hours[d] ?? []).map(inTimeInput)])) as HoursValues,
    (f) => f,
  );
  return (
    <form className="fd-editor" onSubmit={onSubmit} aria-label="Opening hours">
      <p className="fd-muted">In {business.profile.timezone}. A day without hours is closed.</p>
      <fieldset disabled={!can('owner')}>
        {WEEKDAYS.map((day) => (
          <Day key={day} day={day} control={form.control} register={form.register} />
        ))}
      </fieldset>
      <SaveBar errors={form.formState.errors} submitting={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}

function Day({
  day,
  control,
  register,
}: {
  day: Weekday;
  control: Control<HoursValues, unknown, unknown>;
  register: UseFormRegister<HoursValues>;
}) {
  const intervals = useFieldArray({ control, name: day });
  return (
    <fieldset className="fd-day">
      <legend>{DAY_NAMES[day]}</legend>
      {intervals.fields.length === 0 ? <span className="fd-muted">Closed</span> : null}
      {intervals.fields.map((field, i) => (
        <span key={field.id} className="fd-interval">
          <input
            className="fd-input"
            type="time"
            aria-label={`${DAY_NAMES[day]} opens`}
            {...register(`${day}.${i}.open`)}
          />
          –
          <input
            className="fd-input"
            type="time"
            aria-label={`${DAY_NAMES[day]} closes`}
            {...register(`${day}.${i}.close`)}
          />
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            aria-label={`Remove this ${DAY_NAMES[day]} interval`}
            onClick={() => intervals.remove(i)}
          >
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        className="fd-btn fd-btn--ghost fd-btn--small"
        onClick={() => intervals.append({ open: '09:00', close: '17:00' })}
      >
        Add hours
      </button>
    </fieldset>
  );
}

interface HolidayValues {
  holidays: { date: string; name: LocalizedForm; open: string; close: string }[];
}

export function HolidaysForm() {
  const { business, can } = useBusiness();
  const languages = business.profile.languages;
  const { form, onSubmit, saved } = useSectionForm<HolidayValues, 'holidays'>(
    'holidays',
    {
      holidays: (business.holidays ?? []).map((h) => ({
        date: h.date,
        name: toForm(h.name, languages),
        open: h.hours[0]?.open ?? '',
        close: h.hours[0] ? inTimeInput(h.hours[0]).close : '',
      })),
    },
    (f) =>
      f.holidays.map((h) => ({
        date: h.date,
        name: fromForm(h.name, languages),
        hours: h.open && h.close ? [{ open: h.open, close: h.close }] : [],
      })),
  );
  const list = useFieldArray({ control: form.control, name: 'holidays' });
  const register = form.register as unknown as (name: string) => object;
  return (
    <form className="fd-editor" onSubmit={onSubmit} aria-label="Holidays and special days">
      <p className="fd-muted">Leave the hours empty for a day closed all day; fill them for special hours.</p>
      <fieldset disabled={!can('owner')}>
        {list.fields.map((field, i) => (
          <fieldset key={field.id} className="fd-card fd-grid">
            <label>
              Date
              <input className="fd-input" type="date" {...form.register(`holidays.${i}.date`)} />
            </label>
            <LocalizedInputs label="Name" languages={languages} register={register} name={`holidays.${i}.name`} />
            <label>
              Opens
              <input className="fd-input" type="time" {...form.register(`holidays.${i}.open`)} />
            </label>
            <label>
              Closes
              <input className="fd-input" type="time" {...form.register(`holidays.${i}.close`)} />
            </label>
            <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" onClick={() => list.remove(i)}>
              Remove
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="fd-btn fd-btn--ghost"
          onClick={() => list.append({ date: '', name: toForm(undefined, languages), open: '', close: '' })}
        >
          Add a day
        </button>
      </fieldset>
      <SaveBar errors={form.formState.errors} submitting={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}
