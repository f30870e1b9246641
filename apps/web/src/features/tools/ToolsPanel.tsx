import { Text, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTools } from "./useTools";
import { PagedListHeader } from "../../ui/PagedListHeader";
import { ListStatus } from "../connection";
import { SplitView } from "../../ui/SplitView";
import { ToolDetail } from "./LazyToolDetail";
import { ToolList } from "./ToolList";
import { BackToLog } from "../log";
import { useFocusSelection } from "../log";
import { useLinkParam } from "../workspace";

/** The server's tools on the left; the selected one, its arguments and its result on the right. */
export function ToolsPanel() {
  const tools = useTools();
  const [selected, setSelected] = useLinkParam("tool");
  useFocusSelection("tools", setSelected);
  const [filter, setFilter] = useState("");
  const items = tools.data?.items ?? [];
  const tool = items.find((t) => t.name === selected);
  return (
    <SplitView
      onEscape={() => setSelected(undefined)}
      list={
        <>
          <BackToLog tab="tools" />
          <PagedListHeader
            title="Tools"
            count={tools.data?.items.length}
            onRefresh={tools.supported ? () => void tools.refetch() : undefined}
            refreshing={tools.isFetching}
            paging={tools.paging}
            testId="tool-list-header"
          />
          {items.length > 8 && (
            <TextInput
              m="xs"
              placeholder="Filter tools"
              aria-label="Filter tools"
              leftSection={<IconSearch size={14} />}
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
            />
          )}
          <ListStatus
            what="tools"
            phase={tools.phase} authorizing={tools.authorizing}
            supported={tools.supported}
            isLoading={tools.isLoading}
            error={tools.error}
            warning={tools.data?.warning}
            empty={tools.isSuccess && items.length === 0}
          />
          <ToolList tools={items} filter={filter} selected={selected} onSelect={setSelected} />
        </>
      }
      detail={
        tool ? (
          <ToolDetail
            key={tool.name}
            tool={tool}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {items.length > 0 ? "Select a tool to call it." : ""}
          </Text>
        )
      }
    />
  );
}
