import type { CandidateRecord } from '../registry/records.js';

/** A directive's lineage: candidates and parent → child edges. */
export interface Lineage {
  nodes: CandidateRecord[];
  edges: { parent: string; child: string }[];
}

/** Renders a lineage as a mermaid flowchart: one node per candidate, labelled with score and status (and version, once there are several). */
export function lineageMermaid(lineage: Lineage): string {
  const lines = ['graph TD'];
  const safe = (id: string): string => `c_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const versioned = new Set(lineage.nodes.map((n) => n.version ?? 1)).size > 1;
  for (const node of lineage.nodes) {
    const version = versioned ? `v${node.version ?? 1} · ` : '';
    const label = `${version}${node.id.slice(0, 8)} · ${node.operator} · ${Number.isFinite(node.score) ? node.score.toFixed(3) : '—'}`;
    lines.push(`  ${safe(node.id)}["${label.replace(/"/g, "'")}"]:::${node.status.replace('-', '_')}`);
  }
  for (const edge of lineage.edges) lines.push(`  ${safe(edge.parent)} --> ${safe(edge.child)}`);
  // A building block from another directive is drawn as its own node, with a dotted edge to each candidate using it.
  const blocks = new Set<string>();
  for (const node of lineage.nodes) {
    for (const use of node.uses ?? []) {
      const block = `m_${use.directiveId}_${use.candidateId}`.replace(/[^A-Za-z0-9_]/g, '_');
      if (!blocks.has(block)) lines.push(`  ${block}[/"module of ${use.directiveId} · ${use.candidateId.slice(0, 8)}"/]`);
      blocks.add(block);
      lines.push(`  ${block} -.-> ${safe(node.id)}`);
    }
  }
  lines.push('  classDef solved fill:#2e7d32,color:#fff');
  lines.push('  classDef evaluated fill:#1565c0,color:#fff');
  lines.push('  classDef build_failed fill:#9e9e9e,color:#000');
  lines.push('  classDef test_failed fill:#c62828,color:#fff');
  lines.push('  classDef rejected fill:#6d4c41,color:#fff');
  return `${lines.join('\n')}\n`;
}

/** The compact JSON form of a lineage (no code), for tools. */
export function lineageJson(lineage: Lineage): object {
  return {
    nodes: lineage.nodes.map((n) => ({ id: n.id, parents: n.parents, ...(n.uses ? { uses: n.uses } : {}), version: n.version ?? 1, cycle: n.cycle, score: n.score, status: n.status, engine: n.engine, operator: n.operator })),
    edges: lineage.edges,
  };
}
