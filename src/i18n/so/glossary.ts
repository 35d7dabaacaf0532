import type { GlossaryText } from '../types.js';

/**
 * The bundled glossary in Somali, by the ids of src/i18n/nl/glossary.ts: a DRAFT translation
 * (concept) made by the development team, not yet checked by a native speaker. Other forms
 * are the definite (-ka, -ta, -ha) and plural forms a whole-word match would otherwise miss,
 * and the Dutch word readers meet in daily life.
 */
export const glossary: Record<string, GlossaryText> = {
  asielzoeker: {
    term: 'magangalyo-doon',
    also: [
      'magangalyo-doonka',
      'magangalyo-doonku',
      'magangalyo-doonayaal',
      'magangalyo-doonayaasha',
      'magangalyo-doonayaashu',
      'magangelyo-doon',
      'magangelyo-doonayaasha',
      'asielzoeker',
      'asielzoekers',
    ],
    explanation:
      'Qof ka soo cararay waddankiisa oo Nederland ka codsanaya ilaalin. Dowladdu waxay go’aamisaa inuu joogi karo iyo in kale. Ilaa markaas, magangalyo-doonku wuxuu ku nool yahay meel soo dhaweyn (opvang).',
  },
  azc: {
    term: 'azc',
    also: ["azc's", 'xarunta magangalyo-doonka', 'xarumaha magangalyo-doonka', 'xarun magangalyo-doon', 'asielzoekerscentrum', 'asielzoekerscentra'],
    explanation:
      'Xarunta magangalyo-doonka (asielzoekerscentrum): meel ay magangalyo-doonayaashu ku noolaadaan inta ay sugayaan go’aan. Mararka qaarkood waxaa sidoo kale ku nool qaxooti sharci haysta oo aan weli guri helin.',
  },
  statushouder: {
    term: 'qaxooti sharci haysta',
    also: ['qaxootiga sharciga haysta', 'qaxootiga sharci haysta', 'statushouder', 'statushouders'],
    explanation: 'Qaxooti helay ruqsadda deganaanshaha oo Nederland joogi kara. Degmadu waxay u raadisaa guri, waxayna ka caawisaa is-dhexgalka (inburgering) iyo shaqada.',
  },
  verblijfsvergunning: {
    term: 'ruqsadda deganaanshaha',
    also: ['ruqsad deganaansho', 'ruqsadaha deganaanshaha', 'verblijfsvergunning', 'verblijfsvergunningen'],
    explanation: 'Kaar dowladda ka yimid oo u oggolaanaya qof waddan kale ka yimid inuu Nederland ku noolaado.',
  },
  inburgering: {
    term: 'is-dhexgal',
    also: ['is-dhexgalka', 'is-dhexgalku', 'is-dhexgalkooda', 'is-dhexgalkoodu', 'waajibka is-dhexgalka', 'inburgering', 'inburgeren', 'inburgeringsplicht'],
    explanation:
      'Barashada luqadda Nederlandka, barashada bulshada Nederland, iyo shaqo ama waxbarasho xirfadeed. Qaxootiga sharciga haysta waa inay sameeyaan is-dhexgalka. Degmadu iyaga ayay la samaysaa qorshe.',
  },
  noodopvang: {
    term: 'hoy degdeg ah',
    also: ['hoyga degdegga ah', 'goobaha hoyga degdegga ah', 'goob hoy degdeg ah', 'noodopvang', 'noodopvanglocatie', 'noodopvanglocaties'],
    explanation:
      'Meel ku meel gaar ah oo magangalyo-doonayaasha la dejiyo marka xarumaha (azc) aysan boos lahayn, tusaale ahaan hool ciyaareed ama markab. Badanaa nasasho yar ayaa jirta, wax la qabtaana waa yar yihiin.',
  },
  coa: {
    term: 'COA',
    also: ['Centraal Orgaan opvang asielzoekers'],
    explanation: 'Centraal Orgaan opvang asielzoekers: hay’adda dowladda ee dejisa magangalyo-doonayaasha, tusaale ahaan xarumaha azc.',
  },
  woningcorporatie: {
    term: 'shirkadda guryaha',
    also: ['shirkadaha guryaha', 'shirkad guryeed', 'woningcorporatie', 'woningcorporaties'],
    explanation:
      'Hay’ad kireysa guryo kiradoodu hooseyso. Degmooyinku heshiisyo ayay la galaan shirkadaha guryaha oo ku saabsan guryaha, kuwa qaxootiga sharciga haysta loogu talagalay sidoo kale.',
  },
  speerpunt: {
    term: 'qodob mudnaan leh',
    also: ['qodobka mudnaanta leh', 'qodobbada mudnaanta leh', 'qodobbo mudnaan leh', 'speerpunt', 'speerpunten'],
    explanation:
      'Mawduuc noogu muhiimsan. Doorashada golaha degmada waxaan u leenahay afar qodob oo mudnaan leh. Qodob kasta waxaan ku sheegnaa waxa aan u aragno inay degmadu samayso.',
  },
  stelling: {
    term: 'bayaan',
    also: ['bayaanka', 'bayaanno', 'bayaannada', 'bayaannadu', 'stelling', 'stellingen'],
    explanation: 'Weedh ku saabsan waxa ay degmadu samayn lahayd. Adiga ayaa sheegaya inaad raacsan tahay iyo in kale. Xisbiyaduna sidaas oo kale ayay sameeyaan.',
  },
  standpunt: {
    term: 'mowqif',
    also: ['mowqifka', 'mowqifyo', 'mowqifyada', 'mowqifkiisa', 'standpunt', 'standpunten'],
    explanation: 'Waxa uu xisbi ka qabo bayaan: raacsan, diiddan ama dhexdhexaad.',
  },
  advies: {
    term: 'talo',
    also: ['talada', 'talooyin', 'talooyinka', 'advies', 'adviezen'],
    explanation: 'Jawaabta bayaanka ee hay’addu u aragto inay ugu fiican tahay qaxootiga.',
  },
  percentage: {
    term: 'boqolley',
    also: ['boqolleyda', 'boqolleydu', 'boqolkiiba', 'percentage', 'procent'],
    explanation: 'Qayb ka mid ah 100. 75% macnaheedu waa: 75 ka mid ah 100.',
  },
  lijstnummer: {
    term: 'lambarka liiska',
    also: ['lambar liis', 'lambarrada liiska', 'lijstnummer', 'lijstnummers'],
    explanation: 'Lambarka xisbiga ee warqadda codbixinta (stembiljet).',
  },
};
