import { randomBytes } from "node:crypto";
import type { OAuthClientInformationContext, OAuthClientInformationMixed, OAuthClientMetadata, OAuthClientProvider, OAuthDiscoveryState, OAuthTokens } from "@modelcontextprotocol/client";

/** Where the suite's authorization server sends the browser back; it never listens, the adapter reads the redirect. */
export const ADAPTER_REDIRECT_URL = "http://127.0.0.1:6274/oauth/callback";

/** Pre-registered credentials (the suite's `auth/pre-registration` context): no dynamic registration then. */
export interface PreRegistered {
  client_id: string;
  client_secret?: string;
}

/**
 * mcp-inspect's OAuth 2.1 client (packages/server's oauth-client: the same public-client metadata, everything in
 * memory) on the v2 SDK, with the person's approval made headless: the suite's
 * authorization server approves at once, so "opening the browser" is one GET whose redirect carries the code.
 * Registrations and tokens are kept per authorization server (its issuer): a client id is only valid where it was
 * issued, so a resource that moves to another server gets a fresh registration (SEP-2352). Unlike the UI's client it
 * keeps discovery state only for one authorization: a later 401 re-reads the resource's metadata.
 */
export class AdapterOAuthProvider implements OAuthClientProvider {
  readonly #clients = new Map<string, OAuthClientInformationMixed>();
  readonly #tokens = new Map<string, OAuthTokens>();
  /** The last tokens saved: what a request carries (the SDK asks without an issuer then). */
  #current: OAuthTokens | undefined;
  /** Credentials given, not registered: valid at whichever server the resource names. */
  /** From the redirect to the code exchange only, so the callback is checked against the server that was asked. */
  #discovery: OAuthDiscoveryState | undefined;
  readonly #preRegistered: OAuthClientInformationMixed | undefined;
  #verifier: string | undefined;
  /** The redirect's query (code, state, iss) once the authorization server approved; `finishAuth` takes it. */
  callback: URLSearchParams | undefined;

  constructor(preRegistered?: PreRegistered) {
    this.#preRegistered = preRegistered ? { ...preRegistered, redirect_uris: [ADAPTER_REDIRECT_URL] } : undefined;
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
      token_endpoint_auth_method: this.#preRegistered?.client_secret ? "client_secret_basic" : "none",
    };
  }

  state(): string {
    return randomBytes(24).toString("base64url");
  }

  clientInformation(ctx?: OAuthClientInformationContext): OAuthClientInformationMixed | undefined {
    return this.#clients.get(ctx?.issuer ?? "") ?? this.#preRegistered;
  }

  saveClientInformation(information: OAuthClientInformationMixed, ctx?: OAuthClientInformationContext): void {
    this.#clients.set(ctx?.issuer ?? "", information);
  }

  tokens(ctx?: OAuthClientInformationContext): OAuthTokens | undefined {
    return ctx ? this.#tokens.get(ctx.issuer) : this.#current;
  }

  saveTokens(tokens: OAuthTokens, ctx?: OAuthClientInformationContext): void {
    this.#tokens.set(ctx?.issuer ?? "", tokens);
    this.#current = tokens;
    // Done with it: the next 401 reads the resource's metadata again, which is how a move to another server is seen.
    this.#discovery = undefined;
  }

  discoveryState(): OAuthDiscoveryState | undefined {
    return this.#discovery;
  }

  saveDiscoveryState(state: OAuthDiscoveryState): void {
    this.#discovery = state;
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

  invalidateCredentials(scope: "all" | "client" | "tokens" | "verifier" | "discovery"): void {
    if (scope === "all" || scope === "discovery") this.#discovery = undefined;
    if (scope === "all" || scope === "client") this.#clients.clear();
    if (scope === "all" || scope === "tokens") {
      this.#tokens.clear();
      this.#current = undefined;
    }
    if (scope === "all" || scope === "verifier") this.#verifier = undefined;
  }
}
