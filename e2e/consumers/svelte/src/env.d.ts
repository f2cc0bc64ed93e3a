/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** The map host's folder URL: the element's `src`. */
  readonly VITE_MAP_HOST: string;
}
