import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../utils/highlight/senses';
import { heldBackOn, shownOn } from './support/sense-page';

/**
 * The sense of each occurrence, decided where it stands (utils/highlight/senses.ts and
 * care-context.ts): the false friends met on real pages, each beside its opposite. Each
 * page here is one paragraph unless said otherwise.
 */
const en = (...paragraphs: string[]) => shownOn('en', paragraphs);
const nl = (...paragraphs: string[]) => shownOn('nl', paragraphs);
const enHeld = (...paragraphs: string[]) => heldBackOn('en', paragraphs).join('|');
const nlHeld = (...paragraphs: string[]) => heldBackOn('nl', paragraphs).join('|');

/** A paragraph that makes any page about care (care words and unambiguous terms). */
const CARE_EN =
  'As a social worker I listen to clients and their caregivers, with compassion and without judgement, trauma-informed.';
const CARE_NL =
  'Als hulpverlener luister ik naar cliënten en mantelzorgers, met compassie en traumasensitief.';

describe('English false friends: held back in their other sense, even on a care page', () => {
  it.each([
    ['Keep your rescue inhaler with you when you exercise.', 'rescue'],
    ['The coastguard and a lifeboat crew came to the rescue of two swimmers.', 'rescue'],
    ['Mountain rescue found the hikers after a long search.', 'rescue'],
    ['The animal rescue rehomed twelve dogs this year.', 'rescue'],
    ['Rescue breathing comes before chest compressions.', 'rescue'],
    ['Rescuers pulled two people from the rubble after the earthquake.', 'rescuers'],
    ['Refugees fled their persecutors across the border.', 'persecutors'],
    ['She was a victim of coercive control in an abusive relationship.', 'coercive'],
    ['The court made a supervision order for the family.', 'supervision'],
    ['The bank is under the prudential supervision of the central bank.', 'supervision'],
    ['The survey moved the property boundary by a metre.', 'boundary'],
    ['Motion sensors detect presence in the room.', 'presence'],
    ['Container freight rates doubled at the port.', 'container'],
    ['A webhook can trigger the pipeline on every commit.', 'trigger'],
    ['The LED bulbs burnout early when they overheat.', 'burnout'],
    [
      'The right of peoples to self-determination is part of international law.',
      'self-determination',
    ],
  ])('%s', (sentence, form) => {
    expect(enHeld(CARE_EN, sentence)).toContain(form);
  });
});

describe('…and shown in their care sense', () => {
  it.each([
    ['In the drama triangle the rescuer steps in before anyone asks.', 'rescuer'],
    [
      'Rescuing someone who could do it themselves takes their power away, the drama triangle shows.',
      'rescuing',
    ],
    ['The victim, the persecutor and the rescuer swap roles.', 'persecutor'],
    ['Supervision gives a counsellor time to reflect on their practice.', 'supervision'],
    ['Holding space asks for your presence and listening more than your advice.', 'presence'],
    ['Setting healthy boundaries with clients protects both of you.', 'boundaries'],
    ['Coercion in mental health care costs trust, even when treatment is compulsory.', 'coercion'],
    ['When you are triggered by a memory, grounding helps.', 'triggered'],
    [
      'Self-determination for people with a disability means their own choices.',
      'self-determination',
    ],
  ])('%s', (sentence, form) => {
    expect(en(sentence).join('|')).toContain(form);
  });
});

describe('Dutch false friends: held back in their other sense, even on a care page', () => {
  it.each([
    ['De KNRM wist twee zwemmers uit zee te redden.', 'redden'],
    ['Ze weet zichzelf prima te redden sinds de verhuizing.', 'redden'],
    ['Hij redt het wel alleen, zegt hij.', 'redt'],
    ['Het bedrijf was niet meer te redden.', 'te redden'],
    ['De redders van de reddingsbrigade haalden de surfer uit het water.', 'redders'],
    ['Maatschappelijke veiligheid vraagt om meer politie op straat.', 'veiligheid'],
    ['De veiligheid van het gebouw hangt af van de vluchtwegen bij brand.', 'veiligheid'],
    ['We kijken naar de mogelijkheden en grenzen van het plan.', 'grenzen'],
    ['Dat moet binnen de grenzen van het budget blijven.', 'grenzen'],
    ['De aanklager eiste drie jaar cel tegen de verdachte.', 'aanklager'],
    ['Het oordeel van de rechter was helder.', 'oordeel'],
    ['We moeten de planning nog afstemmen met de collega’s van de andere afdeling.', 'afstemmen'],
    ['De radio is afgestemd op een andere zender.', 'afgestemd'],
    ['De nieuwe locatie biedt ruimte aan twaalf bewoners.', 'biedt ruimte'],
    ['Mensen met een dwangstoornis hebben last van dwanggedachten en dwang.', 'dwang'],
    ['Bij de vergadering is de aanwezigheid van de helft van de leden nodig.', 'aanwezigheid'],
    ['De presentie op de lessen wordt verplicht bijgehouden.', 'presentie'],
    ['De workflow start een trigger zodra het formulier is verstuurd.', 'trigger'],
  ])('%s', (sentence, form) => {
    expect(nlHeld(CARE_NL, sentence)).toContain(form);
  });
});

describe('…and shown in their care sense', () => {
  it.each([
    ['In de dramadriehoek springt de redder ongevraagd in.', 'redder'],
    ['Slachtoffer, aanklager en redder wisselen steeds van rol.', 'aanklager'],
    ['Wie een cliënt wil redden, neemt de ander iets af.', 'redden'],
    ['De veiligheid van het kind staat in de jeugdhulp voorop.', 'veiligheid'],
    ['Durf je grenzen aan te geven bij een cliënt, ook als mantelzorger.', 'grenzen'],
    ['Je kunt je tempo en toon afstemmen op wat de ander nodig heeft.', 'afstemmen'],
    ['Een oordeel klinkt door in een zucht, ook als je niet oordelend wilt zijn.', 'oordeel'],
    ['Geef ruimte aan het verdriet van de ander.', 'ruimte aan'],
    ['Dwang in de ggz kost vertrouwen bij de cliënt.', 'dwang'],
    ['Presentie volgens Baart betekent er zijn voor de ander, met aandacht.', 'presentie'],
  ])('%s', (sentence, form) => {
    expect(nl(sentence).join('|')).toContain(form.split(' ')[0]);
  });
});

describe('a page about one care concept gets its related words', () => {
  it('a Dutch page on the drama triangle marks redder and aanklager everywhere on it', () => {
    const page = [
      'De dramadriehoek van Karpman.',
      'De tweede rol is die van de redder.',
      'De derde rol is die van de aanklager.',
    ];
    expect(nl(...page)).toEqual(['dramadriehoek', 'redder', 'aanklager']);
  });

  it('an English page on holding space marks presence and container', () => {
    expect(
      en(
        'What it means to hold space for someone.',
        'Your quiet presence matters.',
        'Be a container, not a fixer.',
      ),
    ).toEqual(['hold space', 'presence', 'container']);
  });

  it('a page with a care title gets its words, one without does not', () => {
    const body = ['Set boundaries early, before you are worn out.'];
    expect(shownOn('en', body, 'Caregiver stress, burnout and compassion')).toEqual([
      'set boundaries',
    ]);
    expect(shownOn('en', body, 'Gardening in spring')).toEqual([]);
  });

  it('everyday words on a page that is not about care stay quiet', () => {
    expect(en('The new container terminal opened.', 'Rescue teams were ready.')).toEqual([]);
    expect(nl('De veiligheid op de weg is verbeterd.', 'Grenzen gaan weer open.')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it('is the sentence that holds the form, not its neighbours', () => {
    const text = 'Dogs need a rescue. The rescuer in the drama triangle steps in. Later on.';
    const start = text.indexOf('rescuer');
    const [from, to] = sentenceAround(text, start, start + 7);
    expect(text.slice(from, to).trim()).toBe('The rescuer in the drama triangle steps in.');
  });

  it('is cut at a bounded reach in a run-on text', () => {
    const text = `${'word '.repeat(400)}rescue ${'word '.repeat(400)}`;
    const start = text.indexOf('rescue');
    const [from, to] = sentenceAround(text, start, start + 6);
    expect(to - from).toBeLessThan(600);
  });
});
