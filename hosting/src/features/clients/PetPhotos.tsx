/**
 * A pet's photos on the client page: shown on demand (the bytes come
 * through the `staff` callable from the media store), a photo the client
 * sent kept on the pet from their messages, a photo staff take or choose
 * uploaded (scaled down in the browser first), and any of them taken off
 * after a confirmation (an uploaded one is deleted; one the client sent
 * stays in their messages).
 */
import { useState } from 'react';
import type { PetDoc } from '../../shared/firebase/documents';
import { photoForUpload } from '../../shared/ui/photo-upload';
import { addPetPhoto, petPhoto, removePetPhoto, uploadPetPhoto, useClientPhotos } from '../bookings/api';

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
  /** Data URLs by photo path (indexes move when a photo is removed). */
  const [shown, setShown] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [choice, setChoice] = useState('');
  const [file, setFile] = useState<File>();
  const [caption, setCaption] = useState('');
  const [uploading, setUploading] = useState(false);
  /** A new file input after each upload (a file input cannot be cleared by React). */
  const [inputKey, setInputKey] = useState(0);
  const kept = new Set(pet.photos.map((p) => p.path));
  const candidates =
    photos.status === 'ready'
      ? photos.data.filter((m) => m.content.type === 'image' && m.media?.state === 'stored' && !kept.has(m.media.path))
      : [];
  const fail = (err: unknown) => setError(err instanceof Error ? err.message : String(err));
  const run = (work: Promise<unknown>) => {
    setError(undefined);
    return work.catch(fail);
  };

  const upload = async () => {
    if (!file) return;
    setUploading(true);
    try {
      await uploadPetPhoto(businessId, contactId, pet.docId, await photoForUpload(file), caption);
      setFile(undefined);
      setCaption('');
      setInputKey((k) => k + 1);
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="fd-stack" data-testid="pet-photos">
      {pet.photos.map((p, i) => (
        <figure key={p.path} data-testid="pet-photo">
          {shown[p.path] ? (
            <img
              src={shown[p.path]}
              alt={p.caption ?? `${pet.name}, photo ${i + 1}`}
              style={{ maxWidth: '100%', maxHeight: 240 }}
            />
          ) : (
            <button
              type="button"
              className="fd-btn fd-btn--ghost fd-btn--small"
              onClick={() =>
                void run(
                  petPhoto(businessId, contactId, pet.docId, i).then((r) =>
                    setShown((s) => ({ ...s, [p.path]: r.dataUrl })),
                  ),
                )
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
          <button
            type="button"
            className="fd-btn fd-btn--ghost fd-btn--small"
            aria-label={`Remove photo ${i + 1} of ${pet.name}`}
            onClick={() => {
              if (confirm(`Remove photo ${i + 1} of ${pet.name}? A photo the client sent stays in their messages.`)) {
                void run(removePetPhoto(businessId, contactId, pet.docId, i, p.path));
              }
            }}
          >
            Remove
          </button>
        </figure>
      ))}
      {candidates.length ? (
        <form
          className="fd-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) void run(addPetPhoto(businessId, contactId, pet.docId, choice).then(() => setChoice('')));
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
      <form
        className="fd-inline-form"
        aria-label={`Upload a photo of ${pet.name}`}
        onSubmit={(e) => {
          e.preventDefault();
          void run(upload());
        }}
      >
        <input
          key={inputKey}
          className="fd-input"
          type="file"
          accept="image/*"
          aria-label={`Photo of ${pet.name}`}
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <input
          className="fd-input"
          type="text"
          maxLength={500}
          placeholder="Caption (optional)"
          aria-label={`Caption for the photo of ${pet.name}`}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
        />
        <button className="fd-btn fd-btn--small" type="submit" disabled={!file || uploading}>
          {uploading ? 'Uploading…' : 'Upload'}
        </button>
      </form>
      {error ? (
        <p className="fd-notice fd-notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
