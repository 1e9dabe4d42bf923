import { readName } from '../../src/language/name';

describe('a first name or nickname at "Hoe mogen ze je noemen?" (readName)', () => {
  it.each([
    ['Sam', 'Sam'],
    ['Sam.', 'Sam'],
    ['mohammed', 'Mohammed'],
    ['Big Mo', 'Big Mo'],
    ['ik heet Mohammed', 'Mohammed'],
    ['Ik heet mohammed hoor', 'Mohammed'],
    ['mijn naam is Sam', 'Sam'],
    ['Mijn voornaam is Anne-Marie', 'Anne-Marie'],
    ['naam: Sam', 'Sam'],
    ['ik ben Sam en ik woon in Zwolle', 'Sam'],
    ['hoi, ik ben Fatima', 'Fatima'],
    ['noem me maar Mo', 'Mo'],
    ['zeg maar Mo', 'Mo'],
    ['je mag me Mo noemen', 'Mo'],
    ['ze mogen mij Jo noemen hoor', 'Jo'],
    ['ja, Sam', 'Sam'],
  ])('"%s" is "%s"', (typed, name) => {
    expect(readName(typed)).toBe(name);
  });

  it.each(['oké', 'ik ben niet zo van namen', 'dat wil ik niet zeggen', 'wat wil je weten', 'hoezo moet dat', '123', '', 'ik heet'])('"%s" holds no name', (typed) => {
    expect(readName(typed)).toBeNull();
  });
});
