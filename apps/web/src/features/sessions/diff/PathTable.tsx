import { Table, Text } from "@mantine/core";
import type { ValueDiff } from "@mcp-inspect/core/fixture";

const show = (value: unknown) => (value === undefined ? "(absent)" : JSON.stringify(value));

/** The differing JSON paths with both values, one row each. */
export function PathTable({ paths, labels }: { paths: readonly ValueDiff[]; labels: readonly [string, string] }) {
  if (paths.length === 0) return null;
  return (
    <Table withTableBorder striped fz="xs" ff="monospace" data-testid="diff-paths" aria-label="Differing paths">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>path</Table.Th>
          <Table.Th>{labels[0]}</Table.Th>
          <Table.Th>{labels[1]}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {paths.map((d) => (
          <Table.Tr key={d.path} data-testid="diff-path">
            <Table.Td>
              <Text span fz="xs" ff="monospace" fw={600}>
                {d.path}
              </Text>
            </Table.Td>
            <Table.Td c="red" style={{ wordBreak: "break-all" }}>{show(d.expected)}</Table.Td>
            <Table.Td c="teal" style={{ wordBreak: "break-all" }}>{show(d.actual)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
