import { Button } from "@mantine/core";
import type { Frame } from "@mcp-inspect/core";
import { IconArrowDown } from "@tabler/icons-react";
import { observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import { useMergedRef } from "@mantine/hooks";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from "react";
import classes from "./VirtualLogList.module.css";

interface VirtualLogListProps {
  rows: readonly Frame[];
  renderRow: (frame: Frame) => ReactNode;
  /** Scroll this frame to the centre, or just into view with `align: "auto"` (a new object asks again); turns auto-follow off. */
  reveal?: { seq: number; align?: "center" | "auto" };
  /** A new object re-enables following the tail (e.g. after a resend). */
  follow?: object;
  emptyText: string;
  testId: string;
  label: string;
  /** The scrolling element (it holds the focus while the arrow keys move through the rows). */
  scrollerRef?: Ref<HTMLDivElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

const BOTTOM_SLACK_PX = 32;

/** Whether `next` is `prev` with rows added at the end (the same first and last-known rows, in place). */
const appendedTo = (prev: readonly Frame[], next: readonly Frame[]) =>
  next.length >= prev.length && (prev.length === 0 || (next[0] === prev[0] && next[prev.length - 1] === prev[prev.length - 1]));

const atBottom = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight < BOTTOM_SLACK_PX;

/**
 * A virtualised list (only the rows in view exist in the DOM; heights are measured) that follows
 * the tail while the user is at the bottom, and otherwise offers "jump to latest" (with how many rows are new).
 */
export function VirtualLogList({ rows, renderRow, reveal, follow, emptyText, testId, label, scrollerRef, onKeyDown }: VirtualLogListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrollerRefs = useMergedRef(scrollRef, scrollerRef);
  const [following, setFollowing] = useState(true);
  // Rows there were when the user scrolled away from the bottom: the rest are "new".
  const [seenCount, setSeenCount] = useState(0);
  // Whether the last scroll left the bottom (a revealed row in a short list does not).
  const [offBottom, setOffBottom] = useState(false);
  // Where following last put the scroll position (undefined: not pinned yet, or hidden since).
  const pinnedTop = useRef<number | undefined>(undefined);
  // Set by the scroll event itself, before any render it causes: the person is away from the bottom.
  const away = useRef(false);
  // The virtualizer re-lays out every row (100,000 at times) whenever the key function changes: a new closure per
  // render (every batch of frames, every scroll) made it do so. The function changes only when the rows do other
  // than grow at the end (a filter); appended rows are laid out from where the list ended.
  const keys = useRef<{ rows: readonly Frame[]; of: (index: number) => number }>(undefined);
  if (!keys.current || !appendedTo(keys.current.rows, rows)) {
    const current = { rows, of: (index: number) => current.rows[index]?.seq ?? index };
    keys.current = current;
  } else {
    keys.current.rows = rows;
  }
  const getItemKey = keys.current.of;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 22,
    overscan: 12,
    getItemKey,
    // A hidden tab (or jsdom) measures 0 x 0: keep the last real size instead of rendering no rows.
    initialRect: { width: 0, height: 800 },
    // Hidden, a scroller may come back at another position: following pins afresh then.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => (rect.height > 0 ? cb(rect) : (pinnedTop.current = undefined))),
  });

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el || el.clientHeight === 0) return;
    const bottom = atBottom(el);
    setOffBottom(!bottom);
    setFollowing((was) => {
      if (was && !bottom) setSeenCount(rows.length);
      return bottom;
    });
  }, [rows.length]);

  const followTail = useCallback(() => {
    // The person asked: where they are now is not a reason to stay.
    pinnedTop.current = undefined;
    away.current = false;
    setFollowing(true);
  }, []);

  // A capturing listener runs before the virtualizer's own (which re-renders synchronously, with rows
  // measured at the new place): by then the layout effect below must know not to pin to the bottom.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScrollFirst = () => {
      if (el.clientHeight > 0) away.current = !atBottom(el);
    };
    el.addEventListener("scroll", onScrollFirst, { capture: true, passive: true });
    return () => el.removeEventListener("scroll", onScrollFirst, { capture: true });
  }, []);

  const totalSize = virtualizer.getTotalSize();
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !following || el.clientHeight === 0) return;
    // The person left the tail, and the state does not say so yet: a scroll event seen first (above),
    // or a jump of more than a screen up whose event has not come (rows arrived first). Pinning now
    // would throw them back to the bottom.
    const jumpedUp = pinnedTop.current !== undefined && el.scrollTop < pinnedTop.current - el.clientHeight;
    if ((away.current || jumpedUp) && !atBottom(el)) {
      pinnedTop.current = undefined;
      setSeenCount(rows.length);
      setFollowing(false);
      return;
    }
    el.scrollTop = el.scrollHeight;
    pinnedTop.current = el.scrollTop;
  }, [following, rows.length, totalSize]);

  useEffect(() => {
    if (follow) followTail();
  }, [follow, followTail]);

  // A reveal waits until its row is in `rows` (a filter being cleared lands a render later); once done, rows arriving do not move the view.
  const pendingReveal = useRef<{ seq: number; align?: "center" | "auto" }>(undefined);
  useEffect(() => {
    pendingReveal.current = reveal;
  }, [reveal]);
  useEffect(() => {
    const target = pendingReveal.current;
    if (!target) return;
    const index = rows.findIndex((f) => f.seq === target.seq);
    if (index < 0) return;
    pendingReveal.current = undefined;
    setFollowing(false);
    setSeenCount(rows.length);
    virtualizer.scrollToIndex(index, { align: target.align ?? "center" });
  }, [reveal, rows]);

  const items = virtualizer.getVirtualItems();
  const fresh = rows.length - seenCount;
  return (
    <div className={classes.wrap}>
      <div ref={scrollerRefs} onScroll={onScroll} onKeyDown={onKeyDown} className={classes.scroller} data-testid={testId} aria-label={label} tabIndex={0}>
        {rows.length === 0 && <div className={classes.empty}>{emptyText}</div>}
        <div style={{ height: totalSize, position: "relative" }}>
          <div style={{ position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${items[0]?.start ?? 0}px)` }}>
            {items.map((item) => (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                {renderRow(rows[item.index]!)}
              </div>
            ))}
          </div>
        </div>
      </div>
      {!following && (fresh > 0 || offBottom) && (
        <Button
          size="compact-xs"
          radius="xl"
          className={classes.jump}
          leftSection={<IconArrowDown size={12} />}
          onClick={followTail}
          data-testid="jump-to-latest"
        >
          {fresh > 0 ? `Jump to latest (${fresh.toLocaleString()} new)` : "Jump to latest"}
        </Button>
      )}
    </div>
  );
}
