import { CloseButton, Text, TextInput } from "@mantine/core";
import type { Frame, RequestPairer } from "@mcp-inspect/core";
import { IconFilter } from "@tabler/icons-react";
import { useCallback, useMemo, useState } from "react";
import { useStickToBottom } from "../hooks/useStickToBottom";
import { summarizeFrame } from "../lib/log-row-summary";
import { LogRow } from "./LogRow";
import classes from "./MessageLog.module.css";

/** One row per message, stdout-noise and process frame; click a row for its full JSON. */
export function MessageLog({ frames, pairer }: { frames: readonly Frame[]; pairer: RequestPairer }) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [filter, setFilter] = useState("");
  const toggle = useCallback((seq: number) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });
  }, []);
  const needle = filter.trim().toLowerCase();
  const shown = useMemo(() => {
    if (!needle) return frames;
    return frames.filter((frame) => {
      const summary = summarizeFrame(frame, pairer.get(frame.seq));
      return `${summary.label} ${summary.id ?? ""} ${summary.detail ?? ""}`.toLowerCase().includes(needle);
    });
  }, [frames, pairer, needle]);
  const { ref, onScroll } = useStickToBottom<HTMLDivElement>(shown.length);
  return (
    <>
      <TextInput
        size="xs"
        m={6}
        placeholder="Filter by method, id or text"
        aria-label="Filter messages"
        leftSection={<IconFilter size={14} />}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        rightSection={filter ? <CloseButton size="xs" aria-label="Clear filter" onClick={() => setFilter("")} /> : null}
      />
      <div ref={ref} onScroll={onScroll} className={classes.scroller} data-testid="message-log">
        {shown.length === 0 && (
          <Text size="xs" c="dimmed" p="sm">
            {needle ? "No frame matches the filter." : "No messages yet."}
          </Text>
        )}
        {shown.map((frame) => (
          <LogRow key={frame.seq} frame={frame} pairing={pairer.get(frame.seq)} expanded={expanded.has(frame.seq)} onToggle={toggle} />
        ))}
      </div>
    </>
  );
}
