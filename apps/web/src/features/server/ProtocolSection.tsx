import { Badge, Button, Group, Select, Stack, Text, Title } from "@mantine/core";
import { eraOf, PROTOCOL_REVISIONS, type ProtocolMode, type ServerIdentity } from "@mcp-inspect/core";
import { IconPlugConnected } from "@tabler/icons-react";
import { useState } from "react";
import { useSession } from "../../client/useSession";
import { JsonBlock } from "../../ui/JsonBlock";

const MODES: { value: ProtocolMode; label: string }[] = [
  { value: "auto", label: "auto (server/discover, else initialize)" },
  ...[...PROTOCOL_REVISIONS].reverse().map((revision) => ({ value: revision, label: `${revision} (${eraOf(revision)})` })),
];

/**
 * Which era and revision the session speaks, what the server offered in `server/discover` (2026-07-28), and a way
 * to connect again in another one: the server process restarts, since a server pins its era on its first message.
 */
export function ProtocolSection({ server }: { server: ServerIdentity | undefined }) {
  const { snapshot, reconnectWith } = useSession();
  const [mode, setMode] = useState<ProtocolMode>(snapshot.protocol);
  const era = server?.protocolVersion ? eraOf(server.protocolVersion) : undefined;
  const discover = server?.discover;
  const offered = Array.isArray(discover?.["supportedVersions"]) ? (discover["supportedVersions"] as string[]) : undefined;
  return (
    <Stack gap={6} data-testid="protocol-section">
      <Title order={4} size="h6">
        Protocol
      </Title>
      <Group gap="xs">
        {era && (
          <Badge variant="light" color={era === "modern" ? "teal" : "gray"} tt="none" data-testid="protocol-era">
            {era === "modern" ? "modern era (server/discover)" : "legacy era (initialize)"}
          </Badge>
        )}
        <Text size="sm" className="mono" data-testid="protocol-revision">
          {server?.protocolVersion ?? "—"}
        </Text>
        <Text size="sm" c="dimmed">
          asked for: <span className="mono">{snapshot.protocol}</span>
        </Text>
      </Group>
      {offered && (
        <Text size="sm" data-testid="discover-versions">
          The server offers: <span className="mono">{offered.join(", ")}</span>
        </Text>
      )}
      {reconnectWith && (
        <Group gap="xs" align="end">
          <Select
            size="xs"
            w={300}
            label="Connect in"
            data={MODES}
            value={mode}
            onChange={(value) => value && setMode(value as ProtocolMode)}
            allowDeselect={false}
            data-testid="protocol-select"
          />
          <Button size="xs" variant="default" leftSection={<IconPlugConnected size={14} />} onClick={() => reconnectWith(mode)} data-testid="protocol-reconnect">
            Restart and reconnect
          </Button>
        </Group>
      )}
      {discover && (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            server/discover answered
          </Text>
          <JsonBlock value={discover} testId="discover-result" />
        </Stack>
      )}
    </Stack>
  );
}
