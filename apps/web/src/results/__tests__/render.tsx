// jsdom lacks what Mantine asks the browser for; these stand-ins are enough for the result views.
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { SessionContext, type SessionValue } from "../../lib/session-context";
import { theme } from "../../theme";

function installDomShims(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

/** Renders inside Mantine and a session whose client is `client` (enough for resource links). */
export function renderResult(ui: ReactElement, client?: unknown) {
  installDomShims();
  const session = { snapshot: { client, connection: { phase: "ready" } }, restart: () => {}, token: "t" } as unknown as SessionValue;
  return render(
    <MantineProvider theme={theme}>
      <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
    </MantineProvider>,
  );
}
