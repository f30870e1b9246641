import { ActionIcon, Group, Loader, Menu, Stack, Text, Tooltip } from "@mantine/core";
import type { LauncherInfo } from "@mcp-inspect/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { LauncherIcon } from "./LauncherIcon";
import { useWorkspace } from "./workspace-context";

/**
 * Starts another server in a new tab. It lists only the launchers the backend offers (the command-line
 * target and the --config entries): there is deliberately no field to type a command into.
 */
export function AddServerMenu() {
  const workspace = useWorkspace();
  const [opened, setOpened] = useState(false);
  if (!workspace) return null;
  const { launchers, servers, configFile, starting, start } = workspace;
  const fromCommandLine = launchers.filter((l) => l.source === "command-line");
  const fromConfig = launchers.filter((l) => l.source === "config");
  const running = new Set(servers.map((s) => s.launcher));
  const item = (launcher: LauncherInfo) => (
    <Menu.Item
      key={launcher.id}
      leftSection={<LauncherIcon launcher={launcher} />}
      rightSection={
        running.has(launcher.id) && (
          <Text size="xs" c="dimmed">
            running
          </Text>
        )
      }
      onClick={() => start(launcher.id)}
      data-testid="add-server-item"
      data-launcher={launcher.id}
    >
      <Stack gap={0} miw={0}>
        <Text size="sm" fw={500} truncate>
          {launcher.name}
        </Text>
        <Text size="xs" c="dimmed" className="mono" truncate maw={290} title={launcher.description}>
          {launcher.description}
        </Text>
      </Stack>
    </Menu.Item>
  );
  return (
    <Menu position="bottom-start" width={420} shadow="md" opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Tooltip label="Start another server in a new tab" disabled={opened}>
          <ActionIcon aria-label="Add server" data-testid="add-server" disabled={starting !== undefined}>
            {starting ? <Loader size={14} /> : <IconPlus size={16} />}
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown data-testid="add-server-menu">
        {fromCommandLine.length > 0 && <Menu.Label>Command line</Menu.Label>}
        {fromCommandLine.map(item)}
        {fromCommandLine.length > 0 && fromConfig.length > 0 && <Menu.Divider />}
        {fromConfig.length > 0 && (
          <Menu.Label>
            <Group gap={4} wrap="nowrap">
              From
              <Text span inherit className="mono" truncate title={configFile}>
                {configFile ?? "the config file"}
              </Text>
            </Group>
          </Menu.Label>
        )}
        {fromConfig.map(item)}
      </Menu.Dropdown>
    </Menu>
  );
}
