import { Badge, Drawer, Group, ScrollArea, Stack, Tabs, Text } from "@mantine/core";
import { ClientRequestItem } from "./ClientRequestItem";
import { RequestTimeoutInput } from "./RequestTimeoutInput";
import { RootsEditor } from "./RootsEditor";
import { SamplingRulesList } from "./SamplingRulesList";
import { useClientRequests, useNow } from "./useClientRequests";

const HEADER_HEIGHT = 52;

/** Non-modal: the rest of the inspector stays usable while requests wait here. */
export function RequestsDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const requests = useClientRequests();
  const pending = requests.filter((r) => r.status === "pending").length;
  const now = useNow(opened && pending > 0);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={560}
      title={<Text fw={600}>Requests from the server</Text>}
      withOverlay={false}
      lockScroll={false}
      trapFocus={false}
      closeOnClickOutside={false}
      shadow="xl"
      // Below the header, so its buttons (this drawer's own toggle, Restart) stay reachable.
      styles={{ inner: { top: HEADER_HEIGHT, height: `calc(100% - ${HEADER_HEIGHT}px)` } }}
      scrollAreaComponent={ScrollArea.Autosize}
      data-testid="requests-drawer"
    >
      <Tabs defaultValue="requests" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="requests" rightSection={pending > 0 ? <Badge size="xs" circle>{pending}</Badge> : undefined}>Requests</Tabs.Tab>
          <Tabs.Tab value="roots">Roots</Tabs.Tab>
          <Tabs.Tab value="rules">Sampling rules</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Text size="xs" c="dimmed" maw={300}>
                Sampling and elicitation requests the server sent. Answer as the model or the user would.
              </Text>
              <RequestTimeoutInput />
            </Group>
            {requests.length === 0 && <Text size="sm" c="dimmed">No requests yet.</Text>}
            {requests.map((request) => (
              <ClientRequestItem key={request.id} request={request} now={now} />
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="roots">
          <RootsEditor />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <SamplingRulesList />
        </Tabs.Panel>
      </Tabs>
    </Drawer>
  );
}
