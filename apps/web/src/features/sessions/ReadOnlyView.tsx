import { ReadOnlyBanner } from "./ReadOnlyBanner";
import { RecordedTabs } from "./RecordedTabs";
import { useSessions } from "./sessions-context";

/** The main area while a recorded session is open: the banner, its tool calls and the tools it listed. */
export function ReadOnlyView() {
  const { opened, home, close } = useSessions();
  if (!opened) return null;
  return <RecordedTabs banner={<ReadOnlyBanner session={opened} home={home} onBack={close} />} data-testid="readonly-view" />;
}
