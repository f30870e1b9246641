import { ActionIcon, Stack, Table, Text, Tooltip } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { samplingRules } from "./sampling-rules";
import { useSamplingRules } from "./useClientRequests";

/** Remembered sampling replies ("always reply X to this server"), which answer without asking. */
export function SamplingRulesList() {
  const rules = useSamplingRules();
  if (rules.length === 0) {
    return <Text size="sm" c="dimmed">No rules. Tick "Always reply this" when answering a sampling request to add one.</Text>;
  }
  return (
    <Stack gap="xs">
      <Table data-testid="sampling-rules" fz="xs">
        <Table.Thead>
          <Table.Tr><Table.Th>Server</Table.Th><Table.Th>Reply</Table.Th><Table.Th>Model</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id} data-testid="sampling-rule">
              <Table.Td className="mono">{rule.server}</Table.Td>
              <Table.Td>{rule.reply.text}</Table.Td>
              <Table.Td className="mono">{rule.reply.model}</Table.Td>
              <Table.Td>
                <Tooltip label="Remove rule">
                  <ActionIcon variant="subtle" color="gray" aria-label={`Remove the rule for ${rule.server}`} onClick={() => samplingRules.remove(rule.id)}>
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
