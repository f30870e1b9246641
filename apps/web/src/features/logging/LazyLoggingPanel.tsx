import { lazyPanel } from "../../ui/lazy-panel";

// Not on the first screen: its code (and what only it uses) loads when it first renders.
export const LoggingPanel = lazyPanel(() => import("./LoggingPanel").then((m) => m.LoggingPanel));
