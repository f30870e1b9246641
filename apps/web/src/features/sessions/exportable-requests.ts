import { isRequest, type Frame, type MessageFrame } from "@mcp-inspect/core";

/** A client request the export can select, with a one-line label. */
export interface ExportableRequest {
  seq: number;
  label: string;
}

/** The client's requests (not the handshake, which every fixture carries), labelled like the log: `tools/call echo`. */
export function exportableRequests(frames: readonly Frame[]): ExportableRequest[] {
  const out: ExportableRequest[] = [];
  for (const frame of frames) {
    if (frame.kind !== "message" || frame.dir !== "client->server" || !isRequest(frame) || frame.msg.method === "initialize") continue;
    out.push({ seq: frame.seq, label: label(frame) });
  }
  return out;
}

function label(frame: MessageFrame): string {
  const method = String(frame.msg.method);
  const params = frame.msg.params as { name?: unknown; uri?: unknown } | undefined;
  const what = typeof params?.name === "string" ? params.name : typeof params?.uri === "string" ? params.uri : undefined;
  return what ? `${method} ${what}` : method;
}
