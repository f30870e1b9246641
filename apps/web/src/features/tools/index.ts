/**
 * The Tools tab: the list, the detail with the arguments editor, calls (`calls/`: state, progress,
 * timeouts, history), results and outputSchema checks, and "Run as task" (`tasks/`: 2025-11-25 tasks by hand,
 * 2026-07-28's io.modelcontextprotocol/tasks extension through @modelcontextprotocol/ext-tasks).
 * May import: client/, ui/, features content, forms, log, apps, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { TaskRunsContext } from "./tasks/task-runs-context";
export { TaskRunStore } from "./tasks/task-store";
export { taskStatusExtension } from "./tasks/task-extension";
export { ToolsPanel } from "./LazyToolsPanel";
export { callHistory } from "./calls/call-history";
export { historyKey } from "./calls/call-history";
export type { FinishedCall } from "./calls/call-state";
export { ToolDetail } from "./ToolDetail";
