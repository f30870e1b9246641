import { Button, Code, Group, Modal, Stack, Text } from "@mantine/core";
import { describeTarget, type LiveServerInfo } from "@mcp-inspect/core";

/** Asks before closing a tab: closing stops the server process, which a click on a small x should not do unasked. */
export function CloseServerModal({ server, opened, onCancel, onConfirm }: { server: LiveServerInfo | undefined; opened: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    <Modal opened={opened} onClose={onCancel} title={<Text fw={600}>Stop {server?.name}?</Text>} size="md" centered>
      <Stack gap="sm">
        <Text size="sm">This stops the server process and closes its tab:</Text>
        {server && (
          <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {describeTarget(server.header.target)}
          </Code>
        )}
        {server?.sessionFile && (
          <Text size="sm" c="dimmed">
            Its session stays recorded in <Code>{server.sessionFile}</Code>.
          </Text>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} data-testid="confirm-close-server">
            Stop server
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
