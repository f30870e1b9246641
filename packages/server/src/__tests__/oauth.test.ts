import type { FastifyInstance } from "fastify";
import type { FrameInput } from "@mcp-inspect/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildServer } from "../build-server";
import { createOAuthClient, PendingAuthorizations } from "../oauth-client";

const TOKEN = "t".repeat(32);
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function client() {
  const frames: FrameInput[] = [];
  const pending = new PendingAuthorizations();
  const onAuthorized = vi.fn();
  const provider = createOAuthClient({
    redirectUrl: () => "http://127.0.0.1:6277/oauth/callback",
    pending,
    onAuthorized,
    serverUrl: new URL("http://127.0.0.1:9/mcp"),
    fetch: () => Promise.reject(new Error("no network in this test")),
    emit: (frame) => frames.push(frame),
  });
  const steps = () => frames.flatMap((f) => (f.kind === "http" && f.event === "auth" ? [[f.step, f.message]] : []));
  return { provider, pending, frames, steps, onAuthorized };
}

describe("the inspector's OAuth client", () => {
  it("registers as a public client with the inspector's callback, and tells each step without secrets", async () => {
    const { provider, steps, frames } = client();
    expect(provider.clientMetadata).toMatchObject({ redirect_uris: ["http://127.0.0.1:6277/oauth/callback"], token_endpoint_auth_method: "none", grant_types: ["authorization_code", "refresh_token"] });
    await provider.saveClientInformation!({ client_id: "abc" });
    await provider.saveTokens({ access_token: "ACCESS-1", token_type: "bearer", expires_in: 60, refresh_token: "REFRESH-1" });
    await provider.saveTokens({ access_token: "ACCESS-2", token_type: "bearer", expires_in: 60 });
    expect(steps()).toEqual([
      ["registered", "registered as client abc (dynamic client registration)"],
      ["authorized", "the code was exchanged (PKCE) for an access token · expires in 60 s · refresh token kept"],
      ["refreshed", "the access token was renewed with the refresh token · expires in 60 s · no refresh token"],
    ]);
    expect(JSON.stringify(frames)).not.toMatch(/ACCESS|REFRESH/);
    expect(await provider.tokens()).toMatchObject({ access_token: "ACCESS-2" });
  });

  it("waits for the callback by state, once; an unknown verifier is an error", async () => {
    const { provider, pending, steps } = client();
    expect(() => provider.codeVerifier()).toThrow(/no PKCE code verifier/);
    await provider.redirectToAuthorization(new URL("http://127.0.0.1:9/authorize?client_id=abc&state=S1&code_challenge=x"));
    expect(steps()).toEqual([["authorize", expect.stringContaining("approve mcp-inspect at http://127.0.0.1:9")]]);
    expect(pending.take("S2")).toBeUndefined();
    expect(pending.take("S1")).toBeDefined();
    expect(pending.take("S1")).toBeUndefined();
  });

  it("forgets what the SDK invalidates", async () => {
    const { provider } = client();
    await provider.saveClientInformation!({ client_id: "abc" });
    await provider.saveTokens({ access_token: "A", token_type: "bearer" });
    await provider.invalidateCredentials!("tokens");
    expect(await provider.tokens()).toBeUndefined();
    expect(await provider.clientInformation()).toEqual({ client_id: "abc" });
    await provider.invalidateCredentials!("all");
    expect(await provider.clientInformation()).toBeUndefined();
  });
});

describe("GET /oauth/callback", () => {
  async function serve() {
    const pending = new PendingAuthorizations();
    app = await buildServer({ token: TOKEN, authorizations: pending });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
    return { pending, host };
  }

  it("finishes only an authorization it is waiting for, without the inspector token", async () => {
    const { pending, host } = await serve();
    const finish = vi.fn(async () => {});
    const fail = vi.fn();
    pending.add("good-state", { finish, fail });
    const unknown = await app!.inject({ url: "/oauth/callback?code=c&state=other", headers: { host } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain("not waiting for this authorization");
    const ok = await app!.inject({ url: "/oauth/callback?code=the-code&state=good-state", headers: { host } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('data-testid="oauth-callback-result"');
    expect(finish).toHaveBeenCalledWith("the-code");
    // Single use: a replayed redirect does nothing.
    expect((await app!.inject({ url: "/oauth/callback?code=the-code&state=good-state", headers: { host } })).statusCode).toBe(400);
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it("says what the authorization server refused, and what a failed exchange said; escapes it", async () => {
    const { pending, host } = await serve();
    const fail = vi.fn();
    pending.add("s1", { finish: async () => {}, fail });
    const denied = await app!.inject({ url: "/oauth/callback?state=s1&error=access_denied&error_description=%3Cb%3Eno%3C%2Fb%3E", headers: { host } });
    expect(denied.statusCode).toBe(400);
    expect(fail).toHaveBeenCalledWith("access_denied: <b>no</b>");
    expect(denied.body).toContain("access_denied: &#60;b&#62;no&#60;/b&#62;");
    pending.add("s2", { finish: async () => Promise.reject(new Error("invalid_grant")), fail });
    const broken = await app!.inject({ url: "/oauth/callback?state=s2&code=c", headers: { host } });
    expect(broken.statusCode).toBe(502);
    expect(broken.body).toContain("invalid_grant");
  });

  it("still checks the Host header (DNS rebinding)", async () => {
    const { pending } = await serve();
    pending.add("s", { finish: async () => {}, fail: () => {} });
    expect((await app!.inject({ url: "/oauth/callback?code=c&state=s", headers: { host: "evil.example:80" } })).statusCode).toBe(403);
  });
});
