// Authorizations waiting for /oauth/callback: what the inspector creates at start. No SDK import here, so the start
// path does not load the SDK's OAuth code (and its zod schemas) before a remote server needs it.

/** What the callback route can do with an authorization it was waiting for. */
export interface PendingAuthorization {
  /** Exchanges the code (with the PKCE verifier) for tokens, then reconnects. Rejects with why not. */
  finish(code: string): Promise<void>;
  /** The authorization server said no (`error=access_denied`, ...). */
  fail(reason: string): void;
}

/**
 * Authorizations waiting for the browser to come back to `/oauth/callback`, by their `state`. The
 * state is random and single-use: the callback needs no inspector token, and without a state it is
 * waiting for, it can do nothing.
 */
export class PendingAuthorizations {
  readonly #pending = new Map<string, PendingAuthorization>();

  add(state: string, authorization: PendingAuthorization): void {
    this.#pending.set(state, authorization);
  }

  take(state: string): PendingAuthorization | undefined {
    const authorization = this.#pending.get(state);
    this.#pending.delete(state);
    return authorization;
  }
}
