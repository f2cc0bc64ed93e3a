import { existsSync, readFileSync } from 'node:fs';
import { BASE_FORMAT } from '../../src/lib/base/sources';

export const BASE_MANIFEST = 'geodata/base/manifest.json';

/** True when geodata/base exists and was written by this version of build-base. */
export function baseIsCurrent(): boolean {
  if (!existsSync(BASE_MANIFEST)) return false;
  try {
    return (JSON.parse(readFileSync(BASE_MANIFEST, 'utf8')) as { format?: number }).format === BASE_FORMAT;
  } catch {
    return false; // a torn or hand-edited manifest: rebuild rather than trust it
  }
}
