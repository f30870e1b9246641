import { Badge, Button } from "@mantine/core";
import { IconInbox } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { RequestsDrawer } from "./LazyRequestsDrawer";
import { useClientRequests } from "./useClientRequests";

/** The header's way to the server's requests (and roots, rules), with the count of those waiting for an answer. */
export function RequestsButton() {
  const requests = useClientRequests();
  const pending = requests.filter((r) => r.status === "pending").length;
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on (its code loads then), so it can animate closed like any drawer.
  const [everOpened, setEverOpened] = useState(false);
  if (opened && !everOpened) setEverOpened(true);
  const seen = useRef(pending);
  // A new request is waiting on the person (and a tool call on them): show it.
  useEffect(() => {
    if (pending > seen.current) setOpened(true);
    seen.current = pending;
  }, [pending]);
  return (
    <>
      <Button
        variant={pending > 0 ? "light" : "default"}
        color={pending > 0 ? "orange" : undefined}
        leftSection={<IconInbox size={14} />}
        rightSection={
          <Badge size="sm" circle={pending < 10} color={pending > 0 ? "orange" : "gray"} variant={pending > 0 ? "filled" : "light"} data-testid="pending-requests">
            {pending}
          </Badge>
        }
        onClick={() => setOpened((o) => !o)}
        aria-label={`Requests from the server, ${pending} pending`}
        data-testid="requests-button"
      >
        Requests
      </Button>
      {everOpened && <RequestsDrawer opened={opened} onClose={() => setOpened(false)} />}
    </>
  );
}
