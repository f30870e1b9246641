import { Typography } from "@mantine/core";
import Markdown, { defaultUrlTransform, type Components, type UrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";
import classes from "./MarkdownView.module.css";
import { RemoteImage } from "./RemoteImage";

// Links leave the inspector in a new tab; raw HTML in the text stays text (react-markdown's default).
// Images: data: ones render, remote ones wait for the person to ask (RemoteImage).
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />,
  img: ({ src, alt, title }) => <RemoteImage src={typeof src === "string" ? src : undefined} alt={alt} title={title} />,
};

// react-markdown drops data: URLs; an inline data: image is content, not a request, so it may stay.
const urlTransform: UrlTransform = (url, key, node) => (key === "src" && node.tagName === "img" && /^data:image\//i.test(url) ? url : defaultUrlTransform(url));

/** Markdown from a server, rendered with GitHub extensions (tables, task lists, strikethrough). */
export function MarkdownView({ text }: { text: string }) {
  return (
    <Typography className={classes.markdown} data-testid="content-markdown">
      <Markdown remarkPlugins={[remarkGfm]} components={components} urlTransform={urlTransform}>
        {text}
      </Markdown>
    </Typography>
  );
}
