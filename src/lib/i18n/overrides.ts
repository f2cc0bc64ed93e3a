/**
 * A newsroom's own wording, laid over a language's messages at build time: a flat JSON
 * object of message keys, for example `{"holder.ru.ground": "окупована Росією"}` in
 * newsroom/messages/uk.json (see docs/style-sheet.md). Pure.
 */
const PLACEHOLDER = /\{(\w+)\}/g;
const placeholders = (s: string) =>
  [...s.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(',');

/**
 * `messages` with `override`'s texts in place. Throws, naming the file and key, on a key
 * the language has not got, a text that is not a string, or one whose placeholders differ
 * from the text it replaces (a sentence would lose its figure or date).
 */
export function withOverrides(
  messages: Record<string, string>,
  override: unknown,
  file: string,
): Record<string, string> {
  if (typeof override !== 'object' || override === null || Array.isArray(override))
    throw new Error(`${file}: expected an object of message keys and texts`);
  const out = { ...messages };
  for (const [key, text] of Object.entries(override)) {
    // `key@UA`, `key@RU`: the text for ground in that country only
    const [base, country] = key.split('@');
    if (!(base in messages)) throw new Error(`${file}: key ${key}: no such message`);
    if (country !== undefined && country !== 'UA' && country !== 'RU')
      throw new Error(`${file}: key ${key}: a variant is @UA or @RU`);
    if (typeof text !== 'string' || text.trim() === '')
      throw new Error(`${file}: key ${key}: expected a text`);
    const wanted = placeholders(messages[base]);
    if (placeholders(text) !== wanted)
      throw new Error(
        `${file}: key ${key}: ${wanted ? `placeholders must be {${wanted.split(',').join('}, {')}}` : 'no placeholders allowed'}`,
      );
    out[key] = text;
  }
  return out;
}
