import { Overlay, Stack, Text } from "@mantine/core";
import { IconFileImport } from "@tabler/icons-react";

/** Shown while a file is dragged over the page. */
export function DropOverlay() {
  return (
    <Overlay fixed blur={2} backgroundOpacity={0.35} zIndex={1000} data-testid="drop-overlay">
      <Stack h="100%" align="center" justify="center" gap="xs" style={{ pointerEvents: "none" }}>
        <IconFileImport size={48} color="white" />
        <Text c="white" fw={600}>
          Drop a session file to open it read-only
        </Text>
      </Stack>
    </Overlay>
  );
}
