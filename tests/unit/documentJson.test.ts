import { documentJson, MemoryStorage } from '../../src/bot/storage';
import { OwnRecords } from '../../src/conversation/ownRecords';
import { Chat } from '../helpers/chat';

/* A record's JSON is made once per turn and passed on (documentJson): the stored bytes must be exactly what
 * serialising the item would give, and a note may never outlive the item it was made for. */
describe('the JSON of a stored item, made once', () => {
  it('is what serialising the record gives, byte for byte, after every turn of a conversation', async () => {
    const storage = new MemoryStorage(3600);
    const writes: string[] = [];
    const write = storage.write.bind(storage);
    storage.write = async (changes) => {
      for (const item of Object.values(changes)) {
        const { eTag: _eTag, ...value } = item as { eTag?: string };
        writes.push(JSON.stringify(value));
      }
      return write(changes);
    };
    const chat = new Chat({ storage, conversationId: 'json-1' });
    await chat.open();
    for (const text of ['Ik wil praten over geld', 'Ik wil meteen naar de vragen', 'nee', 'ja']) await chat.say(text);
    expect(writes.length).toBe(5);
    const stored = (storage as unknown as { items: Map<string, { json: string }> }).items;
    expect([...stored.values()].map((e) => e.json)).toEqual([writes[writes.length - 1]]);
  });

  it('is taken once, and an item read, changed and written back is serialised anew', async () => {
    const storage = new MemoryStorage(3600);
    await storage.write({ a: { step: 1 } });
    const { a } = await storage.read(['a']);
    a.step = 2;
    await storage.write({ a });
    expect((await storage.read(['a'])).a.step).toBe(2);

    const item = { step: 3 };
    documentJson.noteWrite(item, '{"step":3}');
    expect(documentJson.takeWrite(item)).toBe('{"step":3}');
    expect(documentJson.takeWrite(item)).toBeUndefined();
    const { a: again } = await storage.read(['a']);
    expect(documentJson.takeRead(again)).toBe('{"step":2}');
    expect(documentJson.takeRead(again)).toBeUndefined();
  });

  it('lets the own-record check compare the document as read, to the character', () => {
    const own = new OwnRecords();
    own.remember('a', { run: 1 });
    expect(own.isOwn('a', { run: 1 }, '{"run":1}')).toBe(true);
    // The same content written differently (by another writer) is not this process's record: it is checked.
    expect(own.isOwn('a', { run: 1 }, '{ "run": 1 }')).toBe(false);
    expect(own.isOwn('a', { run: 1 })).toBe(true);
  });
});
