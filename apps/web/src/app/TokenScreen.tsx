import { Center, Code, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";

/** Shown when the page has no token, or the backend refused it. */
export function TokenScreen({ rejected = false }: { rejected?: boolean }) {
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
          <Text>Open the URL with the token that mcp-inspect printed in your terminal.</Text>
          <Text size="sm" c="dimmed">
            It looks like <Code>http://127.0.0.1:6277/#token=…</Code>. The token keeps other pages and programs on this
            machine from driving the server you are inspecting.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
