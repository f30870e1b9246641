import { Divider, Stack, Text } from "@mantine/core";
import type { ParsedSession } from "@mcp-inspect/core";
import { useMemo, type JSX } from "react";
import { callsOf, pairCalls } from "./call-pairs";
import { CallsSection } from "./CallsSection";
import { diffSurface } from "./diff-surface";
import { summarise, summaryText } from "./summary";
import { extractSurface } from "./surface";
import { SurfaceSection } from "./SurfaceSection";

const DEFAULT_LABELS: [string, string] = ["A", "B"];

/** Two sessions side by side: how the server's surface changed from A to B, and how the same calls were answered. */
export function SessionDiff(props: { a: ParsedSession; b: ParsedSession; labels?: [string, string] }): JSX.Element {
  const labels = props.labels ?? DEFAULT_LABELS;
  const { kinds, pairs } = useMemo(
    () => ({
      kinds: diffSurface(extractSurface(props.a.frames), extractSurface(props.b.frames)),
      pairs: pairCalls(callsOf(props.a.frames), callsOf(props.b.frames)),
    }),
    [props.a, props.b],
  );
  return (
    <Stack gap="md" data-testid="session-diff">
      <Text size="sm" fw={500} data-testid="diff-summary">
        {summaryText(summarise(kinds, pairs), labels)}
      </Text>
      <SurfaceSection kinds={kinds} labels={labels} />
      <Divider />
      <CallsSection pairs={pairs} labels={labels} />
    </Stack>
  );
}
