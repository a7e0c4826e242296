export {
  checkEvidence,
  independenceKey,
  quoteHasDate,
  quoteNamesPlace,
  supportOf,
  type EvidenceOptions,
  type EvidenceProblem,
  type EvidenceRule,
  type SupportingCitation,
} from './check';
