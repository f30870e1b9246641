import { Button, Code, Group, Text, UnstyledButton } from "@mantine/core";
import { IconBell, IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import type { RuleGroup } from "./group-findings";

interface SilencedRulesProps {
  groups: readonly RuleGroup[];
  onUnsilence: (rule: string) => void;
}

/** "Silenced rules (n)", collapsed: silenced rules stay findable so they can be brought back. */
export function SilencedRules({ groups, onUnsilence }: SilencedRulesProps) {
  const [open, setOpen] = useState(false);
  if (groups.length === 0) return null;
  return (
    <div data-testid="silenced-rules" style={{ padding: "8px 10px" }}>
      <UnstyledButton onClick={() => setOpen(!open)} aria-expanded={open}>
        <Group gap={4}>
          {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          <Text size="xs" c="dimmed">
            Silenced rules ({groups.length})
          </Text>
        </Group>
      </UnstyledButton>
      {open &&
        groups.map((g) => (
          <Group key={g.rule} gap={6} wrap="nowrap" mt={4} pl={18} data-testid="silenced-rule" data-rule={g.rule}>
            <Code>{g.rule}</Code>
            <Text size="xs" c="dimmed">
              {g.findings.length}
            </Text>
            <Button size="compact-xs" variant="subtle" leftSection={<IconBell size={12} />} ml="auto" onClick={() => onUnsilence(g.rule)} data-testid="unsilence-rule">
              Unsilence
            </Button>
          </Group>
        ))}
    </div>
  );
}
