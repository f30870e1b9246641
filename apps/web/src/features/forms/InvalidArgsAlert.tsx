import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { ProblemList } from "./JsonArgsEditor";
import type { ArgsProblem } from "./validate-args";

interface InvalidArgsAlertProps {
  problems: ArgsProblem[];
  onSendAnyway: () => void;
  onDismiss: () => void;
  disabled: boolean;
}

/** Shown when Call tool found problems: an inspector must still be able to send bad input on purpose. */
export function InvalidArgsAlert({ problems, onSendAnyway, onDismiss, disabled }: InvalidArgsAlertProps) {
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={16} />} title="The arguments do not match the input schema" data-testid="invalid-args">
      <ProblemList problems={problems} />
      <Group gap="xs" mt="xs">
        <Button color="orange" variant="light" onClick={onSendAnyway} disabled={disabled}>
          Send anyway
        </Button>
        <Button variant="subtle" color="gray" onClick={onDismiss}>
          Keep editing
        </Button>
        <Text size="xs" c="dimmed">
          The server will see exactly these arguments.
        </Text>
      </Group>
    </Alert>
  );
}
