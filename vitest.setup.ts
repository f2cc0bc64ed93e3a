import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Tests draw against the real base geography: build it from the npm packages if missing. */
export default function setup(): void {
  if (!existsSync('geodata/base/manifest.json')) {
    execFileSync('node', ['--import', 'tsx', 'scripts/build-base.ts'], { stdio: 'inherit' });
  }
}
