// Output files are never left half-written: write a temp file next to the target, then rename it
// over the target (rename is atomic within one filesystem, which "same folder" guarantees).
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomicWith(path, (write) => write(data));
}

/** Writes chunk by chunk (a large export need not be one string in memory), still atomically. */
export async function writeFileAtomicWith(
  path: string,
  produce: (write: (chunk: string | Uint8Array) => Promise<void>) => Promise<void>,
): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const file = await openCreatingFolder(temp);
    try {
      // writeFile on a handle writes from the current position: chunks follow one another.
      await produce((chunk) => file.writeFile(chunk));
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** The folder is made only when it is missing: a build writes thousands of files into a few folders. */
async function openCreatingFolder(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'w');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(dirname(path), { recursive: true });
    return open(path, 'w');
  }
}

export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
