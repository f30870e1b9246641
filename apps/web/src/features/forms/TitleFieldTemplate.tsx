import { Group, Text } from "@mantine/core";
import type { ArrayFieldTitleProps, DescriptionFieldProps, TitleFieldProps } from "@rjsf/utils";

/** Object and array titles as small section labels, not page headings (Mantine's theme uses an h3). */
export function TitleFieldTemplate({ id, title, required, optionalDataControl }: TitleFieldProps) {
  if (!title) return null;
  return (
    <Group id={id} justify="space-between" gap="xs" mb={4}>
      <Text size="sm" fw={600}>
        {title}
        {required && (
          <Text span c="red" ml={4} aria-hidden>
            *
          </Text>
        )}
      </Text>
      {optionalDataControl}
    </Group>
  );
}

/** Array titles the same way ("items", "tags"). */
export function ArrayFieldTitleTemplate({ title, required, fieldPathId }: ArrayFieldTitleProps) {
  return <TitleFieldTemplate id={`${fieldPathId.$id}__title`} title={title ?? ""} required={required} schema={{}} registry={undefined as never} />;
}

/** Descriptions as the small dimmed help text Mantine inputs use. */
export function DescriptionFieldTemplate({ id, description }: DescriptionFieldProps) {
  if (!description) return null;
  return (
    <Text id={id} size="xs" c="dimmed" mb={4}>
      {description}
    </Text>
  );
}
