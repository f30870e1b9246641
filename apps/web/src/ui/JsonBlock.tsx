import { ActionIcon, Box, Code, CopyButton, Tooltip, UnstyledButton } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import { prettyJson } from "./format";
import classes from "./JsonBlock.module.css";

/** Characters shown before "show all": laying out a 10 MB text node blocks the page for seconds. */
export const JSON_BLOCK_PREVIEW = 100_000;

/** Pretty JSON (or given text) in a scrollable code block with a copy button (which copies all of it). */
export function JsonBlock({ value, text, maxHeight = 400, testId }: { value?: unknown; text?: string; maxHeight?: number; testId?: string }) {
  const content = text ?? prettyJson(value);
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, content.length - JSON_BLOCK_PREVIEW);
  return (
    <Box pos="relative">
      {/* pr leaves room for the copy button (a style prop: Mantine's own block padding outranks a class). */}
      <Code block mah={maxHeight} pr={36} className={classes.code} data-testid={testId}>
        {hidden > 0 ? content.slice(0, JSON_BLOCK_PREVIEW) : content}
      </Code>
      {hidden > 0 && (
        <UnstyledButton fz="xs" c="blue" onClick={() => setAll(true)} data-testid="json-block-show-all">
          show all ({hidden.toLocaleString()} more chars)
        </UnstyledButton>
      )}
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
