import { Badge, Group, Tooltip } from "@mantine/core";
import type { Annotations } from "@modelcontextprotocol/client";
import { formatBytes } from "../../ui/format";
import { ContentAnnotations } from "../content";

/** MIME type, declared size and annotations of a resource or template, as small badges. */
export function ResourceMeta({ mimeType, size, annotations }: { mimeType?: string | undefined; size?: number | undefined; annotations?: Annotations | undefined }) {
  return (
    <Group gap={4} data-testid="resource-meta">
      {mimeType && (
        <Badge size="xs" variant="light" color="gray" tt="none" className="mono">
          {mimeType}
        </Badge>
      )}
      {typeof size === "number" && (
        <Tooltip label="size: what the server says the raw content weighs, before base64">
          <Badge size="xs" variant="light" color="gray" tt="none">
            {formatBytes(size)}
          </Badge>
        </Tooltip>
      )}
      <ContentAnnotations annotations={annotations} />
    </Group>
  );
}
