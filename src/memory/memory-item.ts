/** What the memory holds: a candidate's code, a directive's goal, or a lesson (a failure summary). */
export type MemoryKind = 'candidate' | 'directive' | 'lesson';

/** One remembered text with where it came from. */
export interface MemoryItem {
  kind: MemoryKind;
  /** The candidate id, directive id or lesson key it stands for; unique per kind. */
  ref: string;
  directiveId?: string;
  /** The directive's signature, so code is only offered where it type-checks. */
  signature?: string;
  text: string;
  score?: number;
}

/** A recalled item and how close it is to the query (cosine similarity, 1 = same direction). */
export interface MemoryHit extends MemoryItem {
  similarity: number;
}

/** Narrows a recall: kind, signature, directives to include or leave out, how many. */
export interface RecallQuery {
  kind?: MemoryKind;
  signature?: string;
  directiveId?: string;
  excludeDirectiveId?: string;
  limit?: number;
}
