/**
 * The schemas: the one place that says what valid content is. content.config.ts gives them to the
 * collections; the content rules (checks/content-rules.ts) check every file against them first,
 * so that each error names its file and line.
 */
import { z } from 'astro/zod';
import { isPartialDate } from './shared/dates';
import { sourceProblems } from './checks/source-rules';
import { unknownFields } from './shared/suggest';

/**
 * An object that takes only its own fields; an unknown one is refused with the (at most three) fields it
 * may have meant. Zod reports it at the object's path, with the unknown keys; the content rules give the line.
 */
const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys, Object.keys(shape)) : undefined),
  });

/** "1990", "1990-05" or "1990-05-31"; impossible dates (1990-02-30) are rejected. */
const partialDate = z
  .string()
  .refine(isPartialDate, { message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)' });

/** A page title: it heads the page, the cards, the breadcrumbs and a box of the map, so it stays short. */
const title = z.string().min(1).max(80, { message: 'at most 80 characters: put longer forms under names.aliases' });

/** A name in the three scripts the site gives on first use. */
const names = strict({
  /** Kazakh form, Cyrillic script; omitted only when no source gives one. */
  kk: z.string().min(1).optional(),
  /** Russian form. */
  ru: z.string().min(1),
  /** The one Latin spelling used throughout the site. */
  latin: z.string().min(1),
  /** Other spellings readers may search for (Jeltoqsan, Zheltoksan, …). */
  aliases: z.array(z.string().min(1)).default([]),
});
/** An entry's name in the three scripts, and the other spellings readers may search for. */
export type Names = z.infer<typeof names>;

/**
 * Where the movement stands on the report's spectrum: on its Kazakh national track, on its "Russian side of the fence",
 * among the civic and environmental movements it discusses apart, or among the "larger interethnic movements" of its
 * note 26 (the National Congress of Kazakhstan and Popular Unity).
 */
export const ORIENTATIONS = ['kazakh-national', 'russian-speaking', 'civic-environmental', 'interethnic'] as const;

const orientation = z.enum(ORIENTATIONS);
export type Orientation = z.infer<typeof orientation>;

/**
 * What an entry of the movements collection is (labels in features/entry/kinds.ts):
 * - `movement`: a movement or civic association without party form (Nevada-Semipalatinsk, Lad);
 * - `party`: a political party, registered or not, or a body the sources call one;
 * - `society`: a cultural, language or educational society (Qazaq Tili);
 * - `trade-union`: a trade union or a federation of unions (not the Russian «союз», "union", of a name);
 * - `cossack-host`: a revived Cossack host (voisko) or its organisations.
 */
export const KINDS = ['movement', 'party', 'society', 'trade-union', 'cossack-host'] as const;
const kind = z.enum(KINDS);
export type Kind = z.infer<typeof kind>;

/** Typed relations between movements; each is declared once, on one side. */
export const RELATION_TYPES = ['successor-of', 'grew-out-of', 'rival-of', 'allied-with'] as const;
const relationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof relationType>;

/**
 * The sources of a fact in YAML data, checked against the sources when pages are built (see collections.ts):
 * a Pandoc-like cite list ("babak-2005, p. 80; report"), or a list of works each with the passage it rests on.
 */
const cite = z.union([
  z.string().min(1),
  z
    .array(
      strict({
        /** Key in content/sources.yaml. */
        key: z.string().min(1),
        /** Locator: "p. 80", "excerpt A, ¶3". */
        loc: z.string().min(1).optional(),
        /** The source's own words (about 25 words at most). */
        quote: z.string().min(1).optional(),
        /** Language of the quote when not English. */
        lang: z.string().min(2).optional(),
        /** English translation of a quote not in English. */
        tr: z.string().min(1).optional(),
        /** This source gives one side of a point the sources disagree on (a quote is then required). */
        disputed: z.boolean().optional(),
      }),
    )
    .min(1),
]);

/** A dated event for the timeline, with the note that supports it. */
const event = strict({
  date: partialDate,
  label: z.string().min(3),
  cite,
});

/**
 * The page's history for readers: one line per change, in plain words ("Added the founding date the
 * registration records give."), newest or oldest first as written; shown on the history page.
 */
const changes = z
  .array(
    strict({
      /** The day the change was published, YYYY-MM-DD. */
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day written YYYY-MM-DD (quote it in YAML)' })
        .refine(isPartialDate, { message: 'must be a real date' }),
      /** What changed, for a reader: a full sentence. */
      text: z
        .string()
        .min(10)
        .refine((s) => /[.!?]$/.test(s.trim()), { message: 'must be a full sentence ending with a full stop' }),
    }),
  )
  .optional();

/**
 * The references between collections, given by the caller: Astro's `reference()` in content.config.ts,
 * plain ids in the content rules (which check each id against the files themselves, with its line).
 */
export interface References<M extends z.ZodType, P extends z.ZodType> {
  movement: M;
  person: P;
}

/** The frontmatter of the entries (.mdx): movements and context. */
export function entrySchemas<M extends z.ZodType, P extends z.ZodType>({ movement, person }: References<M, P>) {
  return {
    /** A movement, party, society, trade union or Cossack host (see `kind`): content/movements/*.mdx. */
    movements: strict({
      /** Page title: the Latin name readers know. */
      title: title,
      names,
      /** One sentence; used on cards and as the meta description. */
      summary: z
        .string()
        .min(30)
        .max(300)
        .refine((s) => /[.!?]$/.test(s.trim()), { message: 'must be one full sentence ending with a full stop' }),
      /** When and where it was founded, as precisely as the sources allow, and the sources that say so. */
      founded: strict({
        date: partialDate,
        place: z.string().min(1).optional(),
        cite,
        /** Founding dates other sources give (or other steps they count, "what"): shown beside the date. */
        otherDates: z.array(strict({ date: partialDate, what: z.string().min(3).optional(), cite })).default([]),
      }),
      /** What it was: one of KINDS, shown on its card, in its infobox and in the open data. */
      kind,
      /** The sources that say what it was, with their words: where its name does not say it, or sources differ. */
      kindCite: cite.optional(),
      /** When it ended, if it did, and the sources that say so. */
      ended: strict({ date: partialDate, cite }).optional(),
      /** Its place on the report's spectrum (ORIENTATIONS). */
      orientation,
      /** Its relations to other movement entries, each declared on one side only, with the sources that give it. */
      relations: z.array(strict({ type: relationType, target: movement, cite })).default([]),
      /** Anchors of the primary report's passages on this movement ("a-3", "a-4a", "b-u3", "b-note-26"; see features/report/model.ts), quoted verbatim on the page. */
      report: z.array(z.string().regex(/^[a-z]-(?:note-\d+|\d+[a-z]?|u\d+)$/)).min(1),
      /** Founders, leaders and members named in the entry, by id in content/people.yaml. */
      people: z.array(person).default([]),
      /** Who led it, as the sources describe each one's role (a person listed in `people`), with those sources. */
      leaders: z.array(strict({ person: person, role: z.string().min(3), cite })).default([]),
      events: z.array(event).default([]),
      /** Last substantive revision of the entry. */
      updated: z.coerce.date(),
      changes,
    }),
    /** Events, elections and institutions the movements refer to: content/context/*.mdx. */
    context: strict({
      title,
      names,
      summary: z.string().min(30).max(400),
      /** When it happened or existed, as precisely as the sources allow. */
      date: strict({ start: partialDate, end: partialDate.optional() }),
      /** A period the movements lived through, by a short name ("December 1986"): a band on the timeline chart. */
      period: z.string().min(1).optional(),
      people: z.array(person).default([]),
      events: z.array(event).default([]),
      updated: z.coerce.date(),
      changes,
    }),
  };
}

/** Short sourced profiles of the people the entries name: content/people.yaml. */
export const personSchema = strict({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The site's one Latin spelling. */
  name: z.string().min(1),
  kk: z.string().min(1).optional(),
  ru: z.string().min(1).optional(),
  born: partialDate.optional(),
  died: partialDate.optional(),
  summary: z.string().min(20),
  cite,
});

/** Glossary of terms a student will meet: content/terms.yaml. */
export const termSchema = strict({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  term: z.string().min(1),
  definition: z.string().min(20),
  cite,
});

/**
 * A translated entry's front matter: content/translations/<lang>/<section>/<id>.mdx, made from content/<section>/<id>.mdx.
 * src/checks/translations.ts checks it against the original: the same paragraphs and notes, `strings` keys it has.
 */
export const translationSchema = strict({
  /** The English text it was made from: the English file's last commit when translated, and the day. */
  source: strict({
    commit: z.string().regex(/^[0-9a-f]{40}$/, {
      message:
        'must be the full 40-character hash of the English file’s last commit when it was translated (git log -1 --format=%H -- <file>)',
    }),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day written YYYY-MM-DD (quote it in YAML)' })
      .refine(isPartialDate, { message: 'must be a real date' }),
  }),
  /** The title and summary in the translation's language. */
  title,
  summary: z.string().min(20),
  /** The original's front-matter strings a reader sees (event labels, roles, quotes' translations), keyed by their English text. */
  strings: z.record(z.string(), z.string().min(1)).default({}),
});

/**
 * The places the entries name, drawn on the map at /places/: content/places.yaml. The build checks more than this
 * schema can, naming the line (src/checks/places.ts): the quote gives the coordinates stated, and each entry listed
 * names the place.
 */
export const placeSchema = strict({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The English name of 1986–1995, the years the map is of (Alma-Ata, Tselinograd); the map's label. */
  name: z.string().min(1),
  /** Kazakh form, Cyrillic script. */
  kk: z.string().min(1),
  /** Russian form. */
  ru: z.string().min(1),
  /** Other Latin names the entries use, today's among them (Almaty, Semey): an entry naming one of these counts. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Latitude in decimal degrees, north positive, as the cited source gives it. */
  lat: z.number().min(-90).max(90),
  /** Longitude in decimal degrees, east positive, as the cited source gives it. */
  lon: z.number().min(-180).max(180),
  /** The source of the coordinates, its quote giving them as the source writes them. */
  cite,
  /** The entries that name the place ("movement:lad", "context:azat"), in the order the list shows them. */
  entries: z.array(z.string().regex(/^(movement|context):[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1),
  /** Timeline events at the place, each by its entry (one of `entries`) and its date. */
  events: z.array(strict({ entry: z.string().min(1), date: partialDate })).default([]),
});

/** A personal or organisational name in CSL-JSON. */
const cslName = z.union([
  strict({ family: z.string().min(1), given: z.string().min(1).optional() }),
  strict({ literal: z.string().min(1) }),
]);

/** A CSL-JSON date: one or two (range) date-parts of year[, month[, day]]. */
const cslDate = strict({
  'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2),
  circa: z.boolean().optional(),
});

export const CSL_TYPES = [
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'document',
  'entry-encyclopedia',
  'interview',
  'manuscript',
  'report',
  'speech',
  'webpage',
  'thesis',
  'legislation',
  'broadcast',
  'post-weblog',
  'article',
] as const;

/** A work cited: CSL-JSON fields, so that citation-js formats it: content/sources.yaml. */
export const sourceSchema = strict({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'keys are lower-case words joined by hyphens'),
  type: z.enum(CSL_TYPES),
  author: z.array(cslName).min(1).optional(),
  editor: z.array(cslName).min(1).optional(),
  translator: z.array(cslName).min(1).optional(),
  /** The work's own title, in its language; or a descriptive one with `untitled: true` (required: see checks/source-rules.ts). */
  title: z.string().min(1).optional(),
  /** The title is a descriptive one, supplied because the work has none (set without quotation marks). */
  untitled: z.literal(true).optional(),
  /** The title in English, for a work in another language (shown in brackets after the title). */
  'title-translation': z.string().min(1).optional(),
  /** Unsigned press: no author; the container or publisher stands for it. */
  unsigned: z.literal(true).optional(),
  'title-short': z.string().min(1).optional(),
  'container-title': z.string().min(1).optional(),
  'collection-title': z.string().min(1).optional(),
  /** Conference, hearing or other event the work comes from. */
  event: z.string().min(1).optional(),
  genre: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  'publisher-place': z.string().min(1).optional(),
  issued: cslDate.optional(),
  /** The work carries no date ("n.d."). */
  nodate: z.literal(true).optional(),
  page: z.string().min(1).optional(),
  volume: z.string().min(1).optional(),
  issue: z.string().min(1).optional(),
  edition: z.string().min(1).optional(),
  number: z.string().min(1).optional(),
  ISBN: z.string().min(1).optional(),
  DOI: z.string().min(1).optional(),
  URL: z.url().optional(),
  accessed: cslDate.optional(),
  /** Where the work was read when not at `URL` (a mirror or copy): named apart from the original. */
  copy: strict({ name: z.string().min(1), URL: z.url() }).optional(),
  /**
   * The revision read, for a wiki article (required for Wikipedia: src/checks/source-rules.ts): its `oldid` and the
   * day it was saved, which is the work's date; `URL` is then that revision's permanent link.
   */
  revision: strict({
    oldid: z.number().int().positive(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day written YYYY-MM-DD (quote it in YAML)' })
      .refine(isPartialDate, { message: 'must be a real date' }),
  }).optional(),
  language: z.string().min(2).optional(),
  /** Provenance and caveats, for readers and editors. */
  note: z.string().min(1).optional(),
})
  // Identified to a scholarly standard (checks/source-rules.ts): each problem at the field it concerns.
  .superRefine((s, ctx) => {
    for (const problem of sourceProblems(s)) {
      // `named`: the message names the source itself ("source "x" has no author"), for the content rules.
      ctx.addIssue({
        code: 'custom',
        path: problem.field,
        message: `source "${s.id}" ${problem.message}`,
        params: { named: true },
      });
    }
  });
