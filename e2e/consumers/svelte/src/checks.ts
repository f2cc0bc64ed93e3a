// Type checks only (never run): the component's props as its published types say.
import type { ComponentProps } from 'svelte';
import type { FrontlineMap } from 'frontline-map/svelte';

type Props = ComponentProps<typeof FrontlineMap>;
export const good: Props = { src: 'https://maps.example.org/frontline/', region: 'sumy', controls: false };
// @ts-expect-error: `src` is required
export const noSource: Props = { region: 'sumy' };
// @ts-expect-error: not one of the five areas
export const badRegion: Props = { src: '/', region: 'kharkiv' };
// @ts-expect-error: `controls` is a boolean here, not the attribute's string
export const badControls: Props = { src: '/', controls: 'false' };
