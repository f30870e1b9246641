import { useState } from "react";
import { Button, Group, Paper, Text } from "@mantine/core";

const DATA_IMAGE = /^data:image\//i;
const LOADABLE = /^https?:\/\//i;

/**
 * An image a server's Markdown points at. data: images are part of the content and show at once; a
 * URL is never fetched by itself (that would tell any host the server names that, and when, someone
 * looked): a placeholder names it, and "Load image" fetches it for this one image, without a referrer.
 */
export function RemoteImage({ src, alt, title }: { src: string | undefined; alt: string | undefined; title: string | undefined }) {
  const [load, setLoad] = useState(false);
  if (!src) return null;
  if (DATA_IMAGE.test(src) || load) return <img src={src} alt={alt ?? ""} title={title} referrerPolicy="no-referrer" style={{ maxWidth: "100%" }} />;
  return (
    <Paper component="span" withBorder p="xs" data-testid="remote-image" style={{ display: "inline-block", maxWidth: "100%" }}>
      <Group component="span" gap="xs" wrap="nowrap">
        <Text component="span" size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          Image not loaded{alt ? ` (${alt})` : ""}: {src}
        </Text>
        {LOADABLE.test(src) && (
          <Button size="compact-xs" variant="light" onClick={() => setLoad(true)} aria-label={`Load image ${src}`}>
            Load image
          </Button>
        )}
      </Group>
    </Paper>
  );
}
