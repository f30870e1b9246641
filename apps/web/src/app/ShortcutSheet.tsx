import { Group, Kbd, Modal, Stack, Table, Text } from "@mantine/core";
import { SHORTCUT_GROUPS } from "./shortcuts";

/** The keyboard shortcuts, opened with `?`. */
export function ShortcutSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg" data-testid="shortcut-sheet">
      <Stack gap="md">
        {SHORTCUT_GROUPS.map((group) => (
          <div key={group.title}>
            <Text size="sm" fw={600} mb={4}>
              {group.title}
            </Text>
            <Table withRowBorders={false} verticalSpacing={2}>
              <Table.Tbody>
                {group.shortcuts.map((s) => (
                  <Table.Tr key={s.keys.join("+") + s.what} data-testid="shortcut">
                    <Table.Td w={130}>
                      <Group gap={4} wrap="nowrap">
                        {s.keys.map((key, i) => (
                          <span key={key}>
                            {i > 0 && "+ "}
                            <Kbd size="xs">{key}</Kbd>
                          </span>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.what}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
    </Modal>
  );
}
