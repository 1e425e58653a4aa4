/** A progress line on a terminal, a line every 10% otherwise (logs stay readable in CI and Docker). */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastDecile = -1;
  return (done, total) => {
    if (total === 0) return;
    if (stream.isTTY) {
      if (done % 50 === 0 || done === total) stream.write(`\ringesting ${done}/${total} articles (${Math.floor((done / total) * 100)}%)${done === total ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor((done / total) * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      stream.write(`ingesting ${done}/${total} articles (${decile * 10}%)\n`);
    }
  };
}
