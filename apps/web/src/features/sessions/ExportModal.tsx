import { Alert, Button, Checkbox, Group, Modal, ScrollArea, SegmentedControl, Stack, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useSession } from "../../client/useSession";
import { exportableRequests } from "./exportable-requests";
import { useExport } from "./useExport";

/** Choose the whole session or some of its requests; the server writes the fixture and the Vitest file. */
export function ExportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { snapshot } = useSession();
  const requests = useMemo(() => (opened ? exportableRequests(snapshot.frames) : []), [opened, snapshot.frames]);
  const [mode, setMode] = useState<"all" | "selected">("all");
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const exporter = useExport();
  const toggle = (seq: number) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });
  const submit = async () => {
    const ok = await exporter.run(mode === "all" ? undefined : [...chosen].sort((a, b) => a - b));
    if (ok) onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Export as a replay test" size="lg" data-testid="export-modal">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Downloads a fixture (<span className="mono">.fixture.json</span>) and a Vitest file that replays it against the server.
        </Text>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as "all" | "selected")}
          data={[
            { value: "all", label: "Whole session" },
            { value: "selected", label: "Selected requests" },
          ]}
          aria-label="What to export"
        />
        {mode === "selected" && (
          <ScrollArea.Autosize mah={320} data-testid="export-requests">
            <Stack gap={4}>
              {requests.length === 0 && <Text size="sm" c="dimmed">No requests yet.</Text>}
              {requests.map((r) => (
                <Checkbox
                  key={r.seq}
                  checked={chosen.has(r.seq)}
                  onChange={() => toggle(r.seq)}
                  label={
                    <span className="mono">
                      #{r.seq} {r.label}
                    </span>
                  }
                  data-testid="export-request"
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {exporter.error && (
          <Alert color="red" data-testid="export-error">
            {exporter.error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={exporter.pending} disabled={mode === "selected" && chosen.size === 0} data-testid="export-submit">
            {mode === "all" ? "Export session" : `Export ${chosen.size} request${chosen.size === 1 ? "" : "s"}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
