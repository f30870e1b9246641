import type { SessionProtocol } from "./protocol-era";

/** One file of the recordings folder, as `GET /api/sessions` describes it: the backend builds it, the web UI lists it. */
export interface SessionSummary {
  /** The file's name in the folder. */
  id: string;
  size: number;
  modifiedAt: string;
  startedAt?: string;
  /** What was inspected, in one line (a command line or a URL). */
  target?: string;
  /** The file this run is recording. */
  current?: true;
  /** The era and revision it negotiated, when its beginning shows a handshake that succeeded. */
  protocol?: SessionProtocol;
}

/** `GET /api/sessions`. */
export interface SessionList {
  /** The recordings folder, when there is one. */
  folder?: string;
  sessions: SessionSummary[];
}
