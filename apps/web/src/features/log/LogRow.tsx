import { UnstyledButton } from "@mantine/core";
import type { CheckFrame, Frame } from "@mcp-inspect/core";
import { memo } from "react";
import { FindingBadge } from "../checks";
import { FrameFindings } from "../checks";
import { formatDuration, formatSessionTime } from "../../ui/format";
import { isFailedResponse, summarizeFrame } from "./log-row-summary";
import type { Exchange } from "./exchange-index";
import { itemOfRequest } from "./focus-target";
import classes from "./LogRow.module.css";

interface LogRowProps {
  frame: Frame;
  /** The request/response/progress/cancel group this frame belongs to (a new object when it changes). */
  exchange: Exchange | undefined;
  /** For the exit of a process a restart replaced: why ("change in src/x.ts"); the row is then neutral. */
  plannedRestart?: string | undefined;
  /** The unsilenced findings about this frame; keep the same array while unchanged (the row is memoised). */
  findings: readonly CheckFrame[];
  /** Shows the findings under the row. */
  expanded: boolean;
  /** Its JSON is in the detail pane. */
  selected: boolean;
  /** Briefly true after "show frame" brought the user here. */
  highlighted: boolean;
  onSelect: (seq: number) => void;
  /** The findings badge: expands the row (never collapses it) so its findings show. */
  onExpand: (seq: number) => void;
  /** The tool / resource / prompt link: opens that item on its main tab. */
  onOpenItem: (seq: number, request: Frame) => void;
}

const AT_THE_PIPE =
  "At the server's pipe: from the request leaving the inspector's backend to the answer reaching it. The result card's round trip in the browser adds the relay.";
const AT_THE_BACKEND =
  "Between an MCP App and the page as its host: from the request to the answer, as the page relayed each to the inspector's backend.";

/** time · arrow · method/label · id · duration · progress/cancel · item link · findings; the findings below when expanded. */
export const LogRow = memo(function LogRow(props: LogRowProps) {
  const { frame, exchange: x, plannedRestart, findings, expanded, selected, highlighted, onSelect, onExpand, onOpenItem } = props;
  const s = summarizeFrame(frame, x && { request: x.request, response: x.response, durationMs: x.durationMs }, plannedRestart);
  const isRequestRow = x?.request === frame;
  // An isError tool result fails the call as surely as a JSON-RPC error does.
  const failed = isRequestRow && x.response !== undefined && isFailedResponse(x.response.msg);
  // An app's tools/call is the host's business (it proxies the call, which then has a row of its own): no tool link.
  const item = x?.request.kind === "message" ? itemOfRequest(x.request.msg.method, x.request.msg.params) : undefined;
  return (
    <div
      className={classes.row}
      data-tone={failed ? "error" : s.tone}
      data-kind={frame.kind}
      data-seq={frame.seq}
      data-selected={selected || undefined}
      data-highlighted={highlighted || undefined}
      data-testid="log-row"
    >
      <div className={classes.head}>
        <UnstyledButton className={classes.summary} onClick={() => onSelect(frame.seq)} aria-expanded={selected}>
          <span className={classes.time}>{formatSessionTime(frame.t)}</span>
          {s.app ? (
            <span className={classes.app} title={`MCP App ${s.app.ref}`} aria-label={s.app.dir.replace("→", "to")} data-testid="row-app">
              {s.app.dir}
            </span>
          ) : (
            <span className={classes.arrow} aria-label={s.arrow === "→" ? "client to server" : s.arrow === "←" ? "server to client" : undefined}>
              {s.arrow}
            </span>
          )}
          <span className={classes.label}>{s.label}</span>
          {s.id !== undefined && <span className={classes.id} title={`JSON-RPC id ${String(s.id)} · frame #${frame.seq} (export --only takes frame numbers)`}>#{String(s.id)}</span>}
          {isRequestRow && x.progress.length > 0 && <span className={classes.tag} data-testid="row-progress">{x.progress.length} progress</span>}
          {isRequestRow && x.cancel && <span className={classes.tag} data-testid="row-cancelled">cancelled</span>}
          {s.durationMs !== undefined && (
            <span className={classes.duration} title={s.app ? AT_THE_BACKEND : AT_THE_PIPE} data-testid="row-duration">
              {formatDuration(s.durationMs)}
            </span>
          )}
        </UnstyledButton>
        {item && (
          <UnstyledButton className={classes.item} onClick={() => onOpenItem(frame.seq, x!.request)} data-testid="open-item" aria-label={`open ${item.tab.slice(0, -1)} ${item.name}`}>
            {item.name} ↗
          </UnstyledButton>
        )}
        {findings.length > 0 && (
          <span className={classes.badge}>
            <FindingBadge findings={findings} onClick={() => onExpand(frame.seq)} />
          </span>
        )}
      </div>
      {s.detail && <div className={classes.detail}>{s.detail.length > 300 ? `${s.detail.slice(0, 300)}…` : s.detail}</div>}
      {expanded && findings.length > 0 && (
        <div className={classes.expanded}>
          <FrameFindings findings={findings} />
        </div>
      )}
    </div>
  );
});
