import { Badge, Tabs } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { useEffect, useState } from "react";
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
import { useSession } from "../client/useSession";

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
  const mounted = useMountedTabs(tab);
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
        <Tabs.Panel value="tools">{mounted("tools") && <ToolsPanel />}</Tabs.Panel>
        <Tabs.Panel value="resources">{mounted("resources") && <ResourcesPanel />}</Tabs.Panel>
        <Tabs.Panel value="prompts">{mounted("prompts") && <PromptsPanel />}</Tabs.Panel>
        <Tabs.Panel value="logging">{mounted("logging") && <LoggingPanel />}</Tabs.Panel>
        <Tabs.Panel value="server">{mounted("server") && <ServerPanel />}</Tabs.Panel>
      </Tabs>
    </>
  );
}

/**
 * Which tab panels are mounted: the one shown (and every one shown before), and all of them once the server is
 * ready and a moment has passed. Hidden panels stay mounted from then on (their lists and state kept, as before);
 * they only wait, so that their code and their list requests come after the first screen's, not before it.
 */
function useMountedTabs(tab: string): (value: string) => boolean {
  const { snapshot } = useSession();
  const ready = snapshot.client !== undefined;
  const [all, setAll] = useState(false);
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set([tab]));
  if (!shown.has(tab)) setShown(new Set(shown).add(tab));
  useEffect(() => {
    if (!ready || all) return;
    const timer = setTimeout(() => setAll(true), 300);
    return () => clearTimeout(timer);
  }, [ready, all]);
  return (value) => all || shown.has(value);
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
