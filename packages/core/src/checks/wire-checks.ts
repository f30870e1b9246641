import type { MessageFrame } from "../frame";
import type { OpenRequest } from "./checker-state";
import { LATEST_LEGACY_REVISION } from "../protocol-mode";
import { envelopeVersion, isModernVersion } from "./envelope";
import { finding } from "./finding";
import type { CheckContext } from "./checker-state";
import { schemaRevisionFor } from "./revisions";
import type { Finding } from "./types";

/**
 * The message against the official schema of its revision: a 2026-07-28 request's own `_meta` version (its response:
 * the request's), else the session's (negotiated, else offered). Problems at `covered` paths were reported already.
 */
export function wireFindings(ctx: CheckContext, frame: MessageFrame, request?: OpenRequest, covered: string[] = []): Finding[] {
  if (!ctx.validator) return [];
  const own = request ? request.version : frame.dir === "client->server" && "id" in frame.msg ? envelopeVersion(frame.msg) : undefined;
  // An initialize that names a modern version is still a handshake: checked as the newest legacy revision, as before.
  const session = ctx.state.handshake && isModernVersion(ctx.state.version) ? LATEST_LEGACY_REVISION : ctx.state.version;
  const revision = schemaRevisionFor(own ?? session);
  const problem = ctx.validator.checkMessage(revision, frame.msg, request && { method: request.method, task: request.task }, covered);
  if (!problem) return [];
  const what = typeof frame.msg.method === "string" ? frame.msg.method : request ? `response to ${request.method}` : "error response";
  return [
    finding("wire/schema", `${what} does not match ${problem.definition ?? "the schema"} (${revision}) at ${problem.path || "/"}: ${problem.message}`, {
      about: frame.seq,
      path: problem.path,
    }),
  ];
}
