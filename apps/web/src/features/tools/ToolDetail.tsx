import { Badge, Button, Group, Skeleton, Stack, Switch, Text, Title } from "@mantine/core";
import type { Tool } from "@modelcontextprotocol/client";
import { IconX } from "@tabler/icons-react";
import { Suspense, lazy, useEffect, useState } from "react";
import { eraOf } from "@mcp-inspect/core";
import { CallHistory } from "./calls/CallHistory";
import { isRunning } from "./calls/call-state";
import { CallTimeoutsPopover } from "./calls/CallTimeoutsPopover";
import { useCallTimeouts } from "./calls/useCallTimeouts";
import { useToolCall } from "./calls/useToolCall";
import { useLastServer } from "../../client/useLastServer";
import { useSession } from "../../client/useSession";
import { startTaskRun } from "./tasks/start-task-run";
import { useTaskRunStore } from "./tasks/task-runs-context";
import { TaskRunsSection } from "./tasks/TaskRunsSection";
import { toolTaskMode } from "./tasks/task-support";
import { AnnotationBadges } from "./AnnotationBadges";
import { AppBadges, AppView, appResourceUri, type AppCall } from "../apps";
import type { CallState } from "./calls/call-state";
import { SchemaSection } from "../../ui/SchemaSection";
import { ToolIcon } from "../../ui/ToolIcon";
import { ToolResultView } from "./ToolResultView";
import { BrokenToolAlert } from "./BrokenToolAlert";
import type { ListedTool } from "./lenient-tools";

// The form engine (RJSF, its Mantine theme, Ajv formats) loads when the first tool is opened, not with the page.
const ToolArgumentsEditor = lazy(() => import("./ToolArgumentsEditor").then((m) => ({ default: m.ToolArgumentsEditor })));

interface ToolDetailProps {
  tool: Tool;
}

/** A tool's description and schemas, its arguments editor, the call (progress, cancel, timeouts), its result and history. */
export function ToolDetail({ tool }: ToolDetailProps) {
  const { snapshot } = useSession();
  const taskRuns = useTaskRunStore();
  const client = snapshot.client;
  const server = useLastServer(snapshot.connection);
  const serverName = server?.name ?? "";
  const modern = server?.protocolVersion !== undefined && eraOf(server.protocolVersion) === "modern";
  const taskMode = toolTaskMode(server?.capabilities, tool, modern);
  const [taskPicked, setTaskPicked] = useState(false);
  const asTask = taskMode === "required" || (taskMode === "optional" && taskPicked);
  const [timeouts, setTimeouts] = useCallTimeouts();
  const { state, history, call: send, cancel } = useToolCall(client, serverName, tool.name, timeouts);
  // A history entry picked to look at; a new call shows the live one again.
  const [viewing, setViewing] = useState<number>();
  const pending = isRunning(state);
  const call = (args: Record<string, unknown>) => {
    if (client && asTask) {
      startTaskRun(taskRuns, client, serverName, tool.name, args);
    } else if (client && !pending) {
      setViewing(undefined);
      void send(args);
    }
  };
  // A re-run from the restart banner lands in the history: show it where this tool's result goes.
  const newest = history[0];
  useEffect(() => {
    if (newest?.rerun) setViewing(newest.id);
  }, [newest]);
  const viewed = viewing === undefined ? undefined : history.find((entry) => entry.id === viewing);
  const title = tool.title ?? tool.annotations?.title;
  const shownCall = viewed ? viewed.call : state;
  const appUri = appResourceUri(tool);

  return (
    <Stack gap="sm" maw={1000}>
      <div>
        <Group gap="xs">
          <ToolIcon tool={tool} size={20} />
          <Title order={3} size="h4" className="mono">
            {tool.name}
          </Title>
          <AppBadges tool={tool} />
          <AnnotationBadges annotations={tool.annotations} />
          {tool.outputSchema && (
            <Badge size="xs" color="gray" tt="none">
              structured output
            </Badge>
          )}
        </Group>
        {title && <Text size="sm" fw={500}>{title}</Text>}
      </div>
      {(tool as ListedTool).brokenReason !== undefined && <BrokenToolAlert reason={(tool as ListedTool).brokenReason!} />}
      {tool.description && (
        <Text size="sm" className="pre-wrap" data-testid="tool-description">
          {tool.description}
        </Text>
      )}
      <SchemaSection label="Input schema" schema={tool.inputSchema} />
      {tool.outputSchema && <SchemaSection label="Output schema" schema={tool.outputSchema} />}
      <Suspense fallback={<Skeleton height={120} data-testid="arguments-loading" />}>
        <ToolArgumentsEditor key={tool.name} tool={tool} onSubmit={call} busy={pending} disabled={!client} />
      </Suspense>
      <Group gap="xs">
        <CallTimeoutsPopover timeouts={timeouts} onChange={setTimeouts} />
        {taskMode !== "none" && (
          <Switch
            size="sm"
            label={taskMode === "required" ? "Run as task (required by the tool)" : "Run as task"}
            checked={asTask}
            disabled={taskMode === "required"}
            onChange={(e) => setTaskPicked(e.currentTarget.checked)}
            data-testid="run-as-task"
          />
        )}
        {pending && (
          <Button variant="default" leftSection={<IconX size={14} />} onClick={cancel}>
            Cancel
          </Button>
        )}
        {viewed && (
          <Button variant="subtle" size="compact-sm" onClick={() => setViewing(undefined)}>
            Back to the latest call
          </Button>
        )}
      </Group>
      <TaskRunsSection client={client} server={serverName} tool={tool.name} capabilities={server?.capabilities} modern={modern} />
      <ToolResultView call={shownCall} tool={tool} onRetry={pending || !client ? undefined : call} />
      {appUri && shownCall.status !== "idle" && <AppView key={shownCall.callId} uri={appUri} tool={tool} call={appCallOf(shownCall)} />}
      <CallHistory entries={history} viewing={viewed?.id} onView={setViewing} onRunAgain={call} busy={pending || !client} />
    </Stack>
  );
}

/** What the tool's app is given of a call: its arguments, then its result, or that it ended without one. */
function appCallOf(call: Exclude<CallState, { status: "idle" }>): AppCall {
  if (call.status === "ok" || call.status === "tool-error") return { args: call.args, result: call.result };
  if (call.status === "pending" || call.status === "progress") return { args: call.args };
  return { args: call.args, cancelled: call.status === "cancelled" ? "cancelled by the person" : `the call ended without a result (${call.status})` };
}
