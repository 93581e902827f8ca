import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { TestApp } from './test-app.js';

export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A multipart upload of one file, as the client sends it. */
export async function postImage(
  app: TestApp,
  route: string,
  field: string,
  image: Buffer,
  fileName: string,
  accessToken?: string,
): Promise<JsonAnswer> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(image)]), fileName);
  const response = await fetch(`${app.url}${route}`, {
    method: 'POST',
    body: form,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function deleteImage(
  app: TestApp,
  route: string,
  accessToken?: string,
): Promise<JsonAnswer> {
  const response = await fetch(`${app.url}${route}`, {
    method: 'DELETE',
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A plain image of one colour; `transparent` gives PNGs an alpha channel. */
export function solidImage(
  width: number,
  height: number,
  format: 'png' | 'jpeg' | 'gif' | 'webp',
  background: string | { r: number; g: number; b: number; alpha: number } = '#1b7a43',
): Promise<Buffer> {
  const channels = typeof background === 'object' ? 4 : 3;
  return sharp({ create: { width, height, channels, background } }).toFormat(format).toBuffer();
}

/** Files under a folder, as `<kind>/<name>` paths, sorted (what the local image store holds). */
export function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

export const keyOf = (url: unknown) => String(url).split('/').pop()!;
