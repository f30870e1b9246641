import { Box, Code, Container, Group, Loader, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from "@mantine/core";
import type { LauncherInfo } from "@mcp-inspect/core";
import { IconChevronRight, IconStethoscope } from "@tabler/icons-react";
import { ColorSchemeToggle } from "../../ui/ColorSchemeToggle";
import { LauncherIcon } from "./LauncherIcon";
import classes from "./ServerPicker.module.css";
import { useWorkspace } from "./workspace-context";

/** The page while no server is live: one card per launcher; picking one starts it and opens its tab. */
export function ServerPicker() {
  const workspace = useWorkspace();
  if (!workspace) return null;
  const { launchers, configFile, starting, start, watching } = workspace;
  if (watching && launchers.length === 0) return <WaitingForProxies proxyCommand={watching.proxyCommand} />;
  const listed = launchers.filter((l) => l.source === "config").length;
  return (
    <Box mih="100dvh" data-testid="server-picker">
      <Group h={52} px="md" justify="space-between" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <IconStethoscope size={20} color="var(--mantine-primary-color-filled)" />
          <Text fw={700} size="sm">
            mcp-inspect
          </Text>
        </Group>
        <ColorSchemeToggle />
      </Group>
      <Container size={760} pt={48} pb="xl">
        <Stack gap={6} mb="xl">
          <Title order={2} size="h3">
            Pick a server to inspect
          </Title>
          <Text c="dimmed" size="sm" data-testid="picker-summary">
            {configFile ? (
              <>
                <Code>{configFile}</Code> lists {listed} {listed === 1 ? "server" : "servers"}. Pick one to inspect;
                you can add the others as tabs later.
              </>
            ) : (
              "Pick one to inspect; you can add the others as tabs later."
            )}
          </Text>
        </Stack>
        {launchers.length === 0 ? (
          <Text c="dimmed">Nothing to start: give mcp-inspect a server command, a --url or a --config file.</Text>
        ) : (
          <SimpleGrid cols={1} spacing="sm">
            {launchers.map((launcher) => (
              <LauncherCard key={launcher.id} launcher={launcher} starting={starting} onPick={() => start(launcher.id)} />
            ))}
          </SimpleGrid>
        )}
      </Container>
    </Box>
  );
}

function LauncherCard({ launcher, starting, onPick }: { launcher: LauncherInfo; starting: string | undefined; onPick: () => void }) {
  const isStarting = starting === launcher.id;
  return (
    <UnstyledButton
      className={classes.card}
      onClick={onPick}
      disabled={starting !== undefined}
      data-starting={isStarting || undefined}
      aria-label={`Start ${launcher.name}`}
      data-testid="launcher-card"
      data-launcher={launcher.id}
    >
      <ThemeIcon variant="light" size="lg" radius="md">
        <LauncherIcon launcher={launcher} size={18} />
      </ThemeIcon>
      <Stack gap={2} miw={0} style={{ flex: 1 }}>
        <Text fw={600} size="sm" truncate>
          {launcher.name}
        </Text>
        <Text size="xs" c="dimmed" className="mono" lineClamp={2} style={{ overflowWrap: "anywhere" }} title={launcher.description}>
          {launcher.description}
        </Text>
      </Stack>
      {isStarting ? <Loader size="xs" /> : <IconChevronRight size={16} className={classes.arrow} />}
    </UnstyledButton>
  );
}

/** `mcp-inspect watch` before any proxied session: what to put in a client's config to send one here. */
function WaitingForProxies({ proxyCommand }: { proxyCommand: string }) {
  return (
    <Box mih="100dvh" data-testid="waiting-for-proxies">
      <Group h={52} px="md" justify="space-between" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <IconStethoscope size={20} color="var(--mantine-primary-color-filled)" />
          <Text fw={700} size="sm">
            mcp-inspect
          </Text>
        </Group>
        <ColorSchemeToggle />
      </Group>
      <Container size={760} pt={48} pb="xl">
        <Stack gap="sm">
          <Group gap="xs">
            <Loader size="xs" type="dots" />
            <Title order={2} size="h3">
              Waiting for proxied sessions
            </Title>
          </Group>
          <Text c="dimmed" size="sm">
            Each session a client runs through <Code>mcp-inspect proxy</Code> appears here as its own tab, live and read-only,
            named after the client (e.g. claude-code → weather). In the client&apos;s config, start the server with:
          </Text>
          <Code block data-testid="proxy-command">
            {proxyCommand}
          </Code>
          <Text c="dimmed" size="sm">
            For Claude Code: <Code>claude mcp add --scope local weather -- {proxyCommand.replace("<your server command>", "node /abs/path/weather.js")}</Code>,
            or <Code>mcp-inspect proxy install --config .mcp.json --server weather</Code> for an existing entry.
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
