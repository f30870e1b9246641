import { Skeleton } from "@mantine/core";
import { Suspense, lazy, type ComponentProps } from "react";

// The host side (ext-apps' AppBridge, its schemas) loads with the first app, not with the page.
const AppViewImpl = lazy(() => import("./AppView").then((m) => ({ default: m.AppView })));

/** An MCP App, loaded on demand (see AppView). */
export function AppView(props: ComponentProps<typeof AppViewImpl>) {
  return (
    <Suspense fallback={<Skeleton height={120} data-testid="app-loading" />}>
      <AppViewImpl {...props} />
    </Suspense>
  );
}
