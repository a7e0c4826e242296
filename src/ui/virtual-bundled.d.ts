// Written by scripts/vite/bundled.ts in the served build: where the bundled record's files are, and which.
declare module 'virtual:frontline-bundled' {
  /** The folder of the build that holds them, relative to the page. */
  export const BUNDLED_DIR: string;
  /** Their paths relative to the record's root (`data/events.jsonl`). */
  export const BUNDLED_PATHS: readonly string[];
}
