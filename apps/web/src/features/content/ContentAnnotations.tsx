import { Badge, Group, Tooltip } from "@mantine/core";
import type { Annotations } from "@modelcontextprotocol/client";

/** A content block's annotations: who it is for, how important, when it last changed. */
export function ContentAnnotations({ annotations }: { annotations: Annotations | undefined }) {
  if (!annotations) return null;
  const { audience, priority, lastModified } = annotations;
  return (
    <Group gap={4} data-testid="content-annotations">
      {Array.isArray(audience) && audience.length > 0 && (
        <Tooltip label="annotations.audience: who this content is meant for">
          <Badge size="xs" variant="outline" color="blue" tt="none">
            for {audience.join(", ")}
          </Badge>
        </Tooltip>
      )}
      {typeof priority === "number" && (
        <Tooltip label="annotations.priority: 1 = most important, 0 = least">
          <Badge size="xs" variant="outline" color="orange" tt="none">
            priority {priority}
          </Badge>
        </Tooltip>
      )}
      {typeof lastModified === "string" && (
        <Tooltip label={`annotations.lastModified: ${lastModified}`}>
          <Badge size="xs" variant="outline" color="gray" tt="none">
            modified {formatWhen(lastModified)}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
