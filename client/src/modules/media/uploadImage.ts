/** What the server accepts for photos and logos; it checks again, by content. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** Why an upload failed, in the words the client translates. */
export type UploadProblem = 'notAnImage' | 'tooLarge' | 'forbidden' | 'network' | 'server';

export class UploadError extends Error {
  constructor(readonly problem: UploadProblem) {
    super(`upload failed: ${problem}`);
    this.name = 'UploadError';
  }
}

/** Refuses what the server would refuse anyway, before sending megabytes for nothing. */
export function checkImageFile(file: File): UploadProblem | undefined {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return 'notAnImage';
  if (file.size > IMAGE_MAX_BYTES) return 'tooLarge';
  return undefined;
}

interface SendImageOptions {
  /** `/api/profile/photo`, `/api/organizations/:id/logo`. */
  path: string;
  /** The multipart field the route reads. */
  field: string;
  accessToken: string | null;
  /** A file to upload, or null to remove the current image. */
  file: File | null;
  fetchImpl?: typeof fetch;
}

/**
 * Uploads (POST) or removes (DELETE) an image over plain multipart HTTP, with the session's
 * bearer token, and returns the image's new address (null once removed).
 */
export async function sendImage({
  path,
  field,
  accessToken,
  file,
  fetchImpl = fetch,
}: SendImageOptions): Promise<string | null> {
  if (file) {
    const problem = checkImageFile(file);
    if (problem) throw new UploadError(problem);
  }
  let body: FormData | undefined;
  if (file) {
    body = new FormData();
    body.append(field, file);
  }
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method: file ? 'POST' : 'DELETE',
      headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
      body,
    });
  } catch {
    throw new UploadError('network');
  }
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) {
    // `{ photoUrl }` for field `photo`, `{ logoUrl }` for `logo`.
    const url = answer[`${field}Url`];
    return typeof url === 'string' ? url : null;
  }
  if (response.status === 413) throw new UploadError('tooLarge');
  if (response.status === 401 || response.status === 403) throw new UploadError('forbidden');
  if (answer.code === 'BAD_USER_INPUT') throw new UploadError('notAnImage');
  throw new UploadError('server');
}
