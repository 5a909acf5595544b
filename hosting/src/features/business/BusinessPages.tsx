/**
 * The business document's sections, one form each: profile, hours,
 * holidays, policies, style guide, AI settings; and the profile file export.
 */
import { Link, useParams } from 'wouter';
import { Empty } from '../../shared/ui/states';
import { useBusiness } from '../businesses/business-context';
import { ExportSection } from './ExportSection';
import { HolidaysForm, HoursForm } from './HoursForms';
import { PoliciesForm, ProfileForm, SettingsForm, StyleGuideForm } from './SectionForms';

const SECTIONS = [
  ['profile', 'Profile', ProfileForm],
  ['hours', 'Hours', HoursForm],
  ['holidays', 'Holidays & special days', HolidaysForm],
  ['policies', 'Policies', PoliciesForm],
  ['style', 'Style guide', StyleGuideForm],
  ['ai', 'AI settings', SettingsForm],
  ['export', 'Profile file', ExportSection],
] as const;

export default function BusinessPages() {
  const { section } = useParams<{ section: string }>();
  const { business, can } = useBusiness();
  const found = SECTIONS.find(([path]) => path === section);
  const Form = found?.[2];
  return (
    <div className="fd-page">
      <h1>{business.profile.name}</h1>
      <nav className="fd-tabs" aria-label="Business settings">
        {SECTIONS.map(([path, label]) => (
          <Link
            key={path}
            href={`/business/${path}`}
            className={path === section ? 'is-active' : ''}
            aria-current={path === section ? 'page' : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      {can('owner') ? null : <p className="fd-notice">Only owners change these settings; you can read them.</p>}
      {Form ? <Form key={`${section}-${business.revision}`} /> : <Empty title="No such section" />}
    </div>
  );
}
