import { Badge, Tabs } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { useEffect } from "react";
import { IconFileText, IconListDetails, IconMessageChatbot, IconServer, IconTool } from "@tabler/icons-react";
import { LoggingPanel } from "../features/logging";
import { listChangedMethod, useRecentNotification } from "../features/logging";
import { ConnectionProblem } from "./ConnectionProblem";
import { PromptsPanel } from "../features/prompts";
import { RelayBanner } from "./RelayBanner";
import { ResourcesPanel } from "../features/resources";
import { ServerPanel } from "../features/server";
import { ToolsPanel } from "../features/tools";
import classes from "./MainArea.module.css";
import { useFocusMainTab } from "../features/log";
import { useLinkParam } from "../features/workspace";

/** Banners about the connection, then the Tools / Resources / Prompts / Logging / Server tabs. */
export function MainArea() {
  // The link names the tab (a reload or a pasted link comes back to it); the last one chosen is the default.
  const [remembered, remember] = useLocalStorage<string>({ key: "mcp-inspect.tab", defaultValue: "tools" });
  const [linked, setLinked] = useLinkParam("tab");
  const tab = linked ?? remembered;
  const setTab = (value: string) => {
    setLinked(value);
    remember(value);
  };
  useEffect(() => {
    if (!linked) setLinked(remembered);
  }, [linked, remembered, setLinked]);
  useFocusMainTab(setTab); // a log row's "open tool/resource/prompt" link
  const toolsUpdated = useRecentNotification(listChangedMethod.tools);
  const resourcesUpdated = useRecentNotification(listChangedMethod.resources);
  const promptsUpdated = useRecentNotification(listChangedMethod.prompts);
  return (
    <>
      <RelayBanner />
      <ConnectionProblem />
      <Tabs value={tab} onChange={(value) => value && setTab(value)} className={classes.tabs} classNames={{ panel: classes.panel }} styles={{ tab: { flexShrink: 0 } }}>
        {/* One row that scrolls sideways, rather than wrapping when the log panel leaves little room. */}
        <Tabs.List px="sm" style={{ flexWrap: "nowrap", overflowX: "auto", overflowY: "hidden", scrollbarWidth: "thin" }}>
          <Tabs.Tab value="tools" leftSection={<IconTool size={14} />} rightSection={<Updated on={toolsUpdated} what="tools" />}>
            Tools
          </Tabs.Tab>
          <Tabs.Tab value="resources" leftSection={<IconFileText size={14} />} rightSection={<Updated on={resourcesUpdated} what="resources" />}>
            Resources
          </Tabs.Tab>
          <Tabs.Tab value="prompts" leftSection={<IconMessageChatbot size={14} />} rightSection={<Updated on={promptsUpdated} what="prompts" />}>
            Prompts
          </Tabs.Tab>
          <Tabs.Tab value="logging" leftSection={<IconListDetails size={14} />}>
            Logging
          </Tabs.Tab>
          <Tabs.Tab value="server" leftSection={<IconServer size={14} />}>
            Server
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tools">
          <ToolsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="resources">
          <ResourcesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="prompts">
          <PromptsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="logging">
          <LoggingPanel />
        </Tabs.Panel>
        <Tabs.Panel value="server">
          <ServerPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** A few seconds' "updated" cue after the server said this list changed (it was refetched already). */
function Updated({ on, what }: { on: boolean; what: string }) {
  if (!on) return null;
  return (
    <Badge size="xs" color="teal" variant="light" style={{ flexShrink: 0, overflow: "visible" }} data-testid={`${what}-updated`} title={`The server sent notifications/${what}/list_changed; the list was refreshed`}>
      updated
    </Badge>
  );
}
