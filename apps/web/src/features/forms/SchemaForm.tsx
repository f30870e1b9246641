import Form from "@rjsf/core";
import { Theme } from "@rjsf/mantine";
import type { ErrorSchema, RJSFSchema, UiSchema } from "@rjsf/utils";
import { formValidator } from "./form-validator";
import { DEFAULTS_BEHAVIOR } from "./form-defaults";
import { formSchemaFor } from "./normalize-schema";
import { nullableFields } from "./nullable-fields";
import { optionalChoiceFields } from "./optional-choice-field";
import { ArrayFieldTitleTemplate, DescriptionFieldTemplate, TitleFieldTemplate } from "./TitleFieldTemplate";
import { BaseInputTemplate, MultiSchemaFieldTemplate, widgets } from "./widgets";
import classes from "./SchemaForm.module.css";

export interface SchemaFormProps {
  /** The tool's input schema, as the server sent it. */
  schema: unknown;
  values: Record<string, unknown> | undefined;
  onChange: (values: Record<string, unknown>) => void;
  /** Errors to show next to the fields (from validate-args). */
  errorSchema?: ErrorSchema;
  /** Enter in a single-line input. */
  onSubmit?: () => void;
  disabled?: boolean;
  /** Extra ui options per field (e.g. checkboxes for an elicitation's multi-select). */
  uiSchema?: UiSchema;
}

// The Call tool button lives outside the form.
const UI_SCHEMA: UiSchema = { "ui:submitButtonOptions": { norender: true } };
const TEMPLATES = { ...Theme.templates, BaseInputTemplate, MultiSchemaFieldTemplate, TitleFieldTemplate, ArrayFieldTitleTemplate, DescriptionFieldTemplate };
const WIDGETS = { ...Theme.widgets, ...widgets };
const FIELDS = { ...Theme.fields, ...nullableFields, ...optionalChoiceFields };

/** A form for a tool's arguments: RJSF with the Mantine theme and our widgets over the normalized schema. */
export function SchemaForm({ schema, values, onChange, errorSchema, onSubmit, disabled, uiSchema }: SchemaFormProps) {
  const formSchema = formSchemaFor(schema) as RJSFSchema;
  return (
    <div className={classes.form} data-testid="schema-form">
      <Form
        schema={formSchema}
        uiSchema={uiSchema ? { ...uiSchema, ...UI_SCHEMA } : UI_SCHEMA}
        formData={values}
        onChange={(event) => onChange((event.formData ?? {}) as Record<string, unknown>)}
        onSubmit={() => onSubmit?.()}
        validator={formValidator}
        templates={TEMPLATES}
        widgets={WIDGETS}
        fields={FIELDS}
        extraErrors={errorSchema}
        noValidate
        noHtml5Validate
        showErrorList={false}
        disabled={disabled}
        experimental_defaultFormStateBehavior={DEFAULTS_BEHAVIOR}
      />
    </div>
  );
}
