/**
 * Tiles mode: one read of the archive's header and metadata gives every piece's properties
 * (the map flips them by date); the shapes come tile by tile as the map needs them, by HTTP
 * range requests. Loaded only in this mode, with the pmtiles reader.
 */
import { PMTiles, Protocol } from 'pmtiles';
import type { ControlTiles } from '../map/view-types';

export async function readControlTiles(
  url: string,
): Promise<{ path: string; metadata: unknown; controlTiles: ControlTiles }> {
  const archive = new PMTiles(url);
  const path = new URL(url).pathname;
  const metadata = (await archive.getMetadata().catch((e: Error) => {
    throw new Error(`${path}: ${e.message}`);
  })) as { pieces?: unknown; vector_layers?: { id: string }[] };
  const layer = metadata.vector_layers?.[0]?.id;
  if (!Array.isArray(metadata.pieces) || !layer)
    throw new Error(`${path}: not a map archive (no pieces in its metadata)`);
  const protocol = new Protocol();
  protocol.add(archive);
  // the pieces are checked against the contract by the caller: this chunk stays the reader's
  return {
    path,
    metadata,
    controlTiles: { url: `pmtiles://${url}`, layer, protocol: protocol.tile as ControlTiles['protocol'] },
  };
}
