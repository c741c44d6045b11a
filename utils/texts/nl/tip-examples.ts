import type { TipExamples } from '../types';

/** Eén alledaagse situatie per tip, elk uit een andere omgeving die helpers kennen. */
export const tipExamples: TipExamples = {
  'trust-their-wisdom': {
    setting: 'Jeugdzorg',
    story:
      'Sanne (16) vraagt haar mentor of ze weer bij haar vader moet gaan wonen. De mentor weegt het niet voor haar af, maar vraagt wat Sanne merkte in het laatste weekend dat ze er was. Sanne besluit eerst één weekend per maand te proberen.',
    phrasing: {
      insteadOf: '„Ik zou wachten tot je achttien bent.”',
      tryThis: '„Wat merkte je de laatste keer dat je er logeerde?”',
    },
  },
  'right-amount-of-information': {
    setting: 'Wijkverpleging',
    story:
      'Na de diagnose diabetes komt meneer Bakker thuis met een dikke map. De wijkverpleegkundige vraagt wat hij deze week wil weten. Alleen hoe hij zijn bloedsuiker meet, zegt hij; over eten praten ze bij haar volgende bezoek.',
    phrasing: {
      insteadOf: '„Hier staat alles wat u over diabetes moet weten.”',
      tryThis: '„Wat wilt u als eerste weten?”',
    },
  },
  'leave-their-power': {
    setting: 'Vrijwilliger',
    story:
      'Een taalmaatje helpt Amir met een brief van de gemeente. Ze belt de gemeente niet voor hem. Samen schrijven ze zijn vragen op, en ze zit naast hem terwijl hij zelf belt.',
    phrasing: {
      insteadOf: '„Geef maar, ik bel ze wel even.”',
      tryThis: '„Zullen we opschrijven wat je wilt vragen, en bel jij dan?”',
    },
  },
  'ego-aside': {
    setting: 'Een vriendin',
    story:
      'Je hebt een avond met een vriendin meegedacht over een opleiding, en ze schrijft zich in voor een andere. Dat steekt een beetje. Je zegt dat je blij bent dat ze er een heeft gevonden die bij haar past, en je laat de rest los.',
    phrasing: {
      insteadOf: '„Ik vind die andere nog steeds beter.”',
      tryThis: '„Het klinkt alsof deze echt bij je past.”',
    },
  },
  'safe-to-fail': {
    setting: 'Jobcoaching',
    story:
      'Jayden verslaapt zich twee keer in de eerste week van zijn stage. Zijn jobcoach zegt niet dat ze het al zag aankomen. Ze vraagt wat er tussenkwam en wat hij wil proberen. Hij zet twee wekkers en vraagt zijn huisgenoot om op zijn deur te kloppen.',
    phrasing: {
      insteadOf: '„Dit mag niet meer gebeuren.”',
      tryThis: '„Wat kwam er tussen, en wat kan de volgende keer helpen?”',
    },
  },
  'humble-guidance': {
    setting: 'Maatschappelijk werk',
    story:
      'Een cliënt is zo overspoeld door ongeopende post dat ze niet kan zeggen wat ze nodig heeft. De maatschappelijk werker biedt voorzichtig één ding aan: samen de brieven openen, en de cliënt kiest welke eerst. Ze mag nee zeggen; dan staat het aanbod volgende week nog.',
    phrasing: {
      insteadOf: '„Dit moet je nu echt gaan regelen.”',
      tryThis: '„Zou het helpen om ze samen te openen? Jij kiest de eerste.”',
    },
  },
  'container-for-emotions': {
    setting: 'Vrijwilliger in een hospice',
    story:
      'Een dochter barst in huilen uit aan het bed van haar moeder. De vrijwilliger haast zich niet om te troosten en zegt niet dat het goed komt. Ze schuift een stoel bij, zwijgt samen met haar, en zegt na een tijdje: „Wat is dit zwaar.”',
    phrasing: {
      insteadOf: '„Niet huilen, ze heeft een mooi leven gehad.”',
      tryThis: '„Wat is dit zwaar. Ik blijf hier bij je.”',
    },
  },
  'their-own-choices': {
    setting: 'Familie',
    story:
      'Een maand nadat je moeder is overleden, wil je vader het huis al leegruimen. Jij zou een jaar wachten. Jullie rouwen anders, dus je helpt hem de dozen uitzoeken en vraagt wat hij wil bewaren.',
    phrasing: {
      insteadOf: '„Is dat niet veel te vroeg?”',
      tryThis: '„Wat wil je in elk geval bewaren?”',
    },
  },
};
