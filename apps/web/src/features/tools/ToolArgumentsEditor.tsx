import { Alert, Button, Checkbox, Group, SegmentedControl, Stack, Text, Tooltip } from "@mantine/core";
import type { Tool } from "@modelcontextprotocol/client";
import { IconPlayerPlay } from "@tabler/icons-react";
import { useState } from "react";
import { CopyCallMenu } from "../forms";
import { InvalidArgsAlert } from "../forms";
import { JsonArgsEditor } from "../forms";
import { SchemaForm } from "../forms";
import { argsScope, useRememberedArgs, type ArgsMode, type RememberedArgs } from "../forms";
import { useArgsEditor } from "../forms";
import { useLastServer } from "../../client/useLastServer";
import { useSession } from "../../client/useSession";
import type { CallTarget } from "../forms";

export interface ToolArgumentsEditorProps {
  tool: Tool;
  /** Calls the tool with these arguments. */
  onSubmit: (args: Record<string, unknown>) => void;
  /** A call is running: the submit button shows it. */
  busy: boolean;
  /** No client is ready: nothing can be sent. */
  disabled: boolean;
}

/** The arguments of a tool call (a form from its input schema, or JSON), and its "Call tool" button. */
export function ToolArgumentsEditor(props: ToolArgumentsEditorProps) {
  const { snapshot } = useSession();
  const serverName = useLastServer(snapshot.connection)?.name ?? "";
  const scope = argsScope(snapshot.header?.target, serverName);
  const remembered = useRememberedArgs(scope, props.tool.name);
  // `rememberArgs` from elsewhere bumps rev: start over from what it stored.
  return (
    <ArgumentsEditor
      key={`${scope}\n${remembered?.rev ?? 0}`}
      {...props}
      scope={scope}
      initial={remembered}
      target={snapshot.header?.target}
    />
  );
}

interface ArgumentsEditorProps extends ToolArgumentsEditorProps {
  scope: string;
  initial: RememberedArgs | undefined;
  target: CallTarget | undefined;
}

function ArgumentsEditor({ tool, onSubmit, busy, disabled, scope, initial, target }: ArgumentsEditorProps) {
  const editor = useArgsEditor(tool.inputSchema, scope, tool.name, initial);
  // Problems are shown once Call tool was pressed with invalid arguments, then live until fixed.
  const [attempted, setAttempted] = useState(false);
  const [alertOpen, setAlertOpen] = useState(false);
  const { args, validation } = editor;

  const send = () => {
    if (!args.ok || disabled || busy) return;
    setAttempted(false);
    setAlertOpen(false);
    onSubmit(args.value);
  };
  const submit = () => {
    if (!args.ok || disabled || busy) return;
    if (validation.valid) return send();
    setAttempted(true);
    setAlertOpen(true);
  };
  const showProblems = attempted && !validation.valid;

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          Arguments
        </Text>
        {editor.hasSecrets && (
          <Tooltip label="Fields that look secret (password format; names with token, key, secret, password, auth, credential) are not kept in this browser's storage unless ticked" multiline maw={320}>
            <Checkbox
              size="xs"
              label="Remember secrets"
              checked={editor.rememberSecrets}
              onChange={(e) => editor.setRememberSecrets(e.currentTarget.checked)}
              data-testid="remember-secrets"
              ml="auto"
            />
          </Tooltip>
        )}
        <SegmentedControl
          size="xs"
          aria-label="Arguments editor"
          data-testid="args-mode"
          data={[
            { value: "form", label: "Form" },
            { value: "json", label: "JSON" },
          ]}
          value={editor.mode}
          onChange={(mode) => editor.switchTo(mode as ArgsMode)}
        />
      </Group>
      {editor.switchError && (
        <Alert color="red" p="xs" data-testid="switch-error">
          <Text size="xs">{editor.switchError}</Text>
        </Alert>
      )}
      {editor.mode === "form" ? (
        <div
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        >
          <SchemaForm
            schema={tool.inputSchema}
            values={editor.values}
            onChange={editor.setValues}
            errorSchema={showProblems ? validation.errorSchema : undefined}
            onSubmit={submit}
          />
        </div>
      ) : (
        <JsonArgsEditor text={editor.text} onChange={editor.setText} parsed={args} problems={validation.problems} onSubmit={submit} />
      )}
      {showProblems && alertOpen && (
        <InvalidArgsAlert problems={validation.problems} onSendAnyway={send} onDismiss={() => setAlertOpen(false)} disabled={disabled || busy} />
      )}
      <Group gap="xs">
        <Button leftSection={<IconPlayerPlay size={14} />} onClick={submit} disabled={disabled || !args.ok} loading={busy}>
          Call tool
        </Button>
        <CopyCallMenu toolName={tool.name} args={args.ok ? args.value : undefined} target={target} />
        {disabled && (
          <Text size="xs" c="dimmed">
            The server is not ready.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
