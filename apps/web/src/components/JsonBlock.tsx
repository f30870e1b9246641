import { ActionIcon, Box, Code, CopyButton, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { prettyJson } from "../lib/format";
import classes from "./JsonBlock.module.css";

/** Pretty JSON (or given text) in a scrollable code block with a copy button. */
export function JsonBlock({ value, text, maxHeight = 400, testId }: { value?: unknown; text?: string; maxHeight?: number; testId?: string }) {
  const content = text ?? prettyJson(value);
  return (
    <Box pos="relative">
      <Code block mah={maxHeight} className={classes.code} data-testid={testId}>
        {content}
      </Code>
      <CopyButton value={content}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? "Copied" : "Copy"}>
            <ActionIcon size="sm" pos="absolute" top={4} right={4} onClick={copy} aria-label="Copy">
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Box>
  );
}
