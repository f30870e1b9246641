// What the dual-era demo server remembers across connections of one process: the application's state, not a connection's.
// serveStdio builds one McpServer per connection (and one more for a discarded server/discover probe), so anything
// that must outlive an instance lives here and is shared by every instance the factory builds.
export const COUNTER_URI = "demo://counter";

export class DualEraState {
  /** The value behind demo://counter; touch_resource bumps it. */
  counter = 0;
  /** Whether the `extra` tool is offered; toggle_extra_tool flips it. */
  extraTool = false;
  /** Notes added with add_note, listed as demo://notes/<n> resources. */
  readonly notes: string[] = [];
}
