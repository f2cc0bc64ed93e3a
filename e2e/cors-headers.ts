/**
 * The response headers docs/embedding.md tells a map host to send, read from the first
 * code block under "Hosting on another origin": the cross-origin tests send these and no
 * others, so the docs cannot promise less than the tests need.
 */
import { readFileSync } from 'node:fs';

export function documentedCorsHeaders(doc = 'docs/embedding.md'): Record<string, string> {
  const text = readFileSync(doc, 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith('Hosting on another origin'));
  const block = section && /```(?:http)?\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`${doc}: no header block under "Hosting on another origin"`);
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => {
        const at = line.indexOf(':');
        if (at < 1) throw new Error(`${doc}: "${line}" is not a header line`);
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}
