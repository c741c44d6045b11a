import type { AboutText } from '../types';

export const about: AboutText = {
  intro: [
    'Holding space is a way of being with someone who is going through something hard. Instead of taking the problem off their hands, you keep them company in it: you listen, you stay when it gets difficult, and you trust that they can find their way. Your attention is on them, not on a result you had in mind; the choices and the pace stay theirs.',
    'This matters most where direct help is impossible or unwanted. The Dutch blog post “Redden of steuntje in de rug?” (“Rescue, or a helping hand?”) on traumatrainingen.nl looks at why. Help can exist and still be out of reach, like a lifebuoy hung so high that nobody can get to it. There are waiting lists, help that is mandated or court-ordered and leaves little choice, and well-meaning people who offer more than anyone can take in. What is left then, and often what counts most, is how you are with someone.',
  ],
  origin: [
    'Holding space as used here comes from Canadian writer Heather Plett. In March 2015 she wrote a blog post about it, which grew out of the way a palliative-care nurse supported her family while her mother was dying. The post gave eight tips; this extension retells them in its own words.',
    'In 2020 her book The Art of Holding Space followed. Mayke Smit translated it into Dutch as De kunst van holding space.',
  ],
  disclaimer:
    'This companion is here to support your own judgement; it does not replace supervision, training or care.',
  credits: [
    {
      title: 'What it means to ‘hold space’ for people, plus eight tips on how to do it well',
      detail:
        'Heather Plett, blog post, March 2015. The eight tips in this extension are retold from it in our own words.',
      url: 'https://heatherplett.com/2015/03/hold-space/',
    },
    {
      title: 'The Art of Holding Space: A Practice of Love, Liberation, and Leadership',
      detail: 'Heather Plett, book, 2020',
      url: 'https://heatherplett.com/',
    },
    {
      title: 'De kunst van holding space',
      detail: 'Dutch translation by Mayke Smit',
    },
    {
      title: 'Redden of steuntje in de rug?',
      detail: 'Blog post on traumatrainingen.nl (the link opens the site)',
      url: 'https://traumatrainingen.nl/',
    },
  ],
};
