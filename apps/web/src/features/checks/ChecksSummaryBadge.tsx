import { Badge, Tooltip } from "@mantine/core";
import { IconChecklist } from "@tabler/icons-react";
import { formatSummary } from "./check-summary";
import { useChecks } from "./useChecks";

/** The header's "2 errors · 3 warnings": opens the Checks tab. Hidden while there is nothing to say. */
export function ChecksSummaryBadge() {
  const { counts, setLogTab } = useChecks();
  const text = formatSummary(counts);
  if (!text) return null;
  const color = counts.error ? "red" : counts.warning ? "orange" : "blue";
  return (
    <Tooltip label="Protocol check findings: open the Checks tab">
      <Badge
        component="button"
        type="button"
        variant="light"
        color={color}
        tt="none"
        leftSection={<IconChecklist size={12} />}
        onClick={() => setLogTab("checks")}
        style={{ flexShrink: 0, cursor: "pointer" }}
        data-testid="checks-summary"
      >
        {text}
      </Badge>
    </Tooltip>
  );
}
