// A counterexample may be 50,000 characters: the report describes its shape (size, line ends, the
// longest line with its runs collapsed) and writes the whole of it to a file for replaying.

/** `abc` then 19,990 × ' ' then `…`: runs over 8 of one character collapsed, at most ~200 characters. */
export function runsOf(text: string, max = 200): string {
  const parts: string[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    let j = i + 1;
    while (j < text.length && text[j] === text[i]) j++;
    if (j - i > 8) {
      if (plain) parts.push(JSON.stringify(plain));
      plain = '';
      parts.push(`${JSON.stringify(text[i])}×${j - i}`);
    } else plain += text.slice(i, j);
    i = j;
    if (parts.join(' ').length + plain.length > max) {
      plain += '…';
      break;
    }
  }
  if (plain) parts.push(JSON.stringify(plain.length > max ? `${plain.slice(0, max)}…` : plain));
  return parts.join(' ');
}

export function shapeOf(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const ends = [
    text.includes('\r\n') ? 'CRLF' : '',
    /\r(?!\n)/.test(text) ? 'CR' : '',
    /(?<!\r)\n/.test(text) ? 'LF' : '',
  ].filter(Boolean);
  let longest = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].length > lines[longest].length) longest = i;
  return (
    `${text.length} characters, ${lines.length} lines (${ends.join('+') || 'one line'})` +
    `${text.startsWith('\uFEFF') ? ', BOM' : ''}; longest line ${longest + 1} ` +
    `(${lines[longest].length} characters): ${runsOf(lines[longest])}`
  );
}
