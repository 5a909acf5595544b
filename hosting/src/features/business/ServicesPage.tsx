/** Services with prices, durations, buffers, deposits and variants. Owners edit; staff read. */
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Service } from '../../../../functions/src/domain/business';
import { EditorActions } from '../../shared/forms/EditorActions';
import { FormIssues, LocalizedInputs } from '../../shared/forms/FormIssues';
import { display, fromForm, toForm, type LocalizedForm } from '../../shared/forms/localized';
import { schemaResolver } from '../../shared/forms/schema-resolver';
import { showServerError } from '../../shared/forms/server-issues';
import { Empty, LiveView } from '../../shared/ui/states';
import { useBusiness } from '../businesses/business-context';
import { deleteService, putService, useServices } from './api';

export default function ServicesPage() {
  const { businessId, business, can } = useBusiness();
  const services = useServices(businessId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const { languages, currency } = business.profile;
  const money = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  return (
    <div className="fd-page">
      <h1>Services</h1>
      {can('owner') ? (
        <button type="button" className="fd-btn" onClick={() => setEditing('new')}>
          New service
        </button>
      ) : null}
      <LiveView live={services}>
        {(list) => (
          <div className="fd-master-detail">
            {list.length === 0 ? (
              <Empty title="No services" />
            ) : (
              <table className="fd-table">
                <thead>
                  <tr>
                    <th>Service</th>
                    <th>Duration</th>
                    <th>Price</th>
                    <th>Deposit</th>
                    <th>Variants</th>
                  </tr>
                </thead>
                <tbody>
                  {[...list]
                    .sort((a, b) => a.id.localeCompare(b.id))
                    .map((s) => (
                      <tr key={s.id} className={s.active === false ? 'is-muted' : ''}>
                        <td>
                          <button type="button" className="fd-link" onClick={() => setEditing(s.id)}>
                            <bdi>{display(s.name, languages)}</bdi>
                          </button>
                          {s.active === false ? <span className="fd-pill">inactive</span> : null}
                        </td>
                        <td>
                          {s.durationMinutes} min
                          {s.bufferBeforeMinutes || s.bufferAfterMinutes
                            ? ` (+${s.bufferBeforeMinutes ?? 0}/${s.bufferAfterMinutes ?? 0})`
                            : ''}
                        </td>
                        <td>
                          {money.format(s.price)}
                          {s.priceMax !== undefined ? `–${money.format(s.priceMax)}` : ''}
                        </td>
                        <td>{s.deposit !== undefined ? money.format(s.deposit) : '—'}</td>
                        <td>{s.variants?.length ?? 0}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            )}
            {editing ? (
              <ServiceEditor
                key={editing}
                service={list.find((s) => s.id === editing)}
                readOnly={!can('owner')}
                onDone={() => setEditing(null)}
              />
            ) : null}
          </div>
        )}
      </LiveView>
    </div>
  );
}

interface ServiceForm {
  id: string;
  name: LocalizedForm;
  description: LocalizedForm;
  category: LocalizedForm;
  durationMinutes: string;
  price: string;
  priceMax: string;
  deposit: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  active: boolean;
  variants: { id: string; name: LocalizedForm; durationMinutes: string; price: string }[];
  details: Service['details'];
}

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

function ServiceEditor({ service, readOnly, onDone }: { service?: Service; readOnly: boolean; onDone(): void }) {
  const { businessId, business } = useBusiness();
  const languages = business.profile.languages;
  const str = (n: number | undefined) => (n === undefined ? '' : String(n));
  const form = useForm<ServiceForm, unknown, Service>({
    defaultValues: {
      id: service?.id ?? '',
      name: toForm(service?.name, languages),
      description: toForm(service?.description, languages),
      category: toForm(service?.category, languages),
      durationMinutes: str(service?.durationMinutes ?? 30),
      price: str(service?.price),
      priceMax: str(service?.priceMax),
      deposit: str(service?.deposit),
      bufferBeforeMinutes: str(service?.bufferBeforeMinutes ?? 0),
      bufferAfterMinutes: str(service?.bufferAfterMinutes ?? 0),
      active: service?.active ?? true,
      variants: (service?.variants ?? []).map((v) => ({
        id: v.id,
        name: toForm(v.name, languages),
        durationMinutes: str(v.durationMinutes),
        price: str(v.price),
      })),
      details: service?.details ?? {},
    },
    resolver: schemaResolver(Service, (f: ServiceForm) => ({
      id: f.id.trim(),
      name: fromForm(f.name, languages),
      description: fromForm(f.description, languages),
      category: fromForm(f.category, languages),
      durationMinutes: num(f.durationMinutes),
      price: num(f.price),
      priceMax: num(f.priceMax),
      deposit: num(f.deposit),
      bufferBeforeMinutes: num(f.bufferBeforeMinutes) ?? 0,
      bufferAfterMinutes: num(f.bufferAfterMinutes) ?? 0,
      active: f.active,
      variants: f.variants.map((v) => ({
        id: v.id.trim(),
        name: fromForm(v.name, languages),
        durationMinutes: num(v.durationMinutes),
        price: num(v.price),
      })),
      details: f.details,
    })),
  });
  const variants = useFieldArray({ control: form.control, name: 'variants' });
  const register = form.register as unknown as (name: string) => object;
  const save = form.handleSubmit(async (s) => {
    try {
      await putService(businessId, s);
      onDone();
    } catch (err) {
      showServerError(form.setError, err);
    }
  });
  return (
    <form className="fd-editor" onSubmit={save} aria-label={service ? 'Edit service' : 'New service'}>
      <fieldset disabled={readOnly || form.formState.isSubmitting}>
        <label>
          Id
          <input className="fd-input" readOnly={Boolean(service)} {...form.register('id')} />
        </label>
        <LocalizedInputs label="Name" languages={languages} register={register} name="name" />
        <LocalizedInputs label="Description" languages={languages} register={register} name="description" multiline />
        <LocalizedInputs label="Category" languages={languages} register={register} name="category" />
        <div className="fd-grid">
          <label>
            Duration (min)
            <input className="fd-input" inputMode="numeric" {...form.register('durationMinutes')} />
          </label>
          <label>
            Price ({business.profile.currency})
            <input className="fd-input" inputMode="decimal" {...form.register('price')} />
          </label>
          <label>
            Up to (optional)
            <input className="fd-input" inputMode="decimal" {...form.register('priceMax')} />
          </label>
          <label>
            Deposit (optional)
            <input className="fd-input" inputMode="decimal" {...form.register('deposit')} />
          </label>
          <label>
            Buffer before (min)
            <input className="fd-input" inputMode="numeric" {...form.register('bufferBeforeMinutes')} />
          </label>
          <label>
            Buffer after (min)
            <input className="fd-input" inputMode="numeric" {...form.register('bufferAfterMinutes')} />
          </label>
        </div>
        <label className="fd-check">
          <input type="checkbox" {...form.register('active')} /> Offered (the AI quotes and books it)
        </label>
        <fieldset>
          <legend>Variants</legend>
          {variants.fields.map((field, i) => (
            <div key={field.id} className="fd-grid fd-variant">
              <label>
                Id
                <input className="fd-input" {...form.register(`variants.${i}.id`)} />
              </label>
              <LocalizedInputs label="Name" languages={languages} register={register} name={`variants.${i}.name`} />
              <label>
                Duration (min)
                <input className="fd-input" inputMode="numeric" {...form.register(`variants.${i}.durationMinutes`)} />
              </label>
              <label>
                Price
                <input className="fd-input" inputMode="decimal" {...form.register(`variants.${i}.price`)} />
              </label>
              <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" onClick={() => variants.remove(i)}>
                Remove variant
              </button>
            </div>
          ))}
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            onClick={() =>
              variants.append({ id: '', name: toForm(undefined, languages), durationMinutes: '30', price: '' })
            }
          >
            Add a variant
          </button>
        </fieldset>
        <FormIssues errors={form.formState.errors} />
        <EditorActions
          form={form}
          readOnly={readOnly}
          deleteLabel="Delete this service?"
          remove={service ? () => deleteService(businessId, service.id) : undefined}
          onDone={onDone}
        />
      </fieldset>
      <button type="button" className="fd-btn fd-btn--ghost" onClick={onDone}>
        Close
      </button>
    </form>
  );
}
