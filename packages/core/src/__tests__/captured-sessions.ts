// Sessions captured from real exchanges (apps/cli/src/replay/__tests__/write-captured-sessions.ts writes them): the v2
// Client with the dual-era demo server pinned to 2026-07-28 and in the legacy era, and in auto against the 1.x server.
import type { Frame } from "../frame";
import type { SessionHeader } from "../session-header";
import modern from "./captured/dual-era-modern.json";
import legacy from "./captured/dual-era-legacy.json";
import fallback from "./captured/auto-fallback-1x.json";

export interface CapturedSession {
  header: SessionHeader;
  frames: Frame[];
}

export const modernSession = modern as unknown as CapturedSession;
export const legacySession = legacy as unknown as CapturedSession;
export const fallbackSession = fallback as unknown as CapturedSession;
