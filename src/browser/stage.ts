/**
 * The map stage (and MapLibre with it), loaded when a host needs it, resolved once MapLibre's
 * worker can start: at once on the map's own origin, after a blob: copy of its script is
 * made when the element runs on another (see ../map/worker.ts).
 */
export async function loadStage() {
  const [stage, { workerStarted }] = await Promise.all([
    import('../components/MapStage.svelte'),
    import('../map/map-view'),
  ]);
  await workerStarted;
  return stage;
}
