/** Why the stream must be refused from some point on. */
export interface FrameFailure {
  kind: 'forged-message' | 'output-cap';
  reason: string;
}

/** What one chunk of the result pipe yielded: the complete frames before any failure, then the failure if there was one. */
export interface FrameResult {
  frames: string[];
  failure?: FrameFailure;
}

/** Caps of the result channel: bytes in one frame and bytes over the whole run. */
export interface FrameLimits {
  maxFrameBytes: number;
  maxTotalBytes: number;
}

const HEADER_BYTES = 4;

/**
 * A streaming decoder for the runner's frames (a 4-byte big-endian length, then that many bytes of UTF-8). It never
 * holds more than one frame: a length over the cap is refused from its header, before any of its body is buffered,
 * and the stream is refused for good after the first error. Text that is not valid UTF-8 is refused too.
 */
export function createFrameDecoder(limits: FrameLimits): (chunk: Buffer) => FrameResult {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let header = Buffer.alloc(0);
  let body: Buffer | undefined;
  let filled = 0;
  let total = 0;
  let failure: FrameFailure | undefined;

  return (chunk) => {
    if (failure) return { frames: [], failure };
    total += chunk.length;
    if (total > limits.maxTotalBytes) {
      failure = { kind: 'output-cap', reason: `results exceeded ${limits.maxTotalBytes} bytes` };
      return { frames: [], failure };
    }
    const frames: string[] = [];
    let offset = 0;
    for (;;) {
      if (!body) {
        if (offset >= chunk.length) break;
        const take = Math.min(HEADER_BYTES - header.length, chunk.length - offset);
        header = Buffer.concat([header, chunk.subarray(offset, offset + take)]);
        offset += take;
        if (header.length < HEADER_BYTES) break;
        const length = header.readUInt32BE(0);
        header = Buffer.alloc(0);
        if (length > limits.maxFrameBytes) {
          failure = { kind: 'forged-message', reason: `a frame of ${length} bytes exceeds the ${limits.maxFrameBytes}-byte cap` };
          return { frames, failure };
        }
        body = Buffer.allocUnsafe(length);
        filled = 0;
      }
      const take = Math.min(body.length - filled, chunk.length - offset);
      chunk.copy(body, filled, offset, offset + take);
      filled += take;
      offset += take;
      if (filled < body.length) break;
      try {
        frames.push(utf8.decode(body));
      } catch {
        failure = { kind: 'forged-message', reason: 'a frame is not valid UTF-8' };
        return { frames, failure };
      }
      body = undefined;
    }
    return { frames };
  };
}
