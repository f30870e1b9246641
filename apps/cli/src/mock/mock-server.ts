import { envelopeVersion, type SessionProtocol } from "@mcp-inspect/core";
import { RecordedMatcher, unmatchedError, type Fixture, type RequestExchange } from "@mcp-inspect/core/fixture";

type Message = Record<string, unknown>;

/** JSON-RPC codes a server of either era answers with (2026-07-28 schema: UnsupportedProtocolVersionError). */
const METHOD_NOT_FOUND = -32601;
const UNSUPPORTED_PROTOCOL_VERSION = -32022;

/**
 * The answers of a mock server that plays back a recording, in the era it was recorded in (`protocol`, from
 * `replayProtocol`): a legacy recording answers `initialize` (with the revision served) and refuses `server/discover`
 * as a 2025 server does, so a client in auto mode falls back; a 2026-07-28 recording answers `server/discover` and
 * refuses `initialize` and any request whose `_meta` envelope names another revision (-32022, saying which it
 * serves). `ping` always. Every other request by method and params (volatile `_meta` and `requestState` ignored;
 * repeats in recorded order), and a JSON-RPC error naming the closest recorded params for anything else.
 * Notifications get nothing.
 */
export function createMockResponder(fixture: Fixture, protocol: SessionProtocol): (message: Message) => Message | undefined {
  const requests = fixture.exchanges.filter((e): e is RequestExchange => e.kind === "request");
  const matcher = new RecordedMatcher(requests);
  const unsupported = (requested: unknown) => ({
    error: {
      code: UNSUPPORTED_PROTOCOL_VERSION,
      message: `this mock serves a recording made in ${protocol.version}${protocol.era === "modern" ? ": open with server/discover and put that revision in each request's _meta" : ": open with initialize"}`,
      data: { requested: requested ?? null, supported: [protocol.version] },
    },
  });
  return (message) => {
    if (typeof message.method !== "string" || message.id === undefined) return undefined;
    const reply = (body: object) => ({ jsonrpc: "2.0", id: message.id, ...body });
    if (message.method === "ping") return reply({ result: {} });
    if (protocol.era === "legacy") {
      if (message.method === "server/discover") return reply({ error: { code: METHOD_NOT_FOUND, message: "Method not found" } });
      if (message.method === "initialize") return reply(legacyInitialize(fixture, protocol.version));
    } else {
      if (message.method === "initialize") return reply(unsupported((message.params as { protocolVersion?: unknown } | undefined)?.protocolVersion));
      const requested = envelopeVersion(message);
      if (requested !== protocol.version) return reply(unsupported(requested));
      if (message.method === "server/discover") return reply(fixture.discover?.response ?? { result: { resultType: "complete", supportedVersions: [protocol.version], capabilities: {} } });
    }
    const recorded = matcher.take(message.method, message.params);
    return reply(recorded ? recorded.response : { error: unmatchedError(matcher, message.method, message.params) });
  };
}

/** The recorded initialize answer, naming the revision served (a --protocol of the same era may differ from the recorded one). */
function legacyInitialize(fixture: Fixture, version: string): object {
  const response = fixture.initialize!.response;
  if (!("result" in response) || typeof response.result !== "object" || response.result === null) return response;
  return { result: { ...response.result, protocolVersion: version } };
}
