import { lazyPanel } from "../../ui/lazy-panel";

// The list is the first screen; a tool's detail (arguments, calls, results, their outputSchema check with Ajv
// and RE2) shows once one is chosen: its code loads then (or when the page is idle), not before the list.
export const ToolDetail = lazyPanel(() => import("./ToolDetail").then((m) => m.ToolDetail));
