import type { Frame, RelayClientPayload, RelayServerPayload, SessionHeader } from "@mcp-inspect/core";
import type { WebSocketLike } from "../relay-connection";

/** A WebSocket stand-in: tests open it, push payloads into it and read what was sent. */
export class FakeSocket implements WebSocketLike {
  readyState = 0;
  readonly sent: RelayClientPayload[] = [];
  closed = false;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error("not open");
    this.sent.push(JSON.parse(data) as RelayClientPayload);
  }

  close(): void {
    this.closed = true;
    this.readyState = 3;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  receive(payload: RelayServerPayload): void {
    this.onmessage?.({ data: JSON.stringify(payload) });
  }

  /** The backend went away. */
  drop(): void {
    this.readyState = 3;
    this.onclose?.({});
  }
}

export function fakeSocketFactory() {
  const sockets: FakeSocket[] = [];
  const create = (url: string) => {
    const socket = new FakeSocket(url);
    sockets.push(socket);
    return socket;
  };
  return { sockets, create, last: () => sockets[sockets.length - 1]! };
}

export const header: SessionHeader = {
  format: "mcp-inspect-session",
  version: 1,
  id: "session-1",
  target: { type: "stdio", command: "node", args: ["server.js"], cwd: "/tmp", envKeys: [] },
  inspector: { name: "mcp-inspect", version: "0.1.0" },
  startedAt: "2025-01-01T00:00:00.000Z",
};

let seq = 0;
export function resetSeq(): void {
  seq = 0;
}

type WithoutSeq<T> = T extends unknown ? Omit<T, "seq" | "t"> : never;

/** A frame with the next seq; `t` is seq * 10 ms unless given. */
export function frame<F extends Frame = Frame>(f: WithoutSeq<F> & { t?: number }): F {
  seq++;
  return { seq, t: seq * 10, ...f } as unknown as F;
}
