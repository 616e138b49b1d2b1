/**
 * The annotation stages: time expressions (TIMEX3, resolved against the publication date), quantities and entity
 * mentions per document, then entity linking across the corpus (one entity per real-world thing, aliases merged).
 */
import type { AliasTable } from './entity-alias-table.ts';
import type { CorpusStage, DocStage } from '../model/stage.ts';
import { findEntities } from './find-entities.ts';
import { findQuantities } from './find-quantities.ts';
import { findTimes } from './find-times.ts';
import { linkEntitiesOnto } from './link-entities-onto.ts';

/** Time mentions of the cleaned text. */
export function timeStage(): DocStage {
  return {
    name: 'times',
    needs: ['text', 'published'],
    adds: ['times'],
    run(doc) {
      doc.times = findTimes(doc.text, doc.published.value);
    },
  };
}

/** Quantity mentions of the cleaned text: numbers, ranges, hedges, bounds, vague magnitudes, units. */
export function quantityStage(): DocStage {
  return {
    name: 'quantities',
    needs: ['text'],
    adds: ['quantities'],
    run(doc) {
      doc.quantities = findQuantities(doc.text);
    },
  };
}

/** Entity mentions of the cleaned text (not yet linked). */
export function entityStage(): DocStage {
  return {
    name: 'entities',
    needs: ['text'],
    adds: ['entities'],
    run(doc) {
      doc.entities = findEntities(doc.text);
    },
  };
}

/**
 * Links entity mentions across the corpus.
 * @param aliases a user alias table merged with the built-in one (`--aliases FILE`)
 */
export function entityLinkStage(aliases?: AliasTable): CorpusStage {
  return {
    name: 'entity-links',
    needs: ['entities'],
    adds: ['entity-links'],
    runAll(corpus) {
      // Over a store, the run's mentions are linked onto the stored entity table (stored documents keep theirs).
      corpus.entities = linkEntitiesOnto(corpus.past ? corpus.entities : [], corpus.documents, aliases);
    },
  };
}
