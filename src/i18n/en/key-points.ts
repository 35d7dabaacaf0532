import type { KeyPointText } from '../types.js';

/** The bundled speerpunten in English. */
export const keyPoints: Record<string, KeyPointText> = {
  opvang: {
    title: 'Small-scale reception in the heart of the community',
    summary: 'Asylum seekers are best housed in small groups in ordinary neighbourhoods, so they can take part.',
    body:
      'Because there are not enough beds, many asylum seekers live in temporary emergency reception locations. Conditions there are often poor. Like most regular asylum centres, these are large-scale locations far away from where people live. This makes it hard for asylum seekers to take part in ordinary life: their talents go unused, their self-confidence drops and they build no social network.' +
      '\n\n' +
      'We urge permanent, small-scale reception in or near existing residential neighbourhoods. Here, asylum seekers who are likely to get a residence permit can take part in society. They get language and sports lessons and help with finding an internship or (volunteer) work.',
  },
  huisvesting: {
    title: 'Out of asylum centres sooner',
    summary: 'Refugees should get a home sooner, through clear agreements with housing associations.',
    body:
      'Municipalities are responsible for housing refugees. It is a sensitive issue, because the housing market is tight and many people looking for a home spend too long on a waiting list. For refugees, this means a longer stay in the asylum centre. And because there is almost nothing they can or may do there, their integration stalls.' +
      '\n\n' +
      'We advise municipalities to make clear agreements with housing associations. We certainly understand the need for temporary, alternative solutions, but these must not come at the expense of the chances of refugees to integrate or the quality of their housing. That is why we favour a mix with other residents. Refugees then meet Dutch-speaking residents sooner, learn the language faster and build a social network.',
  },
  inburgering: {
    title: 'A personal approach to civic integration',
    summary: 'Civic integration works best when the municipality looks at what each person needs and can do.',
    body:
      'Refugees are required to complete civic integration: they must learn the language, gain work experience and get to know Dutch society. Since 2022, municipalities have had greater responsibility for carrying out the Civic Integration Act and must provide good courses and enough support.' +
      '\n\n' +
      'Together with municipalities, we look closely at the individual circumstances of refugees. By paying attention to their talent, ambition and possibilities, we make the approach more personal and build mutual understanding. Municipalities must also take account of refugees with fragile health.',
  },
  werk: {
    title: 'Into work sooner',
    summary: 'Refugees find work sooner when language lessons and work go together, with help from employers.',
    body:
      'Municipalities have the task of helping refugees into work. But it can be hard to match the talent of a refugee with an employer who needs it. Many municipalities already work with fixed contact persons, who make sure that finding suitable work is combined with practical language lessons. This leads to good results.' +
      '\n\n' +
      'We want municipalities to expand this successful approach. We are happy to help municipalities actively involve employers in such a combined programme too, including for low-skilled and unskilled work.',
  },
};
