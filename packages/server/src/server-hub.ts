import { describeTarget, type LauncherInfo, type LiveServerInfo } from "@mcp-inspect/core";
import type { InspectSession } from "./session";

/**
 * What the UI may start: prepared by the command line (its target, the entries of its `--config`
 * file). A request names a launcher by id and nothing else, so no request can choose a command.
 */
export interface Launcher extends LauncherInfo {
  /** Builds the session of a new server (header, recording, target attached); the hub starts it. */
  create(server: { id: string; name: string }): InspectSession;
}

export interface LiveServer {
  id: string;
  name: string;
  launcher: string;
  session: InspectSession;
  /** A proxied session published live (`proxy-feed-route.ts`): read-only; nothing is ever sent to it. */
  feed?: { state: "live" | "ended"; client?: string; error?: string; close(): void };
}

/** The servers one inspector runs: one session, one log and one recording each. */
export class ServerHub {
  readonly #launchers: Map<string, Launcher>;
  readonly #servers = new Map<string, LiveServer>();
  readonly #closeListeners = new Set<(server: LiveServer) => void>();
  readonly #launchListeners = new Set<(server: LiveServer) => void>();
  #next = 1;

  constructor(launchers: readonly Launcher[] = []) {
    this.#launchers = new Map(launchers.map((launcher) => [launcher.id, launcher]));
  }

  /** A hub around one session already built, for callers (and tests) that inspect a single server. */
  static of(session: InspectSession, name = "server"): ServerHub {
    const hub = new ServerHub();
    hub.#add(session, name, "");
    return hub;
  }

  launchers(): LauncherInfo[] {
    return [...this.#launchers.values()].map(({ id, name, description, source }) => ({ id, name, description, source }));
  }

  servers(): LiveServer[] {
    return [...this.#servers.values()];
  }

  /** The server `id`, or the first one when no id is given (single-server clients don't name one). */
  get(id?: string): LiveServer | undefined {
    if (id === undefined) return this.#servers.values().next().value;
    return this.#servers.get(id);
  }

  /** Starts a new server from a launcher; undefined when no launcher has that id. */
  launch(launcherId: string): LiveServer | undefined {
    const launcher = this.#launchers.get(launcherId);
    if (!launcher) return undefined;
    const taken = this.servers().filter((s) => s.launcher === launcherId).length;
    const name = taken === 0 ? launcher.name : `${launcher.name} (${taken + 1})`;
    const id = `s${this.#next}`;
    const server = this.#add(launcher.create({ id, name }), name, launcherId);
    for (const listener of this.#launchListeners) listener(server);
    server.session.start();
    return server;
  }

  /**
   * Adds a proxied session someone else drives (its proxy publishes the frames): no launcher, read-only. The
   * returned server's `name` and `feed` change as the feed goes on (the client names itself, the proxy leaves).
   */
  addFeed(session: InspectSession, name: string, close: () => void): LiveServer {
    const server = this.#add(session, name, "");
    server.feed = { state: "live", close };
    return server;
  }

  /** Stops a server and closes its recording; false when there is no such server. */
  async close(id: string): Promise<boolean> {
    const server = this.#servers.get(id);
    if (!server) return false;
    this.#servers.delete(id);
    server.feed?.close();
    for (const listener of this.#closeListeners) listener(server);
    await server.session.stop();
    return true;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.servers().map((server) => this.close(server.id)));
  }

  onLaunch(listener: (server: LiveServer) => void): () => void {
    this.#launchListeners.add(listener);
    return () => this.#launchListeners.delete(listener);
  }

  onClose(listener: (server: LiveServer) => void): () => void {
    this.#closeListeners.add(listener);
    return () => this.#closeListeners.delete(listener);
  }

  info(server: LiveServer): LiveServerInfo {
    const { session } = server;
    const headers = session.headers();
    return {
      id: server.id,
      name: server.name,
      launcher: server.launcher,
      header: session.header,
      ...(session.sessionFile ? { sessionFile: session.sessionFile } : {}),
      ...(headers ? { headers } : {}),
      ...(server.feed ? { feed: feedInfo(server.feed) } : {}),
    };
  }

  #add(session: InspectSession, name: string, launcher: string): LiveServer {
    const server: LiveServer = { id: `s${this.#next++}`, name: name || describeTarget(session.header.target), launcher, session };
    this.#servers.set(server.id, server);
    return server;
  }
}

function feedInfo(feed: NonNullable<LiveServer["feed"]>): NonNullable<LiveServerInfo["feed"]> {
  return { state: feed.state, ...(feed.client ? { client: feed.client } : {}), ...(feed.error ? { error: feed.error } : {}) };
}
