import { randomUUID } from 'node:crypto';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { ImageKind } from './image-kinds.js';
import type { ImageStorage, StoredImage } from './image-storage.js';

/** Images as files: `<uploads dir>/<kind>/<key>`. */
export class LocalImageStorage implements ImageStorage {
  constructor(private readonly root: string) {}

  async put(kind: ImageKind, key: string, image: Buffer): Promise<void> {
    const directory = path.join(this.root, kind);
    await fs.mkdir(directory, { recursive: true });
    // Written aside, then renamed: a reader never gets half a file.
    const temporary = path.join(directory, `.${key}.${randomUUID()}.tmp`);
    try {
      await fs.writeFile(temporary, image);
      await fs.rename(temporary, path.join(directory, key));
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }

  async open(kind: ImageKind, key: string): Promise<StoredImage | null> {
    let handle: FileHandle;
    try {
      handle = await fs.open(path.join(this.root, kind, key), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), length: size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(kind: ImageKind, key: string): Promise<void> {
    await fs.rm(path.join(this.root, kind, key), { force: true });
  }
}
