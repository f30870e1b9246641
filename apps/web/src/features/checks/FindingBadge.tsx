import { Badge, Tooltip } from "@mantine/core";
import type { CheckFrame } from "@mcp-inspect/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { compareSeverity, severityColor, worstSeverity } from "./severity";

interface FindingBadgeProps {
  findings: readonly CheckFrame[];
  onClick: () => void;
}

/** A log row's findings at a glance: worst severity's colour, the count, the messages on hover. */
export function FindingBadge({ findings, onClick }: FindingBadgeProps) {
  const worst = worstSeverity(findings.map((f) => f.severity));
  const label = (
    <div>
      {[...findings].sort((a, b) => compareSeverity(a.severity, b.severity)).map((f) => (
        <div key={f.seq}>
          <b>{f.severity}</b> {f.message}
        </div>
      ))}
    </div>
  );
  return (
    <Tooltip label={label} multiline maw={420} withinPortal openDelay={150}>
      <Badge
        component="button"
        type="button"
        size="xs"
        variant="light"
        color={severityColor[worst]}
        leftSection={<IconAlertTriangle size={10} />}
        onClick={onClick}
        style={{ cursor: "pointer", flexShrink: 0 }}
        data-testid="finding-badge"
        data-severity={worst}
        aria-label={`${findings.length} check finding${findings.length === 1 ? "" : "s"}: show`}
      >
        {findings.length}
      </Badge>
    </Tooltip>
  );
}
