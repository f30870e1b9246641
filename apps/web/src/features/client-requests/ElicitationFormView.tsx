import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { ProblemList } from "../forms";
import { pruneEmpty } from "../forms";
import { SchemaForm } from "../forms";
import { validateArgs } from "../forms";
import { elicitResult, type ElicitAction } from "./elicit-response";
import { elicitationForm } from "./elicitation-schema";

interface ElicitationFormViewProps {
  message: string;
  requestedSchema: unknown;
  disabled: boolean;
  onAnswer: (result: ReturnType<typeof elicitResult>) => void;
}

/** Form mode: the requested schema through the tools' form engine; Accept (validated, or sent anyway), Decline, Cancel. */
export function ElicitationFormView({ message, requestedSchema, disabled, onAnswer }: ElicitationFormViewProps) {
  const [values, setValues] = useState<Record<string, unknown>>({});
  // Drawn from a rewritten schema (multi-selects as checkboxes, enumNames as titles); checked against the sent one.
  const form = useMemo(() => elicitationForm(requestedSchema), [requestedSchema]);
  const [attempted, setAttempted] = useState(false);
  const content = pruneEmpty(values, requestedSchema) as Record<string, unknown>;
  const validation = validateArgs(requestedSchema, content);
  const showProblems = attempted && !validation.valid;
  const send = (action: ElicitAction) => onAnswer(elicitResult(action, content));

  return (
    <Stack gap="xs" data-testid="elicitation-form">
      <Text size="sm" className="pre-wrap" data-testid="elicitation-message">{message}</Text>
      <SchemaForm
        schema={form.schema}
        uiSchema={form.uiSchema}
        values={values}
        onChange={setValues}
        errorSchema={showProblems ? validation.errorSchema : undefined}
        disabled={disabled}
      />
      {showProblems && (
        <Alert color="orange" icon={<IconAlertTriangle size={16} />} title="The answer does not match the requested schema" data-testid="invalid-elicitation">
          <ProblemList problems={validation.problems} />
          <Button mt="xs" size="xs" color="orange" variant="light" disabled={disabled} onClick={() => send("accept")}>
            Send anyway
          </Button>
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" disabled={disabled} onClick={() => (validation.valid ? send("accept") : setAttempted(true))}>
          Accept
        </Button>
        <Button size="xs" variant="default" disabled={disabled} onClick={() => send("decline")}>
          Decline
        </Button>
        <Button size="xs" variant="subtle" color="gray" disabled={disabled} onClick={() => send("cancel")}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
