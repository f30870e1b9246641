import { Anchor, Group, Stack, Text } from "@mantine/core";
import type { Client } from "@modelcontextprotocol/client";
import type { ReadResourceResult, ResourceLink } from "@modelcontextprotocol/client";
import { IconLink } from "@tabler/icons-react";
import { useCallback } from "react";
import { useSession } from "../../client/useSession";
import { useTimedRequest } from "../../ui/useTimedRequest";
import { ResourceResultView } from "./ResourceResultView";

/** A resource_link content block: shown like a link; clicking it reads the resource here. */
export function ResourceLinkItem({ link }: { link: ResourceLink }) {
  const { snapshot } = useSession();
  const read = useCallback(
    (signal: AbortSignal, client: Client, uri: string): Promise<ReadResourceResult> => client.readResource({ uri }, { signal }),
    [],
  );
  const { result, run } = useTimedRequest(read);
  const client = snapshot.client;
  return (
    <Stack gap={4} data-testid="resource-link">
      <Group gap={6} wrap="nowrap">
        <IconLink size={14} />
        <Anchor component="button" size="sm" className="mono" disabled={!client} onClick={() => client && void run(client, link.uri)}>
          {link.title || link.name || link.uri}
        </Anchor>
        {link.mimeType && (
          <Text size="xs" c="dimmed" className="mono">
            {link.mimeType}
          </Text>
        )}
      </Group>
      {link.name && (
        <Text size="xs" c="dimmed" className="mono" style={{ wordBreak: "break-all" }}>
          {link.uri}
        </Text>
      )}
      {link.description && <Text size="xs">{link.description}</Text>}
      <ResourceResultView result={result} />
    </Stack>
  );
}
