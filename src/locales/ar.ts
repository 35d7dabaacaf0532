import type { ResultStrings } from './nl-result.js';
import type { Strings } from './nl.js';

export { keyPoints } from './keypoints-ar.js';
export { glossary } from './glossary-ar.js';

/** Arabic UI strings (draft translation, to be checked by a native speaker). Digits stay Latin, as on the Dutch ballot. */
export const strings: Strings & ResultStrings = {
  language: 'اللغة',
  widgetTitle: 'دليل التصويت: اللاجئون وبلديتك',
  intro:
    'تؤدي البلديات دورًا كبيرًا في حياة اللاجئين. بناءً على توصياتنا يمكنك أن تحدد مدى ترحيب الأحزاب في بلديتك باللاجئين.',
  keyPointsHeading: 'أولوياتنا',
  readMore: 'اقرأ المزيد',
  source: (org) => `توصيات ${org}`,

  quizHeading: 'استخدم دليل التصويت',
  quizIntro: 'اختر بلديتك. ثم أعطِ رأيك في كل عبارة.',
  municipality: 'البلدية',
  chooseMunicipality: 'اختر بلديتك',
  start: 'ابدأ دليل التصويت',
  startFor: (name) => `ابدأ دليل التصويت لبلدية ${name}`,
  loading: 'جارٍ تحميل البيانات…',
  loadingMunicipality: (name) => `جارٍ تحميل بيانات ${name}…`,

  progress: (n, total) => `العبارة ${n} من ${total}`,
  keyPointLabel: 'الأولوية',
  moreInfo: 'شرح إضافي',
  agree: 'أوافق',
  neutral: 'محايد',
  disagree: 'لا أوافق',
  skip: 'تخطَّ',
  important: 'مهم',
  importantHint: 'يُحسب مرتين',
  previous: 'السابق',
  toResult: 'إلى النتيجة',

  resultHeading: 'نتيجتك',
  resultIntro: (name) =>
    `هذا مدى توافق الأحزاب في ${name} مع إجاباتك. كلما طال الشريط، زاد اتفاقكما.`,
  notAdvice: 'هذه ليست نصيحة تصويت. أنت من يختار لمن تصوّت.',
  matchSentence: (party, score) => `${party}، تطابق بنسبة ${score} بالمئة`,
  listNumber: (n) => `القائمة ${n}`,
  compare: 'اطّلع على المواقف',
  you: 'أنت',
  skipped: 'تم التخطي',
  unknownPosition: 'لا يُعرف موقف',
  checkSource: 'المصدر',
  partyWebsite: 'موقع الحزب',
  noResult: 'لقد تخطيت كل العبارات. أجب عن عبارة واحدة على الأقل لترى نتيجة.',
  judgementHeading: 'ما مدى ترحيب هذا الحزب باللاجئين؟',
  judgementBy: (org = 'القائمين على أداة التصويت هذه') =>
    `هذا تقييم ${org} لكل أولوية، بمعزل عن إجاباتك. وهو يقارن مواقف الحزب بنصيحتنا.`,
  noJudgement: 'لا تقييم: لا توجد عبارات فيها نصيحتنا.',
  friendlinessScore: (keyPoint, score) => `${keyPoint}: ${score}`,
  howItWorks: 'كيف يعمل هذا؟',
  howItWorksText: [
    'يحصل الحزب على نقطتين إذا كان موقفه مثل إجابتك. ويحصل على نقطة واحدة إذا اختار أحدكما "محايد". وإلا يحصل على 0 نقاط. وإذا لم يُعرف موقف الحزب يحصل أيضًا على 0 نقاط.',
    'العبارة التي تعدّها "مهمة" تُحسب مرتين. والعبارات التي تتخطاها لا تُحسب. والنسبة المئوية هي نقاط الحزب مقسومة على أعلى عدد ممكن من النقاط.',
    'الأحزاب التي لها النسبة نفسها مرتبة حسب رقم قائمتها.',
  ],
  madeBy: (org) => `جمعت ${org} العبارات ومواقف الأحزاب.`,
  madeByUnknown: 'العبارات والمواقف مأخوذة من بيانات هذا الموقع.',
  privacy: 'تبقى إجاباتك على جهازك. لا تُحفظ ولا تُرسل.',

  nextSteps: 'ماذا بعد؟',
  electionOn: (name, date) => `${name}: ${date}.`,
  pollingStation: 'أين يمكنني التصويت؟',
  flyer: 'نزّل المنشور',
  newsletter: 'اشترك في النشرة الإخبارية',
  restart: 'ابدأ من جديد',
  changeAnswers: 'غيّر إجاباتك',

  retry: 'حاول مرة أخرى',
  details: 'التفاصيل',
  errorIndex: {
    network: 'لم يتمكن دليل التصويت من الاتصال لتحميل البيانات.',
    timeout: 'استغرق تحميل البيانات وقتًا طويلًا.',
    http: 'تعذّر تحميل بيانات دليل التصويت.',
    json: 'بيانات دليل التصويت ليست ملف JSON صالحًا.',
    format: 'بيانات دليل التصويت فيها أخطاء.',
    'too-large': 'ملف بيانات دليل التصويت كبير جدًا.',
    refused: 'لا يمكن لدليل التصويت هذا عرض هذه البيانات.',
  },
  errorMunicipality: (name) => `تعذّر تحميل بيانات ${name}.`,
  errorMunicipalityData: (name) => `بيانات ${name} فيها أخطاء.`,
  errorAdvice: 'حاول مرة أخرى لاحقًا.',
  errorUnknownCode: (code) => `البلدية ذات الرمز ${code} غير موجودة في البيانات. اختر بلديتك.`,
  errorUnknownLink: 'البلدية المختارة غير موجودة في البيانات. اختر بلديتك.',
  httpStatus: (status) => `ردّ الخادم بالحالة ${status}.`,
  problemsHeading: (n) => (n === 1 ? 'مشكلة واحدة في البيانات:' : `عدد المشكلات في البيانات: ${n}`),
  warningsHeading: (n) => (n === 1 ? 'ملاحظة واحدة على البيانات' : `عدد الملاحظات على البيانات: ${n}`),
};
