/**
 * The Resources tab: resources and templates (RFC 6570 expansion, completions), reads, subscriptions and
 * the updates stream. May import: client/, ui/, features content, log, logging, apps, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { CompletionInput } from "./CompletionInput";
export { ResourcesPanel } from "./LazyResourcesPanel";
export { otherValues } from "./uri-template";
