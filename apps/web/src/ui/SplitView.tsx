import type { ReactNode } from "react";
import { listKeyHandler } from "./list-keys";
import classes from "./SplitView.module.css";

/**
 * A list column and a detail column, each scrolling on its own. The list column answers the arrow keys
 * (see list-keys.ts); `onEscape` closes the detail.
 */
export function SplitView({ list, detail, listWidth = 300, onEscape }: { list: ReactNode; detail: ReactNode; listWidth?: number; onEscape?: () => void }) {
  return (
    <div className={classes.root}>
      <div className={classes.list} style={{ width: listWidth }} onKeyDown={listKeyHandler(onEscape)}>
        {list}
      </div>
      <div className={classes.detail}>{detail}</div>
    </div>
  );
}
