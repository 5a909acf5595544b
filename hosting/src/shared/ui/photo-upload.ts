/**
 * A photo chosen on a phone or a computer, made ready to send through a
 * callable: scaled down so its longer side is at most MAX_SIDE pixels and
 * re-encoded as JPEG (phone photos are 3–12 MB; callables carry ~10 MB and
 * nobody needs 48 megapixels of a dog), then base64. A file the browser
 * cannot decode (an iPhone's HEIC on most desktops) goes as it is when it
 * is small enough; the server decides what it is from its bytes anyway.
 */
export const MAX_SIDE = 1600;
/** As the server accepts (functions/src/staff/media.ts MAX_PET_PHOTO_BYTES). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The size a picture of width × height is scaled to (never up). */
export function scaledSize(width: number, height: number, maxSide = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function photoForUpload(file: Blob): Promise<string> {
  const scaled = await scaleDown(file).catch(() => undefined);
  const blob = scaled ?? file;
  if (blob.size > MAX_UPLOAD_BYTES) {
    throw new Error(
      `This photo is ${(blob.size / 1048576).toFixed(1)} MB and cannot be made smaller here; the limit is 5 MB.`,
    );
  }
  return base64Of(blob);
}

async function scaleDown(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('could not encode'))), 'image/jpeg', 0.85),
    );
  } finally {
    bitmap.close();
  }
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
