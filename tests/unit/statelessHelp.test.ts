import { statelessHelp } from '../../src/conversation/core';

const text = (t: string) => (statelessHelp(t) ?? []).map((r) => (r.type === 'text' ? r.text : '')).join('\n');

/** The help that needs no state (storage down): what the bot says when a turn fails. */
describe('statelessHelp', () => {
  it('gives someone else\'s crisis the help for that person, as a turn with state would', () => {
    const help = text('mijn broer zegt dat hij er een eind aan wil maken, hoe kan ik hem helpen?');
    expect(help).toContain('113 Zelfmoordpreventie helpt ook als het om een ander gaat');
    expect(help).toContain("Gaat het ook om jou?");
  });

  it('gives violence at home Veilig Thuis first, and a threat by people owed money the police', () => {
    expect(text('mijn man slaat me als ik geld uitgeef')).toContain('Veilig Thuis: 0800-2000');
    expect(text('ik word bedreigd door die dealer')).toContain('0900-8844');
  });

  it('says nothing for ordinary money talk', () => {
    expect(statelessHelp('ik heb schulden bij de belasting')).toBeNull();
  });
});
