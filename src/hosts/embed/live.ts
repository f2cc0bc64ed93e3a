/**
 * The live embed, loaded when the poster nears the viewport: Svelte, the embed component
 * and, through it, MapLibre and the data.
 */
import { mount, unmount } from 'svelte';
import Embed from './Embed.svelte';

export type EmbedApi = ReturnType<typeof Embed>;
export type EmbedProps = Parameters<typeof Embed>[1];

export function mountEmbed(target: HTMLElement, props: EmbedProps): { api: EmbedApi; destroy(): void } {
  const api = mount(Embed, { target, props });
  return { api, destroy: () => void unmount(api) };
}
