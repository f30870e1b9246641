import { useSyncExternalStore } from "react";
import { taskRuns } from "./task-store";

export function useTaskRuns(server: string, tool: string) {
  const all = useSyncExternalStore(taskRuns.subscribe, taskRuns.get);
  return all.filter((run) => run.server === server && run.tool === tool);
}
