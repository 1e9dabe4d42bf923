/**
 * ETag rules shared by our storages, following botbuilder's Storage contract:
 * - no eTag, or `*`: write unconditionally;
 * - any other eTag: write only if the stored item still has that eTag;
 * - `ETAG_NEW` (our addition): write only if no item exists yet, so two first turns of one
 *   conversation cannot both "create" it and silently overwrite each other.
 */
export const ETAG_ANY = '*';
export const ETAG_NEW = '__new__';

export class ETagConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
  constructor(readonly key: string) {
    super(`ETag conflict writing '${key}': the item was changed by another turn`);
    this.name = 'ETagConflictError';
  }
}

export function isETagConflict(err: unknown): err is ETagConflictError {
  return err instanceof ETagConflictError || (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ETAG_CONFLICT');
}

export function newETag(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Health as `/healthz` reports it. */
export interface StorageHealth {
  kind: 'memory' | 'redis';
  ok: boolean;
  detail?: string;
}

/** What our storages add to botbuilder's `Storage`: a health check and a clean shutdown. */
export interface ManagedStorage {
  readonly kind: 'memory' | 'redis';
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}
