import Module from 'node:module';
import path from 'node:path';

/*
 * Why this file: restify requires `spdy` (HTTP/2 over SPDY) when it loads, even when no SPDY server is asked
 * for, and spdy's `http-deceiver` calls `process.binding('http_parser')` at load time. Node deprecates that
 * (DEP0111) and prints a warning at every start that reads as if something were broken. We serve plain
 * HTTP/1.1 and never pass restify a `spdy` option, so restify gets this stand-in instead of the real package:
 * the same entry point, no deprecated binding. server.ts imports this before restify; jest maps `spdy` here
 * (jest.config.js) because jest keeps its own module registry. Remove it when restify drops spdy.
 */

/** What restify would call for `createServer({ spdy })`; we never do. */
export function createServer(): never {
  throw new Error('SPDY is not available in Geldgesprek (src/bot/noSpdy.ts): the server speaks HTTP/1.1');
}

function standInForRestify(): void {
  let file: string;
  try {
    file = require.resolve('spdy', { paths: [path.dirname(require.resolve('restify'))] });
  } catch {
    return; // restify without spdy: nothing to stand in for
  }
  if (!require.cache || require.cache[file]) return; // under jest (see above), or spdy already loaded
  const standIn = new Module(file);
  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = { createServer };
  require.cache[file] = standIn;
}

standInForRestify();
