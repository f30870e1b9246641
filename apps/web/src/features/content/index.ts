/**
 * How MCP content is shown wherever it appears (tool results, prompt messages, sampling, task results,
 * resource reads): text with JSON/Markdown detection, images, audio, resource links read on click, embedded
 * resources, annotations. May import: client/, ui/, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { ContentAnnotations } from "./ContentAnnotations";
export { ContentItem } from "./ContentItem";
export { ResourceResultView } from "./ResourceResultView";
