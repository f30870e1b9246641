import { lazyPanel } from "../../ui/lazy-panel";

// The sampling, elicitation and roots screens (their forms, number inputs) load with the first opening, not with the page.
export const RequestsDrawer = lazyPanel(() => import("./RequestsDrawer").then((m) => m.RequestsDrawer));
