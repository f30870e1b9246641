import { Client, SdkError, SdkErrorCode, type ClientOptions, type Implementation, type Transport } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { eraOf, type ProtocolMode } from "@mcp-inspect/core";
import { sdkClientOptions, type Negotiation } from "./sdk-client-options";

/**
 * The SDK's stdio transport, probing in place. With the base class, `auto` spawns a throwaway sibling of the server
 * just to send `server/discover` (a second process start per connect, on every call); a subclass makes the SDK probe
 * on the one process. The case the sibling exists for, a server that exits on a request before `initialize`, is
 * handled by `connectClient` instead: one more start, with `initialize`, only for such servers.
 */
export class InPlaceStdioTransport extends StdioClientTransport {}

export interface ConnectTarget {
  info: Implementation;
  options: ClientOptions;
  /** A fresh transport each time: a retry needs a new connection (a new process on stdio). */
  transport: () => Transport | Promise<Transport>;
  protocol: ProtocolMode;
  timeoutMs: number;
}

/**
 * A connected v2 `Client` for `--protocol`. In `auto` mode a server that closes the connection on the
 * `server/discover` probe is a legacy server that cannot bear a request before `initialize`: it is started again and
 * opened with `initialize`. Any other failure is the caller's to explain (see `describeRefusedPin`).
 */
export async function connectClient(target: ConnectTarget): Promise<{ client: Client; transport: Transport }> {
  const attempt = async (negotiation: Negotiation) => {
    const client = new Client(target.info, sdkClientOptions(target.options, negotiation));
    const transport = await target.transport();
    try {
      await client.connect(transport, { timeout: target.timeoutMs });
      return { client, transport };
    } catch (error) {
      await client.close().catch(() => {});
      throw error;
    }
  };
  try {
    return await attempt(target.protocol);
  } catch (error) {
    if (target.protocol !== "auto" || !closedOnProbe(error)) throw error;
    return attempt("initialize");
  }
}

/** The SDK's verdict "the connection closed during the server/discover probe" (an in-place probe). */
function closedOnProbe(error: unknown): boolean {
  return error instanceof SdkError && error.code === SdkErrorCode.EraNegotiationFailed && /closed/i.test(error.message);
}

/** Did this connect fail because the pinned revision is not one the server speaks? */
export function isRefusedPin(error: unknown, protocol: ProtocolMode): boolean {
  if (protocol === "auto") return false;
  if (eraOf(protocol) === "modern") return error instanceof SdkError && error.code === SdkErrorCode.EraNegotiationFailed && !/closed/i.test(error.message);
  return error instanceof Error && /protocol version is not supported/i.test(error.message);
}

/**
 * One line for a pinned revision the server does not offer, naming what it offers: learned by connecting once more
 * with `auto` (the server/discover answer's versions, or the revision initialize settles on). Never throws.
 */
export async function describeRefusedPin(target: ConnectTarget): Promise<string> {
  const offers = await serverOffers(target).catch(() => undefined);
  const said = `--protocol ${target.protocol}: the server does not offer ${target.protocol}`;
  if (!offers) return `${said} (and could not be asked what it offers)`;
  return `${said}; it offers ${offers}`;
}

async function serverOffers(target: ConnectTarget): Promise<string> {
  const { client } = await connectClient({ ...target, protocol: "auto" });
  try {
    const discover = client.getDiscoverResult();
    if (discover) return `${discover.supportedVersions.join(", ")} (server/discover)`;
    return `only ${client.getNegotiatedProtocolVersion()} (through initialize; nothing of the 2026-07-28 era)`;
  } finally {
    await client.close().catch(() => {});
  }
}

/** What a throwaway `auto` connection learned: how to open the real one, and whether the server died on the probe. */
export interface EraVerdict {
  negotiation: Negotiation;
  /** The server closed the connection on `server/discover` (it was then opened with `initialize`). */
  diedOnProbe: boolean;
}

/**
 * Learns the era on a throwaway connection, so the connection that is recorded and checked (doctor's) opens the right
 * way at once: the 2026-07-28 revision the server offers, or `initialize`. A server that cannot start is not judged
 * here: the verdict is then `initialize`, and the recorded start says what is wrong, as it always did.
 */
export async function probeEra(target: Omit<ConnectTarget, "protocol">): Promise<EraVerdict> {
  const client = new Client(target.info, sdkClientOptions(target.options, "auto"));
  try {
    await client.connect(await target.transport(), { timeout: target.timeoutMs });
    const version = client.getNegotiatedProtocolVersion();
    return { negotiation: client.getProtocolEra() === "modern" && version ? (version as ProtocolMode) : "initialize", diedOnProbe: false };
  } catch (error) {
    return { negotiation: "initialize", diedOnProbe: closedOnProbe(error) };
  } finally {
    await client.close().catch(() => {});
  }
}
