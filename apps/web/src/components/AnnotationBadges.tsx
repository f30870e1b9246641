import { Badge, Group, Tooltip } from "@mantine/core";
import type { ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";

/** Badges for a tool's behaviour hints (read-only, destructive, idempotent, open-world). */
export function AnnotationBadges({ annotations }: { annotations: ToolAnnotations | undefined }) {
  if (!annotations) return null;
  const badges: { label: string; color: string; hint: string }[] = [];
  if (annotations.readOnlyHint) badges.push({ label: "read-only", color: "teal", hint: "readOnlyHint: does not modify its environment" });
  if (annotations.destructiveHint === true && !annotations.readOnlyHint)
    badges.push({ label: "destructive", color: "red", hint: "destructiveHint: may perform destructive updates" });
  if (annotations.idempotentHint) badges.push({ label: "idempotent", color: "blue", hint: "idempotentHint: repeating a call has no further effect" });
  if (annotations.openWorldHint) badges.push({ label: "open-world", color: "grape", hint: "openWorldHint: interacts with external entities" });
  if (badges.length === 0) return null;
  return (
    <Group gap={4}>
      {badges.map((b) => (
        <Tooltip key={b.label} label={b.hint}>
          <Badge size="xs" color={b.color} tt="none">
            {b.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
