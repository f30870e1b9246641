import { UnstyledButton } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./ListEntry.module.css";

/** One selectable entry of a list column: a real button whose accessible name starts with its first text. */
export function ListEntry({ selected, onClick, children, testId }: { selected: boolean; onClick: () => void; children: ReactNode; testId?: string }) {
  return (
    <UnstyledButton className={classes.entry} data-selected={selected || undefined} aria-current={selected || undefined} onClick={onClick} data-testid={testId} data-list-entry>
      {children}
    </UnstyledButton>
  );
}
