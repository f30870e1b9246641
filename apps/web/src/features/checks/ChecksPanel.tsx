import { Chip, Group, Text } from "@mantine/core";
import type { CheckFrame, Severity } from "@mcp-inspect/core";
import type { Rule } from "@mcp-inspect/core/checks";
import { useMemo, useState } from "react";
import { filterBySeverity, groupFindings } from "./group-findings";
import { RuleGroupCard } from "./RuleGroupCard";
import { SEVERITIES, severityColor } from "./severity";
import { SilencedRules } from "./SilencedRules";
import classes from "./ChecksPanel.module.css";

interface ChecksPanelProps {
  /** Every finding of the session, silenced rules included (they are listed apart). */
  findings: readonly CheckFrame[];
  silenced: ReadonlySet<string>;
  onSilence: (rule: string, silenced: boolean) => void;
  onShowFrame: (seq: number) => void;
  rules?: ReadonlyMap<string, Rule>;
}

/** The session's findings grouped by rule, with a severity filter and per-session silencing. */
export function ChecksPanel({ findings, silenced, onSilence, onShowFrame, rules }: ChecksPanelProps) {
  const [severities, setSeverities] = useState<string[]>([...SEVERITIES]);
  const { groups, silencedGroups } = useMemo(() => {
    const all = groupFindings(findings, rules);
    const shown = new Set(severities as Severity[]);
    return {
      groups: all.filter((g) => !silenced.has(g.rule)).map((g) => ({ ...g, findings: filterBySeverity(g.findings, shown) })).filter((g) => g.findings.length > 0),
      silencedGroups: all.filter((g) => silenced.has(g.rule)),
    };
  }, [findings, rules, silenced, severities]);
  return (
    <div className={classes.root} data-testid="checks-panel">
      <Group gap={6} p={6} className={classes.toolbar}>
        <Chip.Group multiple value={severities} onChange={setSeverities}>
          {SEVERITIES.map((s) => (
            <Chip key={s} value={s} size="xs" color={severityColor[s]} variant="light" data-testid={`checks-filter-${s}`}>
              {s}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
      <div className={classes.scroller}>
        {groups.length === 0 && (
          <Text size="xs" c="dimmed" p="sm" data-testid="checks-empty">
            {findings.length === 0 ? "No findings: every frame so far passed the protocol checks." : "No finding matches the filter."}
          </Text>
        )}
        {groups.map((g) => (
          <RuleGroupCard key={g.rule} group={g} onSilence={onSilence} onShowFrame={onShowFrame} />
        ))}
        <SilencedRules groups={silencedGroups} onUnsilence={(rule) => onSilence(rule, false)} />
      </div>
    </div>
  );
}
