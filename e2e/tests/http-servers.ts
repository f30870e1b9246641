import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

const running: ChildProcess[] = [];

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * A loopback HTTP MCP server (`node <args>` with PORT set); resolves with its port once it says it
 * listens. Its stdin is ours, so it ends with the test run; `stopHttpServers()` ends it sooner.
 */
export async function startHttpServer(args: string[], env: Record<string, string> = {}): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["pipe", "pipe", "pipe"] });
  running.push(child);
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk;
      if (/listening on port|running on port/i.test(seen)) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited (${code}): ${seen}`)));
  });
  return port;
}

/** Kills every server `startHttpServer` started; for `afterEach`. */
export function stopHttpServers(): void {
  for (const child of running.splice(0)) child.kill("SIGKILL");
}
