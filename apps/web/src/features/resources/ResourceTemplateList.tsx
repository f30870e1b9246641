import { Text } from "@mantine/core";
import type { ResourceTemplateType as ResourceTemplate } from "@modelcontextprotocol/client";
import type { useResourceTemplates } from "./useResourceTemplates";
import { PagedListHeader } from "../../ui/PagedListHeader";
import { ServerIcon } from "../../ui/ServerIcon";
import { ListEntry } from "../../ui/ListEntry";
import { ListStatus } from "../connection";

interface ResourceTemplateListProps {
  templates: ReturnType<typeof useResourceTemplates>;
  selected: string | undefined;
  onSelect: (template: ResourceTemplate) => void;
  updated: boolean;
}

/** The resource templates: name, URI template, description; selecting one opens its form. */
export function ResourceTemplateList({ templates, selected, onSelect, updated }: ResourceTemplateListProps) {
  const items: ResourceTemplate[] = templates.data?.items ?? [];
  return (
    <>
      <PagedListHeader
        title="Resource templates"
        count={templates.data?.items.length}
        onRefresh={() => void templates.refetch()}
        refreshing={templates.isFetching}
        paging={templates.paging}
        updated={updated}
        testId="template-list-header"
      />
      <ListStatus what="resource templates" phase={templates.phase} authorizing={templates.authorizing} supported={templates.supported} isLoading={templates.isLoading} error={templates.error} warning={templates.data?.warning} empty={templates.isSuccess && items.length === 0} />
      <div data-testid="resource-template-list">
        {items.map((template) => (
          <ListEntry key={template.uriTemplate} selected={selected === template.uriTemplate} onClick={() => onSelect(template)} testId="resource-template-entry">
            <Text size="sm" fw={600} truncate>
              <ServerIcon icons={template.icons} size={14} /> {template.title ?? template.name}
            </Text>{" "}
            <Text size="xs" className="mono" c="dimmed" truncate>
              {template.uriTemplate}
            </Text>
            {template.description && (
              <Text size="xs" lineClamp={2}>
                {template.description}
              </Text>
            )}
          </ListEntry>
        ))}
      </div>
    </>
  );
}
