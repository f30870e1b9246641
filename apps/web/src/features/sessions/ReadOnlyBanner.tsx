import { Alert, Button, Group, List, Text } from "@mantine/core";
import { IconArrowBackUp, IconLock } from "@tabler/icons-react";
import type { OpenedSession } from "./read-only-session";

/** Says which file is shown read-only, what the reader skipped, and leads back to the live session. */
export function ReadOnlyBanner({ session, onBack }: { session: OpenedSession; onBack: () => void }) {
  const { warnings } = session.parsed;
  return (
    <>
      <Alert color="blue" radius={0} icon={<IconLock size={16} />} data-testid="readonly-banner" py="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            Read-only: <span className="mono" data-testid="readonly-source">{session.source}</span>
            <Text span size="xs" c="dimmed" ml="sm">
              {session.parsed.frames.length.toLocaleString()} frames · started {new Date(session.parsed.header.startedAt).toLocaleString()}
            </Text>
          </Text>
          <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={onBack} data-testid="back-to-live">
            Back to live session
          </Button>
        </Group>
      </Alert>
      {warnings.length > 0 && (
        <Alert color="orange" radius={0} title="Some lines of the file were skipped" data-testid="readonly-warnings" py="xs">
          <List size="xs" className="mono">
            {warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
