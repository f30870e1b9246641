import { Suspense, lazy } from "react";

// react-markdown and remark-gfm load with the first Markdown shown, not with the page.
const MarkdownViewImpl = lazy(() => import("./MarkdownView").then((m) => ({ default: m.MarkdownView })));

/** `MarkdownView`, loaded on demand; until then the text shows as it is. */
export function MarkdownView({ text }: { text: string }) {
  return (
    <Suspense fallback={<pre style={{ whiteSpace: "pre-wrap", margin: 0 }}>{text}</pre>}>
      <MarkdownViewImpl text={text} />
    </Suspense>
  );
}
