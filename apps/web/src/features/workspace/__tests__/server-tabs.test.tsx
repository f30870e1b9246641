// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithMantine } from "../../../test-support/render";
import { ServerTabs } from "../ServerTabs";
import { WorkspaceContext, type WorkspaceValue } from "../workspace-context";
import { launchers, liveServer } from "../../../test-support/fake-backend";

afterEach(cleanup);

const workspace = (over: Partial<WorkspaceValue>): WorkspaceValue => ({
  servers: [liveServer("s1", "demo")],
  launchers: [launchers[0]!],
  active: "s1",
  select: () => {},
  start: () => {},
  close: () => {},
  dismissError: () => {},
  pending: {},
  reportPending: () => {},
  ...over,
});

describe("ServerTabs", () => {
  it("renders nothing outside a workspace (a header rendered on its own)", () => {
    renderWithMantine(<ServerTabs />);
    expect(screen.queryByTestId("server-tabs")).toBeNull();
    expect(screen.queryByRole("tab")).toBeNull();
  });

  it("keeps the header compact with one server and nothing else to start", () => {
    renderWithMantine(
      <WorkspaceContext.Provider value={workspace({})}>
        <ServerTabs />
      </WorkspaceContext.Provider>,
    );
    expect(screen.queryByTestId("server-tabs")).toBeNull();
  });

  it("shows the one tab and the Add button when a second launcher exists, with no close button", () => {
    renderWithMantine(
      <WorkspaceContext.Provider value={workspace({ launchers })}>
        <ServerTabs />
      </WorkspaceContext.Provider>,
    );
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual(["demo"]);
    expect(screen.getByRole("button", { name: "Add server" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Close demo" })).toBeNull();
  });

  it("says on a tab how many requests of that server wait for the person", () => {
    renderWithMantine(
      <WorkspaceContext.Provider value={workspace({ servers: [liveServer("s1", "demo"), liveServer("s2", "memory")], pending: { s2: 2 } })}>
        <ServerTabs />
      </WorkspaceContext.Provider>,
    );
    expect(screen.getAllByTestId("server-tab-waiting").map((b) => b.textContent)).toEqual(["2"]);
    expect(screen.getByLabelText("2 waiting")).toBeTruthy();
  });
});
