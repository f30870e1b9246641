// The public library entry `mcp-inspect/testing`: replay a recorded fixture from any test runner.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ProtocolMode } from "@mcp-inspect/core";
import { canonicalJson, formatDiffs, readFixtureOrSession, replayFixture, ReplayStartError, type Fixture, type ReplayDiff } from "@mcp-inspect/core/fixture";
import { createReplayTransport, type ReplayTarget } from "./replay-transport";

export type { ReplayTarget };

export interface ReplayOptions {
  /** Paths inside responses left out of the comparison: `/result/content/0/text`, `result.content.*.text`. */
  ignore?: readonly string[];
  /** How long initialize and each request may take, in ms. @default 30000 */
  timeoutMs?: number;
  /**
   * expectReplay only: when the answers differ, rewrite the fixture file from this run instead of failing
   * (a session file gets `<name>.fixture.json` beside it). The generated test sets it from
   * MCP_INSPECT_UPDATE=1 or `vitest -u`.
   */
  update?: boolean;
  /**
   * The revision to speak. "auto" (default): the era and revision the fixture was recorded in (2026-07-28:
   * server/discover and the _meta envelope; before: initialize). Another revision overrides it; in the other era the
   * recording is carried over (an input_required chain is one 2025 call with server requests, and the other way round).
   */
  protocol?: ProtocolMode;
}

export interface ReplayOutcome {
  ok: boolean;
  diffs: ReplayDiff[];
  /** The diffs as a readable report ("" when ok). */
  report: string;
  /** The fixture as this run answered it. */
  updated: Fixture;
  /** The server's stderr lines. */
  stderr: string[];
}

/** Reads a fixture (`.fixture.json`) or a session file (`.jsonl`). */
export function loadFixture(path: string | URL): Fixture {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  return readFixtureOrSession(readFileSync(file, "utf8")).fixture;
}

/** Replays a fixture against a stdio server, in the era it was recorded in, and compares every response with the recorded one. */
export async function replay(fixtureOrPath: Fixture | string | URL, target: ReplayTarget, options: ReplayOptions = {}): Promise<ReplayOutcome> {
  const fixture = typeof fixtureOrPath === "string" || fixtureOrPath instanceof URL ? loadFixture(fixtureOrPath) : fixtureOrPath;
  const { transport, stderr } = createReplayTransport(target);
  let result;
  try {
    result = await replayFixture(fixture, transport, { ...options, clientInfo: { name: "mcp-inspect-replay", version: "1" } });
  } catch (error) {
    // A server that cannot start says why on stderr (a missing env var, a stack trace): show it, as `replay` does.
    if (error instanceof ReplayStartError && stderr.length) error.message += `\nstderr (last lines):\n${stderr.slice(-20).map((l) => `  ${l}`).join("\n")}`;
    throw error;
  }
  return { ...result, report: formatDiffs(result.diffs), stderr };
}

/** Thrown by `expectReplay` when the server answers differently; its message is the readable diff. */
export class ReplayMismatchError extends Error {
  override name = "ReplayMismatchError";
  constructor(readonly diffs: ReplayDiff[], report: string) {
    super(
      `the server's answers differ from the recording (${diffs.length} difference${diffs.length === 1 ? "" : "s"}):\n${report}\n` +
        "If they changed on purpose, rewrite the fixture: MCP_INSPECT_UPDATE=1 npx vitest run (or vitest -u) for a generated test, or expectReplay(..., { update: true }).",
    );
  }
}

/**
 * Replays and throws a `ReplayMismatchError` with a readable diff when anything differs; with `update`
 * and a fixture given by path, rewrites that file from this run instead.
 */
export async function expectReplay(fixtureOrPath: Fixture | string | URL, target: ReplayTarget, options: ReplayOptions = {}): Promise<void> {
  const outcome = await replay(fixtureOrPath, target, options);
  if (outcome.ok) return;
  if (options.update && (typeof fixtureOrPath === "string" || fixtureOrPath instanceof URL)) {
    const file = fixtureOrPath instanceof URL ? fileURLToPath(fixtureOrPath) : fixtureOrPath;
    // A fixture is rewritten in place; a session file (.jsonl) gets its fixture beside it.
    const out = /\.jsonl$/i.test(file) ? file.replace(/\.jsonl$/i, ".fixture.json") : file;
    writeFileSync(out, canonicalJson(outcome.updated));
    process.stderr.write(`mcp-inspect: updated ${out} (${outcome.diffs.length} difference${outcome.diffs.length === 1 ? "" : "s"}):\n${outcome.report}\n`);
    return;
  }
  throw new ReplayMismatchError(outcome.diffs, outcome.report);
}
