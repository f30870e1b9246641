import { Typography } from "@mantine/core";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import classes from "./MarkdownView.module.css";

// Links leave the inspector in a new tab; raw HTML in the text stays text (react-markdown's default).
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />,
};

/** Markdown from a server, rendered with GitHub extensions (tables, task lists, strikethrough). */
export function MarkdownView({ text }: { text: string }) {
  return (
    <Typography className={classes.markdown} data-testid="content-markdown">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {text}
      </Markdown>
    </Typography>
  );
}
