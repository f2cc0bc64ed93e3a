/** A newsroom's wording reaches the bundle through the build, with no code touched. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { newsroomMessages } from '../vite.config';

const transform = (dir: string, id: string) => {
  const hook = newsroomMessages(dir).transform as (code: string, id: string) => { code: string } | null;
  return hook(readFileSync('src/messages/uk.json', 'utf8'), id);
};

test('newsroom/messages/uk.json is laid over the Ukrainian messages as they are bundled', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-'));
  writeFileSync(join(dir, 'uk.json'), JSON.stringify({ 'legend.ruHeld@UA': 'Окупована Росією' }));
  const out = transform(dir, `${process.cwd()}/src/messages/uk.json`);
  expect(JSON.parse(out!.code)['legend.ruHeld@UA']).toBe('Окупована Росією');
  // other languages, and other JSON, are left alone
  expect(transform(dir, `${process.cwd()}/src/messages/ru.json`)).toBeNull();
  expect(transform(dir, `${process.cwd()}/public/data/areas.json`)).toBeNull();
});

test('a bad override stops the build, naming the file and key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-'));
  writeFileSync(join(dir, 'uk.json'), JSON.stringify({ 'legend.nope': 'x' }));
  expect(() => transform(dir, `${process.cwd()}/src/messages/uk.json`)).toThrow(
    `${dir}/uk.json: key legend.nope: no such message`,
  );
});
