/** Every keyboard shortcut, as the sheet (`?`) lists them and apps/web/README.md documents them. */
export interface Shortcut {
  keys: readonly string[];
  what: string;
}

export const SHORTCUT_GROUPS: readonly { title: string; shortcuts: readonly Shortcut[] }[] = [
  {
    title: "Anywhere",
    shortcuts: [
      { keys: ["/"], what: "Search the message log" },
      { keys: ["Ctrl", "K"], what: "Search the message log (also while typing; ⌘K on a Mac)" },
      { keys: ["?"], what: "Show this list" },
    ],
  },
  {
    title: "Tools, resources, prompts",
    shortcuts: [
      { keys: ["↓"], what: "Next in the list (from the filter box: the first)" },
      { keys: ["↑"], what: "Previous in the list" },
      { keys: ["Home"], what: "First in the list" },
      { keys: ["End"], what: "Last in the list" },
      { keys: ["Enter"], what: "Open the one focused" },
      { keys: ["Esc"], what: "Close what is open" },
    ],
  },
  {
    title: "Message log",
    shortcuts: [
      { keys: ["↓"], what: "Select the next row (its detail follows)" },
      { keys: ["↑"], what: "Select the previous row" },
      { keys: ["Home"], what: "Select the first row" },
      { keys: ["End"], what: "Select the last row" },
      { keys: ["Enter"], what: "Open the detail of the row last selected" },
      { keys: ["Esc"], what: "Close the detail" },
    ],
  },
];
