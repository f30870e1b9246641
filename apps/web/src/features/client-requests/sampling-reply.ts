import type { CreateMessageResult } from "@modelcontextprotocol/client";

/** What the person types as the model's answer. */
export interface SamplingReply {
  text: string;
  model: string;
  stopReason: string;
}

export const STOP_REASONS = ["endTurn", "stopSequence", "maxTokens"] as const;

export const DEFAULT_REPLY: SamplingReply = { text: "", model: "mcp-inspect-human", stopReason: "endTurn" };

/** The sampling/createMessage result for a reply (an empty model or stop reason falls back to the defaults). */
export function samplingResult(reply: SamplingReply): CreateMessageResult {
  return {
    role: "assistant",
    content: { type: "text", text: reply.text },
    model: reply.model.trim() || DEFAULT_REPLY.model,
    stopReason: reply.stopReason.trim() || DEFAULT_REPLY.stopReason,
  };
}

/** The JSON-RPC error a person's rejection becomes (code -1, as the spec's example). */
export const SAMPLING_REJECTED = { code: -1, message: "User rejected sampling request" } as const;
