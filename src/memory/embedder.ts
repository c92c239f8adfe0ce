/** Turns texts (code, goals, lessons) into vectors so that similar texts land close together; one interface for every source. */
export interface Embedder {
  /** Names the embedding space: vectors from different ids are never compared. */
  readonly id: string;
  /** One vector per text, in order; every vector of one embedder has the same length. */
  embed(texts: string[]): Promise<Float32Array[]>;
}
