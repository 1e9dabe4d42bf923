/**
 * An item's JSON (without its eTag), when the code at hand already has it, so it is not made again:
 * - a storage notes the document it read for each item it returns; the turn runner takes it to the core's
 *   own-record check, which would otherwise serialise the record once more to compare it;
 * - the turn runner notes the record's JSON (made by the core for that check) on the item it writes; the
 *   storage takes it instead of serialising the item again.
 * Each note is taken once and kept by item object only (a WeakMap): an item read, changed and written back
 * carries no note for the write, and anything not noted is serialised as before.
 */
const read = new WeakMap<object, string>();
const toWrite = new WeakMap<object, string>();

function take(notes: WeakMap<object, string>, item: object): string | undefined {
  const json = notes.get(item);
  if (json !== undefined) notes.delete(item);
  return json;
}

export const documentJson = {
  /** By a storage: the document an item it returns was read from. */
  noteRead: (item: object, json: string) => void read.set(item, json),
  takeRead: (item: object) => take(read, item),
  /** By the turn runner: the JSON of an item it is about to write, made from the same record just before. */
  noteWrite: (item: object, json: string) => void toWrite.set(item, json),
  takeWrite: (item: object) => take(toWrite, item),
};
