/** The value types programs are written over, and the functions a directive adds to the primitive set. */

/** The value types the offline engine evolves programs over. */
export type GpType = 'int' | 'float' | 'string' | 'boolean' | 'int[]' | 'float[]' | 'string[]';

/** A typed function a directive (or a module in nodes/) adds to the primitive set. */
export interface ExtraPrimitive {
  name: string;
  params: GpType[];
  returns: GpType;
  /** The implementation, called by evolved programs; must be pure. */
  fn: (...args: never[]) => unknown;
  /** Module specifier the emitted TypeScript imports it from (relative to the emitted module). */
  importFrom?: string;
}
