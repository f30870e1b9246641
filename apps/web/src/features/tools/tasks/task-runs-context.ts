import { createContext, useContext } from "react";
import { taskRuns, type TaskRunStore } from "./task-store";

/**
 * The task runs of the server this tree shows: each live server's session has its own store, so two
 * servers (even two with the same name, or the same task ids) never show each other's runs.
 */
export const TaskRunsContext = createContext<TaskRunStore>(taskRuns);

export function useTaskRunStore(): TaskRunStore {
  return useContext(TaskRunsContext);
}
