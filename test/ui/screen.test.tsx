import { describe, expect, it } from 'vitest';
import { completionState, frame, hintState, koreanState, visible } from './screen-cases.js';

// Exact frames of the lesson screen (ink-testing-library): the log printed above, then the live
// part (step bar, status, prompt with the line being typed). Escape sequences are shown as ␛.
describe('the lesson screen', () => {
  it('the hint state at 60 columns, without colour', () => {
    expect(visible(frame(hintState, 60, false))).toBe(`
── Step 3/7 · Where is home? ───────────────────────────────

Print your home directory: the shell keeps it in the
variable \`$HOME\`, and expands it before \`echo\` runs.

    echo $HOME

learner@docker-host:~$ echo $HOEM

Hint 1/2: \`echo\` prints its arguments, after the shell
          expanded them.
Step 3/7 ▰▰▱▱▱▱▱ Where is home?
Not done yet. :hint for a hint, :check to see what is
checked.
learner@docker-host:~$ echo $HO`);
  });

  it('the hint state at 100 columns, without colour', () => {
    expect(visible(frame(hintState, 100, false))).toBe(`
── Step 3/7 · Where is home? ───────────────────────────────────────────────────────────────────────

Print your home directory: the shell keeps it in the variable \`$HOME\`, and expands it before \`echo\`
runs.

    echo $HOME

learner@docker-host:~$ echo $HOEM

Hint 1/2: \`echo\` prints its arguments, after the shell expanded them.
Step 3/7 ▰▰▱▱▱▱▱ Where is home?
Not done yet. :hint for a hint, :check to see what is checked.
learner@docker-host:~$ echo $HO`);
  });

  it('the hint state at 60 columns, in colour', () => {
    expect(visible(frame(hintState, 60, true))).toBe(`
␛[36m── ␛[1mStep 3/7 · Where is home?␛[22m ───────────────────────────────␛[39m

Print your home directory: the shell keeps it in the
variable ␛[33m$HOME␛[39m, and ␛[1mexpands␛[22m it before ␛[33mecho␛[39m runs.

    ␛[33mecho $HOME␛[39m

␛[1m␛[32mlearner@docker-host␛[39m␛[22m:␛[1m␛[34m~␛[39m␛[22m$ echo $HOEM

␛[33m␛[1mHint 1/2: ␛[22mecho␛[39m prints its arguments, after the shell
          expanded them.
␛[1mStep 3/7␛[22m ␛[32m▰▰␛[39m␛[2m▱▱▱▱▱␛[22m␛[1m Where is home?␛[22m
␛[33mNot done yet. :hint for a hint, :check to see what is␛[39m
␛[33mchecked.␛[39m
␛[1m␛[32mlearner@docker-host␛[39m␛[22m:␛[1m␛[34m~␛[39m␛[22m$ echo $HO`);
  });

  it('the completion state at 60 columns, without colour', () => {
    expect(visible(frame(completionState, 60, false))).toBe(`learner@docker-host:~$ echo $HOME
/home/learner
✓ Step 3/7 done: Where is home?
  ✓ your command

── Step 4/7 · What is in /tmp? ─────────────────────────────

List \`/tmp\`.

Step 4/7 ▰▰▰▱▱▱▱ What is in /tmp?
:hint for a hint · :help for commands and keys
learner@docker-host:~$`);
  });

  it('the completion state at 100 columns, in colour', () => {
    expect(visible(frame(completionState, 100, true))).toBe(`␛[1m␛[32mlearner@docker-host␛[39m␛[22m:␛[1m␛[34m~␛[39m␛[22m$ echo $HOME
/home/learner
␛[32m␛[1m✓ Step 3/7 done: Where is home?␛[22m␛[39m
  ␛[32m✓␛[39m your command

␛[36m── ␛[1mStep 4/7 · What is in /tmp?␛[22m ─────────────────────────────────────────────────────────────────────␛[39m

List ␛[33m/tmp␛[39m.

␛[1mStep 4/7␛[22m ␛[32m▰▰▰␛[39m␛[2m▱▱▱▱␛[22m␛[1m What is in /tmp?␛[22m
␛[2m:hint for a hint · :help for commands and keys␛[22m
␛[1m␛[32mlearner@docker-host␛[39m␛[22m:␛[1m␛[34m~␛[39m␛[22m$`);
  });

  it('Korean text by display width at 60 columns', () => {
    expect(visible(frame(koreanState, 60, false, 'ko'))).toBe(`
── 7단계 중 1단계 · 메모 쓰기 ──────────────────────────────

\`/tmp/note\`에 \`hello\`를 쓰세요. 셸은 \`echo\`가 실행되기 전에
파일을 쓰기용으로 엽니다. 그것이 \`>\`가 하는 일입니다.

learner@docker-host:~$ echo 안녕 > /tmp/note
7단계 중 1단계 ▱▱▱▱▱▱▱ 메모 쓰기
아직 아닙니다. :hint 힌트, :check 무엇을 확인하는지 보기
learner@docker-host:~$ echo 안녕하세요`);
  });

});
