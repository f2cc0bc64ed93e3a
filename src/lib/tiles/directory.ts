/**
 * PMTiles v3 directories: the index from tile id to bytes, and its split into a root and leaf
 * directories when one directory would not fit where readers look for it. Pure.
 */

/** A directory entry: a run of `runLength` tiles sharing one blob, or (runLength 0) a leaf directory. */
export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export type Compress = (data: Uint8Array) => Uint8Array;

/** The header is 127 bytes and readers fetch the first 16 KiB at once: the root must fit in the rest. */
export const ROOT_LIMIT = 16_384 - 127;
/** Entries per leaf to start from; doubled until the root fits. */
const FIRST_LEAF_SIZE = 4096;

/** Unsigned LEB128, in arithmetic rather than bit operations: offsets can pass 2^32. */
function pushVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/**
 * The spec's serialisation, before compression: the count, then each column in turn (tile id
 * deltas, run lengths, lengths, offsets), an offset written as 0 where the blob follows the
 * previous one and as offset + 1 otherwise. Columns of small similar numbers compress well.
 */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    pushVarint(out, i > 0 && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The compressed root directory and the leaf directories section. All entries go in the root
 * when it fits; otherwise they are cut into leaves of equal entry counts, in tile id order,
 * and the root points at each leaf's first tile id (one level: the spec discourages more).
 */
export function layoutDirectories(
  entries: readonly Entry[],
  compress: Compress,
): { root: Uint8Array; leaves: Uint8Array; leafCount: number } {
  if (entries.length === 0) throw new Error('a PMTiles directory needs at least one entry');
  const whole = compress(serializeDirectory(entries));
  if (whole.length <= ROOT_LIMIT) return { root: whole, leaves: new Uint8Array(0), leafCount: 0 };
  for (let size = FIRST_LEAF_SIZE; ; size *= 2) {
    const leaves: Uint8Array[] = [];
    const pointers: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = compress(serializeDirectory(entries.slice(i, i + size)));
      pointers.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leaves.push(leaf);
      offset += leaf.length;
    }
    const root = compress(serializeDirectory(pointers));
    if (root.length <= ROOT_LIMIT) return { root, leaves: concatBytes(leaves), leafCount: leaves.length };
  }
}
