import type { JsonRpcMessage } from "../frame";
import { eraOf } from "../protocol-mode";
import { isObject } from "./checker-state";

/** The reserved `_meta` keys of 2026-07-28 (basic/index, "General fields"). */
export const META = {
  protocolVersion: "io.modelcontextprotocol/protocolVersion",
  clientInfo: "io.modelcontextprotocol/clientInfo",
  clientCapabilities: "io.modelcontextprotocol/clientCapabilities",
  logLevel: "io.modelcontextprotocol/logLevel",
  subscriptionId: "io.modelcontextprotocol/subscriptionId",
} as const;

/** The methods whose requests may be answered with `input_required` (basic/patterns/mrtr, "Supported Requests"). */
export const INPUT_REQUIRED_METHODS = new Set(["tools/call", "prompts/get", "resources/read"]);

/** A message's params, or an empty object. */
export function paramsOf(msg: JsonRpcMessage): Record<string, unknown> {
  return isObject(msg.params) ? msg.params : {};
}

/** A request's `_meta`, if it is an object. */
export function metaOf(msg: JsonRpcMessage): Record<string, unknown> | undefined {
  const meta = paramsOf(msg)._meta;
  return isObject(meta) ? meta : undefined;
}

/** The protocol version a request's `_meta` envelope names (2026-07-28 on), if any. */
export function envelopeVersion(msg: JsonRpcMessage): string | undefined {
  const version = metaOf(msg)?.[META.protocolVersion];
  return typeof version === "string" ? version : undefined;
}

export function isModernVersion(version: string | undefined): boolean {
  return version !== undefined && eraOf(version) === "modern";
}

/** What a request names, for messages and for pairing a retry with its input_required result: "tools/call book_trip". */
export function requestLabel(method: string, msg: JsonRpcMessage): string {
  const params = paramsOf(msg);
  const target = typeof params.name === "string" ? params.name : typeof params.uri === "string" ? params.uri : undefined;
  return target === undefined ? method : `${method} ${target}`;
}
