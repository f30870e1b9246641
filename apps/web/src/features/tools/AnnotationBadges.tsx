import { Badge, Group, Tooltip } from "@mantine/core";
import type { ToolAnnotations } from "@modelcontextprotocol/client";

interface Hint {
  label: string;
  color: string;
  hint: string;
}

/** The badges a tool's behaviour hints earn; hints are the server's claims, not guarantees, and tooltips say so. */
export function annotationHints(annotations: ToolAnnotations | undefined): Hint[] {
  if (!annotations) return [];
  const hints: Hint[] = [];
  if (annotations.readOnlyHint === true)
    hints.push({ label: "read-only", color: "teal", hint: "readOnlyHint: true. The server says this tool does not modify its environment." });
  // destructiveHint only means something for tools that write (readOnlyHint false or absent).
  if (annotations.readOnlyHint !== true && annotations.destructiveHint === true)
    hints.push({ label: "destructive", color: "red", hint: "destructiveHint: true. The tool may delete or overwrite things (not only add)." });
  if (annotations.readOnlyHint !== true && annotations.destructiveHint === false)
    hints.push({ label: "additive", color: "yellow", hint: "destructiveHint: false. The tool modifies its environment, but only by adding to it." });
  if (annotations.idempotentHint === true)
    hints.push({ label: "idempotent", color: "blue", hint: "idempotentHint: true. Calling it again with the same arguments has no further effect." });
  if (annotations.openWorldHint === true)
    hints.push({ label: "open-world", color: "grape", hint: "openWorldHint: true. The tool reaches outside entities (e.g. the web), not only a closed domain." });
  return hints;
}

/** Badges for a tool's behaviour hints (read-only, destructive/additive, idempotent, open-world), each explained in a tooltip. */
export function AnnotationBadges({ annotations }: { annotations: ToolAnnotations | undefined }) {
  const badges = annotationHints(annotations);
  if (badges.length === 0) return null;
  return (
    <Group gap={4}>
      {badges.map((b) => (
        <Tooltip key={b.label} label={b.hint} multiline w={260}>
          <Badge size="xs" color={b.color} tt="none">
            {b.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
