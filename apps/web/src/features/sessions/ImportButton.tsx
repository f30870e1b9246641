import { ActionIcon, Tooltip } from "@mantine/core";
import { IconFileImport } from "@tabler/icons-react";
import { useRef } from "react";
import { useImportSession } from "./useImportSession";

/** Opens a session file from disk read-only (dropping one anywhere on the page does the same). */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const importFile = useImportSession();
  return (
    <>
      <Tooltip label="Open a session file (or drop one on the page)">
        <ActionIcon variant="default" size="lg" aria-label="Open a session file" onClick={() => input.current?.click()} data-testid="import-session">
          <IconFileImport size={16} />
        </ActionIcon>
      </Tooltip>
      <input
        ref={input}
        type="file"
        accept=".jsonl,application/x-ndjson,application/json,text/plain"
        hidden
        data-testid="import-session-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
