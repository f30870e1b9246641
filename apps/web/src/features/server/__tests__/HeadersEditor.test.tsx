// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithMantine } from "../../../test-support/render";
import { HeadersEditor } from "../HeadersEditor";

const MASKED = { Authorization: "Bearer ****", "X-Client-Tag": "****" };

interface Put {
  url: string;
  auth: string | undefined;
  body: unknown;
}

/** A backend answering GET /api/servers with `headers` for s1, and PUTs with `answer`. */
function fakeBackend(answer: (body: { headers: Record<string, string | null> }) => Response) {
  const puts: Put[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (init.method === "PUT") {
      const body = JSON.parse(String(init.body)) as { headers: Record<string, string | null> };
      puts.push({ url, auth: (init.headers as Record<string, string>).Authorization, body });
      return answer(body);
    }
    return Response.json({ servers: [{ id: "s1", name: "remote", launcher: "cli", header: {}, headers: MASKED }], launchers: [] });
  });
  vi.stubGlobal("fetch", fetchMock);
  return puts;
}

function renderEditor() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithMantine(
    <QueryClientProvider client={queryClient}>
      <HeadersEditor token="tok" server="s1" />
    </QueryClientProvider>,
  );
}

const row = (name: string) => screen.getAllByTestId("header-row").find((r) => r.getAttribute("data-name") === name)!;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const applyButton = () => screen.getByRole("button", { name: "Apply and reconnect" });

describe("HeadersEditor", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it("lists the headers masked, with empty password inputs", async () => {
    fakeBackend(() => Response.json({}));
    renderEditor();
    await waitFor(() => expect(screen.getAllByTestId("header-row")).toHaveLength(2));
    expect(within(row("Authorization")).getByTestId("header-masked").textContent).toBe("Bearer ****");
    expect(within(row("X-Client-Tag")).getByTestId("header-masked").textContent).toBe("****");
    const input = screen.getByLabelText("New value for Authorization") as HTMLInputElement;
    expect(input.type).toBe("password");
    expect(input.value).toBe("");
    expect((applyButton() as HTMLButtonElement).disabled).toBe(true);
  });

  it("sends changed, removed and added headers in one PUT, then forgets the values it sent", async () => {
    const puts = fakeBackend(() => Response.json({ headers: { Authorization: "Bearer ****", "X-Team": "****" } }));
    renderEditor();
    await waitFor(() => expect(screen.getAllByTestId("header-row")).toHaveLength(2));
    type("New value for Authorization", "Bearer second-secret");
    fireEvent.click(screen.getByRole("button", { name: "Remove X-Client-Tag" }));
    expect(within(row("X-Client-Tag")).getByTestId("header-masked").textContent).toBe("removed when applied");
    fireEvent.click(screen.getByRole("button", { name: "Add header" }));
    type("Name of new header 1", "X-Team");
    type("Value of new header 1", "blue");
    expect(JSON.stringify(localStorage)).not.toContain("second-secret");
    fireEvent.click(applyButton());

    await waitFor(() => expect(screen.getByTestId("headers-applied")).toBeTruthy());
    expect(puts).toEqual([{ url: "/api/servers/s1/headers", auth: "Bearer tok", body: { headers: { Authorization: "Bearer second-secret", "X-Client-Tag": null, "X-Team": "blue" } } }]);
    // The list is the backend's answer; nothing typed is left in the page.
    expect(screen.getAllByTestId("header-row").map((r) => r.getAttribute("data-name"))).toEqual(["Authorization", "X-Team"]);
    expect((screen.getByLabelText("New value for Authorization") as HTMLInputElement).value).toBe("");
    expect(screen.queryByTestId("new-header-row")).toBeNull();
    expect(document.body.innerHTML).not.toContain("second-secret");
    expect(document.body.innerHTML).not.toContain("blue");
  });

  it("keeps a removed header when asked again", async () => {
    const puts = fakeBackend(() => Response.json({ headers: MASKED }));
    renderEditor();
    await waitFor(() => expect(screen.getAllByTestId("header-row")).toHaveLength(2));
    fireEvent.click(screen.getByRole("button", { name: "Remove Authorization" }));
    fireEvent.click(screen.getByRole("button", { name: "Keep Authorization" }));
    expect((applyButton() as HTMLButtonElement).disabled).toBe(true);
    type("New value for X-Client-Tag", "tag-8");
    fireEvent.click(applyButton());
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.body).toEqual({ headers: { "X-Client-Tag": "tag-8" } });
  });

  it("says when a new header's name is not a token, and applies nothing", async () => {
    const puts = fakeBackend(() => Response.json({}));
    renderEditor();
    await waitFor(() => expect(screen.getAllByTestId("header-row")).toHaveLength(2));
    fireEvent.click(screen.getByRole("button", { name: "Add header" }));
    type("Name of new header 1", "X Team");
    type("Value of new header 1", "blue");
    expect(screen.getByText(/^Not a valid header name: a space is not allowed/)).toBeTruthy();
    expect((applyButton() as HTMLButtonElement).disabled).toBe(true);
    type("Name of new header 1", "X-Team");
    expect(screen.queryByText(/Not a valid header name/)).toBeNull();
    expect((applyButton() as HTMLButtonElement).disabled).toBe(false);
    expect(puts).toHaveLength(0);
  });

  it("shows the backend's refusal and keeps the draft to fix", async () => {
    fakeBackend(() => Response.json({ error: { code: "bad-header", message: "header Host cannot be set: mcp-inspect sets it" } }, { status: 400 }));
    renderEditor();
    await waitFor(() => expect(screen.getAllByTestId("header-row")).toHaveLength(2));
    fireEvent.click(screen.getByRole("button", { name: "Add header" }));
    type("Name of new header 1", "Host");
    type("Value of new header 1", "evil.example");
    fireEvent.click(applyButton());
    await waitFor(() => expect(screen.getByTestId("headers-error").textContent).toContain("header Host cannot be set: mcp-inspect sets it"));
    expect((screen.getByLabelText("Name of new header 1") as HTMLInputElement).value).toBe("Host");
    expect(screen.queryByTestId("headers-applied")).toBeNull();
  });
});
