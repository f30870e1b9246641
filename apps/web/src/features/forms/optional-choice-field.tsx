// An optional oneOf/anyOf property starts unset: normalize-schema gives it a first "none" branch
// (so defaults never fill in a branch nobody picked), and this field shows that state as a picker
// with "none" selected. Picking a branch fills in that branch's defaults and hands over to RJSF's
// own field, whose picker offers "none" again to unset it.
import { Select } from "@mantine/core";
import { getDefaultRegistry } from "@rjsf/core";
import type { FieldProps, RegistryFieldsType, RJSFSchema } from "@rjsf/utils";
import type { ComponentType } from "react";
import { NONE_CHOICE } from "./normalize-schema";

/** What a picked branch holds when it has no default: something its field can show (not undefined, which means unset). */
const EMPTY: Record<string, unknown> = { string: "", boolean: false, number: 0, integer: 0, object: {}, array: [], null: null };

const isNone = (s: unknown) => typeof s === "object" && s !== null && (s as RJSFSchema).title === NONE_CHOICE.title && (s as RJSFSchema).type === "null";

function withNoneChoice(Inner: ComponentType<FieldProps>) {
  return function OptionalChoiceField(props: FieldProps) {
    const { schema, formData, onChange, fieldPathId, registry, disabled, readonly, name, uiSchema } = props;
    const branches = (schema.oneOf ?? schema.anyOf) as RJSFSchema[] | undefined;
    if (!Array.isArray(branches) || !isNone(branches[0]) || formData !== undefined) return <Inner {...props} />;
    const label = (uiSchema?.["ui:title"] as string | undefined) ?? schema.title ?? name;
    const pick = (value: string | null) => {
      const branch = value === null ? undefined : branches[Number(value)];
      if (!branch || isNone(branch)) return;
      const resolved = registry.schemaUtils.retrieveSchema(branch, undefined);
      const defaults = registry.schemaUtils.getDefaultFormState(resolved, undefined);
      const type = typeof resolved.type === "string" ? resolved.type : "object";
      onChange(defaults !== undefined ? defaults : EMPTY[type], fieldPathId.path);
    };
    return (
      <Select
        id={`${fieldPathId.$id}__choice`}
        label={label}
        description={typeof schema.description === "string" ? schema.description : undefined}
        data={branches.map((b, i) => ({ value: String(i), label: b.title ?? `Option ${i}` }))}
        value="0"
        onChange={pick}
        disabled={disabled || readonly}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
        mb="md"
        data-testid="optional-choice"
      />
    );
  };
}

const core = getDefaultRegistry().fields;

export const optionalChoiceFields: RegistryFieldsType = {
  OneOfField: withNoneChoice(core.OneOfField!),
  AnyOfField: withNoneChoice(core.AnyOfField!),
};
