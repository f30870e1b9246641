import { Badge, Group, Stack } from "@mantine/core";
import type { ContentBlock } from "@modelcontextprotocol/sdk/types.js";
import type { ReactNode } from "react";
import { prettyIfJson } from "../lib/format";
import { JsonBlock } from "./JsonBlock";
import { MediaImage } from "./MediaImage";
import { ResourceContentsView } from "./ResourceContentsView";
import { ResourceLinkItem } from "./ResourceLinkItem";

/** One content block of a tool result or prompt message, rendered by type; unknown types as raw JSON. */
export function ContentItem({ item }: { item: ContentBlock | Record<string, unknown> }) {
  const block = item as ContentBlock;
  switch (block.type) {
    case "text": {
      const pretty = prettyIfJson(block.text);
      return (
        <Item type={pretty.json ? "text (JSON)" : "text"}>
          <JsonBlock text={pretty.text} testId="content-text" />
        </Item>
      );
    }
    case "image":
      return (
        <Item type={`image ${block.mimeType}`}>
          <MediaImage src={`data:${block.mimeType};base64,${block.data}`} alt="image returned by the server" />
        </Item>
      );
    case "audio":
      return (
        <Item type={`audio ${block.mimeType}`}>
          <audio controls src={`data:${block.mimeType};base64,${block.data}`} />
        </Item>
      );
    case "resource_link":
      return (
        <Item type="resource link">
          <ResourceLinkItem link={block} />
        </Item>
      );
    case "resource":
      return (
        <Item type="embedded resource">
          <ResourceContentsView contents={block.resource} />
        </Item>
      );
    default:
      return (
        <Item type={`unknown type ${JSON.stringify((item as { type?: unknown }).type)}`}>
          <JsonBlock value={item} />
        </Item>
      );
  }
}

function Item({ type, children }: { type: string; children: ReactNode }) {
  return (
    <Stack gap={4} data-testid="content-item">
      <Group gap={4}>
        <Badge size="xs" color="gray" tt="none" className="mono">
          {type}
        </Badge>
      </Group>
      {children}
    </Stack>
  );
}
