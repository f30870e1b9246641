import { ActionIcon, Tooltip } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { ExportModal } from "./LazyExportModal";

/** The header's export of the live session as a replay fixture and test. */
export function ExportButton() {
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on (its code loads then), so it can animate closed like any modal.
  const [everOpened, setEverOpened] = useState(false);
  if (opened && !everOpened) setEverOpened(true);
  return (
    <>
      <Tooltip label="Export as a replay test">
        <ActionIcon variant="default" size="lg" aria-label="Export as a replay test" onClick={() => setOpened(true)} data-testid="export-button">
          <IconDownload size={16} />
        </ActionIcon>
      </Tooltip>
      {everOpened && <ExportModal opened={opened} onClose={() => setOpened(false)} />}
    </>
  );
}
