import { describe, expect, it } from 'vitest';
import { createFrameDecoder } from './frame-decoder.js';

const LIMITS = { maxFrameBytes: 64, maxTotalBytes: 1_000 };

function frame(text: string): Buffer {
  const body = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

describe('the result channel frame decoder', () => {
  it('yields whole frames however the bytes are split', () => {
    const bytes = Buffer.concat([frame('{"kind":"done"}'), frame(''), frame('é中😀')]);
    for (const size of [1, 2, 3, 5, 7, bytes.length]) {
      const decode = createFrameDecoder(LIMITS);
      const frames: string[] = [];
      for (let at = 0; at < bytes.length; at += size) {
        const result = decode(bytes.subarray(at, at + size));
        expect(result.failure).toBeUndefined();
        frames.push(...result.frames);
      }
      expect(frames).toEqual(['{"kind":"done"}', '', 'é中😀']);
    }
  });

  it('refuses a frame over the cap from its header alone, and everything after it', () => {
    const decode = createFrameDecoder(LIMITS);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(0xffffffff, 0);
    expect(decode(Buffer.concat([frame('{}'), header]))).toEqual({
      frames: ['{}'],
      failure: { kind: 'forged-message', reason: 'a frame of 4294967295 bytes exceeds the 64-byte cap' },
    });
    expect(decode(frame('{}'))).toEqual({ frames: [], failure: expect.objectContaining({ kind: 'forged-message' }) });
  });

  it('refuses garbage text: a line of ASCII reads as an enormous length', () => {
    const decode = createFrameDecoder(LIMITS);
    expect(decode(Buffer.from('hello, parent\n'))).toMatchObject({ frames: [], failure: { kind: 'forged-message' } });
  });

  it('refuses invalid UTF-8 and a run over its total cap', () => {
    expect(createFrameDecoder(LIMITS)(Buffer.concat([Buffer.from([0, 0, 0, 2]), Buffer.from([0xc3, 0x28])]))).toEqual({
      frames: [],
      failure: { kind: 'forged-message', reason: 'a frame is not valid UTF-8' },
    });
    const decode = createFrameDecoder(LIMITS);
    let last;
    for (let i = 0; i < 40; i++) last = decode(frame('x'.repeat(30)));
    expect(last).toEqual({ frames: [], failure: { kind: 'output-cap', reason: 'results exceeded 1000 bytes' } });
  });
});
