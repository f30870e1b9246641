import { Text } from "@mantine/core";
import type { Frame, StderrFrame } from "@mcp-inspect/core";
import { memo } from "react";
import { useStickToBottom } from "../hooks/useStickToBottom";
import { formatSessionTime } from "../lib/format";
import classes from "./StderrLog.module.css";

/** The server's stderr, one line per row, with its time. */
export function StderrLog({ frames }: { frames: readonly Frame[] }) {
  const { ref, onScroll } = useStickToBottom<HTMLDivElement>(frames.length);
  return (
    <div ref={ref} onScroll={onScroll} className={classes.scroller} data-testid="stderr-log" tabIndex={0} aria-label="Server stderr">
      {frames.length === 0 && (
        <Text size="xs" c="dimmed" p="sm">
          Nothing on stderr yet.
        </Text>
      )}
      {frames.map((frame) => (
        <StderrLine key={frame.seq} frame={frame as StderrFrame} />
      ))}
    </div>
  );
}

const StderrLine = memo(function StderrLine({ frame }: { frame: StderrFrame }) {
  return (
    <div className={classes.line} data-testid="stderr-line">
      <span className={classes.time}>{formatSessionTime(frame.t)}</span>
      <span className={classes.text}>{frame.text}</span>
    </div>
  );
});
