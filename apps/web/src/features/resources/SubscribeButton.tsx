import { Button, Tooltip } from "@mantine/core";
import { IconBell, IconBellOff } from "@tabler/icons-react";
import { RpcErrorAlert } from "../../ui/RpcErrorAlert";
import type { Subscriptions } from "./useSubscriptions";

/** Subscribe/Unsubscribe for one URI; absent when the server did not declare `resources.subscribe`. */
export function SubscribeButton({ uri, subscriptions }: { uri: string; subscriptions: Subscriptions }) {
  if (!subscriptions.supported) return null;
  const on = subscriptions.subscribed.has(uri);
  return (
    <>
      <Tooltip label={on ? "Stop notifications/resources/updated for this URI" : "Ask the server for notifications/resources/updated when this changes"} openDelay={400}>
        <Button
          variant={on ? "light" : "default"}
          color={on ? "teal" : undefined}
          leftSection={on ? <IconBellOff size={14} /> : <IconBell size={14} />}
          loading={subscriptions.pending === uri}
          onClick={() => subscriptions.toggle(uri)}
          data-testid="subscribe-button"
          data-subscribed={on || undefined}
        >
          {on ? "Unsubscribe" : "Subscribe"}
        </Button>
      </Tooltip>
      {subscriptions.error?.uri === uri && <RpcErrorAlert error={subscriptions.error.error} />}
    </>
  );
}
