import { Group, Text } from "@mantine/core";
import { memo } from "react";
import type { ListedTool } from "./lenient-tools";
import { AnnotationBadges } from "./AnnotationBadges";
import { AppBadges } from "../apps";
import { BrokenToolBadge } from "./BrokenToolAlert";
import { ListEntry } from "../../ui/ListEntry";
import { ToolIcon } from "../../ui/ToolIcon";

interface ToolListProps {
  tools: ListedTool[];
  filter: string;
  selected: string | undefined;
  onSelect: (name: string) => void;
}

/** One button per tool: icon (decorative) and name first (its accessible name starts with the name), then title, description, hints. */
export const ToolList = memo(function ToolList({ tools, filter, selected, onSelect }: ToolListProps) {
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? tools.filter((t) => `${t.name} ${t.title ?? ""} ${t.description ?? ""}`.toLowerCase().includes(needle))
    : tools;
  return (
    <div data-testid="tool-list">
      {shown.map((tool) => (
        <ListEntry key={tool.name} selected={tool.name === selected} onClick={() => onSelect(tool.name)} testId="tool-entry">
          <Group gap={4} wrap="wrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              <ToolIcon tool={tool} />
              <Text size="sm" fw={600} className="mono" style={{ wordBreak: "break-all" }}>
                {tool.name}
              </Text>
            </Group>{" "}
            {tool.brokenReason !== undefined && <BrokenToolBadge />}
            <AppBadges tool={tool} />
            <AnnotationBadges annotations={tool.annotations} />
          </Group>{" "}
          {(tool.title ?? tool.annotations?.title) && (
            <Text size="xs" fw={500}>
              {tool.title ?? tool.annotations?.title}
            </Text>
          )}{" "}
          {tool.description && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {tool.description}
            </Text>
          )}
        </ListEntry>
      ))}
    </div>
  );
});
