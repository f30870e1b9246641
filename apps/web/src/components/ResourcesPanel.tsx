import { Button, Group, Stack, Text, Title } from "@mantine/core";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { ReadResourceResult, Resource } from "@modelcontextprotocol/sdk/types.js";
import { IconRefresh } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useResources } from "../hooks/useResources";
import { useResourceTemplates } from "../hooks/useResourceTemplates";
import { useSession } from "../hooks/useSession";
import { useTimedRequest } from "../hooks/useTimedRequest";
import { ListEntry } from "./ListEntry";
import { ListHeader } from "./ListHeader";
import { ListStatus } from "./ListStatus";
import { ResourceResultView } from "./ResourceResultView";
import { ResourceTemplateList } from "./ResourceTemplateList";
import { SplitView } from "./SplitView";

/** Resources (every page) and resource templates; clicking a resource reads it. */
export function ResourcesPanel() {
  const { snapshot } = useSession();
  const resources = useResources();
  const templates = useResourceTemplates();
  const [selected, setSelected] = useState<Resource>();
  const read = useCallback(
    (signal: AbortSignal, client: Client, uri: string): Promise<ReadResourceResult> => client.readResource({ uri }, { signal }),
    [],
  );
  const { result, run } = useTimedRequest(read);
  const open = (resource: Resource) => {
    setSelected(resource);
    if (snapshot.client) void run(snapshot.client, resource.uri);
  };
  const items = resources.data?.items ?? [];
  return (
    <SplitView
      listWidth={340}
      list={
        <>
          <ListHeader title="Resources" count={resources.data?.items.length} onRefresh={resources.supported ? () => void resources.refetch() : undefined} refreshing={resources.isFetching} />
          <ListStatus what="resources" phase={resources.phase} supported={resources.supported} isLoading={resources.isLoading} error={resources.error} warning={resources.data?.warning} empty={resources.isSuccess && items.length === 0} />
          <div data-testid="resource-list">
            {items.map((resource) => (
              <ListEntry key={resource.uri} selected={selected?.uri === resource.uri} onClick={() => open(resource)} testId="resource-entry">
                <Text size="sm" fw={600} truncate>
                  {resource.title ?? resource.name}
                </Text>{" "}
                <Text size="xs" c="dimmed" className="mono" truncate>
                  {resource.uri}
                </Text>
              </ListEntry>
            ))}
          </div>
          {resources.supported && <ResourceTemplateList templates={templates} />}
        </>
      }
      detail={
        selected ? (
          <Stack gap="sm" maw={1000}>
            <div>
              <Title order={3} size="h4">
                {selected.title ?? selected.name}
              </Title>
              <Text size="xs" c="dimmed" className="mono" style={{ wordBreak: "break-all" }}>
                {selected.uri}
                {selected.mimeType && ` · ${selected.mimeType}`}
              </Text>
            </div>
            {selected.description && <Text size="sm">{selected.description}</Text>}
            <Group>
              <Button variant="default" leftSection={<IconRefresh size={14} />} onClick={() => open(selected)} disabled={!snapshot.client}>
                Read again
              </Button>
            </Group>
            <ResourceResultView result={result} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {items.length > 0 ? "Select a resource to read it." : ""}
          </Text>
        )
      }
    />
  );
}
