/** The OpenAPI 3.1 description of the HTTP API (served at /api/openapi.json). */
import { PAGE_DEFAULT, PAGE_MAX } from './page-of.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
/** A list's paging parameters: with either, the answer holds that page and `total`, `offset` and `limit`. */
const PAGE = [
  { name: 'offset', in: 'query', description: 'Items to skip (default 0)', schema: { type: 'integer', minimum: 0 } },
  { name: 'limit', in: 'query', description: `Items at most (default ${PAGE_DEFAULT})`, schema: { type: 'integer', minimum: 1, maximum: PAGE_MAX } },
];
/** A list of the store's, paged on request. */
const list = (summary: string, more: unknown[] = []) => ({ get: { summary, parameters: [...more, ...PAGE], responses: { 200: json({ type: 'object' }), 400: error('Bad paging') } } });

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Triangulate API', version: '1', description: 'Stories, documents, claims, groups, contradictions, search, ingest and reviews of a Triangulate store. Reads are open on loopback; writes need `Authorization: Bearer <token>`.' },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } } },
      Report: { description: 'The report format, version 1 (schema/report.schema.json).', type: 'object' },
      IngestDocument: {
        type: 'object',
        properties: { id: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' }, title: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' }, outlet: { type: 'string' } },
        description: 'One of text or html is required.',
      },
      Review: {
        type: 'object', additionalProperties: false, required: ['target', 'key', 'status'],
        properties: { target: { enum: ['claim', 'group'] }, key: { type: 'string', maxLength: 200 }, status: { enum: ['confirmed', 'disputed', 'wrong'] }, note: { type: ['string', 'null'], maxLength: 4000 } },
      },
    },
  },
  paths: {
    '/api/report': { get: {
      summary: 'The whole report (with reviews), built from the store for each request; with omit=mentions,text, the lean report the server keeps',
      parameters: [
        { name: 'omit', in: 'query', description: 'Comma-separated: `mentions` (an empty list), `text` (documents without their text, removed lines and derivative passages: /api/documents/{id} has them)', schema: { type: 'string' } },
        { name: 'story', in: 'query', description: 'Only what one story shows: its documents and their claims; the groups, contradictions and timeline entries with a claim among them; every claim those name, with its document; the entities they refer to', schema: { type: 'string' } },
        { name: 'document', in: 'query', description: 'The same for one document', schema: { type: 'string' } },
      ],
      responses: { 200: json(ref('Report')), 400: error('Bad query'), 404: error('No such story or document') },
    } },
    '/api/stories': list('Stories'),
    '/api/documents': list('Documents (without text)'),
    '/api/documents/{id}': { get: { summary: 'One document with its text', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json({ type: 'object' }), 404: error('No such document') } } },
    '/api/claims': list('Claims, optionally of one document', [{ name: 'document', in: 'query', schema: { type: 'string' } }]),
    '/api/claims/{id}': { get: { summary: 'One claim by id or stable key', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json({ type: 'object' }), 404: error('No such claim') } } },
    '/api/groups': list('Groups of claims'),
    '/api/contradictions': list('Contradictions'),
    '/api/timeline': list('Timeline'),
    '/api/entities': list('Entities'),
    '/api/search': { get: { summary: 'Full-text search over claims and documents', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 500 } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } }], responses: { 200: json({ type: 'object' }), 400: error('Bad query') } } },
    '/api/reviews': {
      get: list('Reviews').get,
      post: { summary: 'Review a claim or a group', security: [{ bearer: [] }], requestBody: { required: true, content: { 'application/json': { schema: ref('Review') } } }, responses: { 201: json({ type: 'object' }, 'Created'), 400: error('Invalid review'), 401: error('No or wrong token'), 404: error('No such claim or group'), 413: error('Body too large') } },
    },
    '/api/ingest': {
      post: { summary: 'Add documents (idempotent: the same content twice is one document)', security: [{ bearer: [] }], requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['documents'], properties: { documents: { type: 'array', items: ref('IngestDocument') } } } } } }, responses: { 200: json({ type: 'object' }), 400: error('Invalid documents'), 401: error('No or wrong token'), 413: error('Body too large or too many documents'), 507: error('Disk full') } },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
  },
} as const;
