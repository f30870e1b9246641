import type { MessageFrame } from "../frame";
import type { OpenRequest } from "./checker-state";
import { finding } from "./finding";
import type { CheckContext } from "./checker-state";
import { schemaRevisionFor } from "./revisions";
import type { Finding } from "./types";

/** The message against the official schema of the revision in force (negotiated, else offered). */
export function wireFindings(ctx: CheckContext, frame: MessageFrame, request?: OpenRequest): Finding[] {
  if (!ctx.validator) return [];
  const revision = schemaRevisionFor(ctx.state.version);
  const problem = ctx.validator.checkMessage(revision, frame.msg, request && { method: request.method, task: request.task });
  if (!problem) return [];
  const what = typeof frame.msg.method === "string" ? frame.msg.method : request ? `response to ${request.method}` : "error response";
  return [
    finding("wire/schema", `${what} does not match ${problem.definition ?? "the schema"} (${revision}) at ${problem.path || "/"}: ${problem.message}`, {
      about: frame.seq,
      path: problem.path,
    }),
  ];
}
