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
 *
 * A free port can be taken between our probe and the server's bind (parallel workers, other
 * processes), so a start that fails with EADDRINUSE tries again on another port.
 */
export async function startHttpServer(args: string[], env: Record<string, string> = {}): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await startOn(port, args, env);
      return port;
    } catch (error) {
      if (attempt === 5 || !String(error).includes("EADDRINUSE")) throw error;
    }
  }
}

function startOn(port: number, args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["pipe", "pipe", "pipe"] });
  running.push(child);
  return new Promise<void>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${args.join(" ")} did not say it listens within 30 s: ${seen}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      seen += chunk;
      if (/listening on port|running on port/i.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited (${code}): ${seen}`));
    });
  });
}

/** Kills every server `startHttpServer` started; for `afterEach`. */
export function stopHttpServers(): void {
  for (const child of running.splice(0)) child.kill("SIGKILL");
}
