/**
 * Imported first by main.ts, before any schema exists: zod 4 probes `new Function` for its
 * JIT when the first object schema is built, and under a strict Content-Security-Policy
 * that probe is reported as a violation even though zod catches it. The interpreter is
 * fast enough for headers and files of a few KiB.
 */
import { z } from 'zod';

z.config({ jitless: true });
