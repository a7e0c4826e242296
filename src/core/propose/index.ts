export { propose, type Proposal, type ProposeOptions, type ProposeRecord, type Confidence } from './propose';
export { relate, type Relation } from './relation';
export { lexicon, parseLexicon, parseLexiconText, lexiconSchema, type Lexicon } from './lexicon';
export { splitSentences, splitClauses, type Sentence, type Clause, type Span } from './split';
export { findTimeWords, weekdayOf, type TimeWord } from './dates';
export { actorFinder } from './actors';
export {
  acceptedLines,
  applyAccepted,
  highlightSegments,
  sourceIdFor,
  type Accepted,
  type AcceptedLines,
  type ReportMeta,
} from './accept';
