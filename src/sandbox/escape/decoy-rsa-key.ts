import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';

// Generating an RSA key takes a second or more: it is made once per process, off the event loop, on first use.
let pending: Promise<{ text: string; mark: string }> | undefined;

/**
 * A real 2048-bit RSA private key in the PEM format older `ssh-keygen` wrote to `~/.ssh/id_rsa` (the first file a
 * secret-hunting program opens), one per process, and `mark`: a run of its modulus' base64 that shows whenever it leaks.
 */
export function decoyRsaKey(): Promise<{ text: string; mark: string }> {
  pending ??= promisify(generateKeyPair)('rsa', { modulusLength: 2048 }).then(({ privateKey }) => {
    const text = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    // The second line of the body lies inside the modulus, which is random.
    return { text, mark: text.split('\n')[2].slice(0, 40) };
  });
  return pending;
}
