import { Alert, Anchor, Badge, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useContext } from "react";
import { ChecksContext } from "../checks";

/** The list's mark on a tool whose definition did not parse. */
export function BrokenToolBadge() {
  return (
    <Badge size="xs" color="red" variant="light" tt="none" data-testid="tool-broken">
      broken schema
    </Badge>
  );
}

/**
 * Why this tool's definition did not parse (clients built on the SDK reject the whole tools/list for
 * it), and a link to the protocol checks' findings about it.
 */
export function BrokenToolAlert({ reason }: { reason: string }) {
  const checks = useContext(ChecksContext);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="This tool's definition does not parse" data-testid="tool-broken-reason">
      <Text size="xs" className="mono" style={{ wordBreak: "break-word" }}>
        {reason}
      </Text>
      <Text size="xs" mt={4}>
        Clients built on the MCP SDK reject the whole tools/list because of it, so none of this server's tools reach them. You can still call it in JSON mode.{" "}
        {checks && (
          <Anchor component="button" type="button" size="xs" onClick={() => checks.setLogTab("checks")} data-testid="tool-broken-findings">
            Show its findings
          </Anchor>
        )}
      </Text>
    </Alert>
  );
}
