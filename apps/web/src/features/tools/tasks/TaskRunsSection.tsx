import { Button, Group, Stack, Table, Text } from "@mantine/core";
import type { Client } from "@modelcontextprotocol/client";
import type { Task } from "@modelcontextprotocol/client";
import { useState } from "react";
import { describeError } from "../../../ui/describe-error";
import { listTasks } from "./run-tool-task";
import { cancelTaskRun } from "./start-task-run";
import { serverTaskOps } from "./task-support";
import { useTaskRunStore } from "./task-runs-context";
import { TaskRunCard } from "./TaskRunCard";
import { useTaskRuns } from "./useTaskRuns";

interface TaskRunsSectionProps {
  client: Client | undefined;
  server: string;
  tool: string;
  capabilities: Record<string, unknown> | undefined;
  /** The session speaks 2026-07-28 (tasks are the io.modelcontextprotocol/tasks extension). */
  modern: boolean;
}

/** A tool's task runs (newest first) and the server's own task list (tasks/list). */
export function TaskRunsSection({ client, server, tool, capabilities, modern }: TaskRunsSectionProps) {
  const taskRuns = useTaskRunStore();
  const runs = useTaskRuns(server, tool);
  const ops = serverTaskOps(capabilities, modern);
  const [listed, setListed] = useState<Task[]>();
  const [listError, setListError] = useState<string>();
  const list = async () => {
    if (!client) return;
    try {
      const tasks = await listTasks(client);
      for (const task of tasks) taskRuns.taskSeen(task);
      setListed(tasks);
      setListError(undefined);
    } catch (error) {
      setListError(describeError(error).text);
    }
  };
  if (runs.length === 0 && !ops.list) return null;
  return (
    <Stack gap="xs" data-testid="task-runs">
      <Group gap="xs" justify="space-between">
        <Text size="sm" fw={500}>Tasks</Text>
        {ops.list && (
          <Button size="compact-xs" variant="default" onClick={() => void list()} disabled={!client}>
            List the server's tasks
          </Button>
        )}
      </Group>
      {runs.map((run) => (
        <TaskRunCard key={run.id} run={run} canCancel={ops.cancel && !!client} onCancel={() => client && void cancelTaskRun(taskRuns, client, run.id)} />
      ))}
      {listError && <Text size="xs" c="red">{listError}</Text>}
      {listed && (
        <Table fz="xs" data-testid="tasks-list">
          <Table.Thead>
            <Table.Tr><Table.Th>taskId</Table.Th><Table.Th>status</Table.Th><Table.Th>created</Table.Th><Table.Th>message</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {listed.length === 0 && <Table.Tr><Table.Td colSpan={4}>The server lists no tasks.</Table.Td></Table.Tr>}
            {listed.map((task) => (
              <Table.Tr key={task.taskId}>
                <Table.Td className="mono">{task.taskId}</Table.Td>
                <Table.Td>{task.status}</Table.Td>
                <Table.Td>{new Date(task.createdAt).toLocaleTimeString()}</Table.Td>
                <Table.Td>{task.statusMessage}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
