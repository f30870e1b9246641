import { Alert, Stack, Text } from "@mantine/core";
import { IconPlugX } from "@tabler/icons-react";
import { describeError } from "./describe-error";
import { JsonBlock } from "./JsonBlock";

/** A rejected request: "JSON-RPC error <code>: <message>" for error responses, else the failure itself. */
export function RpcErrorAlert({ error }: { error: unknown }) {
  const described = describeError(error);
  return (
    <Alert
      variant="outline"
      color="red"
      icon={<IconPlugX size={18} />}
      title={described.kind === "json-rpc" ? described.text : `Request failed: ${described.text}`}
      data-testid="rpc-error"
    >
      {described.kind === "json-rpc" && described.data !== undefined ? (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            error.data
          </Text>
          <JsonBlock value={described.data} maxHeight={200} />
        </Stack>
      ) : null}
    </Alert>
  );
}
