import { ScrollArea, Stack, Text } from "@mantine/core";
import { useMemo } from "react";
import { useSession } from "../../client/useSession";
import { recordedTools } from "./recorded-tools";

/** The tools the recorded server listed (its last tools/list, every page), as it listed them. */
export function RecordedTools() {
  const { snapshot } = useSession();
  const listing = useMemo(() => recordedTools(snapshot.frames), [snapshot.frames]);
  if (!listing) {
    return (
      <Text size="sm" c="dimmed" p="md" data-testid="recorded-tools-empty">
        This session has no tools/list answer.
      </Text>
    );
  }
  return (
    <ScrollArea flex={1}>
      <Stack gap={6} p="md" data-testid="recorded-tools">
        <Text size="xs" c="dimmed">
          {listing.tools.length} tools, as listed in frame {listing.seq}
        </Text>
        {listing.tools.map((tool) => (
          <div key={tool.name} data-testid="recorded-tool" data-tool={tool.name}>
            <Text size="sm" fw={600} className="mono">
              {tool.name}
              {tool.title && (
                <Text span size="xs" fw={500} ml="xs">
                  {tool.title}
                </Text>
              )}
            </Text>
            {tool.description && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {tool.description}
              </Text>
            )}
          </div>
        ))}
      </Stack>
    </ScrollArea>
  );
}
