import { randomBytes } from "node:crypto";
import type { FrameInput } from "@mcp-inspect/core";
import { auth, type OAuthClientProvider, type OAuthDiscoveryState } from "@modelcontextprotocol/sdk/client/auth.js";
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";
import type { FetchLike } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { PendingAuthorizations } from "./oauth-pending";

// Kept in a module of its own (no SDK import): the inspector creates one at start, before any remote server needs the SDK.
export { PendingAuthorizations, type PendingAuthorization } from "./oauth-pending";

export interface OAuthOptions {
  /** The inspector's `/oauth/callback`; read when needed, since the port is known only once listening. */
  redirectUrl: () => string;
  pending: PendingAuthorizations;
  /** The code was exchanged for tokens: reconnect, now with the token. */
  onAuthorized: () => void;
}

/**
 * The inspector as an OAuth 2.1 client of one remote server, for the SDK's `auth()`: the SDK does
 * discovery (RFC 9728, RFC 8414), dynamic client registration (RFC 7591), PKCE, the code exchange and
 * refresh; this keeps what it hands over in memory and tells each step as an `auth` frame. Tokens,
 * codes and verifiers never reach a frame.
 */
export function createOAuthClient(options: OAuthOptions & { serverUrl: URL; fetch: FetchLike; emit: (frame: FrameInput) => void }): OAuthClientProvider {
  const { emit, pending } = options;
  let client: OAuthClientInformationMixed | undefined;
  let tokens: OAuthTokens | undefined;
  let verifier: string | undefined;
  // What discovery found, so a refresh goes straight to the token endpoint.
  let discovery: OAuthDiscoveryState | undefined;
  const step = (s: Extract<FrameInput, { kind: "http"; event: "auth" }>["step"], message: string, url?: string) =>
    emit({ kind: "http", event: "auth", step: s, message, ...(url ? { url } : {}) });

  const provider: OAuthClientProvider = {
    get redirectUrl() {
      return options.redirectUrl();
    },
    get clientMetadata(): OAuthClientMetadata {
      return {
        client_name: "mcp-inspect",
        redirect_uris: [options.redirectUrl()],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        // A public client: it runs on the developer's machine and cannot keep a secret.
        token_endpoint_auth_method: "none",
      };
    },
    state: () => randomBytes(24).toString("base64url"),
    clientInformation: () => client,
    saveClientInformation(information) {
      client = information;
      step("registered", `registered as client ${information.client_id} (dynamic client registration)`);
    },
    tokens: () => tokens,
    saveTokens(next) {
      const renewed = tokens !== undefined;
      tokens = next;
      step(renewed ? "refreshed" : "authorized", describeTokens(next, renewed));
    },
    redirectToAuthorization(url) {
      const state = url.searchParams.get("state") ?? "";
      pending.add(state, { finish, fail: (reason) => step("failed", `the authorization server refused: ${reason}`) });
      step("authorize", `approve mcp-inspect at ${url.origin}; the browser then comes back to ${options.redirectUrl()}`, url.href);
    },
    saveCodeVerifier(next) {
      verifier = next;
    },
    codeVerifier() {
      if (!verifier) throw new Error("no PKCE code verifier: this authorization was not started by this inspector");
      return verifier;
    },
    discoveryState: () => discovery,
    saveDiscoveryState(state) {
      discovery = state;
    },
    invalidateCredentials(scope) {
      if (scope === "all" || scope === "discovery") discovery = undefined;
      if (scope === "all" || scope === "client") client = undefined;
      if (scope === "all" || scope === "tokens") tokens = undefined;
      if (scope === "all" || scope === "verifier") verifier = undefined;
    },
  };

  async function finish(code: string): Promise<void> {
    try {
      const result = await auth(provider, { serverUrl: options.serverUrl, authorizationCode: code, fetchFn: options.fetch });
      if (result !== "AUTHORIZED") throw new Error("the authorization server did not issue tokens");
    } catch (error) {
      step("failed", `exchanging the code failed: ${(error as Error).message}`);
      throw error;
    }
    options.onAuthorized();
  }

  return provider;
}

function describeTokens(tokens: OAuthTokens, renewed: boolean): string {
  const parts = [
    renewed ? "the access token was renewed with the refresh token" : "the code was exchanged (PKCE) for an access token",
    tokens.expires_in !== undefined ? `expires in ${tokens.expires_in} s` : "no expiry given",
    tokens.refresh_token ? "refresh token kept" : "no refresh token",
    tokens.scope ? `scope "${tokens.scope}"` : undefined,
  ];
  return parts.filter(Boolean).join(" · ");
}
