import { useSessionInfo } from "../hooks/useSessionInfo";
import { HttpError } from "../lib/http-error";
import { InspectorShell } from "./InspectorShell";
import { SessionProvider } from "./SessionProvider";
import { TokenScreen } from "./TokenScreen";

/** The inspector, or a clear screen when the backend refuses the token (e.g. a tab left from an earlier run). */
export function TokenGate({ token }: { token: string }) {
  const info = useSessionInfo(token);
  if (info.error instanceof HttpError && (info.error.status === 401 || info.error.status === 403)) {
    return <TokenScreen rejected />;
  }
  return (
    <SessionProvider token={token}>
      <InspectorShell />
    </SessionProvider>
  );
}
