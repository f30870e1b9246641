import { List, Text, Textarea } from "@mantine/core";
import type { ParsedArgs } from "./parse-json-args";
import type { ArgsProblem } from "./validate-args";

interface JsonArgsEditorProps {
  text: string;
  onChange: (text: string) => void;
  parsed: ParsedArgs;
  problems: ArgsProblem[];
  onSubmit: () => void;
}

/** The problems of some arguments, one a line, each with where it is ("/customer/email"). */
export function ProblemList({ problems }: { problems: ArgsProblem[] }) {
  return (
    <List size="xs" spacing={2} data-testid="args-problems">
      {problems.map((p) => (
        <List.Item key={`${p.path} ${p.message}`}>
          <Text span size="xs" className="mono">
            {p.path || "arguments"}
          </Text>{" "}
          {p.message}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The arguments as JSON text. Checked as the user types (parse error, then schema problems below),
 * but the text itself is only ever what they typed: nothing reformats it.
 */
export function JsonArgsEditor({ text, onChange, parsed, problems, onSubmit }: JsonArgsEditorProps) {
  return (
    <div>
      <Textarea
        label="Arguments (JSON)"
        description="Ctrl+Enter to call"
        value={text}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit();
          }
        }}
        error={parsed.ok ? undefined : parsed.error}
        autosize
        minRows={3}
        maxRows={20}
        spellCheck={false}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      />
      {parsed.ok && problems.length > 0 && (
        <Text component="div" size="xs" c="orange" mt={4}>
          Does not match the input schema:
          <ProblemList problems={problems} />
        </Text>
      )}
    </div>
  );
}
