import { AppShell, useAppShellResize } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import type { ReactNode } from "react";
import { ChecksProvider } from "../features/checks";
import { AuthBanner } from "../features/server";
import { RestartBanner } from "../features/restart";
import { DropOverlay } from "../features/sessions";
import { ImportErrorAlert } from "../features/sessions";
import { ReadOnlySessionProvider } from "../features/sessions";
import { ReadOnlyView } from "../features/sessions";
import { useSessions } from "../features/sessions";
import { SessionsProvider } from "../features/sessions";
import { useFileDrop } from "../features/sessions";
import { useImportSession } from "../features/sessions";
import { HeaderBar } from "./HeaderBar";
import { LogPanel } from "../features/log";
import { MainArea } from "./MainArea";

const HEADER_HEIGHT = 52;
const asideResize = { min: 320, max: 1200, label: "Resize log panel" };

/**
 * The live inspector, or a recorded session read-only; a session file dropped anywhere opens it
 * (in the `active` one: the server tab being looked at).
 */
export function InspectorShell({ active = true }: { active?: boolean }) {
  return (
    <SessionsProvider>
      <ShellFor active={active} />
    </SessionsProvider>
  );
}

function ShellFor({ active }: { active: boolean }) {
  const { opened } = useSessions();
  const importFile = useImportSession();
  const dragging = useFileDrop(importFile, active);
  // The live session keeps running underneath (SessionProvider is above): back to live loses nothing.
  const shell = opened ? (
    <ReadOnlySessionProvider key={opened.parsed.header.id + opened.source} session={opened}>
      <Shell main={<ReadOnlyView />} />
    </ReadOnlySessionProvider>
  ) : (
    <Shell
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
function Shell({ main, banner }: { main: ReactNode; banner?: ReactNode }) {
  const [logWidth, setLogWidth] = useLocalStorage<number>({ key: "mcp-inspect.log-width", defaultValue: 520 });
  const resize = useAppShellResize({
    aside: asideResize,
    onResizeEnd: (sizes) => sizes.aside !== undefined && setLogWidth(Math.round(sizes.aside)),
  });
  return (
    // The header summary and the log panel share the findings index and the log panel's tab.
    <ChecksProvider>
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
    </ChecksProvider>
  );
}
