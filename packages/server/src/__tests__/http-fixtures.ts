import { spawn, type ChildProcess } from "node:child_process";
import { createServer as createNetServer, type Server } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const everything = join(fileURLToPath(new URL(".", import.meta.url)), "../../../../node_modules/@modelcontextprotocol/server-everything/dist/index.js");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Listens on a port the kernel picks (no probe-then-bind race) and resolves with it. */
export function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
  });
}

/**
 * server-everything over HTTP on a free loopback port; resolves once it listens. The port can be
 * taken between the probe and the server's bind (tests run in parallel), so EADDRINUSE tries again.
 */
export async function startEverything(mode: "streamableHttp" | "sse"): Promise<{ base: string; stop: () => Promise<void> }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await startEverythingOn(port, mode);
    } catch (error) {
      if (attempt === 5 || !String(error).includes("EADDRINUSE")) throw error;
    }
  }
}

async function startEverythingOn(port: number, mode: "streamableHttp" | "sse"): Promise<{ base: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [everything, mode], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server-everything ${mode} did not start: ${seen}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (/listening on port|running on port/i.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server-everything ${mode} exited with ${code}: ${seen}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}
