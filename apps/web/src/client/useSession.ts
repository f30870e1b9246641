import { useContext } from "react";
import { SessionContext, type SessionValue } from "./session-context";

/** The session snapshot and actions, inside `SessionProvider`. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
