import { Tabs } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { IconFileText, IconMessageChatbot, IconServer, IconTool } from "@tabler/icons-react";
import { ConnectionProblem } from "./ConnectionProblem";
import { PromptsPanel } from "./PromptsPanel";
import { RelayBanner } from "./RelayBanner";
import { ResourcesPanel } from "./ResourcesPanel";
import { ServerPanel } from "./ServerPanel";
import { ToolsPanel } from "./ToolsPanel";
import classes from "./MainArea.module.css";

/** Banners about the connection, then the Tools / Resources / Prompts / Server tabs. */
export function MainArea() {
  const [tab, setTab] = useLocalStorage<string>({ key: "mcp-inspect.tab", defaultValue: "tools" });
  return (
    <>
      <RelayBanner />
      <ConnectionProblem />
      <Tabs value={tab} onChange={(value) => value && setTab(value)} className={classes.tabs} classNames={{ panel: classes.panel }}>
        <Tabs.List px="sm">
          <Tabs.Tab value="tools" leftSection={<IconTool size={14} />}>
            Tools
          </Tabs.Tab>
          <Tabs.Tab value="resources" leftSection={<IconFileText size={14} />}>
            Resources
          </Tabs.Tab>
          <Tabs.Tab value="prompts" leftSection={<IconMessageChatbot size={14} />}>
            Prompts
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
        <Tabs.Panel value="server">
          <ServerPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
