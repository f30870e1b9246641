import { Alert } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useWorkspace } from "./workspace-context";

/** A start or close that failed, over whatever tab is shown, until dismissed. */
export function WorkspaceError() {
  const workspace = useWorkspace();
  if (!workspace?.error) return null;
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertTriangle size={16} />}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={workspace.dismissError}
      pos="fixed"
      bottom={16}
      left="50%"
      maw={560}
      w="calc(100% - 32px)"
      style={{ transform: "translateX(-50%)", zIndex: 400 }}
      data-testid="workspace-error"
    >
      {workspace.error}
    </Alert>
  );
}
