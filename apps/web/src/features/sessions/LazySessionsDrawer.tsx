import { lazyPanel } from "../../ui/lazy-panel";

// The list of past sessions, import, compare and the session diff load with the first opening, not with the page.
export const SessionsDrawer = lazyPanel(() => import("./SessionsDrawer").then((m) => m.SessionsDrawer));
