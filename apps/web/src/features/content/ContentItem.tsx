import { Badge, Group, Stack, Text } from "@mantine/core";
import type { Annotations, ContentBlock } from "@modelcontextprotocol/client";
import type { ReactNode } from "react";
import { base64Size, formatBytes } from "../../ui/format";
import { ContentAnnotations } from "./ContentAnnotations";
import { contentKind, textFormat } from "./content-kind";
import { TextContentView } from "./TextContentView";
import { JsonBlock } from "../../ui/JsonBlock";
import { MediaImage } from "../../ui/MediaImage";
import { ResourceContentsView } from "./ResourceContentsView";
import { ResourceLinkItem } from "./ResourceLinkItem";
import { SchemaSection } from "../../ui/SchemaSection";

/** One content block of a tool result or prompt message, rendered by type; unknown types as raw JSON. */
export function ContentItem({ item }: { item: ContentBlock | Record<string, unknown> }) {
  const kind = contentKind(item);
  const block = item as ContentBlock;
  const extras = { annotations: (item as { annotations?: Annotations }).annotations, meta: (item as { _meta?: unknown })._meta };
  if (kind === "unknown") {
    const type = (item as { type?: unknown }).type;
    return (
      <Item label={`unknown content type ${JSON.stringify(type) ?? "(none)"}`} kind={kind} color="orange" {...extras}>
        <JsonBlock value={item} />
      </Item>
    );
  }
  switch (block.type) {
    case "text": {
      const format = textFormat(block.text);
      return (
        <Item label={format === "plain" ? "text" : `text (${format === "json" ? "JSON" : "Markdown"})`} kind={kind} {...extras}>
          <TextContentView text={block.text} />
        </Item>
      );
    }
    case "image":
      return (
        <Item label={`image ${block.mimeType} · ${formatBytes(base64Size(block.data))}`} kind={kind} {...extras}>
          <MediaImage src={`data:${block.mimeType};base64,${block.data}`} alt="image returned by the server" />
        </Item>
      );
    case "audio":
      return (
        <Item label={`audio ${block.mimeType} · ${formatBytes(base64Size(block.data))}`} kind={kind} {...extras}>
          <audio controls src={`data:${block.mimeType};base64,${block.data}`} data-testid="content-audio" />
        </Item>
      );
    case "resource_link":
      return (
        <Item label="resource link" kind={kind} {...extras}>
          <ResourceLinkItem link={block} />
        </Item>
      );
    case "resource": {
      const { resource } = block;
      return (
        <Item label="embedded resource" kind={kind} {...extras}>
          {"text" in resource && typeof resource.text === "string" ? (
            <Stack gap={4} data-testid="resource-contents">
              <Text size="xs" className="mono" fw={600} style={{ wordBreak: "break-all" }}>
                {resource.uri} {resource.mimeType && <Text span size="xs" c="dimmed" className="mono">{resource.mimeType}</Text>}
              </Text>
              <TextContentView text={resource.text} mimeType={resource.mimeType} />
            </Stack>
          ) : (
            <ResourceContentsView contents={resource} />
          )}
        </Item>
      );
    }
  }
}

interface ItemProps {
  label: string;
  kind: string;
  color?: string;
  annotations: Annotations | undefined;
  meta: unknown;
  children: ReactNode;
}

function Item({ label, kind, color = "gray", annotations, meta, children }: ItemProps) {
  return (
    <Stack gap={4} data-testid="content-item" data-kind={kind}>
      <Group gap={4}>
        <Badge size="xs" color={color} tt="none" className="mono">
          {label}
        </Badge>
        <ContentAnnotations annotations={annotations} />
      </Group>
      {children}
      {meta !== undefined && <SchemaSection label="_meta" schema={meta} />}
    </Stack>
  );
}
