import type { GlossaryText } from '../types.js';

/**
 * The bundled glossary in Arabic (a draft, like the rest of the Arabic, still to be checked
 * by a native speaker), by the ids of src/i18n/nl/glossary.ts. Other forms include the
 * prefixed ones (لـ) that a whole-word match would otherwise miss.
 */
export const glossary: Record<string, GlossaryText> = {
  asielzoeker: {
    term: 'طالب اللجوء',
    also: ['طالبو اللجوء', 'طالبي اللجوء', 'لطالبي اللجوء'],
    explanation: 'شخص فرّ من بلده ويطلب الحماية في هولندا. تقرر الحكومة هل يمكنه البقاء. وحتى ذلك الحين يسكن طالب اللجوء في مركز استقبال.',
  },
  azc: {
    term: 'مركز اللجوء',
    also: ['مراكز اللجوء', 'azc'],
    explanation: 'مركز طالبي اللجوء (azc): مكان يسكن فيه طالبو اللجوء وهم ينتظرون القرار. وأحيانًا يسكن فيه أيضًا حاملو تصريح الإقامة الذين لم يحصلوا على مسكن بعد.',
  },
  statushouder: {
    term: 'حامل تصريح الإقامة',
    also: ['حاملو تصريح الإقامة', 'حاملي تصريح الإقامة', 'لحاملي تصريح الإقامة', 'حامل لتصريح الإقامة', 'statushouder'],
    explanation: 'لاجئ حصل على تصريح إقامة ويمكنه البقاء في هولندا. توفر له البلدية مسكنًا وتساعده في الاندماج والعمل.',
  },
  verblijfsvergunning: {
    term: 'تصريح الإقامة',
    explanation: 'بطاقة من الحكومة تسمح لشخص من بلد آخر بالسكن في هولندا.',
  },
  inburgering: {
    term: 'الاندماج المدني',
    also: ['خطة اندماج', 'inburgering'],
    explanation: 'تعلّم اللغة الهولندية والتعرّف على المجتمع الهولندي والعمل أو التعلّم من أجل مهنة. وهو إلزامي لحاملي تصريح الإقامة، وتضع البلدية خطة معهم.',
  },
  noodopvang: {
    term: 'الاستقبال الطارئ',
    also: ['noodopvang'],
    explanation: 'استقبال مؤقت لطالبي اللجوء عندما لا يوجد مكان في مراكز اللجوء، مثلًا في قاعة رياضية أو على متن سفينة. وغالبًا ما تكون الراحة قليلة والأنشطة قليلة.',
  },
  coa: {
    term: 'COA',
    explanation: 'الهيئة المركزية لاستقبال طالبي اللجوء: المنظمة الحكومية التي تسكّن طالبي اللجوء، مثلًا في مراكز اللجوء.',
  },
  woningcorporatie: {
    term: 'مؤسسة الإسكان',
    also: ['مؤسسات الإسكان', 'woningcorporatie'],
    explanation: 'منظمة تؤجّر مساكن بإيجار منخفض. تعقد البلديات مع مؤسسات الإسكان اتفاقيات بشأن المساكن، ومنها مساكن لحاملي تصريح الإقامة.',
  },
};
