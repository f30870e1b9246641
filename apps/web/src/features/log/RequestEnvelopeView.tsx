import { Stack, Table, Text } from "@mantine/core";
import type { RequestEnvelope } from "./request-envelope";
import classes from "./LogDetail.module.css";

/** The request's `_meta` envelope as named fields, above the raw JSON (where it also stays). */
export function RequestEnvelopeView({ envelope }: { envelope: RequestEnvelope }) {
  const client = envelope.clientInfo as { name?: unknown; version?: unknown } | undefined;
  const rows: [string, string, string][] = [
    ["Protocol", "envelope-protocol", show(envelope.protocolVersion)],
    ["Client", "envelope-client", client ? `${String(client.name ?? "?")} ${String(client.version ?? "")}`.trim() : "—"],
    ["Capabilities", "envelope-capabilities", envelope.clientCapabilities ? Object.keys(envelope.clientCapabilities as object).join(", ") || "none" : "—"],
    ["Log level", "envelope-log-level", show(envelope.logLevel)],
    ...Object.entries(envelope.other).map(([name, value]): [string, string, string] => [name, `envelope-${name}`, JSON.stringify(value)]),
  ];
  return (
    <Stack gap={2} className={classes.envelope} data-testid="request-envelope">
      <Text size="xs" fw={600}>
        Request envelope (_meta)
      </Text>
      <Table withRowBorders={false} verticalSpacing={0} horizontalSpacing={6} fz="xs">
        <Table.Tbody>
          {rows.map(([label, testId, value]) => (
            <Table.Tr key={testId}>
              <Table.Th w={100} fw={500} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td className="mono" data-testid={testId}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function show(value: unknown): string {
  return value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
}
