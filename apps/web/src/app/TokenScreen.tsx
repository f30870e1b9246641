import { Button, Center, Code, Group, Paper, Stack, Text, TextInput, ThemeIcon, Title } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { tokenFromInput } from "../client/token";

/**
 * Shown when the page has no token (a link pasted without it), or the backend refused it: asks for the
 * token, or the URL that carries it, and then the page opens what its address names.
 */
export function TokenScreen({ rejected = false, onToken }: { rejected?: boolean; onToken: (token: string) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = tokenFromInput(text);
    if (!token) return setError("Paste the URL mcp-inspect printed (it ends in #token=…), or the token alone.");
    setError(undefined);
    onToken(token);
  };
  return (
    <Center mih="100dvh" p="md" data-testid="token-screen">
      <Paper withBorder p="xl" maw={560} radius="md">
        <Stack gap="sm">
          <ThemeIcon size="lg" variant="light" color={rejected ? "red" : "indigo"}>
            <IconKey size={18} />
          </ThemeIcon>
          <Title order={2} size="h3">
            mcp-inspect
          </Title>
          {rejected && <Text c="red">This token was not accepted; mcp-inspect may have been restarted since.</Text>}
          <Text>Open the URL with the token that mcp-inspect printed in your terminal, or paste it here.</Text>
          <Text size="sm" c="dimmed">
            It looks like <Code>http://127.0.0.1:6277/#token=…</Code>. The token keeps other pages and programs on this
            machine from driving the server you are inspecting.
          </Text>
          <form onSubmit={submit}>
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                flex={1}
                aria-label="Token or URL"
                placeholder="http://127.0.0.1:6277/#token=…"
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={error}
                autoComplete="off"
                spellCheck={false}
                data-testid="token-input"
              />
              <Button type="submit" data-testid="token-submit">
                Open
              </Button>
            </Group>
          </form>
        </Stack>
      </Paper>
    </Center>
  );
}
