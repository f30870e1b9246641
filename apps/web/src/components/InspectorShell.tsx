import { AppShell, useAppShellResize } from "@mantine/core";
import { useLocalStorage } from "@mantine/hooks";
import { ChecksProvider } from "../checks/ChecksProvider";
import { HeaderBar } from "./HeaderBar";
import { LogPanel } from "./LogPanel";
import { MainArea } from "./MainArea";

const HEADER_HEIGHT = 52;
const asideResize = { min: 320, max: 1200, label: "Resize log panel" };

/** Header, the main tabs, and the log panel on the right (drag its edge to resize). */
export function InspectorShell() {
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
          <MainArea />
        </AppShell.Main>
        <AppShell.Aside>
          <LogPanel />
        </AppShell.Aside>
      </AppShell>
    </ChecksProvider>
  );
}
