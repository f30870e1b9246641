import type { Frame, StderrFrame } from "@mcp-inspect/core";
import { memo } from "react";
import { formatSessionTime } from "../../ui/format";
import { VirtualLogList } from "./VirtualLogList";
import classes from "./StderrLog.module.css";

/** The server's stderr, one line per row, with its time (virtualised: a chatty server may write 100,000 lines). */
export function StderrLog({ frames }: { frames: readonly Frame[] }) {
  return (
    <VirtualLogList
      rows={frames}
      renderRow={(frame) => <StderrLine frame={frame as StderrFrame} />}
      testId="stderr-log"
      label="Server stderr"
      emptyText="Nothing on stderr yet."
    />
  );
}

const StderrLine = memo(function StderrLine({ frame }: { frame: StderrFrame }) {
  return (
    <div className={classes.line} data-testid="stderr-line">
      <span className={classes.time}>{formatSessionTime(frame.t)}</span>
      <span className={classes.text}>{frame.text.length > 2000 ? `${frame.text.slice(0, 2000)}…` : frame.text}</span>
    </div>
  );
});
