import { SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";
import { JsonBlock } from "../../ui/JsonBlock";
import { prettyIfJson } from "../../ui/format";
import { textFormat } from "./content-kind";
import { MarkdownView } from "./LazyMarkdownView";

/** Text content: pretty JSON, rendered Markdown (with a switch to the raw text), or plain text. */
export function TextContentView({ text, mimeType }: { text: string; mimeType?: string | undefined }) {
  const format = textFormat(text, mimeType);
  const [raw, setRaw] = useState(false);
  if (format === "json") return <JsonBlock text={prettyIfJson(text).text} testId="content-text" />;
  if (format === "plain") return <JsonBlock text={text} testId="content-text" />;
  return (
    <Stack gap={4}>
      {/* No "JSON" in these labels: the argument form's own toggle is found by that name. */}
      <SegmentedControl
        size="xs"
        w="fit-content"
        aria-label="Show Markdown as"
        data={["Rendered", "Raw"]}
        value={raw ? "Raw" : "Rendered"}
        onChange={(v) => setRaw(v === "Raw")}
      />
      {raw ? <JsonBlock text={text} testId="content-text" /> : <MarkdownView text={text} />}
    </Stack>
  );
}
