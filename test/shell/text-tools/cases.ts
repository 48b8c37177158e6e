// Command lines whose real output is recorded in recorded.json by record-cases.ts, on
// Debian 12: bash 5.2 (its builtin echo), GNU coreutils 9.1, GNU grep 3.8, mawk 1.3.4
// (Debian's `awk`), BusyBox 1.35.0 (Debian's busybox-static), LANG=C.UTF-8, as user
// nobody (so `secret`, owned by root with mode 600, is unreadable).

/** The files every case sees, in its working directory. `d` is a directory. */
export const fixtureFiles: Readonly<Record<string, string>> = {
  f1: 'alpha 1\nbeta 22\ngamma 333\n',
  f2: 'one\ntwo',
  empty: '',
  nums: '10\n9\n100\n-3\n2.5\nabc\n9\n',
  csv: 'name,age,city\nalice,30,paris\nbob,25,berlin\ncarol,35,paris\n',
  dup: 'a\na\nb\na\nc\nc\nC\n',
  hosts: '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n172.17.0.2\tweb web.local\n172.17.0.3\tdb\n',
  ps: 'PID   USER     TIME  COMMAND\n    1 root      0:00 sh\n   12 root      0:00 ping web\n   19 root      0:00 ps\n',
  words: 'the cat sat\non the mat\nThe end\ncatalog\n',
  tabs: 'a\tb\tc\nd\te\tf\nnotabs\n',
  secret: 'top secret\n',
  lines12: Array.from({ length: 12 }, (_, i) => `line ${i + 1}\n`).join(''),
};
export const fixtureDirs: readonly string[] = ['d'];
export const unreadable: readonly string[] = ['secret'];

export interface Case {
  /** argv, program name first (as typed after the prompt). */
  readonly argv: readonly string[];
  readonly stdin?: string;
  /** Record only for this flavor (e.g. options only one of them has). */
  readonly only?: 'gnu' | 'busybox';
}

const c = (line: string, stdin?: string, only?: 'gnu' | 'busybox'): Case => ({
  argv: splitSimple(line),
  ...(stdin === undefined ? {} : { stdin }),
  ...(only === undefined ? {} : { only }),
});

/** Splits on spaces; `'…'` groups (no escapes): enough for the case list. */
function splitSimple(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push(m[1] ?? m[2] ?? '');
  return out;
}

export const cases: readonly Case[] = [
  // echo: the shell builtins
  c('echo hello world'), c('echo'), c('echo -n hi'), c('echo -e a\\tb\\nc'), c('echo a\\tb'), c('echo -n -e x\\ny'),
  c('echo -ne x\\ny'), c('echo -en x'), c('echo -x hi'), c('echo -- hi'), c('echo -e a\\cb'), c('echo -e \\0101\\x41'),
  c('echo -E a\\nb'), c('echo -nn hi'), c('echo -e \\e[1m'), c('echo -e back\\\\slash'), c('echo -e \\101'), c('echo -n'),
  // cat
  c('cat f1'), c('cat f1 f2'), c('cat f2 f1'), c('cat nofile'), c('cat f1 nofile f2'), c('cat d'), c('cat secret'), c('cat -', 'from stdin\n'),
  c('cat', 'piped\n'), c('cat -n f1'), c('cat -n f1 f2'), c('cat -n', 'a\n\nb\n'), c('cat -Z'), c('cat --foo'), c('cat f1 - f2', 'mid\n'),
  c('cat -b', 'a\n\nb\n'), c('cat -A tabs'), c('cat -s', 'a\n\n\n\nb\n'), c('cat -E f1'), c('cat f1/x'), c('cat empty'), c('cat -- f1'),
  c('cat --number f1', undefined, 'gnu'), c('cat -n lines12'),
  // grep
  c('grep a f1'), c('grep -v a f1'), c('grep -c a f1'), c('grep -n a f1'), c('grep -i THE words'), c('grep -w cat words'),
  c('grep -o cat words'), c('grep -q cat words'), c('grep -q zzz words'), c('grep zzz words'), c('grep -E ^(alpha|beta) f1'),
  c('grep ^alpha\\|^beta f1'), c('grep -F a.p f1'), c('grep a.p f1'), c('grep a f1 f2'), c('grep -c a f1 f2'), c('grep a nofile'),
  c('grep a f1 nofile'), c('grep -s a nofile'), c('grep a d'), c('grep a secret'), c('grep', undefined), c('grep -j x f1'),
  c('grep --foo x f1'), c('grep -e'), c('grep web', '172.17.0.2 web\n172.17.0.3 db\n'), c('grep -v ^# hosts'), c('grep -n -i the words'),
  c('grep -in the words'), c('grep -ow the words'), c('grep -c zzz f1'), c('grep -vc a f1'), c('grep -E [0-9]+ f1'), c('grep -o [0-9]* f1'),
  c('grep -oE [0-9]+ f1'), c('grep ( f1'), c('grep -E ( f1'), c('grep [ f1'), c('grep \\( f1'), c('grep -E a{2 f1'), c('grep a\\{1 f1'),
  c('grep -e alpha -e gamma f1'), c('grep -l a f1 f2'), c('grep -H a f1'), c('grep -h a f1 f2'), c('grep -x beta f1'), c('grep -x \'beta 22\' f1'),
  c('grep -r a .'), c('grep --count a f1', undefined, 'gnu'), c('grep [[:digit:]] f1'), c('grep -E \\bcat\\b words'), c('grep \\<the words'),
  c('grep -- -3 nums'), c('grep -e -3 nums'), c('grep \'\' f2'), c('grep -c \'\' empty'), c('grep 172.17 hosts'), c('grep -E \'^[0-9.]+\\s\' hosts'),
  c('grep -w local hosts'), c('grep -o \'ip6-[a-z]*\' hosts'), c('grep -n web hosts -'), c('grep x -'), c('grep -E \'a|\' f1'),
  c('grep -i CAT', 'Cat\ncAt\ndog\n'), c('grep -v -e a -e o words'), c('grep -F -x \'the cat sat\' words'), c('grep -wc the words'),
  c('grep -E \'o{2}\'', 'foo\nfo\n'), c('grep \'o\\{2\\}\'', 'foo\nfo\n'), c('grep \'o\\+\'', 'foo\nf\n'), c('grep -E \'x?y\'', 'y\nxy\nz\n'),
  c('grep \'[]a]\'', ']\nb\n'), c('grep \'[^a-c]\'', 'abc\nabd\n'), c('grep \'\\.\'', 'a.b\nab\n'), c('grep \'*a\'', '*a\nb\n'), c('grep -E \'*a\'', '*a\nba\n'),
  c('grep -m 1 a f1'), c('grep -A 1 alpha f1'),
  // head / tail
  c('head lines12'), c('head -n 3 lines12'), c('head -3 lines12'), c('head -n3 lines12'), c('head -n -10 lines12'), c('head -n 0 lines12'),
  c('head -n x lines12'), c('head -n'), c('head f1 f2'), c('head -n 1 f1 f2'), c('head nofile'), c('head f1 nofile'), c('head d'),
  c('head secret'), c('head -n 2', 'a\nb\nc\n'), c('head -c 5 f1'), c('head -n 2k lines12'), c('head --lines=2 f1', undefined, 'gnu'), c('head -1 f2'),
  c('head -n 5 f2'), c('head -n -1x f1'), c('head -n +2 lines12'), c('head -q f1 f2'), c('head -v f1'), c('head -5x lines12'), c('head -Z'),
  c('tail lines12'), c('tail -n 3 lines12'), c('tail -3 lines12'), c('tail -n +3 f1'), c('tail -n +11 lines12'), c('tail -n 0 f1'), c('tail +2 f1'),
  c('tail -n x f1'), c('tail f1 f2'), c('tail nofile'), c('tail f1 nofile'), c('tail d'), c('tail secret'), c('tail -n 1 f2'), c('tail -n 1', 'a\nb\n'),
  c('tail -c 4 f1'), c('tail -1 f2'), c('tail -n -2 f1'), c('tail -n'), c('tail -Z'), c('tail -n 1 f1 f2'),
  // wc
  c('wc f1'), c('wc f1 f2'), c('wc -l f1'), c('wc -l f1 f2'), c('wc -w f1'), c('wc -c f1'), c('wc -lw f1'), c('wc -l', 'a\nb\n'), c('wc', 'hello world\n'),
  c('wc -c', 'hello'), c('wc -lc', 'a\nb\n'), c('wc nofile'), c('wc nofile f1'), c('wc f1 nofile'), c('wc d'), c('wc secret'), c('wc -l lines12 f1'),
  c('wc empty'), c('wc -l empty'), c('wc -m f1'), c('wc -L f1'), c('wc -Z'), c('wc f1 -', 'x y\n'), c('wc -l nofile'), c('wc -w', ' a  b\tc\n\n d'),
  c('wc -l f2'), c('wc f2'), c('wc -l hosts ps words lines12 nums csv dup tabs'),
  // sort
  c('sort nums'), c('sort -n nums'), c('sort -r nums'), c('sort -rn nums'), c('sort -u dup'), c('sort dup'), c('sort -k 2 f1'),
  c('sort -t , -k 2 csv'), c('sort -t , -k2 -n csv'), c('sort -t , -k 3 csv'), c('sort -t, -k3,3 -k1 csv'), c('sort nofile'), c('sort d'),
  c('sort secret'), c('sort f1 f2'), c('sort', 'b\na\nc\n'), c('sort -k 0 f1'), c('sort -k x f1'), c('sort -t'), c('sort -t ab f1'), c('sort -Z'),
  c('sort words'), c('sort -f words'), c('sort -k 2n f1'), c('sort -nr -k 2 f1'), c('sort -u -n', '1\n01\n2\n'), c('sort -n', '1e3\n2\n-0\n0\n  5\nx\n'),
  c('sort -k 1.2 f1'), c('sort -h nums'), c('sort -un nums'), c('sort -k 4 ps'),
  // uniq
  c('uniq dup'), c('uniq -c dup'), c('uniq', 'x\nx\ny\n'), c('uniq -c', 'x\nx\ny\n'), c('uniq nofile'), c('uniq d'), c('uniq -d dup'),
  c('uniq -u dup'), c('uniq -i dup'), c('uniq f1 f2 f3'), c('uniq -Z'), c('uniq -c f2'), c('uniq empty'), c('uniq -c', 'a\na'),
  // cut
  c('cut -d , -f 1 csv'), c('cut -d, -f1,3 csv'), c('cut -d , -f 2- csv'), c('cut -d , -f -2 csv'), c('cut -f 2 tabs'), c('cut -c 1-3 f1'),
  c('cut -c 2 f1'), c('cut -d \' \' -f 2 f1'), c('cut f1'), c('cut -f x f1'), c('cut -f 0 f1'), c('cut -d ab -f 1 f1'), c('cut -d , -f 5 csv'),
  c('cut -f 1 nofile'), c('cut -Z'), c('cut -d : -f 1', 'root:x:0\nnocolon\n'), c('cut -s -d : -f 1', 'root:x:0\nnocolon\n'), c('cut -c 3-', 'abcdef\n'),
  c('cut -d , -f 3,1 csv'), c('cut -b 1-2 f1'), c('cut -d, -f2 csv f1'), c('cut -c1-2,4 f1'), c('cut -f 2-1 f1'), c('cut -d , -f 1 d'),
  c('cut -d \' \' -f 2', 'a  b c\n'), c('cut -c', undefined), c('cut -d , -f1 -c1 csv'),
  // tr
  c('tr a-z A-Z', 'hello World\n'), c('tr -d 0-9', 'a1b22c\n'), c('tr : \'\\n\'', 'a:b:c\n'), c('tr abc xy', 'aabbcc\n'), c('tr -s \' \'', 'a   b  c\n'),
  c('tr'), c('tr a'), c('tr -d'), c('tr -Z'), c('tr a b f1'), c('tr [:lower:] [:upper:]', 'abc\n'), c('tr -d \'\\n\'', 'a\nb\n'),
  c('tr -dc a-z', 'Ab1c\n'), c('tr \'[a-z]\' \'[A-Z]\'', 'abc[]\n'), c('tr \'\\t\' \' \'', 'a\tb\n'), c('tr -d \' \'', 'a b c\n'),
  c('tr z-a x', 'abc\n'), c('tr a \'\'', 'abc\n'),
  // awk (the subset)
  c("awk {print} f1"), c("awk '{print $1}' f1"), c("awk '{print $2}' f1"), c("awk '{print $1, $2}' f1"), c("awk '{print $1 $2}' f1"),
  c("awk -F , '{print $2}' csv"), c("awk -F, '{print $1,$3}' csv"), c('awk NR==2 f1'), c("awk 'NR==2 {print $1}' f1"), c('awk /beta/ f1'),
  c("awk '/beta/ {print $2}' f1"), c("awk 'END {print NR}' f1"), c("awk '{print NF}' words"), c("awk '{print $NF}' words"), c("awk '{print $0}' f2"),
  c("awk '{print $3}' f1"), c("awk '{print $1}' nofile"), c("awk '{print $1}' d"), c("awk '{print $1}' secret"), c('awk'), c("awk '{print $1'"),
  c('awk -Z'), c("awk '{print $2}'", '  a   b  \n'), c("awk -F: '{print $1}'", 'root:x:0:0\n'), c("awk '{print NR, $0}' f1"), c("awk 'NR>1' ps"),
  c("awk '{print $2}' ps"), c("awk '{ print $1 }' f1"), c("awk -F '\\t' '{print $2}' hosts"), c("awk '/^172/ {print $2}' hosts"),
  c("awk '{print $1}' f1 f2"), c("awk '{print \"x:\" $1}' f1"), c("awk '{print $1}' -", 'a b\n'), c("awk '{print NR}' f1 f2"),
  c("awk 'BEGIN {print \"hi\"}'"), c("awk '{sum += $2} END {print sum}' f1"), c("awk '$2 > 10' f1"), c("awk 'length > 7' f1"),
  c("awk -F, '$3 == \"paris\" {print $1}' csv"), c("awk 'NR==1, NR==2' f1"), c("awk '{print $1}' f1 nofile"), c("awk '{print $-1}' f1"),
  c("awk '{print $1,$2}' OFS=- f1"), c("awk '{ print $1 }' f1 f1"), c("awk '/a/' f1"), c("awk '!/a/' words"), c("awk 'END{print NR}'", 'a\nb\n'),
  c("awk '{print $(1)}' f1"), c("awk -F'[,]' '{print $2}' csv"), c("awk '{print}' empty"), c("awk '/x' f1"), c("awk '{print $1}}' f1"),
  // more edges, found while writing the tools
  c('head f1 d'), c('tail f1 d'), c('head - f1', 'stdin\n'), c('tail -v -', 'stdin\n'), c('head -c -3 f1'), c('tail -n +0 f1'), c('tail -c +3 f1'),
  c('tail f1 nofile f2'), c('head -5c f1'), c('tail -5c f1'), c('tail -2x f1'), c('head -n 1 -n 2 f1'), c('tail +x f1'), c('tail -n +x f1'),
  c('tail -n -x f1'), c('head -n +x f1'), c('head -c x f1'), c('tail -c x f1'), c('head --foo'), c('tail -v f1'), c('tail -q f1 f2'),
  c('cut -f 0,2 tabs'), c('cut -f 3-2 tabs'), c('cut -f - tabs'), c('cut -f 0 tabs'), c('cut -c 3-2 f1'), c('cut -c 2,1 f1'), c('cut -c 1-2,2-3 f1'),
  c('cut -c 0 f1'), c('cut -c x f1'), c('cut -d, -c1 csv'), c('cut -s -c1 csv'), c('cut -f 1- -d, csv'), c('cut -f2 tabs csv'),
  c('cut --output-delimiter=: -d, -f1,2 csv', undefined, 'gnu'), c('cut --complement -d, -f2 csv', undefined, 'gnu'), c('cut -d, -f 2 secret'),
  c('grep \\) f1'), c('grep [a f1'), c('grep a[ f1'), c('grep [[:foo:]] f1'), c('grep [:space:] f1'), c('grep a\\{x\\} f1'),
  c('grep x\\{2,1\\} f1'), c('grep \\1 f1'), c('grep a\\ f1'), c('grep -E ) f1'), c('grep -E +a f1'), c('grep -E a|*b f1'), c('grep -E a** f1'),
  c('grep -E () f1'), c('grep -L a f1 f2'), c('grep -L zzz f1 f2'), c('grep -c a - f1', 'abc\n'), c('grep -q a nofile f1'), c('grep -q a f1 nofile'),
  c('grep --co x f1', undefined, 'gnu'), c('grep --line x f1', undefined, 'gnu'), c('grep --count=3 x f1', undefined, 'gnu'), c('grep --help', undefined, 'busybox'),
  c("grep -o 'a\\|ab'", 'ab\n'), c('grep -n -c a f1'), c('grep -ho a f1 f2'), c('grep -ci the words'), c('grep -f f2 words'), c('grep -f nofile f1'),
  c('grep -m x a f1'), c("grep -x -e beta -e 'beta 22' f1"), c("grep -w '' f1"), c("grep -E '^$'", 'a\n\nb\n'), c("grep -v '^$'", 'a\n\nb\n'),
  // grep's context lines (-A, -B, -C, GNU's -NUM) and their `--` separators
  c("grep -A1 'line [27]' lines12"), c("grep -B2 -n 'line 1[01]\\|line 5' lines12"), c("grep -C1 -n 'line 6' lines12 f1"),
  c("grep -A1 -e 'line 1$' -e alpha lines12 f1"), c('grep -B1 alpha lines12 f1'), c('grep -A1 t words f1'), c("grep -h -C1 'line 12' lines12 lines12"),
  c("grep -C1 -n 'line 1$' lines12 lines12"), c('grep -c -A1 a f1'), c("grep -v -A1 'line [2-9]' lines12"), c("grep -o -A1 'line [27]' lines12"),
  c("grep -onA1 'ne 1' lines12"), c('grep -m1 -A2 line lines12'), c("grep -n -m2 -A1 'line [23]\\|line 9' lines12"), c('grep -c -m1 a f1'),
  c('grep -A x a f1'), c('grep -A -1 a f1'), c('grep -A +1 alpha f1'), c('grep -A 1k alpha f1'), c('grep -A 3000000000 alpha f1'),
  c('grep -A 99999999999999999999 alpha f1'), c("grep -C '' a f1"), c('grep -B x a f1'), c('grep -A 08 alpha f1'), c('grep -A -0 alpha f1'),
  c("grep -C 1 -A 0 'line 5' lines12"), c("grep -A 0 -C 1 'line 5' lines12"), c("grep -A 0 'line [57]' lines12"), c("grep -i -B1 'LINE 3' lines12"),
  c("grep -E -A1 'line (2|9)' lines12"), c("grep -A1 'line 1' -", 'x\nline 1\ny\nz\nline 1\n'), c("grep -A1 -H 'line 1$' lines12"),
  c("grep -l -C1 'line 5' lines12 f1"), c("grep -L -C1 'line 5' lines12 f1"), c('grep -q -A1 alpha f1'), c('grep -o -A1 a', 'aa\nb\naxa\n'),
  c("grep -x -A1 'line 5' lines12"), c("grep -w -B1 -E 'line (5|7)' lines12"), c("grep -F -C1 'line 5' lines12"), c('grep -2 alpha f1'),
  c("grep -A1 -B3 'line [15]' lines12"), c('grep -A1 zzz f1 lines12'), c('grep -A', undefined), c('grep -c -m0 a f1'), c('grep -m0 a f1'),
  c('grep -q -m0 a f1'), c('grep -A1 -m0 a f1'),
  c("grep -2 'line 5' lines12", undefined, 'gnu'), c("grep -12 'line 5' lines12", undefined, 'gnu'), c("grep -1 -2 'line 5' lines12", undefined, 'gnu'),
  c("grep -1n2 'line 5' lines12", undefined, 'gnu'), c("grep -A1 -2 'line 5' lines12", undefined, 'gnu'), c("grep -0 'line [57]' lines12", undefined, 'gnu'),
  c("grep -1222222222222222222222222222 'line 5' lines12", undefined, 'gnu'), c("grep -0000000000000000000000000000001 'line [57]' lines12", undefined, 'gnu'),
  c("grep --after-context=1 'line 5' lines12", undefined, 'gnu'), c("grep --context 1 'line 5' lines12", undefined, 'gnu'),
  c("grep --before=1 'line 5' lines12", undefined, 'gnu'), c("grep --group-separator=XX -A0 'line [57]' lines12", undefined, 'gnu'),
  c("grep --group-separator= -A0 'line [57]' lines12", undefined, 'gnu'), c("grep --no-group-separator -A0 'line [57]' lines12", undefined, 'gnu'),
  c("grep --group-separator=XX 'line [57]' lines12", undefined, 'gnu'), c("grep -ov -A1 -n 'line [3-9]' lines12", undefined, 'gnu'),
  c("grep --line-buffered -A1 'line 5' lines12", undefined, 'gnu'), c("grep --after-context=1 'line 5' lines12", undefined, 'busybox'),
  c('cat --help', undefined, 'busybox'), c('cat -n f2 f1'), c('cat -v', '\u0001\u007f\u00e9\n'), c('cat -T tabs', undefined, 'gnu'), c('cat - -', 'once\n'),
  c('wc -l -'), c('wc - f1', 'a b\n'), c('wc --lines f1', undefined, 'gnu'), c('wc -L tabs'), c('wc -m', 'h\u00e9\n'), c('wc -c', 'h\u00e9\n'),
  c('sort -s -k 1,1 f1 dup'), c('sort -b -k 2 ps'), c('sort -t: -k3n', 'a:x:10\nb:x:9\nc:x:100\n'), c('sort -k 2,2nr f1'), c('sort -k 1,1 -u dup'),
  c('sort -f -u', 'a\nA\nb\n'), c('sort -r dup'), c('sort -o out f1'), c('sort -c f1'), c('sort --foo'), c('sort -k 2.x f1'), c('sort -k 1.0 f1'), c("sort -t '' f1"),
  c('uniq -c -i dup'), c('uniq -d -c dup'), c('uniq -cu dup'), c('uniq secret'), c('uniq -', 'a\na\n'), c('uniq f1 out'),
  c('tr -s a-z', 'aabbccdd\n'), c('tr -ds a b', 'aabb\n'), c('tr -c a-z _', 'ab1c\n'), c("tr 'a-c' '\\n'", 'abcd\n'), c('tr [:upper:] [:lower:]', 'ABC\n'),
  c('tr [:digit:] x', 'a1b2\n'), c('tr [:space:] _', 'a b\tc\n'), c('tr -d [:punct:]', 'a,b.c!\n'), c('tr abc', 'abc\n'), c("tr '\\\\' /", 'a\\b\n'),
  c('tr a-c A-', 'abc\n'), c('tr 0-9 a', '0123\n'), c('tr a-b xyz', 'ab\n'), c('tr -d a-c f1'), c("tr [:alpha:] '*'", 'ab1\n'), c('tr x', 'axb\n'),
  c("tr '\\101' z", 'ABA\n'), c('tr [=a=] b', 'aa\n'), c("tr 'a*' b", 'a*\n'), c("tr a '[b*]'", 'aa\n'), c('tr --foo'),
  c("awk '{print $1}' nofile f1"), c('awk -F'), c("awk '{printf \"%s\\n\", $1}' f1"), c("awk '{print $1}' FS=, csv"),
  c("awk -v x=5 '{print x}' f2"), c("awk '{print length($1)}' f1"), c("awk 'NR%2' lines12"), c("awk '{print toupper($1)}' f1"),
  c("awk '$1 ~ /^b/' f1"), c("awk '$1 !~ /a$/' f1"), c("awk 'NF'", 'a\n\nb\n'), c("awk '{print $2 * 2}' f1"), c("awk '{print $2 / 3}' f1"),
  c("awk '{n++} END {print n}' f1"), c("awk 'END {print $0}' f1"), c("awk '{print FILENAME}' f1"), c("awk '{ if ($2 > 10) print $1 }' f1"),
  c("awk '{print $1; print $2}' f1"), c("awk -F, 'NR>1 {print $2+0}' csv"), c("awk '{print $2 > 10}' f1"), c("awk '{print $1 \" \" $2}' f1"),
  c("awk 'NR==2 || NR==3' f1"), c("awk 'NR==1 && /alpha/' f1"), c("awk '{print NR \": \" $0}' f2"), c("awk 'BEGIN {FS=\",\"} {print $2}' csv"),
  c("awk '/alpha/,/beta/' f1"), c("awk '{print $1,$2,$3}' OFS=, f1"), c("awk '{print}' -", 'x\n'), c("awk '{print $1.5}' f1"), c("awk 'length($0) > 7' f1"),
  c("awk '{print $NF-1}' f1"), c("awk '{print $(NF-1)}' f1"), c("awk '{$2=\"X\"; print}' f1"), c("awk '{print 1/3}' f2"), c("awk '{print 2^10, 7%3}' f2"),
  c("awk '{print -$2}' f1"), c("awk '{x = x $1} END {print x}' f1"), c("awk 'BEGIN {print 1e6, 1e7, 123456789, 0.1+0.2}'"), c("awk '{print $1 > \"out\"}' f1"),
];
