import { ActionIcon, CopyButton, Menu, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconDots } from "@tabler/icons-react";
import { cliToolCall, jsonRpcToolCall, type CallTarget } from "./copy-call";

interface CopyCallMenuProps {
  toolName: string;
  /** The arguments as they would be sent, or undefined while the JSON does not parse. */
  args: Record<string, unknown> | undefined;
  target: CallTarget | undefined;
}

function CopyItem({ label, value }: { label: string; value: string | undefined }) {
  return (
    <CopyButton value={value ?? ""}>
      {({ copied, copy }) => (
        <Menu.Item
          leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          disabled={value === undefined}
          closeMenuOnClick={false}
          onClick={copy}
        >
          {copied ? "Copied" : label}
        </Menu.Item>
      )}
    </CopyButton>
  );
}

/** "Copy as JSON-RPC" and "Copy as mcp-inspect call", next to the Call tool button. */
export function CopyCallMenu({ toolName, args, target }: CopyCallMenuProps) {
  return (
    <Menu position="bottom-start" withinPortal shadow="sm">
      <Menu.Target>
        <Tooltip label="Copy this call">
          <ActionIcon aria-label="Copy this call" size="md">
            <IconDots size={16} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <CopyItem label="Copy as JSON-RPC" value={args && jsonRpcToolCall(toolName, args)} />
        <CopyItem label="Copy as mcp-inspect call" value={args && cliToolCall(toolName, args, target)} />
      </Menu.Dropdown>
    </Menu>
  );
}
