import { UnstyledButton } from "@mantine/core";
import type { CheckFrame, Frame, Pairing } from "@mcp-inspect/core";
import { memo } from "react";
import { FindingBadge } from "../checks/FindingBadge";
import { FrameFindings } from "../checks/FrameFindings";
import { formatDuration, formatSessionTime } from "../lib/format";
import { summarizeFrame } from "../lib/log-row-summary";
import { JsonBlock } from "./JsonBlock";
import classes from "./LogRow.module.css";

interface LogRowProps {
  frame: Frame;
  pairing: Pairing | undefined;
  /** The unsilenced findings about this frame; keep the same array while unchanged (the row is memoised). */
  findings: readonly CheckFrame[];
  expanded: boolean;
  /** Briefly true after "show frame" brought the user here. */
  highlighted: boolean;
  onToggle: (seq: number) => void;
  /** The findings badge: expands the row (never collapses it) so its findings show. */
  onExpand: (seq: number) => void;
}

/** time · arrow · method/label · id · duration · findings; expands to the findings and the full JSON. */
export const LogRow = memo(function LogRow({ frame, pairing, findings, expanded, highlighted, onToggle, onExpand }: LogRowProps) {
  const s = summarizeFrame(frame, pairing);
  const full = frame.kind === "message" ? frame.msg : frame;
  return (
    <div
      className={classes.row}
      data-tone={s.tone}
      data-kind={frame.kind}
      data-seq={frame.seq}
      data-highlighted={highlighted || undefined}
      data-testid="log-row"
    >
      <div className={classes.head}>
        <UnstyledButton className={classes.summary} onClick={() => onToggle(frame.seq)} aria-expanded={expanded}>
          <span className={classes.time}>{formatSessionTime(frame.t)}</span>
          <span className={classes.arrow} aria-label={s.arrow === "→" ? "client to server" : s.arrow === "←" ? "server to client" : undefined}>
            {s.arrow}
          </span>
          <span className={classes.label}>{s.label}</span>
          {s.id !== undefined && <span className={classes.id}>#{String(s.id)}</span>}
          {s.durationMs !== undefined && <span className={classes.duration}>{formatDuration(s.durationMs)}</span>}
        </UnstyledButton>
        {findings.length > 0 && (
          <span className={classes.badge}>
            <FindingBadge findings={findings} onClick={() => onExpand(frame.seq)} />
          </span>
        )}
      </div>
      {s.detail && !expanded && <div className={classes.detail}>{s.detail}</div>}
      {expanded && (
        <div className={classes.expanded}>
          {findings.length > 0 && <FrameFindings findings={findings} />}
          {frame.kind === "stdout-noise" ? (
            <>
              <div className={classes.reason}>{frame.reason}</div>
              <JsonBlock text={frame.text} maxHeight={300} />
            </>
          ) : (
            <JsonBlock value={full} maxHeight={480} />
          )}
        </div>
      )}
    </div>
  );
});
