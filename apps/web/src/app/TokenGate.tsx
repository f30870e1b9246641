import { isRejectedToken, useServers } from "../features/workspace";
import { Workspace } from "./Workspace";
import { TokenScreen } from "./TokenScreen";

/** The inspector, or a clear screen when the backend refuses the token (e.g. a tab left from an earlier run). */
export function TokenGate({ token, onToken }: { token: string; onToken: (token: string) => void }) {
  const servers = useServers(token);
  if (isRejectedToken(servers.error)) return <TokenScreen rejected onToken={onToken} />;
  return <Workspace token={token} />;
}
