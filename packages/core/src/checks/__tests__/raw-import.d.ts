// Vite (and so vitest) imports any file as text with "?raw": tests read docs and sources without Node's fs.
declare module "*?raw" {
  const text: string;
  export default text;
}

/** Vite's import.meta.glob, the one form the tests use. */
interface ImportMeta {
  glob(patterns: string | string[], options: { query: "?raw"; import: "default"; eager: true }): Record<string, unknown>;
}
