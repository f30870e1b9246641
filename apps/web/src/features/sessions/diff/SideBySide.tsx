import { SimpleGrid, Stack, Text } from "@mantine/core";
import type { ValueDiff } from "@mcp-inspect/core/fixture";
import { JsonBlock } from "../../../ui/JsonBlock";
import { PathTable } from "./PathTable";

/** The differing paths first (what a person looks for), then both values in full, A left, B right. */
export function SideBySide(props: { a: unknown; b: unknown; paths: readonly ValueDiff[]; labels: readonly [string, string] }) {
  return (
    <Stack gap="xs">
      <PathTable paths={props.paths} labels={props.labels} />
      <SimpleGrid cols={2} spacing="xs">
        {([props.a, props.b] as const).map((value, i) => (
          <Stack gap={2} key={i} miw={0}>
            <Text size="xs" c="dimmed">
              {props.labels[i]}
            </Text>
            {value === undefined ? (
              <Text size="xs" c="dimmed" fs="italic">
                (absent)
              </Text>
            ) : (
              <JsonBlock value={value} maxHeight={320} testId={`side-${i === 0 ? "a" : "b"}`} />
            )}
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
