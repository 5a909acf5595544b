/**
 * Analytics: the business's daily metrics over a range of days, in its own
 * time zone, read live from the rollup documents (functions/src/analytics;
 * docs/dashboard.md, "Analytics"). Owners can have a past day computed again.
 */
import { useMemo, useState } from 'react';
import './analytics.css';
import type { HandoffReason } from '../../../../../functions/src/domain/conversation';
import { ActionError } from '../../../shared/firebase/functions';
import { Empty, ErrorState, Loading } from '../../../shared/ui/states';
import { dayIn } from '../../../shared/ui/time';
import { useBusiness } from '../../businesses/business-context';
import { recomputeDay, useDailyMetrics } from '../api/metrics';
import { channelsIn, type DateRange, dayRows, lastDays, rangeProblem, totalsOf } from '../model/series';
import {
  BookingsChart,
  ConversationsChart,
  HandoffChart,
  LlmChart,
  MessagesChart,
  ProblemsChart,
  ResponseChart,
} from './Charts';

const PRESETS = [7, 14, 30, 90];
const REASONS: Record<HandoffReason, string> = {
  requested: 'Asked for a person',
  low_confidence: 'AI not sure',
  complaint: 'Complaint',
  unsupported: 'Not something the AI handles',
  staff: 'Taken by staff',
  error: 'AI error',
  emergency: 'Possible emergency',
};

export default function AnalyticsPage() {
  const { businessId, business, timeZone, can } = useBusiness();
  const today = dayIn(new Date(), timeZone);
  const [range, setRange] = useState<DateRange>(() => lastDays(today, 14));
  const problem = rangeProblem(range);
  const live = useDailyMetrics(businessId, problem ? null : range);
  const currency = business.profile.currency;

  return (
    <div className="fd-page fd-analytics">
      <h1>Analytics</h1>
      <p className="fd-muted">
        Days in {timeZone}. Each day is computed an hour after it ends there, from the conversations, bookings and AI
        usage stored that day.
      </p>
      <RangePicker range={range} today={today} onChange={setRange} />
      {problem ? (
        <p role="alert" className="fd-error-text">
          {problem}
        </p>
      ) : live.status === 'loading' ? (
        <Loading label="Loading the metrics…" />
      ) : live.status === 'error' ? (
        <ErrorState error={live.error} title="The metrics could not be read" />
      ) : live.data.length === 0 ? (
        <Empty title="No metrics for these days yet">
          The first day appears an hour after midnight in {timeZone}. Pick an earlier range, or ask an owner to compute
          a past day below.
        </Empty>
      ) : (
        <Dashboard range={range} docs={live.data} currency={currency} />
      )}
      {can('owner') ? <Recompute businessId={businessId} today={today} /> : null}
    </div>
  );
}

function RangePicker({ range, today, onChange }: { range: DateRange; today: string; onChange(r: DateRange): void }) {
  return (
    <form className="fd-inline-form" aria-label="Date range" onSubmit={(e) => e.preventDefault()}>
      <label>
        From{' '}
        <input
          className="fd-input"
          type="date"
          value={range.from}
          max={today}
          onChange={(e) => onChange({ ...range, from: e.target.value })}
        />
      </label>
      <label>
        To{' '}
        <input
          className="fd-input"
          type="date"
          value={range.to}
          max={today}
          onChange={(e) => onChange({ ...range, to: e.target.value })}
        />
      </label>
      {PRESETS.map((days) => (
        <button
          key={days}
          type="button"
          className="fd-btn fd-btn--ghost fd-btn--small"
          onClick={() => onChange(lastDays(today, days))}
        >
          Last {days} days
        </button>
      ))}
    </form>
  );
}

function Dashboard({
  range,
  docs,
  currency,
}: {
  range: DateRange;
  docs: Parameters<typeof dayRows>[1];
  currency: string;
}) {
  const rows = useMemo(() => dayRows(range, docs, currency), [range, docs, currency]);
  const totals = useMemo(() => totalsOf(docs, currency), [docs, currency]);
  const channels = useMemo(() => channelsIn(docs), [docs]);
  const money = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  const reasons = Object.entries(totals.byReason) as [HandoffReason, number][];
  return (
    <>
      <dl className="fd-analytics__totals" aria-label="Totals for the range">
        <Total label="Conversations" value={totals.conversations} />
        <Total label="Customer messages" value={totals.inbound} />
        <Total label="Handoffs / takeovers" value={`${totals.handoffs} / ${totals.takeovers}`} />
        <Total label="Booked by the AI / staff" value={`${totals.bookingsAi} / ${totals.bookingsStaff}`} />
        <Total label="Booked value" value={money.format(totals.booked)} />
        <Total label="Deposits paid" value={money.format(totals.deposits)} />
        <Total label="LLM cost" value={`$${totals.costUsd.toFixed(2)}`} />
        <Total label="Unanswered / failed sends" value={`${totals.unanswered} / ${totals.failedSends}`} />
      </dl>
      {totals.days < rows.length ? (
        <p className="fd-muted">
          {rows.length - totals.days} of {rows.length} days have no metrics yet: they show as gaps.
        </p>
      ) : null}
      <div className="fd-analytics__grid">
        <ConversationsChart rows={rows} channels={channels} />
        <MessagesChart rows={rows} />
        <ResponseChart rows={rows} />
        <HandoffChart rows={rows} />
        <BookingsChart rows={rows} currency={currency} />
        <LlmChart rows={rows} />
        <ProblemsChart rows={rows} />
        <section className="fd-chart" aria-labelledby="reasons-title">
          <strong id="reasons-title">Why the AI handed off</strong>
          {reasons.length === 0 ? (
            <p className="fd-muted">No handoffs in the range.</p>
          ) : (
            <ul className="fd-analytics__reasons">
              {reasons
                .sort((a, b) => b[1] - a[1])
                .map(([reason, n]) => (
                  <li key={reason}>
                    <span>{REASONS[reason]}</span>
                    <meter min={0} max={totals.handoffs} value={n} aria-label={REASONS[reason]} />
                    <strong>{n}</strong>
                  </li>
                ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

function Total({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Recompute({ businessId, today }: { businessId: string; today: string }) {
  const [date, setDate] = useState('');
  const [state, setState] = useState<{ busy: boolean; message?: string; error?: string }>({ busy: false });
  return (
    <section aria-labelledby="recompute-title" className="fd-analytics__recompute">
      <h2 id="recompute-title">Compute a day again</h2>
      <p className="fd-muted">After fixing data, or to fill a day the schedule missed. Owners only.</p>
      <form
        className="fd-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setState({ busy: true });
          recomputeDay(businessId, date)
            .then((r) => setState({ busy: false, message: `${r.date} computed.` }))
            .catch((err: unknown) =>
              setState({
                busy: false,
                error: err instanceof ActionError ? err.message : 'That did not work. Try again.',
              }),
            );
        }}
      >
        <label>
          Day{' '}
          <input
            className="fd-input"
            type="date"
            required
            value={date}
            max={today}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <button type="submit" className="fd-btn fd-btn--small" disabled={state.busy || !date}>
          {state.busy ? 'Computing…' : 'Compute'}
        </button>
      </form>
      {state.message ? <p role="status">{state.message}</p> : null}
      {state.error ? (
        <p role="alert" className="fd-error-text">
          {state.error}
        </p>
      ) : null}
    </section>
  );
}
