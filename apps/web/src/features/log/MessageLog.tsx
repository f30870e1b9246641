import type { Frame, MessageFrame, RequestPairer } from "@mcp-inspect/core";
import { isRequest } from "@mcp-inspect/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { FrameFocus } from "../checks";
import type { FindingIndex } from "../checks";
import { withoutSilenced } from "../checks";
import { focusItem, itemOfRequest } from "./focus-target";
import { LogDetail } from "./LogDetail";
import { DEFAULT_FILTER, rowKind, rowMethod, type LogFilter } from "./log-filter";
import { parseQuery } from "./log-query";
import { rowAfterMove, type LogMove } from "./log-keys";
import { rowFromLink, toolbarFromLink, toolbarToLink } from "./log-link";
import { LogToolbar, type ToolbarState } from "./LogToolbar";
import { ResendModal } from "./ResendModal";
import { isRpcFrame } from "./rpc-frame";
import type { ExchangeIndex } from "./exchange-index";
import { useExchangeIndex, useFilteredFrames } from "./useLogIndex";
import { VirtualLogList } from "./VirtualLogList";
import { useLinkParamOf, useLinkStore } from "../workspace";
import { LogRow } from "./LogRow";
import { useShortcutTargets } from "../../ui/shortcut-targets";
import classes from "./MessageLog.module.css";

interface MessageLogProps {
  /** Every frame of the session; check frames show only with the "checks" chip. */
  frames: readonly Frame[];
  /** Kept for callers; pairing (with progress and cancel) comes from the log's own exchange index. */
  pairer?: RequestPairer;
  /** The panel's exchange index (shared with Stats); without it the log keeps its own. */
  exchanges?: ExchangeIndex;
  findings: FindingIndex;
  silenced: ReadonlySet<string>;
  /** Set by "show frame": scroll to, select, expand and highlight that frame. */
  focus?: FrameFocus;
}

const HIGHLIGHT_MS = 2500;
const NO_FRAMES: readonly Frame[] = [];
const INITIAL: ToolbarState = { ...DEFAULT_FILTER, search: "" };

/** The message log: search and filters, a virtualised list of every frame, and the selected frame's detail below. */
export function MessageLog({ frames, exchanges: shared, findings, silenced, focus }: MessageLogProps) {
  // The link keeps the search, the filters and the selected row: a reload or a pasted link comes back to them.
  const link = useLinkStore();
  const [toolbar, setToolbar] = useState<ToolbarState>(() => toolbarFromLink(link.get()));
  const [row, setRow] = useLinkParamOf(link, "row");
  const selected = rowFromLink(row);
  const setSelected = useCallback((seq: number | undefined) => setRow(seq === undefined ? undefined : String(seq)), [setRow]);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [highlighted, setHighlighted] = useState<number>();
  // A row the page came back to is scrolled to once its frame has arrived.
  const [reveal, setReveal] = useState<{ seq: number; align?: "center" | "auto" } | undefined>(() => (selected === undefined ? undefined : { seq: selected }));
  const [follow, setFollow] = useState<object>();
  const [resending, setResending] = useState<MessageFrame>();

  // Typing stays responsive: the filter runs over the deferred state.
  const deferred = useDeferredValue(toolbar);
  useEffect(() => link.set(toolbarToLink(deferred)), [deferred, link]);
  const parsed = useMemo(() => parseQuery(deferred.search), [deferred.search]);
  const filter = useMemo<LogFilter>(() => ({ ...deferred, query: parsed.ok ? parsed.query : { type: "all" } }), [deferred, parsed]);
  const own = useExchangeIndex(shared ? NO_FRAMES : frames);
  const exchanges = shared ?? own;
  const rows = useFilteredFrames(frames, filter, exchanges);

  const expand = useCallback((seq: number) => setExpanded((current) => (current.has(seq) ? current : new Set(current).add(seq))), []);
  const select = useCallback((seq: number) => setSelected(seq), [setSelected]);
  const openItem = useCallback((seq: number, request: Frame) => {
    if (request.kind !== "message") return;
    const item = itemOfRequest(request.msg.method, request.msg.params);
    if (item) focusItem({ ...item, fromSeq: seq });
  }, []);

  // "show frame" (from the checks, or "back to log"): make the row shown, select it, scroll to it.
  useEffect(() => {
    if (!focus) return;
    const target = frames.find((f) => f.seq === focus.seq);
    if (!target) return;
    setToolbar((t) => {
      const kind = rowKind(target);
      const kinds = t.kinds.has(kind) ? t.kinds : new Set(t.kinds).add(kind);
      return { ...INITIAL, kinds, slowMs: t.slowMs };
    });
    setSelected(focus.seq);
    expand(focus.seq);
    setHighlighted(focus.seq);
    setReveal({ seq: focus.seq });
    const timer = setTimeout(() => setHighlighted(undefined), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
    // Deliberately only `focus`: a new request moves the view, new frames arriving must not.
  }, [focus]);

  // Keys: ↑/↓/Home/End select rows (the detail follows), Enter opens the detail of the row selected last, Esc closes it.
  const scroller = useRef<HTMLDivElement>(null);
  const lastSelected = useRef(selected);
  if (selected !== undefined) lastSelected.current = selected;
  const { logSearch } = useShortcutTargets();
  const moveTo = (move: LogMove) => {
    const seq = rowAfterMove(rows, selected ?? lastSelected.current, move);
    if (seq === undefined) return;
    setSelected(seq);
    setReveal({ seq, align: "auto" });
    // The row clicked may scroll out of the list (and out of the DOM): the list keeps the focus.
    scroller.current?.focus({ preventScroll: true });
  };
  const closeDetail = () => {
    setSelected(undefined);
    scroller.current?.focus({ preventScroll: true });
  };
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) =>
    getHotkeyHandler([
      ["ArrowDown", () => moveTo("next")],
      ["ArrowUp", () => moveTo("previous")],
      ["Home", () => moveTo("first")],
      ["End", () => moveTo("last")],
      ["Escape", closeDetail],
      // On a row's own button, Enter clicks it (selects that row).
      ...(event.target === event.currentTarget ? [["Enter", () => lastSelected.current !== undefined && setSelected(lastSelected.current)] as [string, () => void]] : []),
    ])(event);
  const onDetailKey = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only keys pressed in the detail itself: a modal opened from it (edit and resend) is its child in React, not in the page.
    if (event.currentTarget.contains(event.target as Node)) getHotkeyHandler([["Escape", closeDetail]])(event);
  };

  const renderRow = (frame: Frame) => (
    <LogRow
      frame={frame}
      exchange={isRpcFrame(frame) ? exchanges.of(frame.seq) : undefined}
      plannedRestart={frame.kind === "process" ? exchanges.plannedExit(frame.seq) : undefined}
      findings={withoutSilenced(findings.about(frame.seq), silenced)}
      expanded={expanded.has(frame.seq)}
      selected={selected === frame.seq}
      highlighted={highlighted === frame.seq}
      onSelect={select}
      onExpand={expand}
      onOpenItem={openItem}
    />
  );
  const methods = () => [...new Set(frames.map((f) => rowMethod(f, exchanges)).filter((m): m is string => m !== undefined))].sort();
  const detailFrame = selected === undefined ? undefined : findFrame(frames, selected);
  const isClientRequest = detailFrame?.kind === "message" && detailFrame.dir === "client->server" && isRequest(detailFrame);

  return (
    <div className={classes.root}>
      <LogToolbar state={toolbar} onChange={setToolbar} searchError={parsed.ok ? undefined : parsed.error} methods={methods} shown={rows.length} total={frames.length} searchRef={logSearch} />
      <VirtualLogList
        rows={rows}
        renderRow={renderRow}
        reveal={reveal}
        follow={follow}
        testId="message-log"
        label="Messages"
        scrollerRef={scroller}
        onKeyDown={onListKey}
        emptyText={frames.length > 0 ? "No frame matches the search and filters." : "No messages yet."}
      />
      {detailFrame && (
        <div className={classes.detail} onKeyDown={onDetailKey}>
          <LogDetail
            frame={detailFrame}
            exchange={isRpcFrame(detailFrame) ? exchanges.of(detailFrame.seq) : undefined}
            findings={withoutSilenced(findings.about(detailFrame.seq), silenced)}
            onSelect={(seq) => {
              setSelected(seq);
              setReveal({ seq });
            }}
            onClose={() => setSelected(undefined)}
            onResend={isClientRequest ? () => setResending(detailFrame) : undefined}
          />
        </div>
      )}
      <ResendModal
        request={resending}
        frames={frames}
        exchanges={exchanges}
        onClose={() => setResending(undefined)}
        onSent={() => setFollow({})}
        onExchange={(seq) => {
          setSelected(seq);
          setReveal({ seq });
        }}
      />
    </div>
  );
}

/** Binary search by seq: frames are in seq order. */
function findFrame(frames: readonly Frame[], seq: number): Frame | undefined {
  let lo = 0;
  let hi = frames.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = frames[mid]!.seq;
    if (at === seq) return frames[mid];
    if (at < seq) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
