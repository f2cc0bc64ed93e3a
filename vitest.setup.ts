import { execFileSync } from 'node:child_process';
import { baseIsCurrent } from './scripts/lib/base-state';

/** Tests draw against the real base geography: build it from the npm packages if missing. */
export default function setup(): void {
  if (!baseIsCurrent()) {
    execFileSync('node', ['--import', 'tsx', 'scripts/build-base.ts'], { stdio: 'inherit' });
  }
}
