import * as z from 'zod/mini';

// Zod compiles fast parsers with `new Function`; the extension's CSP forbids it, and even the
// probe would be reported as a CSP violation. Imported first by every entry point.
z.config({ jitless: true });
