import { ActionIcon, Group, NumberInput, Popover, Stack, Text, Tooltip } from "@mantine/core";
import { IconClockCog } from "@tabler/icons-react";
import type { CallTimeouts } from "./call-settings";

/** The two call time limits, in seconds, behind a small clock button next to the call buttons. */
export function CallTimeoutsPopover({ timeouts, onChange }: { timeouts: CallTimeouts; onChange: (next: CallTimeouts) => void }) {
  const summary = `timeout ${timeouts.timeoutS} s${timeouts.maxTotalS ? `, max ${timeouts.maxTotalS} s total` : ""}`;
  return (
    <Group gap={6}>
      <Popover position="bottom-start" withArrow shadow="md" trapFocus>
        <Popover.Target>
          <Tooltip label="Call time limits">
            <ActionIcon variant="default" size="md" aria-label="Timeouts" data-testid="call-timeouts">
              <IconClockCog size={16} />
            </ActionIcon>
          </Tooltip>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" w={240}>
            <NumberInput
              label="Timeout (s)"
              description="Without a response for this long, the call times out. Progress resets it."
              min={1}
              // Uncontrolled: the field may be empty while typing; only valid values are applied.
              defaultValue={timeouts.timeoutS}
              onChange={(v) => typeof v === "number" && v > 0 && onChange({ ...timeouts, timeoutS: v })}
              size="xs"
            />
            <NumberInput
              label="Maximum total time (s)"
              description="Empty: no limit, progress keeps the call alive."
              min={1}
              defaultValue={timeouts.maxTotalS ?? ""}
              onChange={(v) => onChange({ ...timeouts, maxTotalS: typeof v === "number" && v > 0 ? v : undefined })}
              size="xs"
            />
            <Text size="xs" c="dimmed">
              Saved in this browser.
            </Text>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Text size="xs" c="dimmed" data-testid="call-timeouts-summary">
        {summary}
      </Text>
    </Group>
  );
}
