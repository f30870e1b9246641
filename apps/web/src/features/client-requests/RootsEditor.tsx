import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState, useSyncExternalStore } from "react";
import { useSession } from "../../client/useSession";
import type { RootEntry } from "./roots";
import { addRoot, removeRoot, renameRoot } from "./roots-edit";
import { rootsStore } from "./roots-store";
import { targetCwd, targetKey } from "./target-key";

/** The roots this client offers the server (per target, saved), and `notifications/roots/list_changed` on every edit. */
export function RootsEditor() {
  const { snapshot } = useSession();
  const target = snapshot.header?.target;
  const key = targetKey(target);
  const cwd = targetCwd(target);
  const roots = useSyncExternalStore(rootsStore.subscribe, () => rootsStore.get(key, cwd));
  const [input, setInput] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();

  const save = (next: readonly RootEntry[]) => {
    rootsStore.set(key, next);
    // The server asks roots/list again when it cares; a client not yet ready has nothing to tell.
    void snapshot.client?.sendRootsListChanged().catch(() => {});
  };
  const add = () => {
    try {
      save(addRoot(roots, input, name));
      setInput("");
      setName("");
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Stack gap="xs" data-testid="roots-editor">
      <Text size="xs" c="dimmed">
        Directories the server may work in, sent as <span className="mono">roots/list</span>. Saved for this target; the default is its working directory.
      </Text>
      {roots.length === 0 && <Text size="sm" c="dimmed">No roots: the server is told the client offers none.</Text>}
      {roots.map((root) => (
        <Group key={root.uri} gap="xs" wrap="nowrap" data-testid="root-row">
          <TextInput
            size="xs"
            w={140}
            aria-label={`Name of ${root.uri}`}
            defaultValue={root.name ?? ""}
            placeholder="name"
            onBlur={(e) => e.currentTarget.value !== (root.name ?? "") && save(renameRoot(roots, root.uri, e.currentTarget.value))}
          />
          <Text size="xs" className="mono" style={{ flex: 1, wordBreak: "break-all" }} data-testid="root-uri">
            {root.uri}
          </Text>
          <Tooltip label="Remove">
            <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${root.uri}`} onClick={() => save(removeRoot(roots, root.uri))}>
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label="New root (absolute path or file:// URI)"
          placeholder="/absolute/path or file:///…"
          value={input}
          onChange={(e) => setInput(e.currentTarget.value)}
          onKeyDown={(e) => e.key === "Enter" && add()}
          error={error}
        />
        <TextInput size="xs" w={120} aria-label="New root name" placeholder="name (optional)" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={add}>
          Add root
        </Button>
      </Group>
      <Group>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => { rootsStore.reset(key); void snapshot.client?.sendRootsListChanged().catch(() => {}); }}>
          Reset to the working directory
        </Button>
      </Group>
    </Stack>
  );
}
