import { useCallback, useEffect, useLayoutEffect, useRef } from "react";

/**
 * Keeps a scrolling element at the bottom as content grows, but only while the user is already
 * at the bottom (scrolling up to read stops it; scrolling back down resumes it). Also re-pins after
 * the element is resized or revealed (e.g. its tab becomes visible).
 */
export function useStickToBottom<T extends HTMLElement>(contentVersion: unknown) {
  const ref = useRef<T>(null);
  const atBottom = useRef(true);

  const onScroll = useCallback(() => {
    const el = ref.current;
    // A hidden element reports zero sizes; that says nothing about where the user was.
    if (el && el.clientHeight > 0) atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, [contentVersion]);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return { ref, onScroll };
}
