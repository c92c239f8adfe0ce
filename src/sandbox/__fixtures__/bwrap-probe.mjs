// Runs inside the sandbox (bubblewrap alone, or the whole sandbox command) and prints one JSON line of what it could do.
// argv[2] is the mode; PROBE_TARGETS / PROBE_SCRATCH / PROBE_DECOY come from the environment.
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

const mode = process.argv[2];

/** connect to every target ({ name, path } or { name, port }) and say what happened. */
async function connectAll() {
  const results = {};
  for (const target of JSON.parse(process.env.PROBE_TARGETS ?? '[]')) {
    results[target.name] = await new Promise((resolve) => {
      const socket = connect(target.port ? { host: '127.0.0.1', port: target.port } : { path: target.path });
      const timer = setTimeout(() => (socket.destroy(), resolve('timeout')), 3_000);
      socket.once('connect', () => (clearTimeout(timer), socket.destroy(), resolve('connected')));
      socket.once('error', (error) => (clearTimeout(timer), resolve(error.code)));
    });
  }
  return results;
}

/** Every UNIX socket file visible in the file system (procfs and sysfs aside), and the sockets this netns knows. */
function sockets() {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (path === '/proc' || path === '/sys') continue;
      if (entry.isSocket()) found.push(path);
      else if (entry.isDirectory()) walk(path);
    }
  };
  walk('/');
  const netUnix = readFileSync('/proc/net/unix', 'utf8').trim().split('\n').length - 1;
  return { files: found, netUnix };
}

/** Fills scratch 1 MB at a time; tries every other writable-looking place; touches the decoy. */
function disk() {
  const chunk = Buffer.alloc(1024 * 1024, 7);
  let written = 0;
  let code = 'none';
  const fd = openSync(join(process.env.PROBE_SCRATCH, 'fill.bin'), 'w');
  try {
    for (let i = 0; i < 512; i += 1) written += writeSync(fd, chunk);
  } catch (error) {
    code = error.code;
  } finally {
    closeSync(fd);
  }
  const elsewhere = {};
  for (const path of ['/x', '/tmp/x', '/dev/x', '/dev/shm/x', '/etc/x', '/usr/x']) {
    try {
      writeFileSync(path, 'x');
      elsewhere[path] = 'written';
    } catch (error) {
      elsewhere[path] = error.code;
    }
  }
  const decoy = readFileSync(process.env.PROBE_DECOY, 'utf8');
  let removed = 'removed';
  try {
    rmSync(process.env.PROBE_DECOY);
  } catch (error) {
    removed = error.code;
  }
  return { written, code, elsewhere, decoy, removed };
}

const result = mode === 'connect' ? await connectAll() : mode === 'sockets' ? sockets() : disk();
process.stdout.write(`${JSON.stringify(result)}\n`);
