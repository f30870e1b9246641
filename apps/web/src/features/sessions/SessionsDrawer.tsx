import { Alert, Drawer, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useSession } from "../../client/useSession";
import { CompareModal } from "./CompareModal";
import { importSessionText } from "./import-session";
import type { OpenedSession } from "./read-only-session";
import { fetchSessionText } from "./sessions-api";
import { SessionRow } from "./SessionRow";
import { useSessionList } from "./useSessionList";
import { useSessions } from "./sessions-context";

/** The recordings folder: past sessions, newest first, each openable read-only. */
export function SessionsDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { token } = useSession();
  const { open, setImportError } = useSessions();
  const list = useSessionList(token, opened);
  const [busy, setBusy] = useState<string>();

  const [compare, setCompare] = useState<[OpenedSession, OpenedSession]>();
  const current = list.data?.sessions.find((s) => s.current);

  /** Fetches and parses recorded files; a failure is shown like a failed import. */
  const load = async (ids: string[], then: (sessions: OpenedSession[]) => void) => {
    setBusy(ids[0]);
    try {
      const sessions: OpenedSession[] = [];
      for (const id of ids) {
        const result = importSessionText(id, await fetchSessionText(token, id));
        if (!result.ok) return setImportError(result.error);
        sessions.push(result.session);
      }
      then(sessions);
    } catch (error) {
      setImportError(`${ids.join(", ")}: ${(error as Error).message}`);
    } finally {
      setBusy(undefined);
      onClose();
    }
  };
  const openSession = (id: string) => load([id], ([session]) => session && open(session));
  const compareWithCurrent = (id: string) => current && load([id, current.id], ([a, b]) => a && b && setCompare([a, b]));

  return (
    <>
    <CompareModal pair={compare} onClose={() => setCompare(undefined)} />
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title="Sessions" data-testid="sessions-drawer">
      {list.isPending ? (
        <Loader size="sm" />
      ) : list.error ? (
        <Alert color="red" data-testid="sessions-error">
          {list.error.message}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {list.data.folder ? (
              <>
                Recordings in <span className="mono">{list.data.folder}</span>
              </>
            ) : (
              "This run is not recorded to a folder."
            )}
          </Text>
          {list.data.sessions.length === 0 && <Text size="sm" c="dimmed">No session files yet.</Text>}
          {list.data.sessions.map((s) => (
            <SessionRow
              key={s.id}
              summary={s}
              busy={busy === s.id}
              onOpen={() => void openSession(s.id)}
              onCompare={current && !s.current ? () => void compareWithCurrent(s.id) : undefined}
            />
          ))}
        </Stack>
      )}
    </Drawer>
    </>
  );
}
