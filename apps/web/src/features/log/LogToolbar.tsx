import { Badge, Button, Chip, CloseButton, Group, MultiSelect, NumberInput, Popover, SegmentedControl, Stack, Switch, Text, TextInput, Tooltip } from "@mantine/core";
import { IconAdjustmentsHorizontal, IconSearch } from "@tabler/icons-react";
import { useMemo, useState, type Ref } from "react";
import { DEFAULT_KINDS, ROW_KINDS, type LogFilter, type RowKind } from "./log-filter";
import { QUERY_HELP } from "./log-query";

export interface ToolbarState extends Omit<LogFilter, "query"> {
  search: string;
}

interface LogToolbarProps {
  state: ToolbarState;
  onChange: (next: ToolbarState) => void;
  /** Why the search does not parse, if it does not. */
  searchError?: string;
  /** The methods seen so far, for the method filter (asked for when the filters open). */
  methods: () => string[];
  shown: number;
  total: number;
  /** The search box, for the `/` and Ctrl+K shortcuts. */
  searchRef?: Ref<HTMLInputElement>;
}

/** Search (text or JSON path), the filters popover, the "checks" chip, and the row count. */
export function LogToolbar({ state, onChange, searchError, methods, shown, total, searchRef }: LogToolbarProps) {
  const [open, setOpen] = useState(false);
  // O(frames): only while the filters are open (the method list is theirs alone).
  const methodList = useMemo(() => (open ? [...new Set([...methods(), ...state.methods])].sort() : [...state.methods]), [open, total]);
  const set = (patch: Partial<ToolbarState>) => onChange({ ...state, ...patch });
  const setKind = (kind: RowKind, on: boolean) => {
    const kinds = new Set(state.kinds);
    if (on) kinds.add(kind);
    else kinds.delete(kind);
    set({ kinds });
  };
  const active =
    (state.methods.length > 0 ? 1 : 0) +
    (state.direction !== "all" ? 1 : 0) +
    (state.errorsOnly ? 1 : 0) +
    (state.slowOnly ? 1 : 0) +
    ROW_KINDS.filter((k) => k !== "check" && !state.kinds.has(k)).length;
  return (
    <Stack gap={2} m={6}>
      <Group gap={6} wrap="nowrap">
        <Tooltip label={<Stack gap={0}>{QUERY_HELP.map((line) => <Text key={line} size="xs">{line}</Text>)}</Stack>} multiline maw={420} position="bottom-start" openDelay={400}>
          <TextInput
            ref={searchRef}
            size="xs"
            flex={1}
            placeholder='Search text, or $.params.name == "echo"'
            aria-label="Search messages"
            data-testid="log-search"
            leftSection={<IconSearch size={14} />}
            value={state.search}
            error={searchError ? true : undefined}
            onChange={(e) => set({ search: e.currentTarget.value })}
            rightSection={state.search ? <CloseButton size="xs" aria-label="Clear search" onClick={() => set({ search: "" })} /> : null}
          />
        </Tooltip>
        <Popover position="bottom-end" shadow="md" width={300} withinPortal opened={open} onChange={setOpen}>
          <Popover.Target>
            <Button size="compact-xs" onClick={() => setOpen((o) => !o)} variant={active ? "light" : "default"} leftSection={<IconAdjustmentsHorizontal size={14} />} data-testid="log-filters">
              Filters{active > 0 && <Badge size="xs" ml={4} circle>{active}</Badge>}
            </Button>
          </Popover.Target>
          <Popover.Dropdown data-testid="log-filters-panel">
            <Stack gap="xs">
              <MultiSelect size="xs" label="Method" placeholder="any" data={methodList} value={[...state.methods]} onChange={(v) => set({ methods: v })} searchable clearable data-testid="filter-method" comboboxProps={{ withinPortal: false }} />
              <SegmentedControl
                size="xs"
                fullWidth
                value={state.direction}
                onChange={(v) => set({ direction: v as ToolbarState["direction"] })}
                data={[{ value: "all", label: "both" }, { value: "client->server", label: "→ to server" }, { value: "server->client", label: "← to client" }]}
                data-testid="filter-direction"
                aria-label="Direction"
              />
              <Group gap={4}>
                {ROW_KINDS.map((kind) => (
                  <Chip key={kind} size="xs" checked={state.kinds.has(kind)} onChange={(on) => setKind(kind, on)} data-testid={`filter-kind-${kind}`}>
                    {kind}
                  </Chip>
                ))}
              </Group>
              <Switch size="xs" label="Errors only" checked={state.errorsOnly} onChange={(e) => set({ errorsOnly: e.currentTarget.checked })} data-testid="filter-errors" />
              <Group gap="xs" wrap="nowrap">
                <Switch size="xs" label="Slow only, ≥" checked={state.slowOnly} onChange={(e) => set({ slowOnly: e.currentTarget.checked })} data-testid="filter-slow" />
                <NumberInput size="xs" w={90} min={0} step={100} suffix=" ms" value={state.slowMs} onChange={(v) => set({ slowMs: typeof v === "number" ? v : 0 })} aria-label="Slow threshold (ms)" data-testid="filter-slow-ms" />
              </Group>
              <Button size="compact-xs" variant="subtle" onClick={() => set({ methods: [], direction: "all", kinds: new Set([...DEFAULT_KINDS, ...(state.kinds.has("check") ? ["check" as const] : [])]), errorsOnly: false, slowOnly: false })}>
                Reset filters
              </Button>
            </Stack>
          </Popover.Dropdown>
        </Popover>
        <Chip size="xs" checked={state.kinds.has("check")} onChange={(on) => setKind("check", on)} data-testid="show-check-frames">
          checks
        </Chip>
      </Group>
      <Text size="xs" c={searchError ? "red" : "dimmed"} data-testid="log-count" px={2}>
        {searchError ?? (shown === total ? `${total.toLocaleString()} rows` : `${shown.toLocaleString()} of ${total.toLocaleString()} rows`)}
      </Text>
    </Stack>
  );
}
