import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';

const USERS = ['dev', 'deploy', 'admin', 'ci', 'build', 'ops'];
const HOSTS = ['laptop', 'workstation', 'build-01', 'runner', 'devbox', 'ws-7'];

function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * A real, freshly generated ed25519 private key in OpenSSH's file format (what `ssh-keygen -t ed25519` writes), so
 * parsing it proves nothing, and `mark`: base64 text of its random public key that shows whenever the file is leaked.
 */
export function decoySshKey(): { text: string; mark: string } {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const pub = Buffer.from(jwk.x ?? '', 'base64url');
  const seed = Buffer.from(jwk.d ?? '', 'base64url');
  const comment = `${USERS[randomInt(USERS.length)]}@${HOSTS[randomInt(HOSTS.length)]}`;
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = randomBytes(4);
  let secret = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const padding = Buffer.from([1, 2, 3, 4, 5, 6, 7].slice(0, (8 - (secret.length % 8)) % 8));
  secret = Buffer.concat([secret, padding]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(publicBlob),
    sshString(secret),
  ]).toString('base64');
  const lines = body.match(/.{1,70}/g) ?? [];
  // Bytes 62..94 of the blob are the public key; characters 84..124 of its base64 encode only those, on one line.
  return { text: `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`, mark: body.slice(84, 124) };
}
