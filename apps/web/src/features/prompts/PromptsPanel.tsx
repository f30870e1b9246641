import { Text } from "@mantine/core";
import { usePrompts } from "./usePrompts";
import { listChangedMethod, useRecentNotification } from "../logging";
import { PagedListHeader } from "../../ui/PagedListHeader";
import { ServerIcon } from "../../ui/ServerIcon";
import { ListEntry } from "../../ui/ListEntry";
import { ListStatus } from "../connection";
import { PromptDetail } from "./PromptDetail";
import { SplitView } from "../../ui/SplitView";
import { BackToLog } from "../log";
import { useFocusSelection } from "../log";
import { useLinkParam } from "../workspace";

/** The server's prompts with their arguments; the selected one can be fetched with prompts/get. */
export function PromptsPanel() {
  const prompts = usePrompts();
  const updated = useRecentNotification(listChangedMethod.prompts);
  const [selected, setSelected] = useLinkParam("prompt");
  useFocusSelection("prompts", setSelected);
  const items = prompts.data?.items ?? [];
  const prompt = items.find((p) => p.name === selected);
  return (
    <SplitView
      onEscape={() => setSelected(undefined)}
      list={
        <>
          <BackToLog tab="prompts" />
          <PagedListHeader
            title="Prompts"
            count={prompts.data?.items.length}
            onRefresh={prompts.supported ? () => void prompts.refetch() : undefined}
            refreshing={prompts.isFetching}
            paging={prompts.paging}
            updated={updated}
            testId="prompt-list-header"
          />
          <ListStatus what="prompts" phase={prompts.phase} authorizing={prompts.authorizing} supported={prompts.supported} isLoading={prompts.isLoading} error={prompts.error} warning={prompts.data?.warning} empty={prompts.isSuccess && items.length === 0} />
          <div data-testid="prompt-list">
            {items.map((p) => (
              <ListEntry key={p.name} selected={p.name === selected} onClick={() => setSelected(p.name)} testId="prompt-entry">
                <Text size="sm" fw={600} className="mono" truncate>
                  <ServerIcon icons={p.icons} size={14} /> {p.name}
                </Text>{" "}
                {p.arguments && p.arguments.length > 0 && (
                  <Text size="xs" c="dimmed" className="mono" truncate>
                    ({p.arguments.map((a) => `${a.name}${a.required ? "" : "?"}`).join(", ")})
                  </Text>
                )}{" "}
                {p.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {p.description}
                  </Text>
                )}
              </ListEntry>
            ))}
          </div>
        </>
      }
      detail={
        prompt ? (
          <PromptDetail key={prompt.name} prompt={prompt} />
        ) : (
          <Text size="sm" c="dimmed">
            {items.length > 0 ? "Select a prompt to get it." : ""}
          </Text>
        )
      }
    />
  );
}
