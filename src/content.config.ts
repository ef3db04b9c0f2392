/** The collections: where each kind of content lives, validated by the schemas of src/schemas.ts. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './config';
import { entrySchemas, personSchema, placeSchema, sourceSchema, termSchema } from './schemas';

const entry = entrySchemas({ movement: reference('movements'), person: reference('people') });

const movements = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/movements` }), schema: entry.movements });
const context = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/context` }), schema: entry.context });
const people = defineCollection({ loader: file(`${CONTENT_DIR}/people.yaml`), schema: personSchema });
const terms = defineCollection({ loader: file(`${CONTENT_DIR}/terms.yaml`), schema: termSchema });
const sources = defineCollection({ loader: file(`${CONTENT_DIR}/sources.yaml`), schema: sourceSchema });
const places = defineCollection({ loader: file(`${CONTENT_DIR}/places.yaml`), schema: placeSchema });

export const collections = { movements, context, people, terms, sources, places };
