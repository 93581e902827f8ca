/** The kinds of uploaded image; each is served at `/media/<kind>/<key>`. */
export const IMAGE_KINDS = ['photos', 'logos'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

/** The multipart field each kind is uploaded in, and the field its errors name. */
export const UPLOAD_FIELD: Record<ImageKind, string> = { photos: 'photo', logos: 'logo' };

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * `<owner uuid>-<16 hex digits of the image's SHA-256>.webp`. Nothing else is ever read, written
 * or deleted, so a key can name no other file or object (no `/`, no `..`).
 */
export const IMAGE_KEY_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{16}\.webp$/;

export const MEDIA_ROUTE = '/media';

export function imageUrl(kind: ImageKind, key: string): string {
  return `${MEDIA_ROUTE}/${kind}/${key}`;
}

/** Keys are content-addressed: an image never changes under its URL. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
