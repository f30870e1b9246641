import { Button, Group, Stack, Text, Title } from "@mantine/core";
import type { ReadResourceResult, Resource } from "@modelcontextprotocol/client";
import { IconRefresh } from "@tabler/icons-react";
import { ResourceResultView } from "../content";
import { AppView } from "../apps";
import type { TimedResult } from "../../ui/useTimedRequest";
import { ResourceMeta } from "./ResourceMeta";
import { ServerIcon } from "../../ui/ServerIcon";
import { SubscribeButton } from "./SubscribeButton";
import type { Subscriptions } from "./useSubscriptions";

interface ResourceDetailProps {
  uri: string;
  /** The listed resource with this URI, when there is one (an update may name an unlisted URI). */
  resource?: Resource | undefined;
  result: TimedResult<ReadResourceResult>;
  onRead: () => void;
  ready: boolean;
  subscriptions: Subscriptions;
}

/** A resource's metadata, Read again, Subscribe, and what resources/read returned. */
export function ResourceDetail({ uri, resource, result, onRead, ready, subscriptions }: ResourceDetailProps) {
  return (
    <Stack gap="sm" maw={1000} data-testid="resource-detail">
      <div>
        <Group gap={6} wrap="nowrap">
          <ServerIcon icons={resource?.icons} size={20} />
          <Title order={3} size="h4">
            {resource ? (resource.title ?? resource.name) : uri}
          </Title>
        </Group>
        {resource?.title && (
          <Text size="xs" c="dimmed" className="mono">
            name: {resource.name}
          </Text>
        )}
        <Text size="xs" c="dimmed" className="mono" style={{ wordBreak: "break-all" }}>
          {uri}
        </Text>
      </div>
      {resource && <ResourceMeta mimeType={resource.mimeType} size={resource.size} annotations={resource.annotations} />}
      {resource?.description && <Text size="sm">{resource.description}</Text>}
      <Group>
        <Button variant="default" leftSection={<IconRefresh size={14} />} onClick={onRead} disabled={!ready}>
          Read again
        </Button>
        <SubscribeButton uri={uri} subscriptions={subscriptions} />
      </Group>
      {uri.startsWith("ui://") && ready && <AppView uri={uri} />}
      <ResourceResultView result={result} />
    </Stack>
  );
}
