import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { base64Size, formatBytes, prettyIfJson } from "../../ui/format";
import { MarkdownView } from "./LazyMarkdownView";
import { contentsViewKind, decodeTextBlob, downloadName } from "./contents-view-kind";
import { JsonBlock } from "../../ui/JsonBlock";
import { MediaImage } from "../../ui/MediaImage";

export interface ResourceContents {
  uri: string;
  mimeType?: string | undefined;
  text?: string | undefined;
  blob?: string | undefined;
  _meta?: Record<string, unknown> | undefined;
}

/** One entry of resources/read (or an embedded resource), shown by MIME type (see `contentsViewKind`). */
export function ResourceContentsView({ contents }: { contents: ResourceContents }) {
  const { uri, mimeType, blob } = contents;
  // A text/plain or JSON blob is read in place like text (and can still be downloaded).
  const decoded = decodeTextBlob(contents);
  const text = decoded ?? contents.text;
  const kind = contentsViewKind(decoded === undefined ? contents : { mimeType, text: decoded });
  const size = typeof blob === "string" ? base64Size(blob) : typeof text === "string" ? new TextEncoder().encode(text).length : 0;
  const dataUrl = typeof blob === "string" ? `data:${mimeType || "application/octet-stream"};base64,${blob}` : "";
  return (
    <Stack gap={4} data-testid="resource-contents" data-view={kind}>
      <Group gap="xs">
        <Text size="xs" className="mono" fw={600} style={{ wordBreak: "break-all" }}>
          {uri}
        </Text>
        {mimeType && (
          <Text size="xs" c="dimmed" className="mono">
            {mimeType}
          </Text>
        )}
        <Badge size="xs" variant="outline" color="gray" tt="none">
          {typeof blob === "string" ? "blob" : "text"} · {formatBytes(size)}
        </Badge>
      </Group>
      {kind === "markdown" && <MarkdownView text={text ?? ""} />}
      {kind === "json" && <JsonBlock text={prettyIfJson(text ?? "").text} testId="resource-text" />}
      {kind === "text" && <JsonBlock text={text ?? ""} testId="resource-text" />}
      {kind === "image" && <MediaImage src={dataUrl} alt={uri} />}
      {kind === "audio" && <audio controls src={dataUrl} data-testid="resource-audio" />}
      {kind === "video" && <video controls src={dataUrl} style={{ maxWidth: "100%", maxHeight: 360 }} data-testid="resource-video" />}
      {(kind === "binary" || decoded !== undefined) && (
        <Anchor href={dataUrl} download={downloadName(uri)} size="sm" data-testid="resource-download">
          <Group gap={4} component="span">
            <IconDownload size={14} />
            Download {downloadName(uri)} ·<span>{decoded !== undefined ? "blob" : "binary"}, {formatBytes(size)}</span>
          </Group>
        </Anchor>
      )}
      {kind === "empty" && (
        <Text size="sm" c="orange">
          This entry has neither text nor blob.
        </Text>
      )}
    </Stack>
  );
}
