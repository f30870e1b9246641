import { Badge, Code } from "@mantine/core";
import type { CheckFrame } from "@mcp-inspect/core";
import { compareSeverity, severityColor } from "./severity";
import classes from "./FrameFindings.module.css";

/** The findings about one frame, listed in its expanded log row above its JSON. */
export function FrameFindings({ findings }: { findings: readonly CheckFrame[] }) {
  const sorted = [...findings].sort((a, b) => compareSeverity(a.severity, b.severity));
  return (
    <ul className={classes.list} data-testid="frame-findings">
      {sorted.map((f) => (
        <li key={f.seq} className={classes.item} data-rule={f.rule}>
          <div className={classes.head}>
            <Badge size="xs" variant="light" color={severityColor[f.severity]} style={{ flexShrink: 0 }}>
              {f.severity}
            </Badge>
            <span className={classes.message}>{f.message}</span>
          </div>
          <div className={classes.hint}>{f.hint}</div>
          <div className={classes.meta}>
            <Code className={classes.code}>{f.rule}</Code>
            {f.path && <Code className={classes.code}>{f.path}</Code>}
          </div>
        </li>
      ))}
    </ul>
  );
}
