import { useCallback, useEffect, useState } from "react";
import { parseSilencedRules, serializeSilencedRules, silencedRulesKey, toggleRule } from "./silenced-rules";

function read(sessionId: string | undefined): ReadonlySet<string> {
  if (!sessionId) return new Set();
  try {
    return parseSilencedRules(localStorage.getItem(silencedRulesKey(sessionId)));
  } catch {
    return new Set(); // storage disabled (private mode, policies): silencing still works until reload
  }
}

/** The silenced rules of session `sessionId`, persisted in localStorage under that id. */
export function useSilencedRules(sessionId: string | undefined) {
  const [state, setState] = useState(() => ({ sessionId, rules: read(sessionId) }));
  // A new session (the header arrives, or the backend restarted): load that session's list.
  useEffect(() => {
    if (state.sessionId !== sessionId) setState({ sessionId, rules: read(sessionId) });
  }, [sessionId, state.sessionId]);

  const setSilenced = useCallback(
    (rule: string, silenced: boolean) => {
      setState((current) => {
        const rules = toggleRule(current.rules, rule, silenced);
        if (rules !== current.rules && current.sessionId) {
          try {
            localStorage.setItem(silencedRulesKey(current.sessionId), serializeSilencedRules(rules));
          } catch {
            // not persisted; see read()
          }
        }
        return { ...current, rules };
      });
    },
    [],
  );
  const rules = state.sessionId === sessionId ? state.rules : read(sessionId);
  return [rules, setSilenced] as const;
}
