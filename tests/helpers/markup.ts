/** Words the person types that look like markup, and a way to the plan that says one of them back. */
/** The person's own next step, full of markup: it must come back as typed characters. */
export const EVIL = '<a href="https://evil.example">klik</a> **vet** <img src=x> [x](https://evil.example)';

/** The answers that lead to "Jouw plan", with `words` as the person's own next step. */
export const TO_PLAN_WITH = (words: string) => [
  'Ik wil praten over geld',
  'het lukt niet', 'ja', 'nee', 'Veel stress', 'ik heb helemaal niks', 'weet ik niet', 'nee', 'nog niks', words,
  'ja, 2 weken geleden', 'nee', 'ja', 'nee', 'weet ik niet',
  'nee, ik heb geen inkomen',
  'ja', 'nee', 'nee', 'nee', 'nee', 'nee', // CJIB and informal debts are asked of everyone (issue 11/13)
  'nee', 'ja', 'nee',
];
