/** Who sent a JSON-RPC message. */
export type Direction = "client->server" | "server->client";

/** A JSON-RPC message as it crossed the wire; the relay does not interpret it beyond its shape. */
export type JsonRpcMessage = Record<string, unknown>;

interface FrameBase {
  /** Sequence number, from 1, unique within a session. */
  seq: number;
  /** Milliseconds since the session started. */
  t: number;
}

export interface MessageFrame extends FrameBase {
  kind: "message";
  dir: Direction;
  msg: JsonRpcMessage;
  /** Size of the line on the wire, in bytes. */
  bytes?: number;
}

export interface StderrFrame extends FrameBase {
  kind: "stderr";
  text: string;
}

/** A stdout line that is not a JSON-RPC message: the most common way servers break their clients. */
export interface StdoutNoiseFrame extends FrameBase {
  kind: "stdout-noise";
  text: string;
  /** Why it is not a message, e.g. "not JSON: Unexpected token 'S'". */
  reason: string;
  invalidUtf8?: boolean;
}

export type ProcessEvent =
  | { event: "spawn"; pid: number; command: string; args: string[]; cwd: string }
  | { event: "exit"; code: number | null; signal: string | null; stderrTail: string[] }
  | { event: "error"; code: string; message: string; stderrTail: string[] }
  | { event: "init-timeout"; timeoutMs: number; stderrTail: string[] }
  | { event: "restart" };

export type ProcessFrame = FrameBase & { kind: "process" } & ProcessEvent;

export type Frame = MessageFrame | StderrFrame | StdoutNoiseFrame | ProcessFrame;
export type FrameKind = Frame["kind"];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A frame before the session numbers and timestamps it. */
export type FrameInput = DistributiveOmit<Frame, "seq" | "t">;
