// zod is configured not to probe `new Function('')` (issue 14): under the app's Content-Security-Policy (no
// 'unsafe-eval') the probe is a violation report, and in the check worker no page listener would see it. The
// browser tests catch a probe on the page; this catches one anywhere the loaders run, the worker included.
import { afterAll, describe, expect, it } from 'vitest';
import { z } from '../../src/core/load/zod';
import { eventSchema } from '../../src/core/load/data';

const RealFunction = globalThis.Function;
let constructed = 0;
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args) {
    constructed++;
    return Reflect.construct(target, args) as object;
  },
  apply(target, self, args) {
    constructed++;
    return Reflect.apply(target, self, args) as unknown;
  },
});
afterAll(() => {
  globalThis.Function = RealFunction;
});

describe('zod under a strict CSP', () => {
  it('parses every loader schema without constructing a Function', () => {
    const fresh = z.strictObject({ id: z.string(), n: z.number(), tags: z.array(z.string()) });
    expect(fresh.safeParse({ id: 'a', n: 1, tags: ['x'] }).success).toBe(true);
    expect(eventSchema.safeParse({ id: 'e' }).success).toBe(false);
    expect(constructed).toBe(0);
  });

  it('(the check can fail) zod without jitless does construct one', () => {
    z.config({ jitless: false });
    try {
      z.strictObject({ a: z.string(), b: z.number() }).safeParse({ a: 'x', b: 1 });
      expect(constructed).toBeGreaterThan(0);
    } finally {
      z.config({ jitless: true });
    }
  });
});
