// JSON Schemas (2020-12) of the data format, written to dist/schema/ by the build, for
// editors that complete and underline (`"$schema"` in the data files). They reject exactly
// what src/core/validate.ts rejects as an error; warnings (a bad link, a missing position)
// are no schema errors, because the widget still works. test/unit/schema.test.mjs proves
// the two agree on generated documents and on every fixture.
//
// What a schema cannot say, and only the validator checks: ids, codes and lijstnummers
// unique; `keyPoint` naming a key point of the index; `code` of a fetched file equal to
// the index's; a `data` URL whose host cannot be parsed; file sizes. A position under a
// key that names no statement is ignored by the widget, but the schema checks it like one
// that does (it is nearly always a typo).

const BASE = 'https://unpkg.com/stemhulp-widget/dist/schema/';
const MAX = 5000;
/** Ids and other object keys. */
const MAX_KEY = 200;
// As src/core/validate/blocks.ts: characters that draw nothing, by Unicode's properties, and the two inkless symbols U+2800 and U+1D159.
const INVISIBLE = '\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\p{M}\\p{C}\\p{Z}\\u2800\\u{1d159}';

/** A case-insensitive pattern for a word (JSON Schema patterns have no flags). */
const anyCase = (word) => [...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c === ' ' ? '\\s+' : c)).join('');
const ANSWER = `^\\s*(${['agree', 'neutral', 'disagree', 'eens', 'neutraal', 'geen van beide', 'oneens'].map(anyCase).join('|')})\\s*$`;

const $defs = {
  string: { description: `Text, at most ${MAX} characters.`, type: 'string', maxLength: MAX },
  translations: {
    description: 'Language tag → text, e.g. {"nl": "…", "en": "…"}; an empty entry is skipped.',
    type: 'object',
    propertyNames: { pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', maxLength: MAX_KEY },
    additionalProperties: { $ref: '#/$defs/string' },
  },
  text: {
    description: 'Optional text: Dutch as a string, or language tag → text.',
    anyOf: [{ type: 'null' }, { $ref: '#/$defs/string' }, { $ref: '#/$defs/translations' }],
  },
  requiredText: {
    description: 'Text with at least one character that draws something: Dutch as a string, or language tag → text.',
    anyOf: [
      { type: 'string', pattern: `[^${INVISIBLE}]`, maxLength: MAX },
      { $ref: '#/$defs/translations', not: { additionalProperties: { pattern: `^[${INVISIBLE}]*$` } } },
    ],
  },
  url: {
    description: 'An absolute https: or http: URL. Anything else is dropped with a warning.',
    maxLength: MAX,
    examples: ['https://'],
  },
  id: { type: 'string', pattern: '\\S', maxLength: MAX_KEY },
  answer: { type: 'string', pattern: ANSWER, examples: ['agree', 'neutral', 'disagree'], description: 'agree, neutral or disagree (or eens, neutraal, geen van beide, oneens).' },
  optionalAnswer: { anyOf: [{ type: 'null' }, { const: '' }, { $ref: '#/$defs/answer' }] },
  statement: {
    type: 'object',
    required: ['id', 'keyPoint', 'text'],
    properties: {
      id: { $ref: '#/$defs/id', description: "Unique within the gemeente; the key of the parties' positions." },
      keyPoint: { type: 'string', description: 'The id of a key point.', examples: ['opvang', 'huisvesting', 'inburgering', 'werk'] },
      text: { $ref: '#/$defs/requiredText' },
      explanation: { $ref: '#/$defs/text' },
      recommended: { $ref: '#/$defs/optionalAnswer', description: "The organisation's recommended answer." },
    },
  },
  position: {
    type: 'object',
    required: ['position'],
    properties: {
      position: { $ref: '#/$defs/answer' },
      explanation: { $ref: '#/$defs/text' },
      source: { $ref: '#/$defs/url', description: 'Where the position can be checked.' },
      // Who gave a position and when: shown to readers beside it. Anything else is dropped with a warning, never an error.
      by: { description: 'Who set the position: "party" (the party filled it in itself) or "organisation" (the organisation determined it).', examples: ['party', 'organisation'] },
      date: { description: 'YYYY-MM-DD: when the position was given.', examples: ['2026-02-12'] },
    },
  },
  // When a gemeente's data changed and what was corrected: shown under the verdict; a bad one is dropped with a warning.
  updated: { description: "YYYY-MM-DD: when this gemeente's data last changed.", examples: ['2026-03-03'] },
  corrections: {
    description: 'At most 50 corrections, newest first, each { "date": "YYYY-MM-DD", "text": Text }: shown to readers one tap away from the verdict.',
    examples: [[{ date: '2026-03-03', text: 'Standpunt van Partij X bij stelling 4 gecorrigeerd na een reactie van de partij.' }]],
  },
  party: {
    type: 'object',
    required: ['id', 'name'],
    properties: {
      id: { $ref: '#/$defs/id' },
      name: { $ref: '#/$defs/requiredText' },
      shortName: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: MAX }] },
      list: {
        description: 'The lijstnummer: a whole number from 1 to 999, unique.',
        anyOf: [{ type: 'null' }, { const: '' }, { type: 'integer', minimum: 1, maximum: 999 }, { type: 'string', pattern: '^\\s*(?=[0-9]{1,9}\\s*$)0*[1-9][0-9]{0,2}\\s*$' }],
      },
      url: { $ref: '#/$defs/url' },
      positions: {
        description: 'Statement id → position. A statement without one shows "geen standpunt bekend".',
        anyOf: [{ type: 'null' }, { type: 'object', additionalProperties: { $ref: '#/$defs/position' } }],
      },
    },
  },
  statements: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/statement' } },
  parties: { type: 'array', minItems: 1, maxItems: 60, items: { $ref: '#/$defs/party' } },
};

export const municipalitySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: BASE + 'municipality.schema.json',
  title: 'Stemhulp municipality file (format stemhulp/1)',
  description: 'The statements and parties of one gemeente. See docs/data-format.md.',
  type: 'object',
  required: ['statements', 'parties'],
  properties: {
    format: { anyOf: [{ type: 'null' }, { const: 'stemhulp/1' }] },
    code: { anyOf: [{ type: 'null' }, { type: 'string', pattern: `^\\s*${anyCase('gm')}[0-9]{4}\\s*$` }], description: 'When given, the code the index gives this file.' },
    name: { description: "Ignored: the index's name is shown." },
    statements: { $ref: '#/$defs/statements' },
    parties: { $ref: '#/$defs/parties' },
    updated: { $ref: '#/$defs/updated' },
    corrections: { $ref: '#/$defs/corrections' },
  },
  $defs,
};

const m = (def) => ({ $ref: `municipality.schema.json#/$defs/${def}` });

export const indexSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: BASE + 'index.schema.json',
  title: 'Stemhulp index file (format stemhulp/1)',
  description: "What the widget's src points at. See docs/data-format.md.",
  type: 'object',
  required: ['format', 'municipalities'],
  properties: {
    format: { const: 'stemhulp/1' },
    election: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          properties: {
            name: m('text'),
            date: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date' }], description: 'YYYY-MM-DD' },
            // A bad one is a warning (dropped), so no schema error.
            nominationDate: { description: 'YYYY-MM-DD: the kandidaatstellingsdag, named by "Mag ik stemmen?"; a bad one is dropped with a warning.' },
          },
        },
      ],
    },
    organisation: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['name'],
          properties: {
            name: m('requiredText'),
            url: m('url'),
            // A bad one is left unshown (the data tools warn), so no schema error.
            contact: {
              description:
                'Where parties send their answers and readers report a wrong position: an e-mail address or an https URL; anything else is not shown to readers (the data tools warn).',
            },
          },
        },
      ],
    },
    keyPoints: {
      description: 'Replaces the four bundled speerpunten (ids opvang, huisvesting, inburgering, werk).',
      anyOf: [
        { type: 'null' },
        {
          type: 'array',
          minItems: 1,
          maxItems: 20,
          items: {
            type: 'object',
            required: ['id', 'title'],
            properties: { id: m('id'), title: m('requiredText'), summary: m('text'), body: m('text') },
          },
        },
      ],
    },
    links: {
      description: 'flyer, newsletter, pollingStation, voting: absolute https: or http: URLs; reading: further reading.',
      properties: {
        flyer: m('url'),
        newsletter: m('url'),
        pollingStation: m('url'),
        voting: { ...m('url'), description: "Where a reader checks whether they may vote: the gemeente's or the Kiesraad's page." },
        // Every problem in `reading` is a warning (the entry is left out), except an over-long URL in the 10 that are read.
        reading: {
          description: 'At most 10 {"title": Text, "url": "https://…"}; an entry with a problem is left out.',
          prefixItems: Array.from({ length: 10 }, () => ({ properties: { url: m('url') } })),
          items: {},
        },
      },
      additionalProperties: m('url'),
    },
    translations: {
      description:
        'Language files by base language, e.g. {"ti": "talen/ti.json"} (URLs relative to the index): an organisation\'s own translation of the widget\'s words (docs/data-format.md, "Language files"). Optional; a wrong entry is ignored with a warning, never an error, so any object is accepted here.',
      type: ['object', 'null'],
      propertyNames: { description: 'A base language tag in lower case, not "nl": "ti", "pt".' },
      additionalProperties: { description: 'The URL of the stemhulp-taal/1 file, absolute or relative to the index.' },
    },
    municipalities: {
      type: 'array',
      minItems: 1,
      maxItems: 400,
      items: {
        type: 'object',
        required: ['code', 'name'],
        properties: {
          code: { type: 'string', pattern: `^\\s*${anyCase('gm')}[0-9]{4}\\s*$`, description: 'CBS code: GM and 4 digits, e.g. GM0363.' },
          name: m('requiredText'),
        },
        if: { required: ['data'], properties: { data: { not: { type: 'null' } } } },
        then: {
          properties: {
            data: {
              description: 'URL of the municipality file, relative to the index or absolute http(s).',
              type: 'string',
              pattern: '\\S',
              // An absolute URL of another scheme (javascript:, data:, file:) is refused.
              not: { pattern: '^[\\u0000-\\u0020]*(?![hH][tT][tT][pP][sS]?:)[a-zA-Z][a-zA-Z0-9+.\\-]*:' },
            },
            statements: { type: 'null' },
            parties: { type: 'null' },
          },
        },
        else: { required: ['statements', 'parties'], properties: { statements: m('statements'), parties: m('parties'), updated: m('updated'), corrections: m('corrections') } },
      },
    },
  },
};

/** A language file (`stemhulp-taal/1`): what `stemhulp-data vertaling import` writes, what the index's `translations` names. */
export const languageSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: BASE + 'language.schema.json',
  title: 'Stemhulp language file (format stemhulp-taal/1)',
  description:
    'An organisation\'s own translation of the widget\'s words. See docs/data-format.md, "Language files"; the keys and their placeholders are listed by `stemhulp-data vertaling export`.',
  type: 'object',
  required: ['format', 'lang', 'strings'],
  properties: {
    format: { const: 'stemhulp-taal/1' },
    lang: { type: 'string', pattern: '^[A-Za-z]{2,3}$', description: "The language, equal to its key in the index's translations." },
    name: { type: 'string', maxLength: 100, description: "The language's own name, shown in the language picker." },
    dir: { enum: ['ltr', 'rtl'] },
    status: { enum: ['concept', 'nagekeken'], description: '"concept" until a native speaker has checked it.' },
    strings: {
      type: 'object',
      description: 'Key → text. Placeholders as {name}; at most 1,000 characters; plain text. An unknown key or a wrong text is ignored with a warning.',
      additionalProperties: { type: 'string' },
    },
  },
};
