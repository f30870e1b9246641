import { Tabs } from "@mantine/core";
import { ReadOnlyBanner } from "./ReadOnlyBanner";
import { RecordedCalls } from "./RecordedCalls";
import { RecordedTools } from "./RecordedTools";
import { useSessions } from "./sessions-context";

/** The main area while a recorded session is open: the banner, its tool calls and the tools it listed (the log and timings are in the log panel). */
export function ReadOnlyView() {
  const { opened, home, close } = useSessions();
  if (!opened) return null;
  return (
    <Tabs defaultValue="calls" keepMounted={false} h="100%" display="flex" style={{ flexDirection: "column" }} data-testid="readonly-view">
      <ReadOnlyBanner session={opened} home={home} onBack={close} />
      <Tabs.List px="sm">
        <Tabs.Tab value="calls">Tool calls</Tabs.Tab>
        <Tabs.Tab value="tools">Tools</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="calls" flex={1} mih={0} display="flex" style={{ flexDirection: "column" }}>
        <RecordedCalls />
      </Tabs.Panel>
      <Tabs.Panel value="tools" flex={1} mih={0} display="flex" style={{ flexDirection: "column" }}>
        <RecordedTools />
      </Tabs.Panel>
    </Tabs>
  );
}
