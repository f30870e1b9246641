import { Button, Group, Stack, Text, Title } from "@mantine/core";
import type { Client } from "@modelcontextprotocol/client";
import type { GetPromptResult, Prompt } from "@modelcontextprotocol/client";
import { IconPlayerPlay } from "@tabler/icons-react";
import { useCallback, useMemo, useState, type FormEvent } from "react";
import { useSession } from "../../client/useSession";
import { useTimedRequest } from "../../ui/useTimedRequest";
import { CompletionInput } from "../resources";
import { ServerIcon } from "../../ui/ServerIcon";
import { otherValues } from "../resources";
import { PromptResultView } from "./PromptResultView";

/** One text input per prompt argument, "Get prompt", and the returned messages. */
export function PromptDetail({ prompt }: { prompt: Prompt }) {
  const { snapshot } = useSession();
  const client = snapshot.client;
  const [values, setValues] = useState<Record<string, string>>({});
  const getPrompt = useCallback(
    (signal: AbortSignal, c: Client, name: string, args: Record<string, string>): Promise<GetPromptResult> =>
      c.getPrompt({ name, arguments: args }, { signal }),
    [],
  );
  const { result, run } = useTimedRequest(getPrompt);
  const ref = useMemo(() => ({ type: "ref/prompt" as const, name: prompt.name }), [prompt.name]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!client) return;
    // Empty optional arguments are left out rather than sent as "".
    const args = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ""));
    void run(client, prompt.name, args);
  };
  return (
    <Stack gap="sm" maw={1000}>
      <div>
        <Group gap={6} wrap="nowrap">
          <ServerIcon icons={prompt.icons} size={20} />
          <Title order={3} size="h4" className="mono">
            {prompt.name}
          </Title>
        </Group>
        {prompt.title && <Text size="sm" fw={500}>{prompt.title}</Text>}
      </div>
      {prompt.description && <Text size="sm" className="pre-wrap">{prompt.description}</Text>}
      <form onSubmit={submit}>
        <Stack gap="xs" maw={560}>
          {(prompt.arguments ?? []).map((arg) => (
            <CompletionInput
              key={arg.name}
              completionRef={ref}
              name={arg.name}
              label={argumentLabel(arg)}
              description={arg.description}
              required={arg.required}
              value={values[arg.name] ?? ""}
              onChange={(value) => setValues((all) => ({ ...all, [arg.name]: value }))}
              context={otherValues(values, arg.name)}
              testId={`prompt-arg-${arg.name}`}
            />
          ))}
          {(prompt.arguments ?? []).length === 0 && (
            <Text size="xs" c="dimmed">
              This prompt takes no arguments.
            </Text>
          )}
          <Group>
            <Button type="submit" leftSection={<IconPlayerPlay size={14} />} disabled={!client} loading={result.status === "pending"}>
              Get prompt
            </Button>
          </Group>
        </Stack>
      </form>
      <PromptResultView result={result} />
    </Stack>
  );
}

/** The argument's name, with its title (2025-06-18+, not yet in the SDK's type) when it has one. */
function argumentLabel(arg: { name: string; title?: unknown }): string {
  return typeof arg.title === "string" && arg.title !== "" ? `${arg.name} (${arg.title})` : arg.name;
}
