// Type-level proof that the hand-written public.d.ts (shipped as dist/testing.d.ts) matches the code.
import type * as Declared from "./public";
import * as implementation from "./index";

implementation satisfies typeof Declared;
export const declaredMatchesImplementation = (declared: typeof Declared): typeof implementation => declared;
