import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { ResourceTemplateType as ResourceTemplate } from "@modelcontextprotocol/client";
import { IconFileSearch } from "@tabler/icons-react";
import { useMemo, useState, type FormEvent } from "react";
import { ResourceResultView } from "../content";
import { CompletionInput } from "./CompletionInput";
import { ResourceMeta } from "./ResourceMeta";
import { ServerIcon } from "../../ui/ServerIcon";
import { SubscribeButton } from "./SubscribeButton";
import { expandUriTemplate, otherValues, templateVariables, type TemplateVariable } from "./uri-template";
import { useReadResource } from "./useReadResource";
import type { Subscriptions } from "./useSubscriptions";

const OPERATOR_HINT: Record<TemplateVariable["operator"], string> = {
  "": "encoded: / and spaces become %2F and %20",
  "+": "reserved expansion: / and other URI characters are kept",
  "#": "fragment: kept like reserved expansion, after #",
  ".": "label: after a dot",
  "/": "path segment: one /-prefixed segment, / inside is encoded",
  ";": "path parameter: ;name=value",
  "?": "query parameter: ?name=value (left out when empty)",
  "&": "query continuation: &name=value (left out when empty)",
};

/** A field per URI variable (with completions), the expanded URI, and reading it. */
export function TemplateDetail({ template, subscriptions }: { template: ResourceTemplate; subscriptions: Subscriptions }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const { result, read, ready } = useReadResource();
  const parsed = useMemo(() => {
    try {
      return { variables: templateVariables(template.uriTemplate) };
    } catch (error) {
      return { variables: [], error: error instanceof Error ? error.message : String(error) };
    }
  }, [template.uriTemplate]);
  const uri = parsed.error ? undefined : expandUriTemplate(template.uriTemplate, values);
  const ref = useMemo(() => ({ type: "ref/resource" as const, uri: template.uriTemplate }), [template.uriTemplate]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (uri) read(uri);
  };
  return (
    <Stack gap="sm" maw={1000} data-testid="template-detail">
      <div>
        <Group gap={6} wrap="nowrap">
          <ServerIcon icons={template.icons} size={20} />
          <Title order={3} size="h4">
            {template.title ?? template.name}
          </Title>
        </Group>
        <Text size="xs" c="dimmed" className="mono" style={{ wordBreak: "break-all" }}>
          {template.uriTemplate}
        </Text>
      </div>
      <ResourceMeta mimeType={template.mimeType} annotations={template.annotations} />
      {template.description && <Text size="sm">{template.description}</Text>}
      {parsed.error && (
        <Alert color="red" title="This URI template is malformed">
          {parsed.error}
        </Alert>
      )}
      <form onSubmit={submit}>
        <Stack gap="xs" maw={560}>
          {parsed.variables.map((variable) => (
            <CompletionInput
              key={variable.name}
              completionRef={ref}
              name={variable.name}
              label={variable.name}
              description={OPERATOR_HINT[variable.operator]}
              value={values[variable.name] ?? ""}
              onChange={(value) => setValues((all) => ({ ...all, [variable.name]: value }))}
              context={otherValues(values, variable.name)}
              testId={`template-var-${variable.name}`}
            />
          ))}
          <Text size="xs" c="dimmed">
            URI:{" "}
            <Text span size="xs" className="mono" c="var(--mantine-color-text)" data-testid="expanded-uri" style={{ wordBreak: "break-all" }}>
              {uri ?? "—"}
            </Text>
          </Text>
          <Group>
            <Button type="submit" leftSection={<IconFileSearch size={14} />} disabled={!ready || !uri} loading={result.status === "pending"}>
              Read resource
            </Button>
            {uri && result.status === "success" && <SubscribeButton uri={uri} subscriptions={subscriptions} />}
          </Group>
        </Stack>
      </form>
      <ResourceResultView result={result} />
    </Stack>
  );
}
