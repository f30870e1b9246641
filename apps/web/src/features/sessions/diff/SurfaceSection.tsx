import { Accordion, Badge, Group, Stack, Text, Title } from "@mantine/core";
import type { ChangeType, KindDiff, SurfaceKind } from "./diff-surface";
import { SideBySide } from "./SideBySide";

const KIND_TITLE: Record<SurfaceKind, string> = {
  server: "Server (initialize)",
  tools: "Tools",
  resources: "Resources",
  resourceTemplates: "Resource templates",
  prompts: "Prompts",
};

export const CHANGE_COLOR: Record<ChangeType, string> = { added: "teal", removed: "red", changed: "yellow" };

/** Per kind, its counts and the changed items; each opens to both values with the paths that differ. */
export function SurfaceSection({ kinds, labels }: { kinds: readonly KindDiff[]; labels: readonly [string, string] }) {
  return (
    <Stack gap="sm" data-testid="surface-section">
      <Title order={4}>Surface</Title>
      {kinds.map((k) => (
        <Stack gap={4} key={k.kind} data-testid="surface-kind" data-kind={k.kind}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {KIND_TITLE[k.kind]}
            </Text>
            <KindBadges kind={k} labels={labels} />
          </Group>
          {k.changes.length > 0 && (
            <Accordion multiple variant="contained" chevronPosition="left">
              {k.changes.map((c) => (
                <Accordion.Item key={`${c.change}:${c.name}`} value={`${c.change}:${c.name}`} data-testid="surface-change" data-kind={c.kind} data-name={c.name} data-change={c.change}>
                  <Accordion.Control aria-label={`${KIND_TITLE[k.kind]} ${c.name} ${c.change}`}>
                    <Group gap="xs" wrap="nowrap">
                      <Badge color={CHANGE_COLOR[c.change]}>{c.change}</Badge>
                      <Text ff="monospace" size="sm" truncate>
                        {c.name}
                      </Text>
                      {c.paths.length > 0 && (
                        <Text size="xs" c="dimmed">
                          {c.paths.length} {c.paths.length === 1 ? "path" : "paths"}
                        </Text>
                      )}
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <SideBySide a={c.a} b={c.b} paths={c.paths} labels={labels} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function KindBadges({ kind, labels }: { kind: KindDiff; labels: readonly [string, string] }) {
  if (!kind.inA || !kind.inB) {
    const missing = !kind.inA && !kind.inB ? "either session" : !kind.inA ? labels[0] : labels[1];
    return (
      <Badge color="gray" variant="outline" tt="none">
        not listed in {missing}
      </Badge>
    );
  }
  const count = (change: ChangeType) => kind.changes.filter((c) => c.change === change).length;
  return (
    <>
      {(["added", "removed", "changed"] as const).map((change) =>
        count(change) > 0 ? (
          <Badge key={change} color={CHANGE_COLOR[change]}>
            {count(change)} {change}
          </Badge>
        ) : null,
      )}
      <Badge color="gray">{kind.same} same</Badge>
    </>
  );
}
