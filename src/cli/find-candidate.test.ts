import { describe, expect, it } from 'vitest';
import type { CandidateRecord, DirectiveRecord } from '../registry/records.js';
import type { CandidateSummary } from '../registry/registry.js';
import { findCandidate } from './find-candidate.js';

const IDS = ['f218ac38aa01', 'f218ac99bb02', '0c5e7d1f0003'];
const registry = {
  getCandidate: (id: string) => (IDS.includes(id) ? ({ id } as CandidateRecord) : undefined),
  listDirectives: () => [{ id: 'd1' } as DirectiveRecord, { id: 'd2' } as DirectiveRecord],
  lineageGraph: (directiveId: string) => ({ nodes: (directiveId === 'd1' ? IDS.slice(0, 2) : IDS.slice(2)).map((id) => ({ id }) as CandidateSummary), edges: [] }),
};

describe('findCandidate', () => {
  it('takes a whole id or a unique prefix of 6 or more characters', () => {
    expect(findCandidate(registry, 'f218ac38aa01')?.id).toBe('f218ac38aa01');
    expect(findCandidate(registry, 'f218ac38')?.id).toBe('f218ac38aa01');
    expect(findCandidate(registry, '0c5e7d')?.id).toBe('0c5e7d1f0003');
    expect(findCandidate(registry, '0c5e7')).toBeUndefined();
    expect(findCandidate(registry, 'abcdef')).toBeUndefined();
  });

  it('refuses a prefix several candidates share, naming them', () => {
    expect(() => findCandidate(registry, 'f218ac')).toThrow(/"f218ac" matches 2 candidates: f218ac38aa01, f218ac99bb02/);
    expect(() => findCandidate(registry, 'f218ac')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'id' }));
  });
});
