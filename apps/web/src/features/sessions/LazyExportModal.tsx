import { lazyPanel } from "../../ui/lazy-panel";

// The export screen (its choices, the fixture and test writers) loads with the first opening, not with the page.
export const ExportModal = lazyPanel(() => import("./ExportModal").then((m) => m.ExportModal));
