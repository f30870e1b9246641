import type { ReactNode } from "react";
import classes from "./SplitView.module.css";

/** A list column and a detail column, each scrolling on its own. */
export function SplitView({ list, detail, listWidth = 300 }: { list: ReactNode; detail: ReactNode; listWidth?: number }) {
  return (
    <div className={classes.root}>
      <div className={classes.list} style={{ width: listWidth }}>
        {list}
      </div>
      <div className={classes.detail}>{detail}</div>
    </div>
  );
}
