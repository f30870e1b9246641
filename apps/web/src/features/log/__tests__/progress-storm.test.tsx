// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithMantine } from "../../../test-support/render";
import { ExchangeIndex } from "../exchange-index";
import { StatsView } from "../StatsView";
import { builder } from "./frames";

const STORM = 50_000;

describe("a progress storm", () => {
  it("indexes 50,000 progress frames of one call with linear work: one progress array, appended, never copied", () => {
    const b = builder();
    const call = b.req(1, "tools/call", { name: "storm", _meta: { progressToken: "p" } }, 0);
    const index = new ExchangeIndex();
    index.sync(b.frames.slice());
    const progress = index.of(call.seq)!.progress;
    let copies = 0;
    for (let i = 1; i <= STORM; i++) {
      b.note("server->client", "notifications/progress", { progressToken: "p", progress: i, total: STORM });
      // Snapshots arrive in batches, as the session's coalesced snapshots do.
      if (i % 5_000 === 0) {
        index.sync(b.frames.slice());
        if (index.of(call.seq)!.progress !== progress) copies++;
      }
    }
    const res = b.res(1, { content: [] });
    index.sync(b.frames.slice());
    const x = index.of(call.seq)!;
    expect(copies).toBe(0);
    expect(x.progress).toBe(progress);
    // Every frame is kept, in order, and the exchange still pairs the response.
    expect(x.progress).toHaveLength(STORM);
    expect(x.progressCount).toBe(STORM);
    expect((x.progress[STORM - 1]!.msg.params as { progress: number }).progress).toBe(STORM);
    expect(x.response).toBe(res);
  });

  it("Stats reads the log's index when its tab opens: no frame is paired again", () => {
    const b = builder();
    b.req(1, "tools/call", { name: "storm", _meta: { progressToken: "p" } }, 0);
    for (let i = 1; i <= 1_000; i++) b.note("server->client", "notifications/progress", { progressToken: "p", progress: i });
    b.res(1, { content: [] }, 40);
    const index = new ExchangeIndex();
    index.sync(b.frames);
    const add = vi.spyOn(index, "add");
    const sync = vi.spyOn(index, "sync");
    const view = renderWithMantine(<StatsView exchanges={index} active={false} />);
    for (let i = 0; i < 3; i++) {
      view.rerender(<StatsView exchanges={index} active />);
      view.rerender(<StatsView exchanges={index} active={false} />);
    }
    view.rerender(<StatsView exchanges={index} active />);
    expect(screen.getAllByTestId("latency-row").map((r) => r.dataset.key)).toEqual(["tools/call", "tools/call storm"]);
    expect(add).not.toHaveBeenCalled();
    expect(sync).not.toHaveBeenCalled();
  });
});
