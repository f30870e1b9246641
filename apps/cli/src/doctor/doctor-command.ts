import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, droppedAnswerTo, maskUrl, type Frame, type SessionHeader } from "@mcp-inspect/core";
import type { Finding } from "@mcp-inspect/core/checks";
import { InspectSession, SessionTransport, createSessionRecorder, createStdioTarget } from "@mcp-inspect/server";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
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
  const header: SessionHeader = {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    id: randomUUID(),
    target: remote ? remoteSessionTarget(remote) : { type: "stdio", command: command!, args, cwd: resolveCwd(flags.cwd), envKeys: Object.keys(extraEnv) },
    inspector: { name: "mcp-inspect", version: VERSION },
    startedAt: new Date().toISOString(),
  };
  const { checker, rules } = loadProtocolChecks(flags.slow);
  const recorder = flags.record ? createSessionRecorder(flags.record, header, recordMode) : undefined;
  // The report reads the whole history: keep all of it in memory (a doctor run is short).
  const session = new InspectSession({ header, recorder, initTimeoutMs: flags.timeout, checker, memoryLimitBytes: Infinity });
  if (remote) attachRemote(session, remote);
  else session.attach((emit) => createStdioTarget({ command: command!, args, cwd: resolveCwd(flags.cwd), env: targetEnv(extraEnv) }, emit));
  session.start();
  // The checker scopes request ids per process: initialize must come after the spawn frame.
  await processStarted(session);

  const client = new Client({ name: "mcp-inspect-doctor", version: VERSION }, sdkClientOptions({ capabilities: {} }));
  const steps: DoctorStep[] = [];
  const own: Finding[] = [];
  let initError: Error | undefined;
  let inventory: Inventory = { tools: [], resources: [], resourceTemplates: [], prompts: [] };
  try {
    await client.connect(new SessionTransport(session), { timeout: flags.timeout });
    const info = client.getServerVersion();
    steps.push({ name: "initialize", ok: true, detail: `${info?.name} ${info?.version}, protocol ${protocolVersion(session.history())}` });
    const droppedAnswer = (method: string) => droppedAnswerTo(session.history(), method);
    inventory = await probeServer(client, { callTools: flags.callTools === true, timeoutMs: flags.timeout, droppedAnswer }, steps, own);
  } catch (error) {
    initError = error as Error;
    const dropped = droppedAnswerTo(session.history(), "initialize");
    steps.push({ name: "initialize", ok: false, detail: dropped ? `answered, but with a message clients drop: ${dropped.problem}` : initError.message });
  }
  // What happened before we stop the server is the diagnosis; its exit on our SIGTERM is not.
  const beforeStop = [...session.history()];
  await client.close().catch(() => {});
  await session.stop();
  const frames = session.history();

  const checkFindings: Finding[] = frames.flatMap((f) => (f.kind === "check" ? [{ rule: f.rule, severity: f.severity, message: f.message, hint: f.hint, ...(f.about === undefined ? {} : { about: f.about }), ...(f.path === undefined ? {} : { path: f.path }) }] : []));
  // The checker and the start diagnosis can see the same thing (stdout noise, an early exit): once.
  const fallback = diagnoseStart(beforeStop, initError, flags.timeout).filter((f) => !checkFindings.some((c) => c.rule === f.rule && (c.about === f.about || f.rule.startsWith("lifecycle/"))));
  // A ping answered with an error is the checker's lifecycle/ping-error (a MUST): no second, milder finding.
  const ownShown = own.filter((f) => !(f.rule === "doctor/ping-failed" && checkFindings.some((c) => c.rule === "lifecycle/ping-error")));
  const findings = [...fallback, ...ownShown, ...checkFindings].map((f) => ({ ...f, where: describeWhere(f, frames) }));
  const serverInfo = client.getServerVersion();
  const result: DoctorResult = {
    command: remote ? [maskUrl(remote.url)] : commandLine,
    initialized: initError === undefined,
    ...(initError === undefined && serverInfo
      ? { server: { name: serverInfo.name, version: serverInfo.version, ...(serverInfo.title ? { title: serverInfo.title } : {}), protocolVersion: protocolVersion(frames), capabilities: client.getServerCapabilities() ?? {} } }
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

function protocolVersion(frames: readonly Frame[]): string {
  for (const f of frames) {
    const version = f.kind === "message" && f.dir === "server->client" ? (f.msg.result as { protocolVersion?: unknown } | undefined)?.protocolVersion : undefined;
    if (typeof version === "string") return version;
  }
  return "?";
}
