import type { Database } from 'better-sqlite3';
import type { Embedder } from './embedder.js';
import type { MemoryHit, MemoryItem, RecallQuery } from './memory-item.js';
import { MemoryStore } from './memory-store.js';

/** The forge's long-term memory: remembers texts with their embeddings and recalls the nearest ones to a text. */
export class Memory {
  private readonly store: MemoryStore;

  constructor(
    private readonly db: Database,
    readonly embedder: Embedder,
  ) {
    this.store = new MemoryStore(db);
  }

  /** Embeds and stores items; items already remembered under the same ref are skipped unless `replace` is set. */
  async remember(items: MemoryItem[], replace = false): Promise<number> {
    const fresh = replace ? items : items.filter((item) => !this.store.has(this.embedder.id, item.kind, item.ref));
    if (fresh.length === 0) return 0;
    const vectors = await this.embedder.embed(fresh.map((item) => item.text));
    this.store.add(this.embedder.id, fresh.map((item, i) => ({ item, vector: vectors[i] })));
    return fresh.length;
  }

  /** The remembered items nearest to a text. */
  async recall(text: string, query: RecallQuery = {}): Promise<MemoryHit[]> {
    const [vector] = await this.embedder.embed([text]);
    return this.nearestTo(vector, query);
  }

  /** The remembered items nearest to a vector of this memory's embedder. */
  nearestTo(vector: Float32Array, query: RecallQuery = {}): MemoryHit[] {
    return this.store.nearest(this.embedder.id, vector, query);
  }

  /** How many items this memory's embedding space holds. */
  size(): number {
    return this.store.count(this.embedder.id);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
