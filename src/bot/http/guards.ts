import type { Request, Response } from 'restify';

/** The deepest JSON a request body may have; Web Chat's activities are a few levels deep. */
export const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests no deeper than `max` (counted without recursion, so any depth is safe to check). */
export function withinDepth(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= max) return false;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return true;
}

/** Refuses a body nested deeper than `max` with 400, before any handler sees it. */
export function jsonDepthLimit(max = MAX_JSON_DEPTH) {
  return (req: Request, res: Response, next: (err?: unknown) => void) => {
    if (req.body !== undefined && !withinDepth(req.body, max)) {
      res.send(400, { error: { code: 'BadRequest', message: `The body is nested deeper than ${max} levels` } });
      return next(false);
    }
    return next();
  };
}

/** The promise's value, or `fallback` once `ms` have passed without one. */
export async function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise.catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a URL points at this machine (what the Emulator uses as its service URL). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  } catch {
    return false;
  }
}
