import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes every file of a build or none: all go to temp files first, then each is renamed
 * over its target (a rename is atomic on one file system). A failure before the renames
 * leaves the previous outputs untouched.
 */
export function writeAllAtomic(files: Record<string, string | Uint8Array>): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, text);
      temps.push([temp, path]);
    }
  } catch (error) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, path] of temps) renameSync(temp, path);
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** This process's peak resident memory so far, in MB (Linux reports maxRSS in KB). */
export const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
