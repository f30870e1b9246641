import { Alert, Button, Group, List, Text } from "@mantine/core";
import { IconArrowBackUp, IconLock } from "@tabler/icons-react";
import type { OpenedSession } from "./read-only-session";

/**
 * Says which file is shown read-only, what the reader skipped, and leads back to the live session (or, under
 * `mcp-inspect open`, to the recording it shows: that one has no way back, there is nothing live).
 */
export function ReadOnlyBanner({ session, home, onBack }: { session: OpenedSession; home?: OpenedSession | undefined; onBack: () => void }) {
  const { warnings } = session.parsed;
  const isHome = session === home;
  return (
    <>
      <Alert color="blue" radius={0} icon={<IconLock size={16} />} data-testid="readonly-banner" py="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {isHome ? "Recorded session, read-only: " : "Read-only: "}
            <span className="mono" data-testid="readonly-source">{session.source}</span>
            <Text span size="xs" c="dimmed" ml="sm">
              {session.parsed.frames.length.toLocaleString()} frames · started {new Date(session.parsed.header.startedAt).toLocaleString()}
            </Text>
          </Text>
          {!isHome && (
            <Button size="xs" variant="light" leftSection={<IconArrowBackUp size={14} />} onClick={onBack} data-testid="back-to-live">
              {home ? `Back to ${home.source}` : "Back to live session"}
            </Button>
          )}
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
