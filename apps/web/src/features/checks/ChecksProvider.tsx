import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { useSession } from "../../client/useSession";
import { ChecksContext, type FrameFocus, type LogTab } from "./checks-context";
import { countBySeverity } from "./check-summary";
import { FindingIndex } from "./finding-index";
import { withoutSilenced } from "./silenced-rules";
import { useSilencedRules } from "./useSilencedRules";

/**
 * Indexes the session's check frames once for the header and the log panel, and holds what both
 * share: the silenced rules and the log panel's tab (the header summary and "show frame" switch it).
 */
export function ChecksProvider({ children }: { children: ReactNode }) {
  const { snapshot } = useSession();
  const indexRef = useRef<FindingIndex>(null);
  indexRef.current ??= new FindingIndex();
  const index = indexRef.current;
  // sync() is idempotent for one snapshot, so running it during render is safe (and StrictMode-proof).
  index.sync(snapshot.frames);
  const all = index.all();

  const [silenced, setSilenced] = useSilencedRules(snapshot.header?.id);
  const [logTab, setLogTab] = useState<LogTab>("messages");
  const [focus, setFocus] = useState<FrameFocus>();
  const nonce = useRef(0);
  const showFrame = useCallback((seq: number) => {
    setLogTab("messages");
    setFocus({ seq, nonce: ++nonce.current });
  }, []);

  const value = useMemo(() => {
    const visible = withoutSilenced(all, silenced);
    return { index, visible, counts: countBySeverity(visible), silenced, setSilenced, logTab, setLogTab, focus, showFrame };
  }, [index, all, silenced, setSilenced, logTab, focus, showFrame]);
  return <ChecksContext.Provider value={value}>{children}</ChecksContext.Provider>;
}
