import { Group, Stack, Text } from "@mantine/core";
import { base64Size, formatBytes, prettyIfJson } from "../lib/format";
import { JsonBlock } from "./JsonBlock";
import { MediaImage } from "./MediaImage";

export interface ResourceContents {
  uri: string;
  mimeType?: string | undefined;
  text?: string | undefined;
  blob?: string | undefined;
}

/** One entry of resources/read (or an embedded resource): text (pretty if JSON), an image, or a blob's size. */
export function ResourceContentsView({ contents }: { contents: ResourceContents }) {
  const { uri, mimeType, text, blob } = contents;
  return (
    <Stack gap={4} data-testid="resource-contents">
      <Group gap="xs">
        <Text size="xs" className="mono" fw={600} style={{ wordBreak: "break-all" }}>
          {uri}
        </Text>
        {mimeType && (
          <Text size="xs" c="dimmed" className="mono">
            {mimeType}
          </Text>
        )}
      </Group>
      {typeof text === "string" && <JsonBlock text={prettyIfJson(text).text} />}
      {typeof blob === "string" &&
        (mimeType?.startsWith("image/") ? (
          <MediaImage src={`data:${mimeType};base64,${blob}`} alt={uri} />
        ) : mimeType?.startsWith("audio/") ? (
          <audio controls src={`data:${mimeType};base64,${blob}`} />
        ) : (
          <Text size="sm" c="dimmed">
            binary, {formatBytes(base64Size(blob))}
          </Text>
        ))}
    </Stack>
  );
}
