import { Autocomplete, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { describeError } from "../../ui/describe-error";
import { useCompletion, type CompletionRef } from "./useCompletion";

interface CompletionInputProps {
  completionRef: CompletionRef;
  name: string;
  label: ReactNode;
  description?: ReactNode;
  required?: boolean | undefined;
  value: string;
  onChange: (value: string) => void;
  /** The other arguments' values, sent as the completion context. */
  context: Record<string, string>;
  testId?: string;
}

/** A text field that suggests the server's `completion/complete` values as the user types. */
export function CompletionInput({ completionRef, name, label, description, required, value, onChange, context, testId }: CompletionInputProps) {
  const [focused, setFocused] = useState(false);
  const completion = useCompletion(completionRef, name, value, context, focused);
  // Mantine's Autocomplete filters by substring; the server already filtered, so show its list as is.
  const more = completion.hasMore || (completion.total !== undefined && completion.total > completion.values.length);
  return (
    <Autocomplete
      label={label}
      description={description}
      withAsterisk={required}
      required={required}
      value={value}
      onChange={onChange}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      data={[...new Set(completion.values)]}
      filter={({ options }) => options}
      limit={100}
      data-testid={testId}
      styles={{ label: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      error={completion.error ? `completion/complete failed: ${describeError(completion.error).text}` : undefined}
      inputWrapperOrder={["label", "description", "input", "error"]}
      rightSectionWidth={more ? 80 : undefined}
      rightSection={
        more ? (
          <Text size="xs" c="dimmed" title="The server has more values than it sent">
            {completion.total ?? "more"} total
          </Text>
        ) : undefined
      }
    />
  );
}
