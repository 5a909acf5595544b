/** Forms for the profile, policies, style guide and AI settings sections. */
import { useFieldArray } from 'react-hook-form';
import { VERTICALS } from '../../../../functions/src/domain/business';
import { LocalizedInputs } from '../../shared/forms/FormIssues';
import {
  commasToList,
  fromForm,
  linesToList,
  listToLines,
  toForm,
  type LocalizedForm,
} from '../../shared/forms/localized';
import { useBusiness } from '../businesses/business-context';
import { SaveBar } from './SaveBar';
import { useSectionForm } from './use-section-form';

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

interface ProfileFormValues {
  name: string;
  vertical: string;
  description: LocalizedForm;
  timezone: string;
  languages: string;
  currency: string;
  phone: string;
  email: string;
  address: LocalizedForm;
  website: string;
  mapsUrl: string;
}

export function ProfileForm() {
  const { business, can } = useBusiness();
  const p = business.profile;
  const languages = p.languages;
  const { form, onSubmit, saved } = useSectionForm<ProfileFormValues, 'profile'>(
    'profile',
    {
      name: p.name,
      vertical: p.vertical,
      description: toForm(p.description, languages),
      timezone: p.timezone,
      // Shown as the owner wrote them ("pt-BR"): the schema reads a tag back into languages and locales.
      languages: p.languages.map((l) => p.locales?.[l] ?? l).join(', '),
      currency: p.currency,
      phone: p.phone ?? '',
      email: p.email ?? '',
      address: toForm(p.address, languages),
      website: p.website ?? '',
      mapsUrl: p.mapsUrl ?? '',
    },
    (f) => ({
      name: f.name.trim(),
      vertical: f.vertical,
      description: fromForm(f.description, languages),
      timezone: f.timezone.trim(),
      languages: commasToList(f.languages),
      currency: f.currency.trim().toUpperCase(),
      phone: opt(f.phone),
      email: opt(f.email),
      address: fromForm(f.address, languages),
      website: opt(f.website),
      mapsUrl: opt(f.mapsUrl),
    }),
  );
  const register = form.register as unknown as (name: string) => object;
  return (
    <form className="fd-editor" onSubmit={onSubmit} aria-label="Profile">
      <fieldset disabled={!can('owner')}>
        <div className="fd-grid">
          <label>
            Name
            <input className="fd-input" {...form.register('name')} />
          </label>
          <label>
            Kind of business
            <select className="fd-input" {...form.register('vertical')}>
              {VERTICALS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            Time zone (IANA)
            <input className="fd-input" {...form.register('timezone')} />
          </label>
          <label>
            Languages (first is the default)
            <input className="fd-input" {...form.register('languages')} />
          </label>
          <label>
            Currency
            <input className="fd-input" {...form.register('currency')} />
          </label>
          <label>
            Phone
            <input className="fd-input" type="tel" {...form.register('phone')} />
          </label>
          <label>
            Email
            <input className="fd-input" type="email" {...form.register('email')} />
          </label>
          <label>
            Website
            <input className="fd-input" type="url" {...form.register('website')} />
          </label>
          <label>
            Map link
            <input className="fd-input" type="url" {...form.register('mapsUrl')} />
          </label>
        </div>
        <LocalizedInputs label="Description" languages={languages} register={register} name="description" multiline />
        <LocalizedInputs label="Address" languages={languages} register={register} name="address" />
      </fieldset>
      <SaveBar errors={form.formState.errors} submitting={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}

interface PoliciesFormValues {
  policies: { id: string; title: LocalizedForm; text: LocalizedForm }[];
}

export function PoliciesForm() {
  const { business, can } = useBusiness();
  const languages = business.profile.languages;
  const { form, onSubmit, saved } = useSectionForm<PoliciesFormValues, 'policies'>(
    'policies',
    {
      policies: (business.policies ?? []).map((p) => ({
        id: p.id,
        title: toForm(p.title, languages),
        text: toForm(p.text, languages),
      })),
    },
    (f) =>
      f.policies.map((p) => ({
        id: p.id.trim(),
        title: fromForm(p.title, languages),
        text: fromForm(p.text, languages),
      })),
  );
  const list = useFieldArray({ control: form.control, name: 'policies' });
  const register = form.register as unknown as (name: string) => object;
  return (
    <form className="fd-editor" onSubmit={onSubmit} aria-label="Policies">
      <fieldset disabled={!can('owner')}>
        {list.fields.map((field, i) => (
          <fieldset key={field.id} className="fd-card">
            <label>
              Id
              <input className="fd-input" {...form.register(`policies.${i}.id`)} />
            </label>
            <LocalizedInputs label="Title" languages={languages} register={register} name={`policies.${i}.title`} />
            <LocalizedInputs
              label="Text"
              languages={languages}
              register={register}
              name={`policies.${i}.text`}
              multiline
            />
            <button type="button" className="fd-btn fd-btn--ghost fd-btn--small" onClick={() => list.remove(i)}>
              Remove
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="fd-btn fd-btn--ghost"
          onClick={() =>
            list.append({ id: '', title: toForm(undefined, languages), text: toForm(undefined, languages) })
          }
        >
          Add a policy
        </button>
      </fieldset>
      <SaveBar errors={form.formState.errors} submitting={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}

interface StyleFormValues {
  tone: LocalizedForm;
  do: string;
  dont: string;
  greeting: LocalizedForm;
  signOff: LocalizedForm;
  handoffMessage: LocalizedForm;
}

export function StyleGuideForm() {
  const { business, can } = useBusiness();
  const languages = business.profile.languages;
  const s = business.styleGuide;
  const { form, onSubmit, saved } = useSectionForm<StyleFormValues, 'styleGuide'>(
    'styleGuide',
    {
      tone: toForm(s.tone, languages),
      do: listToLines(s.do),
      dont: listToLines(s.dont),
      greeting: toForm(s.greeting, languages),
      signOff: toForm(s.signOff, languages),
      handoffMessage: toForm(s.handoffMessage, languages),
    },
    (f) => ({
      tone: fromForm(f.tone, languages),
      do: linesToList(f.do),
      dont: linesToList(f.dont),
      greeting: fromForm(f.greeting, languages),
      signOff: fromForm(f.signOff, languages),
      handoffMessage: fromForm(f.handoffMessage, languages),
    }),
  );
  const register = form.register as unknown as (name: string) => object;
  return (
    <form className="fd-editor" onSubmit={onSubmit} aria-label="Style guide">
      <fieldset disabled={!can('owner')}>
        <LocalizedInputs label="Tone" languages={languages} register={register} name="tone" multiline />
        <label>
          Do (one per line)
          <textarea className="fd-input" rows={4} dir="auto" {...form.register('do')} />
        </label>
        <label>
          Don’t (one per line)
          <textarea className="fd-input" rows={4} dir="auto" {...form.register('dont')} />
        </label>
        <LocalizedInputs label="Greeting" languages={languages} register={register} name="greeting" />
        <LocalizedInputs label="Sign-off" languages={languages} register={register} name="signOff" />
        <LocalizedInputs
          label="Said when handing over to a person"
          languages={languages}
          register={register}
          name="handoffMessage"
        />
      </fieldset>
      <SaveBar errors={form.formState.errors} submitting={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}

interface SettingsFormValues {
  handoffQuietMinutes: string;
  responder: string;
  providers: string;
  anthropicModel: string;
  openaiModel: string;
  transcriptionModel: string;
  dailyBudgetUsd: string;
}

/** The quiet period, the responder and the LLM engine's main knobs; booking and the finer AI settings are kept as they are. */
export function SettingsForm() {
  const { business, can } = useBusiness();
  const s = business.settings;
  const ai = s.ai;
  const { form, onSubmit, saved } = useSectionForm<SettingsFormValues, 'settings'>(
    'settings',
    {
      handoffQuietMinutes: String(s.handoffQuietMinutes),
      responder: s.responder,
      providers: ai.providers.join(', '),
      anthropicModel: ai.models.anthropic ?? '',
      openaiModel: ai.models.openai ?? '',
      transcriptionModel: ai.models.transcription ?? '',
      dailyBudgetUsd: String(ai.dailyBudgetUsd),
    },
    (f) => ({
      ...s,
      handoffQuietMinutes: Number(f.handoffQuietMinutes),
      responder: f.responder,
      ai: {
        ...ai,
        providers: commasToList(f.providers),
        models: {
          ...(opt(f.anthropicModel) ? { anthropic: opt(f.anthropicModel) } : {}),
          ...(opt(f.openaiModel) ? { openai: opt(f.openaiModel) } : {}),
          ...(opt(f.transcriptionModel) ? { transcription: opt(f.transcriptionModel) } : {}),
        },
        dailyBudgetUsd: Number(f.dailyBudgetUsd),
      },
    }),
  );
  return (
    <form className="fd-editor" onSubmit={onSubmit} aria-label="AI settings">
      <fieldset disabled={!can('owner')}>
        <label>
          Quiet period (minutes): after a person writes or takes over, the AI waits this long without a staff message
          before answering again
          <input className="fd-input" inputMode="numeric" {...form.register('handoffQuietMinutes')} />
        </label>
        <label>
          Responder
          <select className="fd-input" {...form.register('responder')}>
            <option value="auto">Automatic: the configured LLMs, else the offline responder</option>
            <option value="offline">Offline responder only (no LLM)</option>
          </select>
        </label>
        <div className="fd-grid">
          <label>
            LLM providers, in order (anthropic, openai)
            <input className="fd-input" {...form.register('providers')} />
          </label>
          <label>
            Anthropic model
            <input className="fd-input" placeholder="the engine's default" {...form.register('anthropicModel')} />
          </label>
          <label>
            OpenAI model
            <input className="fd-input" placeholder="the engine's default" {...form.register('openaiModel')} />
          </label>
          <label>
            Voice note transcription model
            <input className="fd-input" placeholder="the engine's default" {...form.register('transcriptionModel')} />
          </label>
          <label>
            Daily LLM budget (USD)
            <input className="fd-input" inputMode="decimal" {...form.register('dailyBudgetUsd')} />
          </label>
        </div>
        <p className="fd-muted fd-small">
          A provider is used only where its API key is configured for the deployment. Above the daily budget the offline
          responder answers.
        </p>
      </fieldset>
      <SaveBar errors={form.formState.errors} submitting={form.formState.isSubmitting} saved={saved} />
    </form>
  );
}
