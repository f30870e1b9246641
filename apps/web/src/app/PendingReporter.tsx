import { useEffect } from "react";
import { useClientRequests } from "../features/client-requests";
import { useWorkspace } from "../features/workspace";

/** Tells the workspace how many of this server's requests wait for the person, so its tab can say so while hidden. */
export function PendingReporter({ server }: { server: string }) {
  const requests = useClientRequests();
  const report = useWorkspace()?.reportPending;
  const count = requests.filter((request) => request.status === "pending").length;
  useEffect(() => report?.(server, count), [report, server, count]);
  return null;
}
