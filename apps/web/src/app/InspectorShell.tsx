import { AppShell, useAppShellResize } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { createRef, useState, type ReactNode } from "react";
import { ChecksProvider } from "../features/checks";
import { AuthBanner } from "../features/server";
import { RestartBanner } from "../features/restart";
import { DropOverlay } from "../features/sessions";
import { ImportErrorAlert } from "../features/sessions";
import { ReadOnlySessionProvider } from "../features/sessions";
import { ReadOnlyView } from "../features/sessions";
import { LiveFeedView } from "../features/sessions";
import { useSession } from "../client/useSession";
import { useSessions } from "../features/sessions";
import { SessionsProvider } from "../features/sessions";
import { useFileDrop } from "../features/sessions";
import { useImportSession } from "../features/sessions";
import type { OpenedSession } from "../features/sessions";
import { OwnLink } from "../features/workspace";
import { GlobalShortcuts } from "./GlobalShortcuts";
import { HeaderBar } from "./HeaderBar";
import { ShortcutTargetsContext, type ShortcutTargets } from "../ui/shortcut-targets";
import { LogPanel } from "../features/log";
import { MainArea } from "./MainArea";

const HEADER_HEIGHT = 52;
const asideResize = { min: 320, max: 1200, label: "Resize log panel" };

/**
 * The live inspector, or a recorded session read-only; a session file dropped anywhere opens it
 * (in the `active` one: the server tab being looked at).
 */
export function InspectorShell({ active = true, home }: { active?: boolean; home?: OpenedSession }) {
  return (
    <SessionsProvider home={home}>
      <ShellFor active={active} />
    </SessionsProvider>
  );
}

function ShellFor({ active }: { active: boolean }) {
  const { opened, home } = useSessions();
  // A proxied session: its client does the calling; the main area shows what it did, live, and nothing to invoke.
  const { feed } = useSession();
  const importFile = useImportSession();
  const dragging = useFileDrop(importFile, active);
  // The live session keeps running underneath (SessionProvider is above): back to live loses nothing.
  const readOnly = opened && (
    <ReadOnlySessionProvider key={opened.parsed.header.id + opened.source} session={opened}>
      <Shell main={<ReadOnlyView />} active={active} />
    </ReadOnlySessionProvider>
  );
  // The address bar's link belongs to the live view, or to the recording `mcp-inspect open` shows; another file has its own.
  const shell = readOnly ? (
    opened === home ? readOnly : <OwnLink>{readOnly}</OwnLink>
  ) : feed ? (
    <Shell active={active} main={<LiveFeedView feed={feed} />} />
  ) : (
    <Shell
      active={active}
      main={<MainArea />}
      banner={
        <>
          <AuthBanner />
          <RestartBanner />
        </>
      }
    />
  );
  return (
    <>
      {shell}
      {dragging && <DropOverlay />}
    </>
  );
}

/** Header, the main area (under `banner`, for the live session only), and the log panel on the right (drag its edge to resize). */
function Shell({ main, banner, active }: { main: ReactNode; banner?: ReactNode; active: boolean }) {
  const [targets] = useState<ShortcutTargets>(() => ({ logSearch: createRef() }));
  const [logWidth, setLogWidth] = useLocalStorage<number>({ key: "mcp-inspect.log-width", defaultValue: 520 });
  const resize = useAppShellResize({
    aside: asideResize,
    onResizeEnd: (sizes) => sizes.aside !== undefined && setLogWidth(Math.round(sizes.aside)),
  });
  return (
    // The header summary and the log panel share the findings index and the log panel's tab.
    <ChecksProvider>
      <ShortcutTargetsContext.Provider value={targets}>
        <GlobalShortcuts active={active} />
        <AppShell
          header={{ height: HEADER_HEIGHT }}
          aside={{ width: resize.aside.size ?? logWidth, breakpoint: "sm", collapsed: { mobile: true } }}
          resize={resize}
          padding={0}
        >
          <AppShell.Header>
            <HeaderBar />
          </AppShell.Header>
          <AppShell.Main className="main-area">
            <ImportErrorAlert />
            {banner}
            {main}
          </AppShell.Main>
          <AppShell.Aside>
            <LogPanel />
          </AppShell.Aside>
        </AppShell>
      </ShortcutTargetsContext.Provider>
    </ChecksProvider>
  );
}
