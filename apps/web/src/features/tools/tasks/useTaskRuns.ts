import { useSyncExternalStore } from "react";
import { useTaskRunStore } from "./task-runs-context";

export function useTaskRuns(server: string, tool: string) {
  const store = useTaskRunStore();
  const all = useSyncExternalStore(store.subscribe, store.get);
  return all.filter((run) => run.server === server && run.tool === tool);
}
