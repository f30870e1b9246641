import { Suspense, lazy, type ComponentType } from "react";

/**
 * A component whose code loads the first time it renders (a tab, a drawer: anything not on the first screen),
 * so the page's first chunk carries only what the first screen needs. Until it is there nothing shows: the
 * chunk is small and local, and a spinner flashing for a few milliseconds would be the only thing noticed.
 */
export function lazyPanel<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Impl = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPanel(props: Props) {
    return (
      <Suspense fallback={null}>
        <Impl {...props} />
      </Suspense>
    );
  };
}
