import { UnstyledButton } from "@mantine/core";
import { memo, useState } from "react";
import { ARRAY_PAGE, childCount, childrenOf, containerPreview, isContainer, leafText, openByDefault, STRING_PREVIEW } from "./json-tree-model";
import { formatPath, type PathSegment } from "./log-query";
import classes from "./JsonTree.module.css";

interface JsonTreeProps {
  value: unknown;
  /** The path of the selected node (as formatPath gives it), for the copy buttons above the tree. */
  selected?: string;
  onSelect?: (path: PathSegment[], value: unknown) => void;
}

/** A collapsible JSON tree that renders children only when expanded: a 10 MB message costs what is open. */
export function JsonTree({ value, selected, onSelect }: JsonTreeProps) {
  return (
    <div className={classes.tree} data-testid="json-tree" role="tree">
      <JsonNode name={undefined} value={value} path={[]} depth={0} selected={selected} onSelect={onSelect} />
    </div>
  );
}

interface NodeProps {
  name: PathSegment | undefined;
  value: unknown;
  path: PathSegment[];
  depth: number;
  selected?: string;
  onSelect?: (path: PathSegment[], value: unknown) => void;
}

const JsonNode = memo(function JsonNode({ name, value, path, depth, selected, onSelect }: NodeProps) {
  const [open, setOpen] = useState(() => openByDefault(depth, value));
  const [shown, setShown] = useState(ARRAY_PAGE);
  const [fullText, setFullText] = useState(false);
  const formatted = formatPath(path);
  const isSelected = selected === formatted;
  const label =
    name === undefined ? null : (
      <UnstyledButton
        className={classes.key}
        onClick={() => onSelect?.(path, value)}
        data-selected={isSelected || undefined}
        aria-label={`select ${formatted}`}
        data-path={formatted}
      >
        {typeof name === "number" ? name : JSON.stringify(name)}:
      </UnstyledButton>
    );

  if (!isContainer(value)) {
    const { text, hidden } = leafText(value, fullText ? Number.POSITIVE_INFINITY : STRING_PREVIEW);
    return (
      <div className={classes.line} role="treeitem" data-testid="json-leaf">
        {label} <span className={classes.leaf} data-type={value === null ? "null" : typeof value}>{text}</span>
        {hidden > 0 && (
          <UnstyledButton className={classes.more} onClick={() => setFullText(true)} data-testid="json-show-all">
            show all ({hidden.toLocaleString()} more chars)
          </UnstyledButton>
        )}
      </div>
    );
  }

  const total = childCount(value);
  const children = open ? childrenOf(value, path, Array.isArray(value) ? shown : Number.POSITIVE_INFINITY) : [];
  return (
    <div role="treeitem" aria-expanded={open} data-testid="json-node">
      <div className={classes.line}>
        <UnstyledButton className={classes.toggle} onClick={() => setOpen(!open)} aria-label={`${open ? "collapse" : "expand"} ${formatted}`} data-testid="json-toggle">
          {open ? "▾" : "▸"}
        </UnstyledButton>
        {label ?? (
          <UnstyledButton className={classes.key} onClick={() => onSelect?.(path, value)} data-selected={isSelected || undefined} data-path="$">
            $
          </UnstyledButton>
        )}{" "}
        <span className={classes.preview}>{containerPreview(value)}</span>
      </div>
      {open && (
        <div className={classes.children} role="group">
          {children.map((child) => (
            <JsonNode key={String(child.key)} name={child.key} value={child.value} path={child.path} depth={depth + 1} selected={selected} onSelect={onSelect} />
          ))}
          {Array.isArray(value) && shown < total && (
            <UnstyledButton className={classes.more} onClick={() => setShown(shown + ARRAY_PAGE)} data-testid="json-more-items">
              show {Math.min(ARRAY_PAGE, total - shown)} more of {total.toLocaleString()} items
            </UnstyledButton>
          )}
        </div>
      )}
    </div>
  );
});
