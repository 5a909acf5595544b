/** Who on the team has the conversation: any member may give it to another (or to nobody). */
import { useState } from 'react';
import { useBusiness } from '../../businesses/business-context';
import { useMembers } from '../../businesses/memberships';
import { assign } from '../api/conversations';

export function AssigneePicker({
  conversationId,
  assignee,
}: {
  conversationId: string;
  assignee: { uid: string; name: string } | null;
}) {
  const { businessId } = useBusiness();
  const members = useMembers(businessId);
  const [error, setError] = useState<string>();
  const list = members.status === 'ready' ? members.data : [];
  return (
    <>
      <label className="fd-visually-hidden" htmlFor="assignee">
        Assigned to
      </label>
      <select
        id="assignee"
        className="fd-input fd-input--small"
        value={assignee?.uid ?? ''}
        title={error}
        aria-invalid={error ? true : undefined}
        onChange={async (e) => {
          setError(undefined);
          try {
            await assign(businessId, conversationId, e.target.value || null);
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err));
          }
        }}
      >
        <option value="">Unassigned</option>
        {assignee && !list.some((m) => m.id === assignee.uid) ? (
          <option value={assignee.uid}>{assignee.name}</option>
        ) : null}
        {list.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </>
  );
}
