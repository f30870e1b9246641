import { configure } from "@testing-library/react";

// findBy*/waitFor give up after 1 s by default; a chunk loaded on demand (Markdown, forms) can take longer on a
// loaded machine. A guard against hangs, not a timing assertion.
configure({ asyncUtilTimeout: 10_000 });
