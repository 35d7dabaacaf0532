import type { KeyPointText } from '../types.js';

/** The bundled speerpunten in Somali, from the Dutch (src/core/bundled-key-points.ts): a DRAFT translation (concept), not yet checked by a native speaker. */
export const keyPoints: Record<string, KeyPointText> = {
  opvang: {
    title: 'Dejin yar-yar oo bulshada dhexdeeda ah',
    summary: 'Magangalyo-doonayaashu waxay sida ugu fiican ugu noolaan karaan kooxo yar-yar oo ku dhex jira xaafadaha caadiga ah, si ay uga qayb qaataan bulshada.',
    body:
      'Sababtoo ah meelo seexasho oo ku filan ma jiraan, magangalyo-doonayaal badan waxay ku nool yihiin goobaha hoyga degdegga ah oo ku meel gaar ah. Xaaladaha halkaas badanaa way xun yihiin. Sida xarumaha magangalyo-doonka intooda badan, kuwani waa goobo waaweyn oo ka fog meelaha dadku ku nool yihiin. Sidaas darteed way adag tahay in magangalyo-doonayaashu ka qayb qaataan nolosha caadiga ah: hibadooda looma isticmaalo, kalsoonidoodu way hoos u dhacdaa, mana yeeshaan xiriir bulsho.' +
      '\n\n' +
      'Waxaan ku adkaysanaynaa dejin joogto ah oo yar-yar, oo ku taal ama u dhow xaafadaha degmooyinka ee hadda jira. Halkaas, magangalyo-doonayaasha fursad weyn u leh inay helaan ruqsadda deganaanshaha waxay ka qayb qaadan karaan bulshada. Waxay helaan casharro luqad iyo isboorti, iyo caawimaad ay ku helaan tababar shaqo (stage) ama shaqo (mushahar leh ama tabarruc ah).',
  },
  huisvesting: {
    title: 'Si dhakhso ah looga baxo xarumaha magangalyo-doonka',
    summary: 'Qaxootigu waa inay si dhakhso ah guri u helaan, iyadoo la adeegsanayo heshiisyo cad oo lala galo shirkadaha guryaha.',
    body:
      'Degmooyinka ayaa mas’uul ka ah dejinta qaxootiga. Waa arrin xasaasi ah, maxaa yeelay guryuhu aad bay u yar yihiin, sidaas darteed dad badan oo guri raadinaya waqti aad u dheer ayay ku jiraan liiska sugitaanka. Qaxootiga, taasi waxay ka dhigan tahay inay muddo dheer ku sii jiraan xarunta magangalyo-doonka. Maadaama ay halkaas waxba qaban karin, waxna loo oggolayn, is-dhexgalkoodu wuu istaagaa.' +
      '\n\n' +
      'Waxaan kula talinaynaa degmooyinka inay heshiisyo cad la galaan shirkadaha guryaha. Hubaal waan fahamsanahay baahida xalal kale oo ku meel gaar ah, laakiin taasi waa inaysan dhaawicin fursadaha is-dhexgalka iyo tayada guryaha qaxootiga. Sidaas darteed waxaan taageersanahay in qaxootiga lagu dejiyo dad kale dhexdooda. Markaas qaxootigu goor hore ayay la kulmaan dadka ku hadla luqadda Nederlandka, luqadda si dhakhso ah ayay u bartaan, waxayna dhisaan xiriir bulsho.',
  },
  inburgering: {
    title: 'Hab qof kasta u gaar ah oo is-dhexgalka ah',
    summary: 'Is-dhexgalku wuxuu sida ugu fiican u shaqeeyaa marka degmadu eegto waxa qof kastaa u baahan yahay iyo waxa uu awoodo.',
    body:
      'Qaxootiga waxaa saaran waajibka is-dhexgalka (inburgeringsplicht): waa inay bartaan luqadda, helaan khibrad shaqo, bartaanna bulshada. Laga soo bilaabo 2022, degmooyinku mas’uuliyad ka weyn ayay ku leeyihiin fulinta sharciga is-dhexgalka, waana inay bixiyaan casharro iyo barnaamijyo wanaagsan iyo taageero ku filan.' +
      '\n\n' +
      'Annaga iyo degmooyinku waxaan si fiican u eegnaa xaaladda gaarka ah ee qaxooti kasta. Markaan fiiro gaar ah u yeelanno hibadooda, hammigooda iyo fursadahooda, waxaan samaynaa hab qof kasta u gaar ah, waxaana abuurnaa is-faham. Is-dhexgalka, degmooyinku waa inay sidoo kale tixgeliyaan qaxootiga caafimaadkoodu liito.',
  },
  werk: {
    title: 'Si dhakhso ah shaqo loo galo',
    summary: 'Qaxootigu si dhakhso ah ayay shaqo u helaan marka casharrada luqadda iyo shaqadu wada socdaan, iyadoo ay caawinayaan loo-shaqeeyayaashu.',
    body:
      'Degmooyinka waxaa saaran hawsha ah inay qaxootiga ka caawiyaan helitaanka shaqo. Laakiin way adkaan kartaa in hibada qaxooti lagu xiro loo-shaqeeye u baahan hibadaas. Degmooyin badan waxay horeba ula shaqeeyaan dad xiriir oo go’an (contactpersoon), kuwaas oo hubiya in raadinta shaqo ku habboon lagu daro casharro luqadeed oo shaqada la xiriira. Tani waxay keentaa natiijooyin wanaagsan.' +
      '\n\n' +
      'Waxaan rabnaa in degmooyinku ballaariyaan habkan guuleystay. Waxaan sidoo kale si farxad leh uga caawinaynaa degmooyinka inay loo-shaqeeyayaasha si firfircoon ugu daraan barnaamij noocan oo kale ah oo isku dhafan, xataa shaqooyinka u baahan xirfad yar ama aan xirfad u baahnayn.',
  },
};
