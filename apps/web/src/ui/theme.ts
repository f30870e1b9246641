import { Alert, createTheme } from "@mantine/core";

const mono = 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

/** Calm and dense: small controls, system fonts, monospace for data. */
export const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "sm",
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: mono,
  headings: { fontWeight: "600" },
  components: {
    // Light alerts as a faint tint of their colour in both schemes (the stock dark tint is loud).
    Alert: Alert.extend({
      vars: (_theme, props) =>
        props.variant === undefined || props.variant === "light"
          ? { root: { "--alert-bg": `color-mix(in srgb, var(--mantine-color-${props.color ?? "indigo"}-filled) 10%, var(--mantine-color-body))` } }
          : { root: {} },
    }),
    Button: { defaultProps: { size: "xs" } },
    ActionIcon: { defaultProps: { variant: "subtle", color: "gray" } },
    TextInput: { defaultProps: { size: "xs" } },
    Textarea: { defaultProps: { size: "xs" } },
    Badge: { defaultProps: { radius: "sm", variant: "light" } },
    Tabs: { defaultProps: { keepMounted: false } },
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
  },
});
