// Widgets replacing @rjsf/mantine's where an inspector needs more: every plain string accepts
// newlines, examples show as placeholders, and dates are native inputs a user can type into.
import { Stack, Text, Textarea, TextInput } from "@mantine/core";
import { Templates, Widgets } from "@rjsf/mantine";
import { ariaDescribedByIds, getSchemaType, type MultiSchemaFieldTemplateProps, type RegistryWidgetsType, type WidgetProps } from "@rjsf/utils";
import type { ChangeEvent } from "react";

const MantineBaseInput = Templates.BaseInputTemplate!;
const MantineSelect = Widgets.SelectWidget!;

/** The first example as a hint, so the user sees the expected shape without it being sent. */
export function examplePlaceholder(schema: WidgetProps["schema"]): string | undefined {
  const example = Array.isArray(schema.examples) ? schema.examples[0] : undefined;
  if (example === undefined) return undefined;
  return typeof example === "string" ? example : JSON.stringify(example);
}

function errorOf(rawErrors: string[] | undefined): string | undefined {
  return rawErrors && rawErrors.length > 0 ? rawErrors.join("\n") : undefined;
}

/**
 * Any input: Mantine's, with the first example as its placeholder. Numbers are never clamped to
 * their minimum/maximum (Mantine's NumberInput does so on blur): what is typed is what is sent, and
 * the validation error says it is out of range, so a server's own validation can be tested.
 */
export function BaseInputTemplate(props: WidgetProps) {
  const type = getSchemaType(props.schema);
  const options = type === "number" || type === "integer" ? { ...props.options, clampBehavior: "none" } : props.options;
  return <MantineBaseInput {...props} options={options} placeholder={props.placeholder || examplePlaceholder(props.schema)} />;
}

/** An enum as Mantine's select, with the field's description under its label (the theme drops it). */
function SelectWidget(props: WidgetProps) {
  const description = props.hideLabel ? undefined : ((props.options.description as string | undefined) ?? props.schema.description);
  // Unknown ui options reach the Mantine component as props: `description` is one.
  return <MantineSelect {...props} options={{ ...props.options, description }} />;
}

/** A oneOf/anyOf: the property's description above its branch picker (the theme drops it). */
export function MultiSchemaFieldTemplate({ schema, selector, optionSchemaField }: MultiSchemaFieldTemplateProps) {
  return (
    <Stack mb="md" gap={4}>
      {typeof schema.description === "string" && schema.description && (
        <Text size="xs" c="dimmed" data-testid="choice-description">
          {schema.description}
        </Text>
      )}
      {selector}
      {optionSchemaField}
    </Stack>
  );
}

/** A plain string: a textarea that grows, so multi-line text can be typed (Enter is a newline). */
function MultilineTextWidget(props: WidgetProps) {
  const { id, htmlName, value, required, disabled, readonly, autofocus, label, hideLabel, rawErrors, options, schema, onChange, onBlur, onFocus } = props;
  // Numbers also default to the text widget: they keep Mantine's number input.
  if (getSchemaType(schema) !== "string") return <BaseInputTemplate {...props} />;
  const change = (e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value === "" ? options.emptyValue : e.target.value);
  return (
    <Textarea
      id={id}
      name={htmlName || id}
      label={hideLabel ? undefined : label || undefined}
      description={hideLabel ? undefined : ((options.description as string | undefined) ?? schema.description)}
      value={typeof value === "string" ? value : value == null ? "" : String(value)}
      placeholder={props.placeholder || examplePlaceholder(schema)}
      required={required}
      disabled={disabled || readonly}
      autoFocus={autofocus}
      autosize
      minRows={1}
      maxRows={12}
      error={errorOf(rawErrors)}
      onChange={readonly ? undefined : change}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
      aria-describedby={ariaDescribedByIds(id, !!schema.examples)}
    />
  );
}

function nativeInput(type: "date" | "time") {
  return function NativeInputWidget(props: WidgetProps) {
    const { id, htmlName, value, required, disabled, readonly, label, hideLabel, rawErrors, options, schema, onChange, onBlur, onFocus } = props;
    return (
      <TextInput
        id={id}
        type={type}
        name={htmlName || id}
        label={hideLabel ? undefined : label || undefined}
        description={hideLabel ? undefined : schema.description}
        value={typeof value === "string" ? value : ""}
        required={required}
        disabled={disabled || readonly}
        error={errorOf(rawErrors)}
        onChange={(e) => onChange(e.target.value === "" ? options.emptyValue : e.target.value)}
        onBlur={(e) => onBlur(id, e.target.value)}
        onFocus={(e) => onFocus(id, e.target.value)}
        styles={{ input: { colorScheme: "light dark" } }}
      />
    );
  };
}

/**
 * A date-time as typed text (RFC 3339 needs seconds and an offset, which the browser's
 * datetime-local input cannot produce), with a hint of the shape.
 */
function DateTimeTextWidget(props: WidgetProps) {
  return <MantineBaseInput {...props} type="text" placeholder={props.placeholder || examplePlaceholder(props.schema) || "2030-01-31T09:30:00Z"} />;
}

export const widgets: RegistryWidgetsType = {
  TextWidget: MultilineTextWidget,
  SelectWidget,
  DateWidget: nativeInput("date"),
  TimeWidget: nativeInput("time"),
  DateTimeWidget: DateTimeTextWidget,
};
