/**
 * A pet's photos on the client page: shown on demand (the bytes come
 * through the `staff` callable from the media store), and a photo the
 * client sent kept on the pet from their messages.
 */
import { useState } from 'react';
import type { PetDoc } from '../../shared/firebase/documents';
import { addPetPhoto, petPhoto, useClientPhotos } from '../bookings/api';

export function PetPhotos({
  businessId,
  contactId,
  pet,
}: {
  businessId: string;
  contactId: string;
  pet: PetDoc & { docId: string };
}) {
  const photos = useClientPhotos(businessId, contactId);
  const [shown, setShown] = useState<Record<number, string>>({});
  const [error, setError] = useState<string>();
  const [choice, setChoice] = useState('');
  const kept = new Set(pet.photos.map((p) => p.path));
  const candidates =
    photos.status === 'ready'
      ? photos.data.filter((m) => m.content.type === 'image' && m.media?.state === 'stored' && !kept.has(m.media.path))
      : [];
  const fail = (err: unknown) => setError(err instanceof Error ? err.message : String(err));

  return (
    <div className="fd-stack" data-testid="pet-photos">
      {pet.photos.map((p, i) => (
        <figure key={p.path}>
          {shown[i] ? (
            <img
              src={shown[i]}
              alt={p.caption ?? `${pet.name}, photo ${i + 1}`}
              style={{ maxWidth: '100%', maxHeight: 240 }}
            />
          ) : (
            <button
              type="button"
              className="fd-btn fd-btn--ghost fd-btn--small"
              onClick={() =>
                petPhoto(businessId, contactId, pet.docId, i)
                  .then((r) => setShown((s) => ({ ...s, [i]: r.dataUrl })))
                  .catch(fail)
              }
            >
              Show photo {i + 1}
            </button>
          )}
          {p.caption ? (
            <figcaption className="fd-small" dir="auto">
              {p.caption}
            </figcaption>
          ) : null}
        </figure>
      ))}
      {candidates.length ? (
        <form
          className="fd-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) addPetPhoto(businessId, contactId, pet.docId, choice).then(() => setChoice(''), fail);
          }}
        >
          <select
            className="fd-input"
            aria-label={`A photo for ${pet.name}`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">Keep a photo they sent…</option>
            {candidates.map((m) => (
              <option key={m.docId} value={m.docId}>
                {m.text ? m.text.slice(0, 60) : 'photo'} · {m.createdAt?.toDate().toLocaleDateString()}
              </option>
            ))}
          </select>
          <button className="fd-btn fd-btn--small" type="submit" disabled={!choice}>
            Keep on {pet.name}
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
