import { UnstyledButton } from "@mantine/core";
import type { Frame, Pairing } from "@mcp-inspect/core";
import { memo } from "react";
import { formatDuration, formatSessionTime } from "../lib/format";
import { summarizeFrame } from "../lib/log-row-summary";
import { JsonBlock } from "./JsonBlock";
import classes from "./LogRow.module.css";

interface LogRowProps {
  frame: Frame;
  pairing: Pairing | undefined;
  expanded: boolean;
  onToggle: (seq: number) => void;
}

/** time · arrow · method/label · id · duration; expands to the full JSON. */
export const LogRow = memo(function LogRow({ frame, pairing, expanded, onToggle }: LogRowProps) {
  const s = summarizeFrame(frame, pairing);
  const full = frame.kind === "message" ? frame.msg : frame;
  return (
    <div className={classes.row} data-tone={s.tone} data-kind={frame.kind} data-testid="log-row">
      <UnstyledButton className={classes.summary} onClick={() => onToggle(frame.seq)} aria-expanded={expanded}>
        <span className={classes.time}>{formatSessionTime(frame.t)}</span>
        <span className={classes.arrow} aria-label={s.arrow === "→" ? "client to server" : s.arrow === "←" ? "server to client" : undefined}>
          {s.arrow}
        </span>
        <span className={classes.label}>{s.label}</span>
        {s.id !== undefined && <span className={classes.id}>#{String(s.id)}</span>}
        {s.durationMs !== undefined && <span className={classes.duration}>{formatDuration(s.durationMs)}</span>}
      </UnstyledButton>
      {s.detail && !expanded && <div className={classes.detail}>{s.detail}</div>}
      {expanded && (
        <div className={classes.expanded}>
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
