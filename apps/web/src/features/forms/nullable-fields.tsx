// RJSF draws `type: [X, "null"]` as a plain X field that can never hold null. These wrappers add
// a "null" checkbox instead of a branch picker (normalize-schema turns `anyOf [X, null]` into the
// same shape).
import { Box, Checkbox, Group, TextInput } from "@mantine/core";
import { getDefaultRegistry } from "@rjsf/core";
import type { FieldProps, RegistryFieldsType, RJSFSchema } from "@rjsf/utils";
import type { ComponentType } from "react";

/** The non-null type of a nullable schema, or undefined when it is not nullable. */
export function nullableBaseType(schema: RJSFSchema): string | undefined {
  if (!Array.isArray(schema.type) || !schema.type.includes("null")) return undefined;
  return schema.type.find((t) => t !== "null");
}

// What a field holds when the user unchecks "null": something the field can show, and not
// `undefined`, which would bring back a `default: null` on the next render.
const EMPTY: Record<string, unknown> = { string: "", boolean: false, number: 0, integer: 0, object: {}, array: [] };

function withNullToggle(Inner: ComponentType<FieldProps>) {
  return function NullableField(props: FieldProps) {
    const { schema, formData, onChange, fieldPathId, disabled, readonly, name, required } = props;
    const base = nullableBaseType(schema);
    if (!base) return <Inner {...props} />;
    const isNull = formData === null;
    const nonNull: RJSFSchema = { ...schema, type: base as RJSFSchema["type"] };
    if (Array.isArray(schema.enum)) nonNull.enum = schema.enum.filter((v) => v !== null);
    const label = (props.uiSchema?.["ui:title"] as string | undefined) ?? schema.title ?? name;
    return (
      <Group align="flex-end" wrap="nowrap" gap="xs" data-testid="nullable-field">
        <Box style={{ flex: 1, minWidth: 0 }}>
          {isNull ? (
            <TextInput label={label} description={schema.description} required={required} value="null" readOnly disabled styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }} />
          ) : (
            <Inner {...props} schema={nonNull} />
          )}
        </Box>
        <Checkbox
          size="xs"
          mb={8}
          label="null"
          aria-label={`${label}: null`}
          id={`${fieldPathId.$id}__null`}
          checked={isNull}
          disabled={disabled || readonly}
          onChange={(e) => onChange(e.currentTarget.checked ? null : EMPTY[base], fieldPathId.path)}
        />
      </Group>
    );
  };
}

const core = getDefaultRegistry().fields;

export const nullableFields: RegistryFieldsType = {
  StringField: withNullToggle(core.StringField!),
  NumberField: withNullToggle(core.NumberField!),
  BooleanField: withNullToggle(core.BooleanField!),
  ObjectField: withNullToggle(core.ObjectField!),
  ArrayField: withNullToggle(core.ArrayField!),
};
