// The built UI's budget, checked after the build (turbo runs test:unit after build): the script index.html
// loads first must stay small, so the page parses quickly and starts connecting, and every text asset must
// have its precompressed twins for the backend to send. What the first screen does not need loads on demand
// (ui/lazy-panel.tsx, client/load-inspector-client.ts): a feature imported statically into it fails here.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "../dist");
const MAIN_CHUNK_BUDGET = 400 * 1024;

function built() {
  if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist} has no build: run \`npm run build\` in apps/web first`);
  return readFileSync(join(dist, "index.html"), "utf8");
}

/** The module script index.html starts with (Vite's entry chunk). */
function entryChunk() {
  const src = /<script type="module"[^>]*src="\.?\/?(assets\/[^"]+\.js)"/.exec(built())?.[1];
  if (!src) throw new Error("index.html names no module script");
  return join(dist, src);
}

describe("the web build", () => {
  it(`keeps the first chunk within ${MAIN_CHUNK_BUDGET / 1024} KB before compression`, () => {
    const size = statSync(entryChunk()).size;
    expect(size, `${entryChunk()} is ${Math.round(size / 1024)} KB: load what the first screen does not show on demand`).toBeLessThanOrEqual(MAIN_CHUNK_BUDGET);
  });

  it("ships a smaller .br and .gz beside every script and stylesheet, and index.html", () => {
    built();
    const assets = readdirSync(join(dist, "assets"))
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => join(dist, "assets", f));
    const texts = [join(dist, "index.html"), ...assets].filter((f) => statSync(f).size >= 1024);
    expect(texts.length).toBeGreaterThan(2);
    for (const file of texts) {
      for (const twin of [`${file}.br`, `${file}.gz`]) {
        expect(existsSync(twin), twin).toBe(true);
        expect(statSync(twin).size, twin).toBeLessThan(statSync(file).size);
      }
    }
  });
});
