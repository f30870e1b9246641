/**
 * The Prompts tab: the list, argument fields with completions, and a `prompts/get` result as the
 * conversation it starts. May import: client/, ui/, features content, log, logging, resources, core.
 *
 * This index is what other folders may use; everything else here is private to the feature.
 */
export { PromptsPanel } from "./LazyPromptsPanel";
