/**
 * The theme the map draws in: the one `theme=` names, or for `auto` the reader's system
 * setting, followed as it changes (a phone switching to dark at dusk).
 */
import type { ThemeChoice } from '../lib/embedding/options';
import type { Theme } from '../map/palette';

const DARK = '(prefers-color-scheme: dark)';

/** Calls `onchange` with the theme now and whenever it changes; returns a stop function. */
export function followTheme(choice: ThemeChoice, onchange: (theme: Theme) => void): () => void {
  if (choice !== 'auto') {
    onchange(choice);
    return () => {};
  }
  const query = matchMedia(DARK);
  const tell = () => onchange(query.matches ? 'dark' : 'light');
  tell();
  query.addEventListener('change', tell);
  return () => query.removeEventListener('change', tell);
}
