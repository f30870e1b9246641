import { Alert, Center, Loader, Text } from "@mantine/core";
import type { ConnectionState } from "@mcp-inspect/core";
import { useContext, type ReactNode } from "react";
import { notUsableNote } from "./connection-wording";
import { SessionContext } from "../../client/session-context";
import { RpcErrorAlert } from "../../ui/RpcErrorAlert";

interface ListStatusProps {
  what: string;
  phase: ConnectionState["phase"];
  /** A remote server waiting for OAuth approval (its phase is "failed", but nothing is broken). */
  authorizing?: boolean | undefined;
  supported: boolean;
  isLoading: boolean;
  error: unknown;
  warning?: string | undefined;
  empty: boolean;
}

/** Explains why a list shows nothing (server not ready, capability not declared, loading, failed, empty). */
export function ListStatus({ what, phase, authorizing, supported, isLoading, error, warning, empty }: ListStatusProps) {
  if (authorizing) return <Note>Waiting for authorization. Use Authorize above to list its {what}.</Note>;
  if (phase === "exited" || phase === "failed") return <NotUsable what={what} />;
  if (phase !== "ready") return <Note>Waiting for the server to initialize…</Note>;
  if (!supported) return <Note>This server does not declare the {what} capability.</Note>;
  if (isLoading)
    return (
      <Center p="md">
        <Loader size="sm" />
      </Center>
    );
  if (error) return <RpcErrorAlert error={error} />;
  return (
    <>
      {warning && (
        <Alert color="yellow" py={6} title="Incomplete list">
          {warning}
        </Alert>
      )}
      {empty && <Note>The server lists no {what}.</Note>}
    </>
  );
}

/** Said in the target's terms: an HTTP connection is not "a server not running", a timeout not a crash. */
function NotUsable({ what }: { what: string }) {
  const session = useContext(SessionContext);
  if (!session) return <Note>The server is not running. Restart it to list its {what}.</Note>;
  const { connection, header } = session.snapshot;
  return <Note>{notUsableNote(connection, header?.target, what)}</Note>;
}

function Note({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" p="md" ta="center">
      {children}
    </Text>
  );
}
