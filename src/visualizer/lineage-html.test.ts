import { describe, expect, it } from 'vitest';
import { registryFixtures } from '../registry/registry-fixtures.js';
import { lineageHtml } from './lineage-html.js';

const { candidate } = registryFixtures;

describe('lineageHtml', () => {
  const lineage = {
    nodes: [candidate('a', { score: 0.1 }), candidate('b', { status: 'build-failed', score: -1000.5 }), candidate('c<x>', { parents: ['a'], score: 0.9 })],
    edges: [{ parent: 'a', child: 'c<x>' }],
  };
  const html = lineageHtml({ directiveId: 'd1', goal: 'add <one>' }, lineage, new Set(['a']));

  it('is one standalone document: inline SVG and CSS, no script, no external reference', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.match(/<g class="candidate"/g)).toHaveLength(3);
    expect(html.match(/<line /g)).toHaveLength(1);
  });

  it('escapes ids and goals, draws failed builds as squares and rings flagged candidates', () => {
    expect(html).toContain('data-id="c&#60;x&#62;"');
    expect(html).toContain('add &#60;one&#62;');
    expect(html).toMatch(/data-id="b" data-status="build-failed"><title>[^<]*<\/title><rect [^>]*fill="#9e9e9e"/);
    expect(html).toMatch(/data-id="a"[^]*?stroke="#d500f9"/);
    // Each node is labelled with its id prefix and score (a failed build says so).
    expect(html).toContain('class="id">c&#60;x&#62;</text><text x="');
    expect(html).toMatch(/data-id="b"[^]*?class="score">build failed</);
  });
});
