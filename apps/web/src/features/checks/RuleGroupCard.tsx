import { Anchor, Badge, Button, Code, Group, Text } from "@mantine/core";
import { IconBellOff } from "@tabler/icons-react";
import { memo } from "react";
import type { RuleGroup } from "./group-findings";
import { severityColor } from "./severity";
import classes from "./RuleGroupCard.module.css";

/** Beyond this many, a rule's findings are counted, not listed: one noisy rule must not swamp the DOM. */
const MAX_LISTED = 100;

interface RuleGroupCardProps {
  group: RuleGroup;
  onSilence: (rule: string, silenced: boolean) => void;
  onShowFrame: (seq: number) => void;
}

/** One rule: what it is, how to fix it, where it comes from, then each finding with a way to its frame. */
export const RuleGroupCard = memo(function RuleGroupCard({ group, onSilence, onShowFrame }: RuleGroupCardProps) {
  const listed = group.findings.slice(-MAX_LISTED);
  return (
    <section className={classes.group} data-testid="check-group" data-rule={group.rule} data-severity={group.severity}>
      <Group gap={6} wrap="nowrap" className={classes.header}>
        <Badge size="sm" variant="light" color={severityColor[group.severity]} style={{ flexShrink: 0 }}>
          {group.severity}
        </Badge>
        <Code className={classes.rule}>{group.rule}</Code>
        <Badge size="sm" variant="outline" color="gray" circle={group.findings.length < 10} style={{ flexShrink: 0 }} data-testid="check-group-count">
          {group.findings.length}
        </Badge>
        <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconBellOff size={12} />} ml="auto" onClick={() => onSilence(group.rule, true)} data-testid="silence-rule">
          Silence
        </Button>
      </Group>
      {group.title !== group.rule && (
        <Text size="sm" fw={600} mt={2}>
          {group.title}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={2} data-testid="check-group-hint">
        {group.hint}
      </Text>
      {group.source && (
        <Text size="xs" c="dimmed" fs="italic">
          Source: {group.source}
        </Text>
      )}
      <ul className={classes.findings}>
        {group.findings.length > listed.length && (
          <li className={classes.more}>{group.findings.length - listed.length} earlier findings not listed</li>
        )}
        {listed.map((f) => (
          <li key={f.seq} className={classes.finding} data-testid="check-finding">
            <span className={classes.message}>{f.message}</span>
            {f.path && <Code className={classes.path}>{f.path}</Code>}
            {f.about !== undefined && (
              <Anchor component="button" type="button" size="xs" onClick={() => onShowFrame(f.about!)} data-testid="show-frame">
                show frame
              </Anchor>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
});
