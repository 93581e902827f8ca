import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root. Compiled code lives in dist/src/config, sources in src/config; both are
 * found by walking up to the folder that holds package.json's sibling `src`.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const segments = here.split(path.sep);
const srcIndex = segments.lastIndexOf('src');
const base = segments.slice(0, srcIndex).join(path.sep) || path.sep;

export const projectRoot = path.basename(base) === 'dist' ? path.dirname(base) : base;
