import type { Database, Statement } from 'better-sqlite3';
import type { MemoryHit, MemoryItem, RecallQuery } from './memory-item.js';
import { vectorToBlob } from './vector-blob.js';

interface HitRow {
  kind: MemoryItem['kind'];
  ref: string;
  directive_id: string | null;
  signature: string | null;
  text: string;
  score: number | null;
  distance: number;
}

/**
 * The memory table of the registry database, searched with sqlite-vec's vec_distance_cosine: an exact nearest-neighbour
 * scan inside SQLite, filtered by embedding space, kind, signature and directive. Exact is fast enough for the tens of
 * thousands of items a registry holds and, unlike a vec0 index, allows vectors of several dimensions in one table.
 */
export class MemoryStore {
  private readonly insert: Statement;
  private readonly exists: Statement<[string, string, string], { one: number }>;
  private readonly counter: Statement<[string], { n: number }>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      `INSERT INTO memory_items (kind, ref, directive_id, signature, text, score, embedder, embedding, created_at)
       VALUES (@kind, @ref, @directiveId, @signature, @text, @score, @embedder, @embedding, @createdAt)
       ON CONFLICT (embedder, kind, ref) DO UPDATE SET text = excluded.text, score = excluded.score, embedding = excluded.embedding`,
    );
    this.exists = db.prepare('SELECT 1 AS one FROM memory_items WHERE embedder = ? AND kind = ? AND ref = ?');
    this.counter = db.prepare('SELECT COUNT(*) AS n FROM memory_items WHERE embedder = ?');
  }

  /** Stores items with their vectors in one transaction (re-storing a ref replaces it). */
  add(embedder: string, items: { item: MemoryItem; vector: Float32Array }[]): void {
    const createdAt = new Date().toISOString();
    this.db.transaction(() => {
      for (const { item, vector } of items) {
        this.insert.run({
          kind: item.kind,
          ref: item.ref,
          directiveId: item.directiveId ?? null,
          signature: item.signature ?? null,
          text: item.text,
          score: item.score !== undefined && Number.isFinite(item.score) ? item.score : null,
          embedder,
          embedding: vectorToBlob(vector),
          createdAt,
        });
      }
    })();
  }

  /** Whether a ref of a kind is already stored in this embedding space. */
  has(embedder: string, kind: MemoryItem['kind'], ref: string): boolean {
    return this.exists.get(embedder, kind, ref) !== undefined;
  }

  /** How many items this embedding space holds. */
  count(embedder: string): number {
    return this.counter.get(embedder)?.n ?? 0;
  }

  /** The items nearest to a vector, nearest first. */
  nearest(embedder: string, vector: Float32Array, query: RecallQuery = {}): MemoryHit[] {
    const where = ['embedder = @embedder', 'length(embedding) = @bytes'];
    if (query.kind) where.push('kind = @kind');
    if (query.signature) where.push('signature = @signature');
    if (query.directiveId) where.push('directive_id = @directiveId');
    if (query.excludeDirectiveId) where.push('(directive_id IS NULL OR directive_id <> @excludeDirectiveId)');
    const rows = this.db
      .prepare<Record<string, unknown>, HitRow>(
        `SELECT kind, ref, directive_id, signature, text, score, vec_distance_cosine(embedding, @query) AS distance
         FROM memory_items WHERE ${where.join(' AND ')} ORDER BY distance, seq LIMIT @limit`,
      )
      .all({ ...query, embedder, bytes: vector.byteLength, query: vectorToBlob(vector), limit: query.limit ?? 5 });
    return rows.map((row) => ({
      kind: row.kind,
      ref: row.ref,
      ...(row.directive_id === null ? {} : { directiveId: row.directive_id }),
      ...(row.signature === null ? {} : { signature: row.signature }),
      text: row.text,
      ...(row.score === null ? {} : { score: row.score }),
      similarity: 1 - row.distance,
    }));
  }
}
