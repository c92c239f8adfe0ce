/**
 * Makes a closed output pipe end the CLI quietly (exit 0), as SIGPIPE ends other Unix tools: `hephaestus status | head -3`
 * closes stdout after three lines, and Node would otherwise die on the unhandled EPIPE with a stack trace.
 */
export function exitQuietlyOnEpipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
