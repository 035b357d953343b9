/**
 * `soothe classify big.jsonl | head -1`: once the reader has gone, writing more fails with EPIPE.
 * That is the reader's choice, not an error: stop at once and quietly, like other Unix tools.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WritableStream, exit: (code: number) => void = (c) => process.exit(c)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') return exit(0);
    throw err;
  });
}
