import { ActionIcon, Box, Code, CopyButton, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import type { SessionTarget } from "@mcp-inspect/core";
import { claudeAddCommand, claudeAddProxyCommand, mcpJsonEntry, slugifyServerName } from "./claude-add-command";
import { JsonBlock } from "../../ui/JsonBlock";

/** How to register the inspected server in Claude Code: the `claude mcp add` line and the `.mcp.json` entry, with absolute paths. */
export function AddToClaudeCode({ target, serverName }: { target: SessionTarget | undefined; serverName: string | undefined }) {
  if (!target) return null;
  const name = slugifyServerName(serverName);
  return (
    <Stack gap={6} data-testid="add-to-claude-code">
      <Title order={4} size="h6">
        Add to Claude Code
      </Title>
      <Text size="sm" c="dimmed">
        <b>--scope user</b> makes it available in every folder; without it, the server works only in the folder you ran the command in. A{" "}
        <code>.mcp.json</code> in a project root (project scope) shares it with everyone who opens the project.
      </Text>
      <CommandLine text={claudeAddCommand(name, target)} testId="claude-add-command" label="Copy the claude mcp add command" />
      <Text size="sm" c="dimmed">
        Or in <code>.mcp.json</code>{target.type === "stdio" && target.envKeys.length > 0 ? " (the ${VAR} values come from your environment)" : ""}:
      </Text>
      <JsonBlock value={mcpJsonEntry(name, target)} testId="claude-mcp-json" />
      {claudeAddProxyCommand(name, target) && (
        <>
          <Text size="sm" c="dimmed">
            To see what Claude Code itself says to the server, register it through <code>mcp-inspect proxy</code>: every
            frame is recorded and checked, and the session opens with <code>mcp-inspect open</code>. For an existing
            entry, <code>mcp-inspect proxy install --config &lt;file&gt; --server {name}</code> rewrites it (and{" "}
            <code>proxy uninstall</code> restores it).
          </Text>
          <CommandLine text={claudeAddProxyCommand(name, target)!} testId="claude-add-proxy-command" label="Copy the proxied claude mcp add command" />
        </>
      )}
    </Stack>
  );
}

/** A long shell line, wrapped rather than scrolled, with room for its copy button. */
function CommandLine({ text, testId, label }: { text: string; testId: string; label: string }) {
  return (
    <Box pos="relative">
      <Code block pr={36} style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }} data-testid={testId}>
        {text}
      </Code>
      <CopyButton value={text}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? "Copied" : "Copy"}>
            <ActionIcon size="sm" pos="absolute" top={4} right={4} onClick={copy} aria-label={label}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Box>
  );
}
