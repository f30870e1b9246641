// Test-only: rendering Mantine components in jsdom, shared by every component test.
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { SessionContext, type SessionValue } from "../client/session-context";
import { theme } from "../ui/theme";

/** jsdom lacks what Mantine asks the browser for; these stand-ins are enough for its components. */
export function installDomShims(): void {
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
  Element.prototype.scrollIntoView ??= () => {};
  // Mantine's autosize textarea listens for web fonts loading.
  if (!("fonts" in document)) Object.defineProperty(document, "fonts", { value: new EventTarget(), configurable: true });
}

export function renderWithMantine(ui: ReactElement) {
  installDomShims();
  // A wrapper (not a parent element) so `rerender` keeps the provider.
  return render(ui, { wrapper: ({ children }: { children: ReactNode }) => <MantineProvider theme={theme}>{children}</MantineProvider> });
}

/** Renders inside Mantine and a ready session whose client is `client` (enough for resource links). */
export function renderResult(ui: ReactElement, client?: unknown) {
  const session = { snapshot: { client, connection: { phase: "ready" } }, restart: () => {}, token: "t" } as unknown as SessionValue;
  return renderWithMantine(<SessionContext.Provider value={session}>{ui}</SessionContext.Provider>);
}
