// Templates whose output does not depend on the data: literals, printf,
// builtins, Docker's functions, variables, control flow, trim markers,
// {{define}}/{{template}}. Every case was recorded from the real docker CLI
// 28.2.2 (command above it); they run through inspectFormat, i.e. with the
// same typed-then-raw passes and the same stdout/stderr/exit code as Docker.
import { describe, expect, it } from 'vitest';
import { inspectFormat } from '../../../src/shell/go-template/index.js';
import { container } from './fixtures/engine-data.js';

// [format, stdout, stderr, exit code]
const cases: [string, string, string, number][] = [
  // docker inspect -f '{{3}}' gotpl-c
  ["{{3}}", "3\n", "", 0],
  // docker inspect -f '{{3.0}}' gotpl-c
  ["{{3.0}}", "3\n", "", 0],
  // docker inspect -f '{{1e21}}' gotpl-c
  ["{{1e21}}", "1e+21\n", "", 0],
  // docker inspect -f '{{1e6}}' gotpl-c
  ["{{1e6}}", "1e+06\n", "", 0],
  // docker inspect -f '{{123456.0}}' gotpl-c
  ["{{123456.0}}", "123456\n", "", 0],
  // docker inspect -f '{{1234567.0}}' gotpl-c
  ["{{1234567.0}}", "1.234567e+06\n", "", 0],
  // docker inspect -f '{{0.000001}}' gotpl-c
  ["{{0.000001}}", "1e-06\n", "", 0],
  // docker inspect -f '{{0.0000001}}' gotpl-c
  ["{{0.0000001}}", "1e-07\n", "", 0],
  // docker inspect -f '{{-0.0}}' gotpl-c
  ["{{-0.0}}", "-0\n", "", 0],
  // docker inspect -f '{{0x10}}' gotpl-c
  ["{{0x10}}", "16\n", "", 0],
  // docker inspect -f '{{'\''a'\''}}' gotpl-c
  ["{{'a'}}", "97\n", "", 0],
  // docker inspect -f $'{{'\''\n'\''}}' gotpl-c
  ["{{'\n'}}", "", "template parsing error: template: :1: unterminated character constant\n", 64],
  // docker inspect -f '{{'\''\x41'\''}}' gotpl-c
  ["{{'\\x41'}}", "65\n", "", 0],
  // docker inspect -f '{{1_000}}' gotpl-c
  ["{{1_000}}", "1000\n", "", 0],
  // docker inspect -f '{{0o17}}' gotpl-c
  ["{{0o17}}", "15\n", "", 0],
  // docker inspect -f '{{017}}' gotpl-c
  ["{{017}}", "15\n", "", 0],
  // docker inspect -f '{{0b101}}' gotpl-c
  ["{{0b101}}", "5\n", "", 0],
  // docker inspect -f '{{0x1p-2}}' gotpl-c
  ["{{0x1p-2}}", "0.25\n", "", 0],
  // docker inspect -f '{{1+2i}}' gotpl-c
  ["{{1+2i}}", "(1+2i)\n", "", 0],
  // docker inspect -f '{{2i}}' gotpl-c
  ["{{2i}}", "(0+2i)\n", "", 0],
  // docker inspect -f '{{-3}}' gotpl-c
  ["{{-3}}", "-3\n", "", 0],
  // docker inspect -f '{{+3}}' gotpl-c
  ["{{+3}}", "3\n", "", 0],
  // docker inspect -f '{{.5}}' gotpl-c
  ["{{.5}}", "0.5\n", "", 0],
  // docker inspect -f '{{"a\tb\u00e9\x41"}}' gotpl-c
  ["{{\"a\\tb\\u00e9\\x41\"}}", "a\tbéA\n", "", 0],
  // docker inspect -f $'{{`raw\n`}}' gotpl-c
  ["{{`raw\n`}}", "raw\n\n", "", 0],
  // docker inspect -f '{{true}} {{false}}' gotpl-c
  ["{{true}} {{false}}", "true false\n", "", 0],
  // docker inspect -f '{{printf "%v" 1.5}}' gotpl-c
  ["{{printf \"%v\" 1.5}}", "1.5\n", "", 0],
  // docker inspect -f '{{printf "%d" "x"}}' gotpl-c
  ["{{printf \"%d\" \"x\"}}", "%!d(string=x)\n", "", 0],
  // docker inspect -f '{{printf "%d"}}' gotpl-c
  ["{{printf \"%d\"}}", "%!d(MISSING)\n", "", 0],
  // docker inspect -f '{{printf "%d %d" 1}}' gotpl-c
  ["{{printf \"%d %d\" 1}}", "1 %!d(MISSING)\n", "", 0],
  // docker inspect -f '{{printf "x" 1}}' gotpl-c
  ["{{printf \"x\" 1}}", "x%!(EXTRA int=1)\n", "", 0],
  // docker inspect -f '{{printf "x" 1 "a" nil}}' gotpl-c
  ["{{printf \"x\" 1 \"a\" nil}}", "x%!(EXTRA int=1, string=a, <nil>)\n", "", 0],
  // docker inspect -f '{{printf "%z" 1}}' gotpl-c
  ["{{printf \"%z\" 1}}", "%!z(int=1)\n", "", 0],
  // docker inspect -f '{{printf "%!"}}' gotpl-c
  ["{{printf \"%!\"}}", "%!!(MISSING)\n", "", 0],
  // docker inspect -f '{{printf "%"}}' gotpl-c
  ["{{printf \"%\"}}", "%!(NOVERB)\n", "", 0],
  // docker inspect -f $'{{printf "%5.2f|%-8s|%08.3f|%+d|% d|%x|%X|%o|%b|%c|%U|%q|%e|%g|%G|%E" 3.14159 "ab" 3.14159 5 5 255 255 8 5 65 65 "hi\n" 1234.5678 1234.5678 1e21 1e-7}}' gotpl-c
  ["{{printf \"%5.2f|%-8s|%08.3f|%+d|% d|%x|%X|%o|%b|%c|%U|%q|%e|%g|%G|%E\" 3.14159 \"ab\" 3.14159 5 5 255 255 8 5 65 65 \"hi\n\" 1234.5678 1234.5678 1e21 1e-7}}", "", "template parsing error: template: :1: unterminated quoted string\n", 64],
  // docker inspect -f '{{printf "%t %v %s" true false true}}' gotpl-c
  ["{{printf \"%t %v %s\" true false true}}", "true false %!s(bool=true)\n", "", 0],
  // docker inspect -f '{{printf "%10.3s|" "abcdef"}}' gotpl-c
  ["{{printf \"%10.3s|\" \"abcdef\"}}", "       abc|\n", "", 0],
  // docker inspect -f '{{printf "%-10q|" "a"}}' gotpl-c
  ["{{printf \"%-10q|\" \"a\"}}", "\"a\"       |\n", "", 0],
  // docker inspect -f '{{printf "%x %X % x %#x" "hello" "hi" "hi" "hi"}}' gotpl-c
  ["{{printf \"%x %X % x %#x\" \"hello\" \"hi\" \"hi\" \"hi\"}}", "68656c6c6f 6869 68 69 0x6869\n", "", 0],
  // docker inspect -f '{{printf "%#x %#o %#b %O" 255 8 5 8}}' gotpl-c
  ["{{printf \"%#x %#o %#b %O\" 255 8 5 8}}", "0xff 010 0b101 0o10\n", "", 0],
  // docker inspect -f '{{printf "%#v %#v %#v" "s" 1 true}}' gotpl-c
  ["{{printf \"%#v %#v %#v\" \"s\" 1 true}}", "\"s\" 1 true\n", "", 0],
  // docker inspect -f '{{printf "%T %T %T %T %T" 1 1.5 "s" true '\''a'\''}}' gotpl-c
  ["{{printf \"%T %T %T %T %T\" 1 1.5 \"s\" true 'a'}}", "int float64 string bool int\n", "", 0],
  // docker inspect -f '{{printf "%*d|%-*d|" 5 3 5 3}}' gotpl-c
  ["{{printf \"%*d|%-*d|\" 5 3 5 3}}", "    3|3    |\n", "", 0],
  // docker inspect -f '{{printf "%.*f" 2 3.14159}}' gotpl-c
  ["{{printf \"%.*f\" 2 3.14159}}", "3.14\n", "", 0],
  // docker inspect -f '{{printf "%[2]d %[1]d" 1 2}}' gotpl-c
  ["{{printf \"%[2]d %[1]d\" 1 2}}", "2 1\n", "", 0],
  // docker inspect -f '{{printf "%[3]d" 1 2}}' gotpl-c
  ["{{printf \"%[3]d\" 1 2}}", "%!d(BADINDEX)\n", "", 0],
  // docker inspect -f '{{printf "%s" nil}}' gotpl-c
  ["{{printf \"%s\" nil}}", "%!s(<nil>)\n", "", 0],
  // docker inspect -f '{{printf "%v" nil}}' gotpl-c
  ["{{printf \"%v\" nil}}", "<nil>\n", "", 0],
  // docker inspect -f '{{printf "%d" nil}}' gotpl-c
  ["{{printf \"%d\" nil}}", "%!d(<nil>)\n", "", 0],
  // docker inspect -f '{{printf "%s" 3}}' gotpl-c
  ["{{printf \"%s\" 3}}", "%!s(int=3)\n", "", 0],
  // docker inspect -f '{{printf "%6.2v|" 3.14159}}' gotpl-c
  ["{{printf \"%6.2v|\" 3.14159}}", "   3.1|\n", "", 0],
  // docker inspect -f '{{printf "%v %v %v" 100000000.0 1e20 0.1}}' gotpl-c
  ["{{printf \"%v %v %v\" 100000000.0 1e20 0.1}}", "1e+08 1e+20 0.1\n", "", 0],
  // docker inspect -f '{{printf "%f %.1f %.0f %.0f %.0f" 1e21 0.25 2.5 3.5 0.5}}' gotpl-c
  ["{{printf \"%f %.1f %.0f %.0f %.0f\" 1e21 0.25 2.5 3.5 0.5}}", "1000000000000000000000.000000 0.2 2 4 0\n", "", 0],
  // docker inspect -f '{{printf "%.2f %.3e %.3g %g %g" 1.005 123456.0 1234567.0 0.0001 0.00001}}' gotpl-c
  ["{{printf \"%.2f %.3e %.3g %g %g\" 1.005 123456.0 1234567.0 0.0001 0.00001}}", "1.00 1.235e+05 1.23e+06 0.0001 1e-05\n", "", 0],
  // docker inspect -f '{{printf "%5t|%-6t|" true false}}' gotpl-c
  ["{{printf \"%5t|%-6t|\" true false}}", " true|false |\n", "", 0],
  // docker inspect -f '{{printf "%05d|%-05d|%+05d|%x|%o" -3 3 3 -255 -8}}' gotpl-c
  ["{{printf \"%05d|%-05d|%+05d|%x|%o\" -3 3 3 -255 -8}}", "-0003|3    |+0003|-ff|-10\n", "", 0],
  // docker inspect -f '{{printf "%+.2e %E" 12345.678 0.0}}' gotpl-c
  ["{{printf \"%+.2e %E\" 12345.678 0.0}}", "+1.23e+04 0.000000E+00\n", "", 0],
  // docker inspect -f '{{printf "%c|%c|%q|%U|%#U" 0x1F600 65 '\''x'\'' '\''x'\'' '\''x'\''}}' gotpl-c
  ["{{printf \"%c|%c|%q|%U|%#U\" 0x1F600 65 'x' 'x' 'x'}}", "😀|A|'x'|U+0078|U+0078 'x'\n", "", 0],
  // docker inspect -f '{{printf "%#q %#q %+q %q" "a`b" "ab" "héllo" "héllo\x01"}}' gotpl-c
  ["{{printf \"%#q %#q %+q %q\" \"a`b\" \"ab\" \"héllo\" \"héllo\\x01\"}}", "\"a`b\" `ab` \"h\\u00e9llo\" \"héllo\\x01\"\n", "", 0],
  // docker inspect -f '{{printf "%5s|%-5s|%08s|%.2s|%.0s|" "é" "é" "ab" "héllo" "x"}}' gotpl-c
  ["{{printf \"%5s|%-5s|%08s|%.2s|%.0s|\" \"é\" \"é\" \"ab\" \"héllo\" \"x\"}}", "    é|é    |000000ab|hé||\n", "", 0],
  // docker inspect -f '{{printf "%b %x %e" 1.0 1.0 0.0}}' gotpl-c
  ["{{printf \"%b %x %e\" 1.0 1.0 0.0}}", "4503599627370496p-52 0x1p+00 0.000000e+00\n", "", 0],
  // docker inspect -f '{{printf "%%|%d%%|%5%|" 50}}' gotpl-c
  ["{{printf \"%%|%d%%|%5%|\" 50}}", "%|50%|%|\n", "", 0],
  // docker inspect -f '{{printf "%v %d %s" '\''a'\'' '\''a'\'' '\''a'\''}}' gotpl-c
  ["{{printf \"%v %d %s\" 'a' 'a' 'a'}}", "97 97 %!s(int=97)\n", "", 0],
  // docker inspect -f '{{printf "%.3d|%8.3d|%-8.3d|%.0d|" 7 7 7 0}}' gotpl-c
  ["{{printf \"%.3d|%8.3d|%-8.3d|%.0d|\" 7 7 7 0}}", "007|     007|007     ||\n", "", 0],
  // docker inspect -f '{{printf "%s %v" 1.5 (1+2i)}}' gotpl-c
  ["{{printf \"%s %v\" 1.5 (1+2i)}}", "%!s(float64=1.5) (1+2i)\n", "", 0],
  // docker inspect -f '{{printf "%d %d" 1.5 true}}' gotpl-c
  ["{{printf \"%d %d\" 1.5 true}}", "%!d(float64=1.5) %!d(bool=true)\n", "", 0],
  // docker inspect -f '{{printf "%q" 65}}' gotpl-c
  ["{{printf \"%q\" 65}}", "'A'\n", "", 0],
  // docker inspect -f '{{printf "%x" 3.5}}' gotpl-c
  ["{{printf \"%x\" 3.5}}", "0x1.cp+01\n", "", 0],
  // docker inspect -f '{{printf "%v" -0.0}}' gotpl-c
  ["{{printf \"%v\" -0.0}}", "-0\n", "", 0],
  // docker inspect -f '{{print 1 2 "a" "b" 3 true}}' gotpl-c
  ["{{print 1 2 \"a\" \"b\" 3 true}}", "1 2ab3 true\n", "", 0],
  // docker inspect -f '{{print "a" 1 2 "b"}}' gotpl-c
  ["{{print \"a\" 1 2 \"b\"}}", "a1 2b\n", "", 0],
  // docker inspect -f '{{print}}' gotpl-c
  ["{{print}}", "\n", "", 0],
  // docker inspect -f '{{print nil nil}}' gotpl-c
  ["{{print nil nil}}", "<nil> <nil>\n", "", 0],
  // docker inspect -f '{{print 1.5 2.5}}' gotpl-c
  ["{{print 1.5 2.5}}", "1.5 2.5\n", "", 0],
  // docker inspect -f '{{println 1 "a" 2}}' gotpl-c
  ["{{println 1 \"a\" 2}}", "1 a 2\n\n", "", 0],
  // docker inspect -f '{{println}}' gotpl-c
  ["{{println}}", "\n\n", "", 0],
  // docker inspect -f '{{html "<a href='\''x'\''>&\"</a>"}}' gotpl-c
  ["{{html \"<a href='x'>&\\\"</a>\"}}", "&lt;a href=&#39;x&#39;&gt;&amp;&#34;&lt;/a&gt;\n", "", 0],
  // docker inspect -f '{{html 1 "<" 2}}' gotpl-c
  ["{{html 1 \"<\" 2}}", "1&lt;2\n", "", 0],
  // docker inspect -f '{{html nil}}' gotpl-c
  ["{{html nil}}", "&lt;no value&gt;\n", "", 0],
  // docker inspect -f $'{{js "<a href='\''x'\''>&\"=\\\n\t"}}' gotpl-c
  ["{{js \"<a href='x'>&\\\"=\\\\\n\\t\"}}", "", "template parsing error: template: :1: unterminated quoted string\n", 64],
  // docker inspect -f '{{js "é\u2028"}}' gotpl-c
  ["{{js \"é\\u2028\"}}", "é\\u2028\n", "", 0],
  // docker inspect -f '{{urlquery "a b&c=d/é~_.-"}}' gotpl-c
  ["{{urlquery \"a b&c=d/é~_.-\"}}", "a+b%26c%3Dd%2F%C3%A9~_.-\n", "", 0],
  // docker inspect -f '{{urlquery 1 2}}' gotpl-c
  ["{{urlquery 1 2}}", "1+2\n", "", 0],
  // docker inspect -f '{{len "héllo"}}' gotpl-c
  ["{{len \"héllo\"}}", "6\n", "", 0],
  // docker inspect -f '{{index "abc" 1}}' gotpl-c
  ["{{index \"abc\" 1}}", "98\n", "", 0],
  // docker inspect -f '{{index "abc" 3}}' gotpl-c
  ["{{index \"abc\" 3}}", "\n", "template parsing error: template: :1:2: executing \"\" at <index \"abc\" 3>: error calling index: reflect: string index out of range\n", 1],
  // docker inspect -f '{{slice "hello" 1 3}}' gotpl-c
  ["{{slice \"hello\" 1 3}}", "el\n", "", 0],
  // docker inspect -f '{{slice "hello" 3}}' gotpl-c
  ["{{slice \"hello\" 3}}", "lo\n", "", 0],
  // docker inspect -f '{{slice "hello" 3 1}}' gotpl-c
  ["{{slice \"hello\" 3 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <slice \"hello\" 3 1>: error calling slice: invalid slice index: 3 > 1\n", 1],
  // docker inspect -f '{{slice "hello" 1 2 3}}' gotpl-c
  ["{{slice \"hello\" 1 2 3}}", "\n", "template parsing error: template: :1:2: executing \"\" at <slice \"hello\" 1 2 3>: error calling slice: cannot 3-index slice a string\n", 1],
  // docker inspect -f '{{slice "hello" 1 9}}' gotpl-c
  ["{{slice \"hello\" 1 9}}", "\n", "template parsing error: template: :1:2: executing \"\" at <slice \"hello\" 1 9>: error calling slice: index out of range: 9\n", 1],
  // docker inspect -f '{{slice 3 1}}' gotpl-c
  ["{{slice 3 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <slice 3 1>: error calling slice: can't slice item of type int\n", 1],
  // docker inspect -f '{{index 3 1}}' gotpl-c
  ["{{index 3 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <index 3 1>: error calling index: can't index item of type int\n", 1],
  // docker inspect -f '{{len 3}}' gotpl-c
  ["{{len 3}}", "\n", "template parsing error: template: :1:2: executing \"\" at <len 3>: error calling len: len of type int\n", 1],
  // docker inspect -f '{{len nil}}' gotpl-c
  ["{{len nil}}", "\n", "template parsing error: template: :1:2: executing \"\" at <len nil>: error calling len: reflect: call of reflect.Value.Type on zero Value\n", 1],
  // docker inspect -f '{{index nil 1}}' gotpl-c
  ["{{index nil 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <index nil 1>: error calling index: index of untyped nil\n", 1],
  // docker inspect -f '{{and 1 0 2}}|{{and 1 2}}|{{or 0 "" "x"}}|{{or 0 ""}}|{{not 0}}{{not "a"}}' gotpl-c
  ["{{and 1 0 2}}|{{and 1 2}}|{{or 0 \"\" \"x\"}}|{{or 0 \"\"}}|{{not 0}}{{not \"a\"}}", "0|2|x||truefalse\n", "", 0],
  // docker inspect -f '{{and}}' gotpl-c
  ["{{and}}", "\n", "template parsing error: template: :1:2: executing \"\" at <and>: wrong number of args for and: want at least 1 got 0\n", 1],
  // docker inspect -f '{{or}}' gotpl-c
  ["{{or}}", "\n", "template parsing error: template: :1:2: executing \"\" at <or>: wrong number of args for or: want at least 1 got 0\n", 1],
  // docker inspect -f '{{not}}' gotpl-c
  ["{{not}}", "\n", "template parsing error: template: :1:2: executing \"\" at <not>: wrong number of args for not: want 1 got 0\n", 1],
  // docker inspect -f '{{not 1 2}}' gotpl-c
  ["{{not 1 2}}", "\n", "template parsing error: template: :1:2: executing \"\" at <not>: wrong number of args for not: want 1 got 2\n", 1],
  // docker inspect -f '{{and 1 nil}}' gotpl-c
  ["{{and 1 nil}}", "<no value>\n", "", 0],
  // docker inspect -f '{{or nil}}' gotpl-c
  ["{{or nil}}", "<no value>\n", "", 0],
  // docker inspect -f '{{1 | and 2}}' gotpl-c
  ["{{1 | and 2}}", "1\n", "", 0],
  // docker inspect -f '{{0 | or ""}}' gotpl-c
  ["{{0 | or \"\"}}", "0\n", "", 0],
  // docker inspect -f '{{eq 1 1 2}}{{eq 1 2 3}}{{ne 1 2}}{{lt 1 2}}{{le 2 2}}{{gt "b" "a"}}{{ge 1.5 2.5}}' gotpl-c
  ["{{eq 1 1 2}}{{eq 1 2 3}}{{ne 1 2}}{{lt 1 2}}{{le 2 2}}{{gt \"b\" \"a\"}}{{ge 1.5 2.5}}", "truefalsetruetruetruetruefalse\n", "", 0],
  // docker inspect -f '{{lt 1 1.5}}' gotpl-c
  ["{{lt 1 1.5}}", "\n", "template parsing error: template: :1:2: executing \"\" at <lt 1 1.5>: error calling lt: incompatible types for comparison\n", 1],
  // docker inspect -f '{{eq 1 "a"}}' gotpl-c
  ["{{eq 1 \"a\"}}", "\n", "template parsing error: template: :1:2: executing \"\" at <eq 1 \"a\">: error calling eq: incompatible types for comparison\n", 1],
  // docker inspect -f '{{lt true false}}' gotpl-c
  ["{{lt true false}}", "\n", "template parsing error: template: :1:2: executing \"\" at <lt true false>: error calling lt: invalid type for comparison\n", 1],
  // docker inspect -f '{{lt "a" "b"}} {{lt "b" "a"}} {{lt "é" "z"}}' gotpl-c
  ["{{lt \"a\" \"b\"}} {{lt \"b\" \"a\"}} {{lt \"é\" \"z\"}}", "true false false\n", "", 0],
  // docker inspect -f '{{eq nil nil}}' gotpl-c
  ["{{eq nil nil}}", "true\n", "", 0],
  // docker inspect -f '{{eq}}' gotpl-c
  ["{{eq}}", "\n", "template parsing error: template: :1:2: executing \"\" at <eq>: wrong number of args for eq: want at least 1 got 0\n", 1],
  // docker inspect -f '{{eq 1}}' gotpl-c
  ["{{eq 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <eq 1>: error calling eq: missing argument for comparison\n", 1],
  // docker inspect -f '{{ne 1}}' gotpl-c
  ["{{ne 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <ne>: wrong number of args for ne: want 2 got 1\n", 1],
  // docker inspect -f '{{eq 1.5 1.5}} {{eq '\''a'\'' 97}} {{eq "a" "a" "b"}}' gotpl-c
  ["{{eq 1.5 1.5}} {{eq 'a' 97}} {{eq \"a\" \"a\" \"b\"}}", "true true true\n", "", 0],
  // docker inspect -f '{{lt nil 1}}' gotpl-c
  ["{{lt nil 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <lt nil 1>: error calling lt: invalid type for comparison\n", 1],
  // docker inspect -f '{{eq (1+2i) (1+2i)}}' gotpl-c
  ["{{eq (1+2i) (1+2i)}}", "true\n", "", 0],
  // docker inspect -f '{{lt (1+2i) 1}}' gotpl-c
  ["{{lt (1+2i) 1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <lt (1+2i) 1>: error calling lt: incompatible types for comparison\n", 1],
  // docker inspect -f '{{upper "abc"}} {{lower "ÀBC"}} {{title "hello world-foo bar_baz héllo ÿes"}}' gotpl-c
  ["{{upper \"abc\"}} {{lower \"ÀBC\"}} {{title \"hello world-foo bar_baz héllo ÿes\"}}", "ABC àbc Hello World-Foo Bar_baz Héllo Ÿes\n", "", 0],
  // docker inspect -f '{{upper "straße"}}' gotpl-c
  ["{{upper \"straße\"}}", "STRAßE\n", "", 0],
  // docker inspect -f '{{split "a,b,c" ","}}' gotpl-c
  ["{{split \"a,b,c\" \",\"}}", "[a b c]\n", "", 0],
  // docker inspect -f '{{split "abc" ""}}' gotpl-c
  ["{{split \"abc\" \"\"}}", "[a b c]\n", "", 0],
  // docker inspect -f '{{split "" ","}}' gotpl-c
  ["{{split \"\" \",\"}}", "[]\n", "", 0],
  // docker inspect -f '{{len (split "a,,b" ",")}}' gotpl-c
  ["{{len (split \"a,,b\" \",\")}}", "3\n", "", 0],
  // docker inspect -f '{{join (split "a,b,c" ",") "-"}}' gotpl-c
  ["{{join (split \"a,b,c\" \",\") \"-\"}}", "a-b-c\n", "", 0],
  // docker inspect -f '{{pad "x" 2 3}}|{{pad "" 2 3}}|' gotpl-c
  ["{{pad \"x\" 2 3}}|{{pad \"\" 2 3}}|", "  x   ||\n", "", 0],
  // docker inspect -f '{{pad "x" -1 0}}' gotpl-c
  ["{{pad \"x\" -1 0}}", "\n", "template parsing error: template: :1:2: executing \"\" at <pad \"x\" -1 0>: error calling pad: strings: negative Repeat count\n", 1],
  // docker inspect -f '{{truncate "abcdef" 3}}|{{truncate "ab" 3}}|{{truncate "abc" 3}}|{{truncate "abc" 0}}' gotpl-c
  ["{{truncate \"abcdef\" 3}}|{{truncate \"ab\" 3}}|{{truncate \"abc\" 3}}|{{truncate \"abc\" 0}}", "abc|ab|abc|\n", "", 0],
  // docker inspect -f '{{truncate "abc" -1}}' gotpl-c
  ["{{truncate \"abc\" -1}}", "\n", "template parsing error: template: :1:2: executing \"\" at <truncate \"abc\" -1>: error calling truncate: runtime error: slice bounds out of range [:-1]\n", 1],
  // docker inspect -f '{{json "<&>"}}' gotpl-c
  ["{{json \"<&>\"}}", "\"<&>\"\n", "", 0],
  // docker inspect -f $'{{json "a\u2028b\u0007\b\f\n\r\t\"\\"}}' gotpl-c
  ["{{json \"a\\u2028b\\u0007\\b\\f\n\\r\\t\\\"\\\\\"}}", "", "template parsing error: template: :1: unterminated quoted string\n", 64],
  // docker inspect -f '{{json 1.5}} {{json 1e21}} {{json 1e-7}} {{json 100.0}} {{json 0.000001}}' gotpl-c
  ["{{json 1.5}} {{json 1e21}} {{json 1e-7}} {{json 100.0}} {{json 0.000001}}", "1.5 1e+21 1e-7 100 0.000001\n", "", 0],
  // docker inspect -f '{{json 3}} {{json true}} {{json nil}} {{json '\''a'\''}}' gotpl-c
  ["{{json 3}} {{json true}} {{json nil}} {{json 'a'}}", "3 true null 97\n", "", 0],
  // docker inspect -f '{{json (1+2i)}}' gotpl-c
  ["{{json (1+2i)}}", "\n", "template parsing error: template: :1:2: executing \"\" at <json (1+2i)>: error calling json: json: unsupported type: complex128\n", 1],
  // docker inspect -f '{{json (split "a,b" ",")}}' gotpl-c
  ["{{json (split \"a,b\" \",\")}}", "[\"a\",\"b\"]\n", "", 0],
  // docker inspect -f '{{$x := 1}}{{$x}}' gotpl-c
  ["{{$x := 1}}{{$x}}", "1\n", "", 0],
  // docker inspect -f '{{$x := 1}}{{$x = 2}}{{$x}}' gotpl-c
  ["{{$x := 1}}{{$x = 2}}{{$x}}", "2\n", "", 0],
  // docker inspect -f '{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}' gotpl-c
  ["{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", "2\n", "", 0],
  // docker inspect -f '{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}' gotpl-c
  ["{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}", "21\n", "", 0],
  // docker inspect -f '{{$x := "outer"}}{{range split "a,b" ","}}{{$x}}{{$x = .}}{{end}}{{$x}}' gotpl-c
  ["{{$x := \"outer\"}}{{range split \"a,b\" \",\"}}{{$x}}{{$x = .}}{{end}}{{$x}}", "outerab\n", "", 0],
  // docker inspect -f '{{$ := 1}}{{$}}' gotpl-c
  ["{{$ := 1}}{{$}}", "1\n", "", 0],
  // docker inspect -f '{{$x := 1}}{{$x.Foo}}' gotpl-c
  ["{{$x := 1}}{{$x.Foo}}", "\n", "template parsing error: template: :1:15: executing \"\" at <$x.Foo>: can't evaluate field Foo in type int\n", 1],
  // docker inspect -f '{{range split "a,b,c" ","}}{{if eq . "b"}}{{break}}{{end}}{{.}}{{end}}' gotpl-c
  ["{{range split \"a,b,c\" \",\"}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}", "a\n", "", 0],
  // docker inspect -f '{{range split "a,b,c" ","}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}' gotpl-c
  ["{{range split \"a,b,c\" \",\"}}{{if eq . \"b\"}}{{continue}}{{end}}{{.}}{{end}}", "ac\n", "", 0],
  // docker inspect -f '{{range $i, $e := split "a,b" ","}}{{$i}}{{$e}}{{end}}' gotpl-c
  ["{{range $i, $e := split \"a,b\" \",\"}}{{$i}}{{$e}}{{end}}", "0a1b\n", "", 0],
  // docker inspect -f '{{range $e := split "a,b" ","}}{{$e}}{{end}}' gotpl-c
  ["{{range $e := split \"a,b\" \",\"}}{{$e}}{{end}}", "ab\n", "", 0],
  // docker inspect -f '{{$i := 9}}{{range $i = split "a,b" ","}}{{$i}}{{end}}{{$i}}' gotpl-c
  ["{{$i := 9}}{{range $i = split \"a,b\" \",\"}}{{$i}}{{end}}{{$i}}", "abb\n", "", 0],
  // docker inspect -f '{{range 3}}{{.}}{{end}}' gotpl-c
  ["{{range 3}}{{.}}{{end}}", "012\n", "", 0],
  // docker inspect -f '{{range $i := 3}}{{$i}}{{end}}' gotpl-c
  ["{{range $i := 3}}{{$i}}{{end}}", "012\n", "", 0],
  // docker inspect -f '{{range $i, $v := 3}}{{.}}{{end}}' gotpl-c
  ["{{range $i, $v := 3}}{{.}}{{end}}", "\n", "template parsing error: template: :1:18: executing \"\" at <3>: can't use 3 to iterate over more than one variable\n", 1],
  // docker inspect -f '{{range -1}}{{.}}{{else}}neg{{end}}' gotpl-c
  ["{{range -1}}{{.}}{{else}}neg{{end}}", "neg\n", "", 0],
  // docker inspect -f '{{range 0}}x{{else}}zero{{end}}' gotpl-c
  ["{{range 0}}x{{else}}zero{{end}}", "zero\n", "", 0],
  // docker inspect -f '{{range "abc"}}{{.}}{{end}}' gotpl-c
  ["{{range \"abc\"}}{{.}}{{end}}", "\n", "template parsing error: template: :1:8: executing \"\" at <\"abc\">: range can't iterate over abc\n", 1],
  // docker inspect -f '{{range 1.5}}{{.}}{{end}}' gotpl-c
  ["{{range 1.5}}{{.}}{{end}}", "\n", "template parsing error: template: :1:8: executing \"\" at <1.5>: range can't iterate over 1.5\n", 1],
  // docker inspect -f '{{range true}}{{.}}{{end}}' gotpl-c
  ["{{range true}}{{.}}{{end}}", "\n", "template parsing error: template: :1:8: executing \"\" at <true>: range can't iterate over true\n", 1],
  // docker inspect -f '{{range nil}}{{.}}{{end}}' gotpl-c
  ["{{range nil}}{{.}}{{end}}", "\n", "template parsing error: template: :1:8: executing \"\" at <nil>: nil is not a command\n", 1],
  // docker inspect -f '{{range split "" ""}}x{{else}}empty{{end}}' gotpl-c
  ["{{range split \"\" \"\"}}x{{else}}empty{{end}}", "empty\n", "", 0],
  // docker inspect -f '{{range split "a" ","}}{{range split "1,2" ","}}{{if eq . "1"}}{{break}}{{end}}{{.}}{{end}}{{.}}{{end}}' gotpl-c
  ["{{range split \"a\" \",\"}}{{range split \"1,2\" \",\"}}{{if eq . \"1\"}}{{break}}{{end}}{{.}}{{end}}{{.}}{{end}}", "a\n", "", 0],
  // docker inspect -f '{{if 1}}a{{else if 0}}b{{else}}c{{end}}' gotpl-c
  ["{{if 1}}a{{else if 0}}b{{else}}c{{end}}", "a\n", "", 0],
  // docker inspect -f '{{if 0}}a{{else if 1}}b{{else}}c{{end}}' gotpl-c
  ["{{if 0}}a{{else if 1}}b{{else}}c{{end}}", "b\n", "", 0],
  // docker inspect -f '{{if 0}}a{{else if 0}}b{{else}}c{{end}}' gotpl-c
  ["{{if 0}}a{{else if 0}}b{{else}}c{{end}}", "c\n", "", 0],
  // docker inspect -f '{{with 0}}a{{else with 1}}b{{.}}{{end}}' gotpl-c
  ["{{with 0}}a{{else with 1}}b{{.}}{{end}}", "b1\n", "", 0],
  // docker inspect -f '{{with "x"}}{{.}}{{else}}none{{end}}' gotpl-c
  ["{{with \"x\"}}{{.}}{{else}}none{{end}}", "x\n", "", 0],
  // docker inspect -f '{{with ""}}{{.}}{{else}}none{{end}}' gotpl-c
  ["{{with \"\"}}{{.}}{{else}}none{{end}}", "none\n", "", 0],
  // docker inspect -f '{{if nil}}t{{else}}f{{end}}' gotpl-c
  ["{{if nil}}t{{else}}f{{end}}", "\n", "template parsing error: template: :1:5: executing \"\" at <nil>: nil is not a command\n", 1],
  // docker inspect -f '{{if (split "" "")}}t{{else}}f{{end}}' gotpl-c
  ["{{if (split \"\" \"\")}}t{{else}}f{{end}}", "f\n", "", 0],
  // docker inspect -f '{{if 0.0}}t{{else}}f{{end}} {{if 0i}}t{{else}}f{{end}}' gotpl-c
  ["{{if 0.0}}t{{else}}f{{end}} {{if 0i}}t{{else}}f{{end}}", "f f\n", "", 0],
  // docker inspect -f '{{define "x"}}X{{.}}{{end}}{{template "x" 5}}' gotpl-c
  ["{{define \"x\"}}X{{.}}{{end}}{{template \"x\" 5}}", "X5\n", "", 0],
  // docker inspect -f '{{define "x"}}[{{.}}]{{end}}{{template "x"}}' gotpl-c
  ["{{define \"x\"}}[{{.}}]{{end}}{{template \"x\"}}", "[<no value>]\n", "", 0],
  // docker inspect -f '{{define "r"}}{{if .}}{{.}}{{template "r" (slice . 1)}}{{end}}{{end}}{{template "r" "abc"}}' gotpl-c
  ["{{define \"r\"}}{{if .}}{{.}}{{template \"r\" (slice . 1)}}{{end}}{{end}}{{template \"r\" \"abc\"}}", "abcbcc\n", "", 0],
  // docker inspect -f '{{template "y"}}' gotpl-c
  ["{{template \"y\"}}", "\n", "template parsing error: template: :1:11: executing \"\" at <{{template \"y\"}}>: template \"y\" not defined\n", 1],
  // docker inspect -f '{{template "x" 1 2}}' gotpl-c
  ["{{template \"x\" 1 2}}", "\n", "template parsing error: template: :1:11: executing \"\" at <{{template \"x\" 1 2}}>: template \"x\" not defined\n", 1],
  // docker inspect -f '{{block "b" 3}}B{{.}}{{end}}' gotpl-c
  ["{{block \"b\" 3}}B{{.}}{{end}}", "B3\n", "", 0],
  // docker inspect -f '{{define "x"}}a{{end}}{{define "x"}}b{{end}}' gotpl-c
  ["{{define \"x\"}}a{{end}}{{define \"x\"}}b{{end}}", "", "template parsing error: template: :1: template: multiple definition of template \"x\"\n", 64],
  // docker inspect -f '{{ .Name }} {{- .Name -}} x {{- /* hi */ -}} y' gotpl-c
  ["{{ .Name }} {{- .Name -}} x {{- /* hi */ -}} y", "/gotpl-c/gotpl-cxy\n", "", 0],
  // docker inspect -f 'a  {{- 3}}' gotpl-c
  ["a  {{- 3}}", "a3\n", "", 0],
  // docker inspect -f '{{3 -}}  b' gotpl-c
  ["{{3 -}}  b", "3b\n", "", 0],
  // docker inspect -f '{{-3}}' gotpl-c
  ["{{-3}}", "-3\n", "", 0],
  // docker inspect -f '{{- 3 -}}' gotpl-c
  ["{{- 3 -}}", "3\n", "", 0],
  // docker inspect -f '{{- /* c */ -}}' gotpl-c
  ["{{- /* c */ -}}", "\n", "", 0],
  // docker inspect -f '  {{- 1 -}}  {{- 2}}  ' gotpl-c
  ["  {{- 1 -}}  {{- 2}}  ", "12  \n", "", 0],
  // docker inspect -f '{{/* a */}}z' gotpl-c
  ["{{/* a */}}z", "z\n", "", 0],
  // docker inspect -f '{{3}}{{/* multi' gotpl-c
  ["{{3}}{{/* multi", "", "template parsing error: template: :1: unclosed comment\n", 64],
  // docker inspect -f 'line */}}{{4}}' gotpl-c
  ["line */}}{{4}}", "line */}}4\n", "", 0],
  // docker inspect -f '{{(1)}}' gotpl-c
  ["{{(1)}}", "1\n", "", 0],
  // docker inspect -f '{{(1) 2}}' gotpl-c
  ["{{(1) 2}}", "\n", "template parsing error: template: :1:2: executing \"\" at <(1) 2>: can't give argument to non-function 1\n", 1],
  // docker inspect -f '{{("ab" | len)}}' gotpl-c
  ["{{(\"ab\" | len)}}", "2\n", "", 0],
  // docker inspect -f '{{3 | printf "%d"}}' gotpl-c
  ["{{3 | printf \"%d\"}}", "3\n", "", 0],
  // docker inspect -f '{{"x" | printf "%s-%s" "y"}}' gotpl-c
  ["{{\"x\" | printf \"%s-%s\" \"y\"}}", "y-x\n", "", 0],
  // docker inspect -f '{{1 | printf "%d %d" 2}}' gotpl-c
  ["{{1 | printf \"%d %d\" 2}}", "2 1\n", "", 0],
  // docker inspect -f '{{"a" | printf}}' gotpl-c
  ["{{\"a\" | printf}}", "a\n", "", 0],
  // docker inspect -f '{{nil}}' gotpl-c
  ["{{nil}}", "\n", "template parsing error: template: :1:2: executing \"\" at <nil>: nil is not a command\n", 1],
  // docker inspect -f '{{nil | print}}' gotpl-c
  ["{{nil | print}}", "\n", "template parsing error: template: :1:2: executing \"\" at <nil>: nil is not a command\n", 1],
  // docker inspect -f '{{print nil | len}}' gotpl-c
  ["{{print nil | len}}", "5\n", "", 0],
  // docker inspect -f '{{"abc" | slice}}' gotpl-c
  ["{{\"abc\" | slice}}", "abc\n", "", 0],
];

describe('templates over literals (recorded from the real CLI)', () => {
  it.each(cases)('%s', (format, stdout, stderr, exitCode) => {
    expect(inspectFormat(format, [container])).toEqual({ stdout, stderr, exitCode });
  });
});
