import { lazyPanel } from "../../ui/lazy-panel";

// On the first screen, but its frames come over the relay after the page is up: its code (the virtual list,
// row summaries, the detail, JSON tree, stats) loads beside the SDK client's, not in the page's first chunk.
export const LogPanel = lazyPanel(() => import("./LogPanel").then((m) => m.LogPanel));
