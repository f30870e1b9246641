import { Tabs } from "@mantine/core";
import type { ReactNode } from "react";
import { RecordedCalls } from "./RecordedCalls";
import { RecordedTools } from "./RecordedTools";

/**
 * A session shown without a client of our own (a recording, or a proxied session live): a banner saying why, then
 * what was called and the tools that were listed. The log, checks and timings are in the log panel, as for any server.
 */
export function RecordedTabs({ banner, ...rest }: { banner: ReactNode; "data-testid": string; "data-state"?: string }) {
  return (
    <Tabs defaultValue="calls" keepMounted={false} h="100%" display="flex" style={{ flexDirection: "column" }} {...rest}>
      {banner}
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
