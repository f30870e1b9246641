import { randomBytes } from "node:crypto";
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthClientProvider, OAuthDiscoveryState, OAuthTokens } from "@modelcontextprotocol/client";

/** Where the suite's authorization server sends the browser back; it never listens, the adapter reads the redirect. */
export const ADAPTER_REDIRECT_URL = "http://127.0.0.1:6274/oauth/callback";

/** Pre-registered credentials (the suite's `auth/pre-registration` context): no dynamic registration then. */
export interface PreRegistered {
  client_id: string;
  client_secret?: string;
}

/**
 * mcp-inspect's OAuth 2.1 client (packages/server's oauth-client: the same public-client metadata, everything in
 * memory, discovery state kept for refresh) on the v2 SDK, with the person's approval made headless: the suite's
 * authorization server approves at once, so "opening the browser" is one GET whose redirect carries the code.
 */
export class AdapterOAuthProvider implements OAuthClientProvider {
  #client: OAuthClientInformationMixed | undefined;
  #tokens: OAuthTokens | undefined;
  #verifier: string | undefined;
  #discovery: OAuthDiscoveryState | undefined;
  /** The redirect's query (code, state, iss) once the authorization server approved; `finishAuth` takes it. */
  callback: URLSearchParams | undefined;

  constructor(preRegistered?: PreRegistered) {
    if (preRegistered) this.#client = { ...preRegistered, redirect_uris: [ADAPTER_REDIRECT_URL] };
  }

  get redirectUrl(): string {
    return ADAPTER_REDIRECT_URL;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: "mcp-inspect",
      redirect_uris: [ADAPTER_REDIRECT_URL],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      // A public client: it runs on the developer's machine and cannot keep a secret.
      token_endpoint_auth_method: this.#client?.client_secret ? "client_secret_basic" : "none",
    };
  }

  state(): string {
    return randomBytes(24).toString("base64url");
  }

  clientInformation(): OAuthClientInformationMixed | undefined {
    return this.#client;
  }

  saveClientInformation(information: OAuthClientInformationMixed): void {
    this.#client = information;
  }

  tokens(): OAuthTokens | undefined {
    return this.#tokens;
  }

  saveTokens(tokens: OAuthTokens): void {
    this.#tokens = tokens;
  }

  async redirectToAuthorization(url: URL): Promise<void> {
    // The approval page, not followed: its redirect to our callback is the answer.
    const response = await fetch(url, { redirect: "manual" });
    const location = response.headers.get("location");
    if (!location) throw new Error(`the authorization endpoint answered ${response.status} without a redirect`);
    this.callback = new URL(location, url).searchParams;
  }

  saveCodeVerifier(verifier: string): void {
    this.#verifier = verifier;
  }

  codeVerifier(): string {
    if (!this.#verifier) throw new Error("no PKCE code verifier: this authorization was not started here");
    return this.#verifier;
  }

  discoveryState(): OAuthDiscoveryState | undefined {
    return this.#discovery;
  }

  saveDiscoveryState(state: OAuthDiscoveryState): void {
    this.#discovery = state;
  }

  invalidateCredentials(scope: "all" | "client" | "tokens" | "verifier" | "discovery"): void {
    if (scope === "all" || scope === "discovery") this.#discovery = undefined;
    if (scope === "all" || scope === "client") this.#client = undefined;
    if (scope === "all" || scope === "tokens") this.#tokens = undefined;
    if (scope === "all" || scope === "verifier") this.#verifier = undefined;
  }
}
