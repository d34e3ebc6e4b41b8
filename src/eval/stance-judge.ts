/** The stance function the harness evaluates, as a parameter so trained models can be plugged in. */
import type { Relation } from '../engine/report';

/**
 * (claim, passage) → at least a relation. `judge` from src/stance/judge-passage.ts fits as is; a model
 * under training can be wrapped the same way. Extra fields (score, evidence, differences) are ignored.
 */
export type StanceJudge = (claim: string, passage: string) => { relation: Relation };
