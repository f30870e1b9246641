import { Chip, CloseButton, Group, Text, TextInput } from "@mantine/core";
import type { Frame, RequestPairer } from "@mcp-inspect/core";
import { IconFilter } from "@tabler/icons-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FrameFocus } from "../checks/checks-context";
import type { FindingIndex } from "../checks/finding-index";
import { withoutSilenced } from "../checks/silenced-rules";
import { useStickToBottom } from "../hooks/useStickToBottom";
import { summarizeFrame } from "../lib/log-row-summary";
import { LogRow } from "./LogRow";
import classes from "./MessageLog.module.css";

interface MessageLogProps {
  /** Message, stdout-noise, process and check frames (check frames show only with the "checks" chip). */
  frames: readonly Frame[];
  pairer: RequestPairer;
  findings: FindingIndex;
  silenced: ReadonlySet<string>;
  /** Set by "show frame": scroll to, expand and highlight that frame. */
  focus?: FrameFocus;
}

const HIGHLIGHT_MS = 2500;

/** One row per frame; findings are badges on the rows they concern; click a row for its full JSON. */
export function MessageLog({ frames, pairer, findings, silenced, focus }: MessageLogProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [filter, setFilter] = useState("");
  const [showChecks, setShowChecks] = useState(false);
  const [highlighted, setHighlighted] = useState<number>();
  const toggle = useCallback((seq: number) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });
  }, []);
  const expand = useCallback((seq: number) => setExpanded((current) => (current.has(seq) ? current : new Set(current).add(seq))), []);

  const needle = filter.trim().toLowerCase();
  const shown = useMemo(() => {
    const rows = showChecks ? frames : frames.filter((f) => f.kind !== "check");
    if (!needle) return rows;
    return rows.filter((frame) => {
      const summary = summarizeFrame(frame, pairer.get(frame.seq));
      return `${summary.label} ${summary.id ?? ""} ${summary.detail ?? ""}`.toLowerCase().includes(needle);
    });
  }, [frames, pairer, needle, showChecks]);
  const { ref, onScroll } = useStickToBottom<HTMLDivElement>(shown.length);

  // "show frame": make sure the row is shown and expanded, then scroll to it once it has rendered.
  const pendingScroll = useRef<number>(undefined);
  useEffect(() => {
    if (!focus) return;
    const target = frames.find((f) => f.seq === focus.seq);
    if (!target) return;
    setFilter("");
    if (target.kind === "check") setShowChecks(true);
    expand(focus.seq);
    setHighlighted(focus.seq);
    pendingScroll.current = focus.seq;
    const timer = setTimeout(() => setHighlighted(undefined), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
    // Deliberately only `focus`: a new request moves the view, new frames arriving must not.
  }, [focus]);
  useEffect(() => {
    const seq = pendingScroll.current;
    const row = seq === undefined ? null : ref.current?.querySelector(`[data-seq="${seq}"]`);
    if (!row) return;
    pendingScroll.current = undefined;
    row.scrollIntoView({ block: "center" });
  });

  return (
    <>
      <Group gap={6} m={6} wrap="nowrap">
        <TextInput
          size="xs"
          flex={1}
          placeholder="Filter by method, id or text"
          aria-label="Filter messages"
          leftSection={<IconFilter size={14} />}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          rightSection={filter ? <CloseButton size="xs" aria-label="Clear filter" onClick={() => setFilter("")} /> : null}
        />
        <Chip size="xs" checked={showChecks} onChange={setShowChecks} data-testid="show-check-frames">
          checks
        </Chip>
      </Group>
      <div ref={ref} onScroll={onScroll} className={classes.scroller} data-testid="message-log">
        {shown.length === 0 && (
          <Text size="xs" c="dimmed" p="sm">
            {needle ? "No frame matches the filter." : "No messages yet."}
          </Text>
        )}
        {shown.map((frame) => (
          <LogRow
            key={frame.seq}
            frame={frame}
            pairing={pairer.get(frame.seq)}
            findings={withoutSilenced(findings.about(frame.seq), silenced)}
            expanded={expanded.has(frame.seq)}
            highlighted={highlighted === frame.seq}
            onToggle={toggle}
            onExpand={expand}
          />
        ))}
      </div>
    </>
  );
}
