import { createContext } from "react";
import type { SessionSnapshot } from "./mcp-session";

export interface SessionValue {
  snapshot: SessionSnapshot;
  /** Asks the backend to restart the server process. */
  restart: () => void;
  token: string;
  /** The backend's id of this server (`s1`, ...); undefined for a recorded session opened read-only. */
  server?: string;
}

export const SessionContext = createContext<SessionValue | null>(null);
