import { useContext } from "react";
import { ChecksContext, type ChecksValue } from "./checks-context";

/** The session's findings, silenced rules and log-panel navigation, inside `ChecksProvider`. */
export function useChecks(): ChecksValue {
  const value = useContext(ChecksContext);
  if (!value) throw new Error("useChecks outside ChecksProvider");
  return value;
}
