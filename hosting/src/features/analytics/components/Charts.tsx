/**
 * The analytics charts (Recharts, SVG): each a titled figure with a one-line
 * reading for screen readers. Days without a rollup are gaps. Loaded only
 * with the analytics page, so the chart library never weighs on the inbox.
 */
import type { ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChannelType } from '../../../../../functions/src/domain/business';
import { CHANNEL_NAMES } from '../../../shared/ui/channels';
import { type DayRow, formatSeconds } from '../model/series';

const COLORS = ['#4f46e5', '#0e9384', '#dc6803', '#c11574', '#2e90fa', '#667085', '#7a5af8', '#16b364'];
const AI = '#4f46e5';
const HUMAN = '#dc6803';
const BAD = '#b42318';
/** Dots on every line: a range of one day, or a day between gaps, is a single point. */
const DOT = { r: 3 };

function Figure({
  id,
  title,
  summary,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  children: ReactElement;
}) {
  return (
    <figure className="fd-chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
        <span className="fd-muted">{summary}</span>
      </figcaption>
      <div className="fd-chart__plot">
        <ResponsiveContainer width="100%" height={220}>
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

const axes = (unit?: string) => [
  <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} />,
  <XAxis key="x" dataKey="label" tickLine={false} minTickGap={12} />,
  <YAxis key="y" allowDecimals={false} width={48} unit={unit} />,
  <Tooltip key="tip" />,
  <Legend key="legend" />,
];

export function ConversationsChart({ rows, channels }: { rows: DayRow[]; channels: ChannelType[] }) {
  const data = rows.map((r) => ({ label: r.label, ...r.conversations }));
  const total = rows.reduce((sum, r) => sum + Object.values(r.conversations).reduce((a, b) => a + b, 0), 0);
  return (
    <Figure id="conversations" title="Conversations per day, by channel" summary={`${total} in the range`}>
      <BarChart data={data}>
        {axes()}
        {channels.map((c, i) => (
          <Bar key={c} dataKey={c} name={CHANNEL_NAMES[c]} stackId="c" fill={COLORS[i % COLORS.length]} />
        ))}
      </BarChart>
    </Figure>
  );
}

export function MessagesChart({ rows }: { rows: DayRow[] }) {
  const data = rows.map((r) => ({ label: r.label, ...r.messages }));
  const inbound = rows.reduce((sum, r) => sum + (r.messages?.inbound ?? 0), 0);
  return (
    <Figure id="messages" title="Messages per day" summary={`${inbound} from customers`}>
      <BarChart data={data}>
        {axes()}
        <Bar dataKey="inbound" name="From customers" fill="#667085" />
        <Bar dataKey="ai" name="AI replies" stackId="out" fill={AI} />
        <Bar dataKey="staff" name="Staff replies" stackId="out" fill={HUMAN} />
      </BarChart>
    </Figure>
  );
}

export function ResponseChart({ rows }: { rows: DayRow[] }) {
  const last = [...rows].reverse().find((r) => r.computed);
  return (
    <Figure
      id="response"
      title="First response time (median and 90th percentile)"
      summary={`Last day: AI ${formatSeconds(last?.aiMedianS ?? null)}, staff ${formatSeconds(last?.humanMedianS ?? null)}`}
    >
      <LineChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} minTickGap={12} />
        <YAxis width={56} tickFormatter={(s: number) => formatSeconds(s)} />
        <Tooltip formatter={(value) => formatSeconds(typeof value === 'number' ? value : null)} />
        <Legend />
        <Line dataKey="aiMedianS" name="AI median" stroke={AI} dot={DOT} />
        <Line dataKey="aiP90S" name="AI p90" stroke={AI} strokeDasharray="4 3" dot={DOT} />
        <Line dataKey="humanMedianS" name="Staff median" stroke={HUMAN} dot={DOT} />
        <Line dataKey="humanP90S" name="Staff p90" stroke={HUMAN} strokeDasharray="4 3" dot={DOT} />
      </LineChart>
    </Figure>
  );
}

export function HandoffChart({ rows }: { rows: DayRow[] }) {
  const count = rows.reduce((sum, r) => sum + (r.handoffs ?? 0), 0);
  const takeovers = rows.reduce((sum, r) => sum + (r.takeovers ?? 0), 0);
  return (
    <Figure
      id="handoffs"
      title="Handoffs to staff, takeovers by staff, and handoff rate"
      summary={`${count} handoffs, ${takeovers} takeovers`}
    >
      <ComposedChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} minTickGap={12} />
        <YAxis yAxisId="n" allowDecimals={false} width={40} />
        <YAxis yAxisId="pct" orientation="right" unit="%" width={48} domain={[0, 100]} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="n" dataKey="handoffs" name="Handoffs by the AI" fill={HUMAN} />
        <Bar yAxisId="n" dataKey="takeovers" name="Taken over by staff" fill={AI} />
        <Line yAxisId="pct" dataKey="handoffRatePct" name="Rate (%)" stroke={AI} dot={DOT} />
      </ComposedChart>
    </Figure>
  );
}

export function BookingsChart({ rows, currency }: { rows: DayRow[]; currency: string }) {
  const ai = rows.reduce((sum, r) => sum + (r.bookingsAi ?? 0), 0);
  const staff = rows.reduce((sum, r) => sum + (r.bookingsStaff ?? 0), 0);
  return (
    <Figure
      id="bookings"
      title={`Bookings by the AI and by staff; value and deposits (${currency})`}
      summary={`AI ${ai}, staff ${staff}`}
    >
      <ComposedChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} minTickGap={12} />
        <YAxis yAxisId="n" allowDecimals={false} width={40} />
        <YAxis yAxisId="money" orientation="right" width={64} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="n" dataKey="bookingsAi" name="Booked by the AI" stackId="b" fill={AI} />
        <Bar yAxisId="n" dataKey="bookingsStaff" name="Booked by staff" stackId="b" fill={HUMAN} />
        <Line yAxisId="money" dataKey="booked" name={`Booked value (${currency})`} stroke="#0e9384" dot={DOT} />
        <Line yAxisId="money" dataKey="deposits" name={`Deposits paid (${currency})`} stroke="#7a5af8" dot={DOT} />
      </ComposedChart>
    </Figure>
  );
}

export function LlmChart({ rows }: { rows: DayRow[] }) {
  const cost = rows.reduce((sum, r) => sum + (r.costUsd ?? 0), 0);
  return (
    <Figure id="llm" title="LLM cost (USD) and tokens" summary={`$${cost.toFixed(2)} in the range`}>
      <ComposedChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tickLine={false} minTickGap={12} />
        <YAxis yAxisId="usd" width={56} tickFormatter={(v: number) => `$${v.toFixed(2)}`} />
        <YAxis yAxisId="tokens" orientation="right" width={64} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="usd" dataKey="costUsd" name="Cost (USD)" fill={AI} />
        <Line yAxisId="tokens" dataKey="tokens" name="Tokens" stroke="#0e9384" dot={DOT} />
      </ComposedChart>
    </Figure>
  );
}

export function ProblemsChart({ rows }: { rows: DayRow[] }) {
  const unanswered = rows.reduce((sum, r) => sum + (r.unanswered ?? 0), 0);
  const failed = rows.reduce((sum, r) => sum + (r.failedSends ?? 0), 0);
  return (
    <Figure
      id="problems"
      title="Unanswered customers and failed sends"
      summary={`${unanswered} unanswered, ${failed} failed`}
    >
      <BarChart data={rows}>
        {axes()}
        <Bar dataKey="unanswered" name="Unanswered turns" fill={HUMAN} />
        <Bar dataKey="failedSends" name="Failed sends" fill={BAD} />
      </BarChart>
    </Figure>
  );
}
