import { Alert, Center, Loader } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { InspectorShell } from "./InspectorShell";
import { SessionContext, type SessionValue } from "../client/session-context";
import { importSessionText } from "../features/sessions";
import { readOnlySnapshot } from "../features/sessions";
import { fetchRecording } from "../features/sessions";
import { LinkContext, linkInAddressBar, writeLinkToAddressBar } from "../features/workspace";
import { LinkStore } from "../features/workspace";

/**
 * `mcp-inspect open <file>`: the recorded session read-only, in the same view the Sessions drawer opens, with
 * no relay and no client (the backend runs no server). The address bar's link is this view's.
 */
export function RecordedWorkspace({ token, name }: { token: string; name: string }) {
  const file = useQuery({ queryKey: ["recording", token], queryFn: () => fetchRecording(token), staleTime: Infinity });
  const result = useMemo(() => (file.data === undefined ? undefined : importSessionText(name, file.data)), [file.data, name]);
  const session = result?.ok ? result.session : undefined;
  const value = useMemo<SessionValue | undefined>(() => session && { snapshot: readOnlySnapshot(session.parsed), restart: () => {}, token }, [session, token]);
  const [link] = useState(() => new LinkStore(linkInAddressBar()));
  useEffect(() => link.linkTo((state) => writeLinkToAddressBar(state, undefined)), [link]);

  if (file.isPending) {
    return (
      <Center mih="100dvh">
        <Loader size="sm" />
      </Center>
    );
  }
  if (!value || !session) {
    return (
      <Center mih="100dvh" p="md">
        <Alert color="red" title={`Could not show ${name}`} maw={560} data-testid="recording-error">
          {file.error?.message ?? (result && !result.ok ? result.error : "")}
        </Alert>
      </Center>
    );
  }
  return (
    <LinkContext.Provider value={link}>
      <SessionContext.Provider value={value}>
        <InspectorShell home={session} />
      </SessionContext.Provider>
    </LinkContext.Provider>
  );
}
