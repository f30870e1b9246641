import { lazyPanel } from "../../ui/lazy-panel";

// On the first screen, but it has nothing to list before the SDK client (a chunk of its own) has connected:
// its code loads beside that one, so the page's first chunk stays small.
export const ToolsPanel = lazyPanel(() => import("./ToolsPanel").then((m) => m.ToolsPanel));
