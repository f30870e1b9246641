import { Text } from "@mantine/core";
import type { ResourceTemplate } from "@modelcontextprotocol/sdk/types.js";
import type { useResourceTemplates } from "../hooks/useResourceTemplates";
import { ListHeader } from "./ListHeader";
import { ListStatus } from "./ListStatus";

/** The resource templates (all pages): name, URI template, description. */
export function ResourceTemplateList({ templates }: { templates: ReturnType<typeof useResourceTemplates> }) {
  const items: ResourceTemplate[] = templates.data?.items ?? [];
  return (
    <>
      <ListHeader title="Resource templates" count={templates.data?.items.length} onRefresh={() => void templates.refetch()} refreshing={templates.isFetching} />
      <ListStatus what="resource templates" phase={templates.phase} supported={templates.supported} isLoading={templates.isLoading} error={templates.error} warning={templates.data?.warning} empty={templates.isSuccess && items.length === 0} />
      <div data-testid="resource-template-list">
        {items.map((template) => (
          <div key={template.uriTemplate} style={{ padding: "6px var(--mantine-spacing-sm)", borderBottom: "1px solid var(--mantine-color-default-border)" }}>
            <Text size="sm" fw={600}>
              {template.title ?? template.name}
            </Text>
            <Text size="xs" className="mono" c="dimmed" style={{ wordBreak: "break-all" }}>
              {template.uriTemplate}
            </Text>
            {template.description && (
              <Text size="xs" lineClamp={2}>
                {template.description}
              </Text>
            )}
          </div>
        ))}
      </div>
    </>
  );
}
