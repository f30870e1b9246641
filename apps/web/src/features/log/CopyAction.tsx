import { Button } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";

/** A copy button whose text is computed on click (never on render: the value may be 10 MB). */
export function CopyAction({ label, text, disabled, testId }: { label: string; text: () => string; disabled?: boolean; testId: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = () => {
    navigator.clipboard.writeText(text()).then(
      () => setState("copied"),
      () => setState("failed"),
    );
    setTimeout(() => setState("idle"), 1500);
  };
  return (
    <Button
      size="compact-xs"
      variant="default"
      disabled={disabled}
      onClick={copy}
      leftSection={state === "copied" ? <IconCheck size={12} /> : <IconCopy size={12} />}
      data-testid={testId}
      color={state === "failed" ? "red" : undefined}
    >
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : label}
    </Button>
  );
}
