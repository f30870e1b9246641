import { lazyPanel } from "../../ui/lazy-panel";

// A recorded session's main area shows only once one is opened: its code loads then, not with the page.
export const ReadOnlyView = lazyPanel(() => import("./ReadOnlyView").then((m) => m.ReadOnlyView));
