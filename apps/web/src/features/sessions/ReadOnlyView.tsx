import { Stack, Text } from "@mantine/core";
import { ReadOnlyBanner } from "./ReadOnlyBanner";
import { RecordedCalls } from "./RecordedCalls";
import { useSessions } from "./sessions-context";

/** The main area while a recorded session is open: the banner and its tool calls (the log and timings are in the log panel). */
export function ReadOnlyView() {
  const { opened, close } = useSessions();
  if (!opened) return null;
  return (
    <Stack gap={0} h="100%" data-testid="readonly-view">
      <ReadOnlyBanner session={opened} onBack={close} />
      <Text size="sm" fw={600} px="md" pt="sm">
        Tool calls
      </Text>
      <RecordedCalls />
    </Stack>
  );
}
