import { Badge, Tooltip } from "@mantine/core";
import type { Tool } from "@modelcontextprotocol/client";
import { appResourceUri, toolVisibility } from "./app-meta";

/** "app" for a tool that shows an app; "app-only" for one only apps may call (hidden from a model, shown to you). */
export function AppBadges({ tool }: { tool: Pick<Tool, "_meta"> }) {
  const uri = appResourceUri(tool);
  const visibility = toolVisibility(tool);
  return (
    <>
      {uri && (
        <Tooltip label={`Shows an app: ${uri}`}>
          <Badge size="xs" color="violet" variant="light" tt="none" data-testid="app-badge">
            app
          </Badge>
        </Tooltip>
      )}
      {!visibility.model && (
        <Tooltip label="Visible to apps only (_meta.ui.visibility): a host hides it from the model">
          <Badge size="xs" color="gray" variant="outline" tt="none" data-testid="app-only-badge">
            app-only
          </Badge>
        </Tooltip>
      )}
    </>
  );
}
