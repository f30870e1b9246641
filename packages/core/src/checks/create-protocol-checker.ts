import type { Frame, HttpFrame, MessageFrame, StdoutNoiseFrame } from "../frame";
import { appFrameFindings } from "./apps-checks";
import { isObject, ProcessState } from "./checker-state";
import { finding, preview } from "./finding";
import { httpHeaderFindings } from "./http-header-checks";
import { once } from "./modern-request-checks";
import { unretriedFindings } from "./mrtr-checks";
import { exitFindings } from "./lifecycle-checks";
import { messageFindings, type CheckContext } from "./message-checks";
import { allowsBatches } from "./revisions";
import { SplitMessageDetector, unterminatedFindings } from "./stdio-framing-checks";
import type { Finding, ProtocolChecker, ProtocolCheckerOptions } from "./types";

/**
 * The protocol checker of one session: every frame in order, state per server process. Pure and
 * browser-safe; the JSON Schema rules run only when `options.validator` is given.
 */
export function createProtocolChecker(options: ProtocolCheckerOptions = {}): ProtocolChecker {
  const ctx: CheckContext = { state: new ProcessState(), slowResponseMs: options.slowResponseMs ?? 5000, validator: options.validator, http: { seen: false, sse: false } };
  const split = new SplitMessageDetector();
  let failed = false;

  function checkFrame(frame: Frame): Finding[] {
    const stdio = [...split.check(frame), ...unterminatedFindings(frame)];
    return stdio.length ? [...stdio, ...checkByKind(frame)] : checkByKind(frame);
  }

  function checkByKind(frame: Frame): Finding[] {
    switch (frame.kind) {
      case "message":
        if (frame.dir === "server->client") ctx.state.heardFromServer = true;
        return messageFindings(ctx, frame);
      case "stdout-noise":
        ctx.state.heardFromServer = true;
        return noiseFindings(ctx, frame);
      case "process":
        // A new process means new ids and a new handshake. The spawn event is asynchronous, so a
        // client may already have sent initialize to the new process: keep a state it alone filled.
        if (frame.event === "spawn" && ctx.state.heardFromServer) ctx.state = new ProcessState();
        if (frame.event === "exit") {
          const out = [...neverAnswered(ctx), ...exitFindings(ctx.state, frame.code, frame.signal, frame.stderrTail, frame.seq)];
          ctx.state = new ProcessState();
          return out;
        }
        return [];
      case "http":
        return httpFindings(ctx, frame);
      case "app":
        // The page's conversation with an MCP App: judged against what this server process listed.
        return appFrameFindings(ctx.state, frame);
      default:
        return [];
    }
  }

  return {
    check(frame) {
      try {
        return checkFrame(frame);
      } catch (error) {
        // The relay must never break because of a check: say it once, then stay quiet.
        if (failed) return [];
        failed = true;
        return [finding("internal/checker-error", `checking frame ${frame.seq} failed: ${(error as Error)?.message ?? String(error)} (further failures are not reported)`, { about: frame.seq })];
      }
    },
    finish() {
      try {
        return [...neverAnswered(ctx), ...unretriedFindings(ctx.state)];
      } catch (error) {
        return failed ? [] : [finding("internal/checker-error", `finishing failed: ${(error as Error)?.message ?? String(error)}`)];
      }
    },
  };
}

/** Client requests still open (and not cancelled): the server will not answer them any more. */
function neverAnswered(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const [key, open] of ctx.state.open) {
    if (open.frame.dir !== "client->server") continue;
    ctx.state.open.delete(key);
    // A legacy server need not answer the discover probe; a subscriptions/listen stream is open until it ends.
    if (open.cancelled || open.probe || open.method === "subscriptions/listen") continue;
    out.push(finding("timing/never-answered", `${open.method} (id ${preview(open.frame.msg.id)}) was never answered`, { about: open.frame.seq }));
  }
  return out;
}

/**
 * HTTP facts: a remote session (so HeaderMismatch can mean something), HTTP+SSE (deprecated, said once a session is
 * modern), and each POST's Mcp-* headers against the request in its body.
 */
function httpFindings(ctx: CheckContext, frame: HttpFrame): Finding[] {
  ctx.http.seen = true;
  // The HTTP+SSE transport opens with a GET stream before any POST; auto mode says when it falls back to it.
  if (frame.event === "fallback" || (frame.event === "response" && frame.method === "GET" && frame.stream && !ctx.state.heardFromServer)) ctx.http.sse = true;
  const out = httpHeaderFindings(ctx, frame);
  if (ctx.http.sse && ctx.state.modern) out.push(...once(ctx.state, "deprecated/http-sse", `the session runs ${ctx.state.version} over the HTTP+SSE transport`, frame.seq));
  return out;
}

function noiseFindings(ctx: CheckContext, frame: StdoutNoiseFrame): Finding[] {
  const about = frame.seq;
  if (frame.invalidUtf8) return [finding("stdio/invalid-utf8", `stdout line is not valid UTF-8: ${preview(frame.text, 120)}`, { about })];
  let value: unknown;
  try {
    value = JSON.parse(frame.text);
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) {
    const batch = finding("jsonrpc/batch", `server wrote a JSON-RPC batch of ${value.length} message${value.length === 1 ? "" : "s"} on one line; the relay and most clients drop it`, { about });
    // 2025-03-26 allowed batches: still worth a warning, since later revisions and most clients do not.
    return [allowsBatches(ctx.state.version) ? { ...batch, severity: "warning" } : batch];
  }
  if (isObject(value) && ("method" in value || "result" in value || "error" in value)) {
    // JSON-RPC with the wrong "jsonrpc": check it as the message it means to be, envelope aside.
    const meant: MessageFrame = { kind: "message", seq: frame.seq, t: frame.t, dir: "server->client", msg: value };
    return messageFindings(ctx, meant, false);
  }
  const advice = frame.reason.includes("stderr") ? "" : "; write logs to stderr";
  return [finding("stdio/stdout-noise", `stdout line ${preview(frame.text, 120)} is not a JSON-RPC message: ${frame.reason}${advice}`, { about })];
}
