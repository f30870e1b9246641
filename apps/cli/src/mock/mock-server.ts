import { RecordedMatcher, unmatchedError, type Fixture, type RequestExchange } from "@mcp-inspect/core/fixture";

type Message = Record<string, unknown>;

/**
 * The answers of a mock server that plays back a recording: initialize and ping always, every
 * other request by method and params (volatile `_meta` ignored; repeats in recorded order), and a
 * JSON-RPC error naming the closest recorded params for anything else. Notifications get nothing.
 */
export function createMockResponder(fixture: Fixture): (message: Message) => Message | undefined {
  const requests = fixture.exchanges.filter((e): e is RequestExchange => e.kind === "request");
  const matcher = new RecordedMatcher(requests);
  return (message) => {
    if (typeof message.method !== "string" || message.id === undefined) return undefined;
    const reply = (body: object) => ({ jsonrpc: "2.0", id: message.id, ...body });
    if (message.method === "initialize") return reply(fixture.initialize.response);
    if (message.method === "ping") return reply({ result: {} });
    const recorded = matcher.take(message.method, message.params);
    return reply(recorded ? recorded.response : { error: unmatchedError(matcher, message.method, message.params) });
  };
}
