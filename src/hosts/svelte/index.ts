/** `frontline-map/svelte`: the map as a Svelte component, and the element's types. */
export { default as FrontlineMap } from './FrontlineMap.svelte';
export type * from 'frontline-map/element';
