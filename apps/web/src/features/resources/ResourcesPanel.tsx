import { Text } from "@mantine/core";
import type { Resource, ResourceTemplateType as ResourceTemplate } from "@modelcontextprotocol/client";
import { useEffect, useRef, useState } from "react";
import { useResources } from "./useResources";
import { useResourceTemplates } from "./useResourceTemplates";
import { listChangedMethod, useRecentNotification } from "../logging";
import { PagedListHeader } from "../../ui/PagedListHeader";
import { ResourceDetail } from "./ResourceDetail";
import { ResourceMeta } from "./ResourceMeta";
import { ResourceUpdates } from "./ResourceUpdates";
import { ServerIcon } from "../../ui/ServerIcon";
import { TemplateDetail } from "./TemplateDetail";
import { useReadResource } from "./useReadResource";
import { useSubscriptions } from "./useSubscriptions";
import { ListEntry } from "../../ui/ListEntry";
import { ListStatus } from "../connection";
import { ResourceTemplateList } from "./ResourceTemplateList";
import { SplitView } from "../../ui/SplitView";
import { BackToLog } from "../log";
import { useFocusSelection } from "../log";
import { useLinkParamOf, useLinkStore } from "../workspace";

type Selection = { kind: "uri"; uri: string; resource?: Resource | undefined } | { kind: "template"; template: ResourceTemplate };

/** Resources, resource templates and the updates stream; a resource is read when selected, a template opens its form. */
export function ResourcesPanel() {
  const resources = useResources();
  const templates = useResourceTemplates();
  const subscriptions = useSubscriptions();
  const updated = useRecentNotification(listChangedMethod.resources);
  // The link names the selection (a resource by URI, or a template), so a reload reads it again.
  const link = useLinkStore();
  const [uri] = useLinkParamOf(link, "resource");
  const [uriTemplate] = useLinkParamOf(link, "template");
  // The listed resource and template are kept with the selection: in page-by-page mode they may leave the shown page.
  const [known, setKnown] = useState<{ resource?: Resource | undefined; template?: ResourceTemplate | undefined }>({});
  const { result, read, ready } = useReadResource();
  const items = resources.data?.items ?? [];
  const open = (next: string, resource?: Resource) => {
    link.set({ resource: next, template: undefined });
    setKnown({ resource: resource ?? items.find((r) => r.uri === next) });
    read(next);
  };
  const openTemplate = (template: ResourceTemplate) => {
    link.set({ template: template.uriTemplate, resource: undefined });
    setKnown({ template });
  };
  useFocusSelection("resources", open); // a log row's "open resource" link
  // A resource the page came back to (reload, pasted link) is read once the client is ready.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !ready) return;
    restored.current = true;
    if (uri !== undefined && result.status === "idle") read(uri);
  }, [ready]);
  const resource = uri === undefined ? undefined : (items.find((r) => r.uri === uri) ?? (known.resource?.uri === uri ? known.resource : undefined));
  const template =
    uriTemplate === undefined ? undefined : (templates.data?.items.find((t) => t.uriTemplate === uriTemplate) ?? (known.template?.uriTemplate === uriTemplate ? known.template : undefined));
  const selected: Selection | undefined = template ? { kind: "template", template } : uri !== undefined ? { kind: "uri", uri, resource } : undefined;
  const selectedUri = selected?.kind === "uri" ? selected.uri : undefined;
  return (
    <SplitView
      listWidth={340}
      onEscape={() => link.set({ resource: undefined, template: undefined })}
      list={
        <>
          <BackToLog tab="resources" />
          <PagedListHeader
            title="Resources"
            count={resources.data?.items.length}
            onRefresh={resources.supported ? () => void resources.refetch() : undefined}
            refreshing={resources.isFetching}
            paging={resources.paging}
            updated={updated}
            testId="resource-list-header"
          />
          <ListStatus what="resources" phase={resources.phase} authorizing={resources.authorizing} supported={resources.supported} isLoading={resources.isLoading} error={resources.error} warning={resources.data?.warning} empty={resources.isSuccess && items.length === 0} />
          <div data-testid="resource-list">
            {items.map((resource) => (
              <ListEntry key={resource.uri} selected={selectedUri === resource.uri} onClick={() => open(resource.uri, resource)} testId="resource-entry">
                <ResourceEntry resource={resource} subscribed={subscriptions.subscribed.has(resource.uri)} />
              </ListEntry>
            ))}
          </div>
          {resources.supported && (
            <ResourceTemplateList
              templates={templates}
              selected={selected?.kind === "template" ? selected.template.uriTemplate : undefined}
              onSelect={openTemplate}
              updated={updated}
            />
          )}
        </>
      }
      detail={
        <>
        <ResourceUpdates subscriptions={subscriptions} onOpen={(uri) => open(uri)} />
        {selected?.kind === "template" ? (
          <TemplateDetail key={selected.template.uriTemplate} template={selected.template} subscriptions={subscriptions} />
        ) : selected ? (
          <ResourceDetail
            uri={selected.uri}
            resource={selected.resource}
            result={result}
            onRead={() => read(selected.uri)}
            ready={ready}
            subscriptions={subscriptions}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {items.length > 0 ? "Select a resource to read it, or a template to fill it in." : ""}
          </Text>
        )}
        </>
      }
    />
  );
}

function ResourceEntry({ resource, subscribed }: { resource: Resource; subscribed: boolean }) {
  return (
    <>
      <Text size="sm" fw={600} truncate>
        <ServerIcon icons={resource.icons} size={14} /> {resource.title ?? resource.name}
        {subscribed && (
          <Text span size="xs" c="teal" fw={500} data-testid="resource-subscribed">
            {" "}
            · subscribed
          </Text>
        )}
      </Text>{" "}
      <Text size="xs" c="dimmed" className="mono" truncate>
        {resource.uri}
      </Text>
      <ResourceMeta mimeType={resource.mimeType} size={resource.size} />
    </>
  );
}
