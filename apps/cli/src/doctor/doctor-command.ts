import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, droppedAnswerTo, eraOf, maskUrl, type Frame, type ProtocolMode, type SessionHeader } from "@mcp-inspect/core";
import type { Finding } from "@mcp-inspect/core/checks";
import { InspectSession, SessionTransport, createSessionRecorder, createStdioTarget } from "@mcp-inspect/server";
import { Client, type Implementation, type Transport } from "@modelcontextprotocol/client";
import { loadProtocolChecks } from "./doctor-checker";
import { probeServer, type Inventory } from "./doctor-probe";
import { doctorExitCode, type DoctorResult, type DoctorStep } from "./doctor-result";
import { formatDoctorReport } from "./doctor-report";
import { DOCTOR_RULES, FALLBACK_RULES } from "./doctor-rules";
import { diagnoseStart } from "./doctor-start";
import { describeWhere } from "./doctor-where";
import { applyConfigFile, type ConfigurableFlags } from "../config/config-file-flags";
import { envFromFlags, recordModeFrom, remoteFromFlags, resolveCwd, type RemoteFlags } from "../target/inspect-options";
import { toJUnitXml } from "./junit-report";
import { attachRemote, remoteSessionTarget } from "../target/remote-target";
import { UsageError } from "../common/usage-error";
import { VERSION } from "../common/version";
import { targetEnv } from "../target/target-env";
import { printOut, terminalJson } from "../common/terminal-text";
import { sdkClientOptions } from "../target/sdk-client-options";
import { InPlaceStdioTransport, describeRefusedPin, isRefusedPin, probeEra, type ConnectTarget } from "../target/connect-client";
import { connectRemote, remoteSessionTransport } from "../target/remote-connect";
import { doctorRule } from "./doctor-rules";

export interface DoctorFlags extends RemoteFlags, Pick<ConfigurableFlags, "config" | "server"> {
  json?: boolean;
  junit?: string;
  callTools?: boolean;
  env: string[];
  cwd?: string;
  timeout: number;
  record?: string;
  append?: boolean;
  force?: boolean;
  slow?: number;
  /** `--protocol`: auto (server/discover, falling back to initialize) or a revision. */
  protocol?: ProtocolMode;
}

/**
 * `mcp-inspect doctor [flags] [--] <command> [args...]`: starts the server, drives an SDK client
 * through an InspectSession (so every frame is recorded and checked as in the UI), walks what it
 * declares and reports what is wrong. Exit 0 no errors, 1 errors, 2 could not run.
 */
export async function runDoctor(commandLine: string[], flags: DoctorFlags): Promise<number> {
  ({ commandLine, flags } = applyConfigFile(commandLine, flags));
  const remote = remoteFromFlags(flags, commandLine);
  const [command, ...args] = commandLine;
  if (!command && !remote) throw new UsageError("doctor needs the server to run: mcp-inspect doctor -- node server.js (or --url <url>, or --config <file>)");
  const recordMode = recordModeFrom(flags);
  const started = Date.now();
  const extraEnv = envFromFlags(flags.env);
  const protocol = flags.protocol ?? "auto";
  const stdio = { command: command!, args, cwd: resolveCwd(flags.cwd), env: targetEnv(extraEnv) };
  // Unrecorded connections: the era probe, and asking what a server offers when a pinned revision is refused.
  const cleanups: (() => Promise<void>)[] = [];
  const aside: ConnectTarget = {
    info: { name: "mcp-inspect-doctor", version: VERSION },
    options: { capabilities: {} },
    protocol,
    timeoutMs: flags.timeout,
    transport: async (): Promise<Transport> => {
      if (!remote) return new InPlaceStdioTransport({ ...stdio, stderr: "ignore" });
      const connected = await connectRemote(remote, flags.timeout, String);
      cleanups.push(connected.disconnect);
      return connected.transport;
    },
  };
  // With auto the era is learned on a throwaway connection, so the recorded session opens the right way at once: a
  // 2025-era server's session is what it always was (no probe in it to judge), and a stdio server that dies on
  // server/discover is not judged by that death (the SDK itself probes stdio servers on a sibling process).
  const verdict = protocol === "auto" ? await probeEra(aside) : undefined;
  const header: SessionHeader = {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    id: randomUUID(),
    target: remote ? remoteSessionTarget(remote) : { type: "stdio", command: command!, args, cwd: resolveCwd(flags.cwd), envKeys: Object.keys(extraEnv) },
    inspector: { name: "mcp-inspect", version: VERSION },
    startedAt: new Date().toISOString(),
    ...(protocol === "auto" ? {} : { protocol }),
  };
  const { checker, rules } = loadProtocolChecks(flags.slow);
  const recorder = flags.record ? createSessionRecorder(flags.record, header, recordMode) : undefined;
  // The report reads the whole history: keep all of it in memory (a doctor run is short).
  const session = new InspectSession({ header, recorder, initTimeoutMs: flags.timeout, checker, memoryLimitBytes: Infinity });
  if (remote) attachRemote(session, remote);
  else session.attach((emit) => createStdioTarget(stdio, emit));
  session.start();
  // The checker scopes request ids per process: initialize must come after the spawn frame.
  await processStarted(session);

  const client = new Client(aside.info, sdkClientOptions({ capabilities: {} }, verdict?.negotiation ?? protocol));
  const steps: DoctorStep[] = [];
  const own: Finding[] = [];
  let initError: Error | undefined;
  let refused: string | undefined;
  let connected: { info: Implementation | undefined; version: string | undefined; capabilities: Record<string, unknown> } | undefined;
  let inventory: Inventory = { tools: [], resources: [], resourceTemplates: [], prompts: [] };
  try {
    // The session's transport is typed against the 1.x SDK the backend uses; the messages are the same JSON-RPC.
    const transport = remote ? await remoteSessionTransport(session) : (new SessionTransport(session) as unknown as Transport);
    await client.connect(transport, { timeout: flags.timeout });
    // Read now: closing the v2 client clears what it negotiated.
    connected = { info: client.getServerVersion(), version: client.getNegotiatedProtocolVersion(), capabilities: client.getServerCapabilities() ?? {} };
    const info = connected.info;
    steps.push({ name: opening(client), ok: true, detail: `${info?.name ?? "(no serverInfo)"} ${info?.version ?? ""}, protocol ${client.getNegotiatedProtocolVersion()}` });
    if (verdict?.diedOnProbe && !remote) {
      const r = doctorRule("start/exits-on-discover");
      own.push({ rule: r.id, severity: r.severity, message: "the server exited when it was sent server/discover before initialize (it was started again and opened with initialize)", hint: r.hint });
    }
    const droppedAnswer = (method: string) => droppedAnswerTo(session.history(), method);
    inventory = await probeServer(client, { callTools: flags.callTools === true, timeoutMs: flags.timeout, droppedAnswer }, steps, own);
  } catch (error) {
    initError = error as Error;
    if (isRefusedPin(error, protocol)) {
      // Not a broken start: the server speaks, just not the revision asked for. Say what it offers instead.
      refused = await describeRefusedPin(aside);
      const r = doctorRule("start/protocol-not-offered");
      own.push({ rule: r.id, severity: r.severity, message: refused, hint: r.hint });
      steps.push({ name: eraOf(protocol) === "modern" ? "server/discover" : "initialize", ok: false, detail: refused });
    } else {
      const dropped = droppedAnswerTo(session.history(), "initialize");
      steps.push({ name: "initialize", ok: false, detail: dropped ? `answered, but with a message clients drop: ${dropped.problem}` : initError.message });
    }
  }
  await Promise.all(cleanups.map((c) => c()));
  // What happened before we stop the server is the diagnosis; its exit on our SIGTERM is not.
  const beforeStop = [...session.history()];
  await client.close().catch(() => {});
  await session.stop();
  const frames = session.history();

  const checkFindings: Finding[] = frames.flatMap((f) => (f.kind === "check" ? [{ rule: f.rule, severity: f.severity, message: f.message, hint: f.hint, ...(f.about === undefined ? {} : { about: f.about }), ...(f.path === undefined ? {} : { path: f.path }) }] : []));
  // The checker and the start diagnosis can see the same thing (stdout noise, an early exit): once.
  const fallback = diagnoseStart(beforeStop, refused ? undefined : initError, flags.timeout).filter((f) => !checkFindings.some((c) => c.rule === f.rule && (c.about === f.about || f.rule.startsWith("lifecycle/"))));
  // A ping answered with an error is the checker's lifecycle/ping-error (a MUST): no second, milder finding.
  const ownShown = own.filter((f) => !(f.rule === "doctor/ping-failed" && checkFindings.some((c) => c.rule === "lifecycle/ping-error")));
  const findings = [...fallback, ...ownShown, ...checkFindings].map((f) => ({ ...f, where: describeWhere(f, frames) }));
  const serverInfo = connected?.info;
  const negotiated = connected?.version;
  const result: DoctorResult = {
    command: remote ? [maskUrl(remote.url)] : commandLine,
    initialized: initError === undefined,
    ...(initError === undefined && negotiated
      ? {
          server: {
            // serverInfo is required by initialize, only a SHOULD in server/discover's _meta.
            name: serverInfo?.name ?? "(no serverInfo)",
            version: serverInfo?.version ?? "",
            ...(serverInfo?.title ? { title: serverInfo.title } : {}),
            protocolVersion: negotiated,
            era: eraOf(negotiated),
            capabilities: connected!.capabilities,
          },
        }
      : {}),
    counts: { tools: inventory.tools.length, resources: inventory.resources.length, resourceTemplates: inventory.resourceTemplates.length, prompts: inventory.prompts.length, frames: frames.length },
    steps,
    findings,
    rulesChecked: [...new Set([...rules.map((r) => r.id), ...FALLBACK_RULES.map((r) => r.id), ...DOCTOR_RULES.map((r) => r.id)])],
    stderrTail: frames.flatMap((f) => (f.kind === "stderr" ? [f.text] : [])).slice(-20),
    ...(recorder ? { sessionFile: recorder.path } : {}),
  };

  const exitCode = doctorExitCode(result);
  if (flags.junit) writeFileSync(flags.junit, toJUnitXml({ suite: "mcp-inspect doctor", rules: result.rulesChecked, findings, timeSeconds: (Date.now() - started) / 1000 }));
  if (flags.json) printOut(terminalJson({ ...result, exitCode }) + "\n");
  else printOut(formatDoctorReport(result));
  return exitCode;
}

function processStarted(session: InspectSession): Promise<void> {
  const started = (f: Frame) => f.kind === "process" && (f.event === "spawn" || f.event === "error" || f.event === "exit");
  if (session.history().some(started)) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = session.subscribe((f) => {
      if (!started(f)) return;
      unsubscribe();
      resolve();
    });
  });
}

/** The request that opened the connection: server/discover in the 2026 era, initialize before it. */
function opening(client: Client): string {
  return client.getProtocolEra() === "modern" ? "server/discover" : "initialize";
}
