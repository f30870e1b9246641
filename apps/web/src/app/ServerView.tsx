import { MantineThemeProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { memo, useEffect, useMemo, useState } from "react";
import type { ProxiedFeed } from "../client/session-context";
import { InspectorShell } from "./InspectorShell";
import { SessionProvider } from "./SessionProvider";
import { createQueryClient } from "../client/create-query-client";
import { LinkContext, linkInAddressBar, writeLinkToAddressBar } from "../features/workspace";
import { LinkStore } from "../features/workspace";
import { PendingReporter } from "./PendingReporter";

/**
 * One server's inspector, isolated from the others: its own query cache, relay and SDK client. A hidden
 * one stays mounted (connected, its log filling) and keeps its popups (drawers, menus, modals) inside
 * itself, so a server in the background cannot pop a drawer over the tab being looked at.
 */
export const ServerView = memo(function ServerView({ token, server, active, feed }: { token: string; server: string; active: boolean; feed?: ProxiedFeed }) {
  // A new object on every read of the server list: keep one per change, so the session below re-renders only then.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableFeed = useMemo(() => feed, [feed?.state, feed?.label, feed?.client, feed?.error]);
  const [queryClient] = useState(createQueryClient);
  // The view shown when the page loads starts from the address bar's link; the others from nothing.
  const [link] = useState(() => new LinkStore(active ? linkInAddressBar() : {}));
  useEffect(() => (active ? link.linkTo((state) => writeLinkToAddressBar(state, server)) : undefined), [active, link, server]);
  const portalId = `server-portals-${server.replace(/[^\w-]/g, "_")}`;
  const portalTheme = useMemo(() => ({ components: { Portal: { defaultProps: { target: `#${portalId}` } } } }), [portalId]);
  return (
    <div data-testid="server-view" data-server-id={server} data-active={active} style={active ? undefined : { display: "none" }}>
      <MantineThemeProvider theme={portalTheme}>
        <QueryClientProvider client={queryClient}>
          <LinkContext.Provider value={link}>
            <SessionProvider token={token} server={server} feed={stableFeed}>
              <PendingReporter server={server} />
              <InspectorShell active={active} />
            </SessionProvider>
          </LinkContext.Provider>
        </QueryClientProvider>
      </MantineThemeProvider>
      <div id={portalId} />
    </div>
  );
});
