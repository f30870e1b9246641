import { Anchor, Button, CloseButton, Group, Text } from "@mantine/core";
import type { AppFrame, CheckFrame, Frame } from "@mcp-inspect/core";
import { IconEdit } from "@tabler/icons-react";
import { useState } from "react";
import { FrameFindings } from "../checks";
import { formatDuration, formatSessionTime } from "../../ui/format";
import { summarizeFrame } from "./log-row-summary";
import { CopyAction } from "./CopyAction";
import type { Exchange } from "./exchange-index";
import { JsonTree } from "./JsonTree";
import { formatPath, type PathSegment } from "./log-query";
import classes from "./LogDetail.module.css";
import { operationDurationMs } from "./multi-round";
import { requestEnvelope } from "./request-envelope";
import { RequestEnvelopeView } from "./RequestEnvelopeView";
import { isRpcFrame } from "./rpc-frame";

interface LogDetailProps {
  frame: Frame;
  exchange: Exchange | undefined;
  findings: readonly CheckFrame[];
  onSelect: (seq: number) => void;
  onClose: () => void;
  /** Set for client requests: opens the edit-and-resend editor. */
  onResend?: () => void;
}

/** The selected frame: its exchange (request, response, progress, cancel), findings, and a lazy JSON tree with copy buttons. */
export function LogDetail({ frame, exchange: x, findings, onSelect, onClose, onResend }: LogDetailProps) {
  const [node, setNode] = useState<{ frameSeq: number; path: PathSegment[]; value: unknown }>();
  const picked = node?.frameSeq === frame.seq ? node : undefined;
  const root: unknown = isRpcFrame(frame) ? frame.msg : frame;
  const envelope = frame.kind === "message" ? requestEnvelope(frame.msg) : undefined;
  const s = summarizeFrame(frame, x && { request: x.request, response: x.response, durationMs: x.durationMs });
  return (
    <div className={classes.root} data-testid="log-detail" data-seq={frame.seq}>
      <Group gap={6} className={classes.head} wrap="nowrap">
        <Text size="xs" fw={600} className="mono" truncate flex={1}>
          {/* Both numbers, named: the JSON-RPC id (the log rows' #) and the frame number (what `export --only` takes). */}
          {s.app ? s.app.dir : s.arrow} {s.label} {s.id !== undefined && `· id ${String(s.id)}`} · <span title="frame number: what mcp-inspect export --only takes" data-testid="detail-frame">frame #{frame.seq}</span> · {formatSessionTime(frame.t)}
          {frame.kind === "message" && frame.bytes !== undefined && ` · ${frame.bytes.toLocaleString()} B`}
        </Text>
        <CloseButton size="sm" aria-label="Close detail" onClick={onClose} />
      </Group>
      <Group gap={4} className={classes.actions}>
        <CopyAction label="Copy message" testId="copy-message" text={() => JSON.stringify(root, null, 2)} />
        <CopyAction label="Copy path" testId="copy-path" disabled={!picked} text={() => (picked ? formatPath(picked.path) : "")} />
        <CopyAction label="Copy value" testId="copy-value" disabled={!picked} text={() => (picked ? valueText(picked.value) : "")} />
        {onResend && (
          <Button size="compact-xs" variant="light" leftSection={<IconEdit size={12} />} onClick={onResend} data-testid="edit-resend">
            Edit &amp; resend
          </Button>
        )}
      </Group>
      {x && (
        <Group gap={8} className={classes.exchange} data-testid="exchange-links">
          <Related label={`request ${String(x.request.msg.method)}`} frame={x.request} current={frame} onSelect={onSelect} />
          {x.response ? (
            <Related label={`${"error" in x.response.msg ? "error" : "response"} in ${formatDuration(x.durationMs ?? 0)}`} frame={x.response} current={frame} onSelect={onSelect} />
          ) : (
            <Text size="xs" c="dimmed">no response yet</Text>
          )}
          {x.progress.length > 0 && (
            <Related label={`${x.progress.length} progress (last)`} frame={x.progress[x.progress.length - 1]!} current={frame} onSelect={onSelect} />
          )}
          {x.cancel && <Related label="cancelled" frame={x.cancel} current={frame} onSelect={onSelect} />}
        </Group>
      )}
      {frame.kind === "app" && <AppLine frame={frame} />}
      {x?.operation && <OperationLinks exchange={x} current={frame} onSelect={onSelect} />}
      <div className={classes.body}>
        {findings.length > 0 && <FrameFindings findings={findings} />}
        {frame.kind === "stdout-noise" && <Text size="xs" c="orange" mb={4}>{frame.reason}</Text>}
        {envelope && <RequestEnvelopeView envelope={envelope} />}
        <JsonTree key={frame.seq} value={root} selected={picked && formatPath(picked.path)} onSelect={(path, value) => setNode({ frameSeq: frame.seq, path, value })} />
      </div>
    </div>
  );
}

/** Which app a message belongs to: the instance (one rendering), the `ui://` resource, and the tool whose call it shows. */
function AppLine({ frame }: { frame: AppFrame }) {
  return (
    <Group gap={8} className={classes.exchange} data-testid="detail-app">
      <Text size="xs" fw={600}>MCP App {frame.dir === "app->host" ? "to the inspector (host)" : "from the inspector (host)"}:</Text>
      <Text size="xs" className="mono">instance {frame.app.instance}</Text>
      <Text size="xs" className="mono">{frame.app.uri}</Text>
      {frame.app.tool !== undefined && <Text size="xs" className="mono">tool {frame.app.tool}</Text>}
    </Group>
  );
}

/** The rounds of a multi-round-trip request (input_required, then retries with requestState), timed as a whole. */
function OperationLinks({ exchange, current, onSelect }: { exchange: Exchange; current: Frame; onSelect: (seq: number) => void }) {
  const operation = exchange.operation!;
  const total = operationDurationMs(operation);
  return (
    <Group gap={8} className={classes.exchange} data-testid="operation-links">
      <Text size="xs" fw={600}>
        one operation, {operation.rounds.length} rounds{total !== undefined && ` · ${formatDuration(total)} in all`}:
      </Text>
      {operation.rounds.map((round, i) => (
        <Related key={round.seq} label={`round ${i + 1}`} frame={round} current={current} onSelect={onSelect} />
      ))}
      {operation.final && <Related label="final answer" frame={operation.final} current={current} onSelect={onSelect} />}
    </Group>
  );
}

function Related({ label, frame, current, onSelect }: { label: string; frame: Frame; current: Frame; onSelect: (seq: number) => void }) {
  if (frame === current) return <Text size="xs" fw={600} className="mono">{label}</Text>;
  return (
    <Anchor component="button" type="button" size="xs" className="mono" onClick={() => onSelect(frame.seq)} data-testid="exchange-link">
      {label} ↗
    </Anchor>
  );
}

function valueText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}
