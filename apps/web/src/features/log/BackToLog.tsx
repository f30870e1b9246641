import { Anchor } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useChecks } from "../checks";
import { clearFocusTarget, useFocusTarget, type FocusTab } from "./focus-target";

/** Shown on a main tab reached from a log row: returns to that row (scrolled to and highlighted). */
export function BackToLog({ tab }: { tab: FocusTab }) {
  const target = useFocusTarget(tab);
  const { showFrame } = useChecks();
  if (!target) return null;
  return (
    <Anchor
      component="button"
      type="button"
      size="xs"
      mb="xs"
      data-testid="back-to-log"
      onClick={() => {
        showFrame(target.fromSeq);
        clearFocusTarget();
      }}
    >
      <IconArrowLeft size={12} style={{ verticalAlign: "middle" }} /> back to log (frame {target.fromSeq})
    </Anchor>
  );
}
