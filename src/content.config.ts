/** The collections: where each kind of content lives, validated by the schemas of src/schemas.ts. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentPath } from './config';
import { entrySchemas, personSchema, placeSchema, sourceSchema, termSchema, translationSchema } from './schemas';

const entry = entrySchemas({ movement: reference('movements'), person: reference('people') });

const movements = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPath('movements') }),
  schema: entry.movements,
});
const context = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPath('context') }),
  schema: entry.context,
});
/** Translated entries, id "<lang>/<section>/<id>" (src/features/i18n/): published under /<lang>/<section>/<id>/. */
const translations = defineCollection({
  loader: glob({ pattern: '{kk,ru}/{movements,context}/*.mdx', base: contentPath('translations') }),
  schema: translationSchema,
});
const people = defineCollection({ loader: file(contentPath('people')), schema: personSchema });
const terms = defineCollection({ loader: file(contentPath('terms')), schema: termSchema });
const sources = defineCollection({ loader: file(contentPath('sources')), schema: sourceSchema });
const places = defineCollection({ loader: file(contentPath('places')), schema: placeSchema });

export const collections = { movements, context, translations, people, terms, sources, places };
