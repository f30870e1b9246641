// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TokenGate } from "../TokenGate";
import { renderWithMantine } from "../../test-support/render";
import { createQueryClient } from "../../client/create-query-client";
import { ServerTabs } from "../../features/workspace";
import { fakeBackend, liveServer, type FakeBackend } from "../../test-support/fake-backend";

// A server's inspector without its relay: the header's tabs and which server the view is for.
vi.mock("../SessionProvider", () => ({
  SessionProvider: ({ server, children }: { server: string; children: ReactNode }) => <div data-testid={`session-${server}`}>{children}</div>,
}));
vi.mock("../InspectorShell", () => ({ InspectorShell: () => <ServerTabs /> }));

let backend: FakeBackend;

function renderGate(...args: Parameters<typeof fakeBackend>) {
  backend = fakeBackend(...args);
  vi.stubGlobal("fetch", backend.fetch);
  return renderWithMantine(
    <QueryClientProvider client={createQueryClient()}>
      <TokenGate token="tok" onToken={() => {}} />
    </QueryClientProvider>,
  );
}

/** The view of `server`, and whether it is the one shown. */
const view = (server: string) => screen.getByTestId(`session-${server}`).closest<HTMLElement>("[data-testid=server-view]")!;
const shown = (server: string) => view(server).style.display !== "none";

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("Workspace", () => {
  it("renders a tab and an inspector per server, and switching tabs shows the other, keeping both mounted", async () => {
    renderGate({ servers: [liveServer("s1", "demo"), liveServer("s2", "memory")] });
    const tabs = await screen.findAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["demo", "memory"]);
    expect(tabs[0]!.getAttribute("aria-selected")).toBe("true");
    expect([shown("s1"), shown("s2")]).toEqual([true, false]);

    fireEvent.click(screen.getByRole("tab", { name: "memory" }));
    await waitFor(() => expect([shown("s1"), shown("s2")]).toEqual([false, true]));
    expect(screen.getByRole("tab", { name: "memory" }).getAttribute("aria-selected")).toBe("true");
    expect(window.location.hash).toBe("#server=s2");
    expect(backend.requests.map((r) => `${r.method} ${r.url} ${r.auth}`)).toEqual(["GET /api/servers Bearer tok"]);
  });

  it("opens the tab the address bar names", async () => {
    window.history.replaceState(null, "", "/#server=s2");
    renderGate({ servers: [liveServer("s1", "demo"), liveServer("s2", "memory")] });
    await waitFor(() => expect(shown("s2")).toBe(true));
    expect(shown("s1")).toBe(false);
  });

  it("shows the picker while no server is live; picking POSTs that launcher and opens its inspector", async () => {
    renderGate({ servers: [] });
    expect(await screen.findByTestId("picker-summary")).toHaveProperty("textContent", "/work/.mcp.json lists 3 servers. Pick one to inspect; you can add the others as tabs later.");
    expect(screen.getAllByTestId("launcher-card").map((c) => c.getAttribute("data-launcher"))).toEqual(["config:demo", "config:memory", "config:remote"]);

    fireEvent.click(screen.getByRole("button", { name: "Start memory" }));
    await screen.findByTestId("session-s1");
    expect(backend.requests.find((r) => r.method === "POST")).toEqual({ method: "POST", url: "/api/servers", auth: "Bearer tok", body: { launcher: "config:memory" } });
    expect(screen.queryByTestId("server-picker")).toBeNull();
    expect(screen.getByRole("tab", { name: "memory" }).getAttribute("aria-selected")).toBe("true");
  });

  it("the Add menu lists only the launchers, with no command field; picking one starts it in a new tab shown at once", async () => {
    renderGate({ servers: [liveServer("s1", "demo")] });
    fireEvent.click(await screen.findByRole("button", { name: "Add server" }));
    const menu = await screen.findByTestId("add-server-menu");
    const items = within(menu).getAllByTestId("add-server-item");
    expect(items.map((i) => i.getAttribute("data-launcher"))).toEqual(["config:demo", "config:memory", "config:remote"]);
    expect(within(items[0]!).getByText("running")).toBeTruthy(); // demo is live already; starting it again opens another tab
    expect(within(menu).queryByRole("textbox")).toBeNull();
    expect(within(menu).getByText("/work/.mcp.json")).toBeTruthy();
    // Popups stay inside their server's view, so a hidden server's cannot show over another tab.
    expect(view("s1").contains(menu)).toBe(true);

    fireEvent.click(items[1]!);
    await screen.findByTestId("session-s2");
    expect(backend.requests.find((r) => r.method === "POST")?.body).toEqual({ launcher: "config:memory" });
    await waitFor(() => expect([shown("s1"), shown("s2")]).toEqual([false, true]));
  });

  it("closing a tab asks first, then DELETEs that server and shows its neighbour", async () => {
    window.history.replaceState(null, "", "/#server=s2");
    renderGate({ servers: [liveServer("s1", "demo"), liveServer("s2", "memory")] });
    fireEvent.click(await screen.findByRole("button", { name: "Close memory" }));
    expect(await screen.findByText("Stop memory?")).toBeTruthy();
    expect(backend.requests.some((r) => r.method === "DELETE")).toBe(false);

    fireEvent.click(screen.getByTestId("confirm-close-server"));
    await waitFor(() => expect(screen.queryByTestId("session-s2")).toBeNull());
    expect(backend.requests.filter((r) => r.method === "DELETE").map((r) => r.url)).toEqual(["/api/servers/s2"]);
    expect(shown("s1")).toBe(true);
    // The last server cannot be closed from its tab.
    expect(screen.queryByRole("button", { name: /^Close / })).toBeNull();
  });

  it("shows why a start failed, until dismissed", async () => {
    renderGate({ servers: [liveServer("s1", "demo")] }, { gone: ["config:remote"] });
    fireEvent.click(await screen.findByRole("button", { name: "Add server" }));
    fireEvent.click(await screen.findByText("remote"));
    expect((await screen.findByTestId("workspace-error")).textContent).toContain('Could not start remote: no launcher "config:remote"');
    expect(screen.queryByTestId("session-s2")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.queryByTestId("workspace-error")).toBeNull());
  });

  it("a refused token shows the token screen", async () => {
    renderGate({}, { status: 401 });
    expect((await screen.findByTestId("token-screen")).textContent).toContain("This token was not accepted");
  });
});
