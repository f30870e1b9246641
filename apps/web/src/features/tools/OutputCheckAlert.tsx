import { Alert, Code, List, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { OutputCheck } from "./output-validation";

/** Flags structuredContent that breaks the tool's outputSchema (or is missing); quiet when it matches. */
export function OutputCheckAlert({ check }: { check: OutputCheck }) {
  if (check.kind === "valid") {
    return (
      <Text size="xs" c="dimmed" data-testid="output-schema-valid">
        structuredContent matches the output schema
      </Text>
    );
  }
  if (check.kind !== "mismatch" && check.kind !== "missing" && check.kind !== "bad-schema") return null;
  const title =
    check.kind === "mismatch"
      ? "structuredContent does not match the tool's output schema"
      : check.kind === "missing"
        ? "The tool declares an output schema but returned no structuredContent"
        : "The tool's output schema could not be compiled";
  return (
    <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} title={title} data-testid="output-schema-mismatch" data-kind={check.kind}>
      {check.kind === "mismatch" && (
        <List size="sm" spacing={2}>
          {check.problems.map((p, i) => (
            <List.Item key={i} data-testid="output-schema-problem">
              <Code>{p.path || "(root)"}</Code> {p.message}
            </List.Item>
          ))}
        </List>
      )}
      {check.kind === "bad-schema" && <Text size="sm">{check.message}</Text>}
    </Alert>
  );
}
