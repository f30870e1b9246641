import type { Client, McpSubscription, SubscriptionFilter } from "@modelcontextprotocol/client";

/**
 * The session's one `subscriptions/listen` stream (2026-07-28), which replaced `resources/subscribe` and the GET
 * stream: list changes the server can announce, plus the resources the person subscribed to. A stream's filter is
 * fixed, so a new set of resources opens a new stream first and then closes the old one (no gap in between).
 */
export class ListenStream {
  readonly #client: Client;
  readonly #lists: SubscriptionFilter;
  readonly #onChange: () => void;
  #current: McpSubscription | undefined;
  #uris: readonly string[] = [];
  #honored: SubscriptionFilter | undefined;
  #error: unknown;

  constructor(client: Client, serverCapabilities: Record<string, unknown>, onChange: () => void) {
    this.#client = client;
    this.#onChange = onChange;
    const listed = (name: string) => (serverCapabilities[name] as { listChanged?: boolean } | undefined)?.listChanged === true;
    this.#lists = {
      ...(listed("tools") ? { toolsListChanged: true } : {}),
      ...(listed("prompts") ? { promptsListChanged: true } : {}),
      ...(listed("resources") ? { resourcesListChanged: true } : {}),
    };
  }

  /** Resource URIs the open stream carries updates for. */
  get uris(): readonly string[] {
    return this.#uris;
  }

  /** What the server's acknowledgement said it will send on the open stream. */
  get honored(): SubscriptionFilter | undefined {
    return this.#honored;
  }

  get error(): unknown {
    return this.#error;
  }

  /** Opens the stream for the list changes and `uris`; resolves when the server acknowledged it. */
  async open(uris: readonly string[]): Promise<void> {
    const filter: SubscriptionFilter = { ...this.#lists, ...(uris.length > 0 ? { resourceSubscriptions: [...uris] } : {}) };
    if (Object.keys(filter).length === 0) return;
    try {
      const next = await this.#client.listen(filter);
      const previous = this.#current;
      this.#current = next;
      this.#uris = uris;
      this.#honored = next.honoredFilter;
      this.#error = undefined;
      // Not awaited: closing cancels the old stream, and a server need not answer that before the new one serves.
      void previous?.close().catch(() => {});
    } catch (error) {
      this.#error = error;
      throw error;
    } finally {
      this.#onChange();
    }
  }

  async close(): Promise<void> {
    const current = this.#current;
    this.#current = undefined;
    await current?.close().catch(() => {});
  }
}
