import { Alert } from "@mantine/core";
import { IconFileAlert } from "@tabler/icons-react";
import { useSessions } from "./sessions-context";

/** Why a dropped or picked file could not be opened. */
export function ImportErrorAlert() {
  const { importError, setImportError } = useSessions();
  if (!importError) return null;
  return (
    <Alert
      color="red"
      icon={<IconFileAlert size={16} />}
      title="Could not open the session file"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setImportError(undefined)}
      data-testid="import-error"
      radius={0}
    >
      <span className="mono">{importError}</span>
    </Alert>
  );
}
