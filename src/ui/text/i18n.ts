/**
 * The UI's own words in every course language (lesson prose comes from the lessons). A key
 * missing in a language is a type error, so translations cannot fall behind.
 */
export interface Messages {
  readonly stepOf: (n: number, total: number) => string;
  readonly lessonComplete: string;
  readonly tips: string;
  readonly notYet: string;
  readonly stepDone: (n: number, total: number, title: string) => string;
  readonly checked: string;
  readonly yourCommand: string;
  readonly hint: (i: number, total: number) => string;
  readonly noHints: string;
  readonly reveal: string;
  readonly confirmSolution: string;
  readonly solution: string;
  readonly confirmQuit: string;
  readonly confirmHostChange: (what: readonly string[], undoable: boolean) => string;
  readonly confirmQuitContainer: string;
  readonly cancelled: string;
  readonly skipped: (n: number, total: number) => string;
  readonly back: (n: number, total: number) => string;
  readonly reset: string;
  readonly lessonDone: (title: string) => string;
  readonly lessonDoneNext: string;
  readonly exported: (file: string) => string;
  readonly exportFailed: (why: string) => string;
  readonly running: string;
  readonly handedOver: (line: string) => string;
  readonly resumed: (code: number) => string;
  readonly noInteractive: string;
  readonly narrow: (cols: number) => string;
  readonly help: readonly (readonly [string, string])[];
  readonly helpKeys: readonly (readonly [string, string])[];
  readonly helpTitle: string;
  readonly keysTitle: string;
  readonly sandboxBanner: (kind: string) => string;
  readonly sandboxBar: (kind: string) => string;
  readonly sandboxTips: string;
  // The menu and the first run
  readonly menuTitle: (done: number, total: number) => string;
  readonly menuContinue: (title: string, step: number, total: number) => string;
  readonly menuStart: (title: string) => string;
  readonly menuSandbox: string;
  readonly menuQuit: string;
  readonly menuPrompt: string;
  readonly menuKeys: { readonly navigate: string; readonly select: string };
  readonly menuPlainPrompt: string;
  readonly menuPlainBad: string;
  readonly langQuestion: string;
  readonly backendQuestion: string;
  readonly backendSimulator: string;
  readonly backendDocker: (version: string) => string;
  readonly dockerNotUsable: (why: string) => string;
  readonly notOnBackend: (kind: string) => string;
  readonly setupFailed: string;
  readonly bye: string;
  // The network picture and the trail
  readonly netOff: string;
  readonly trailOn: (realEngine: boolean) => string;
  readonly trailOff: string;
  readonly nothingToExplain: string;
  readonly explainNeedsTrail: string;
}

const en: Messages = {
  stepOf: (n, t) => `Step ${n}/${t}`,
  lessonComplete: 'Lesson complete',
  tips: ':hint for a hint · :help for commands and keys',
  notYet: 'Not done yet. :hint for a hint, :check to see what is checked.',
  stepDone: (n, t, title) => `✓ Step ${n}/${t} done: ${title}`,
  checked: 'checked',
  yourCommand: 'your command',
  hint: (i, t) => `Hint ${i}/${t}`,
  noHints: 'No hints for this step.',
  reveal: 'See for yourself:',
  confirmSolution: 'Show the solution? (y/N)',
  solution: 'Solution',
  confirmQuit: 'Quit dockerlings? Your progress is saved. (y/N)',
  confirmHostChange: (what, undoable) => `This changes your machine itself: ${what.join(' ')} ${undoable ? 'dockerlings undoes it when it cleans up.' : 'dockerlings cannot undo it.'} Run it? (y/N)`,
  confirmQuitContainer: 'Ctrl+D in the login shell quits. Quit dockerlings? (y/N)',
  cancelled: 'Cancelled.',
  skipped: (n, t) => `Skipped to step ${n}/${t} (the solution was run for you).`,
  back: (n, t) => `Back to step ${n}/${t}.`,
  reset: "The lesson's host was reset: starting again from step 1.",
  lessonDone: (title) => `★ Lesson complete: ${title}`,
  lessonDoneNext: 'Type :lessons for the next lesson, or :quit.',
  exported: (file) => `Transcript written to ${file}`,
  exportFailed: (why) => `Could not write the transcript: ${why}`,
  running: 'running…',
  handedOver: (line) => `(the terminal is handed to '${line}'; dockerlings resumes when it ends)`,
  resumed: (code) => `(back in dockerlings; exit code ${code})`,
  noInteractive: 'This needs a terminal, and this backend has none to give: leave out -t.',
  narrow: (cols) => `This terminal is ${cols} columns wide; dockerlings needs at least 60.`,
  helpTitle: 'Commands of the tutorial (type them at the prompt)',
  help: [
    [':hint', 'a hint; again for a more specific one'],
    [':solution', 'show the solution (asks first)'],
    [':check', 'check the step now and show what is checked'],
    [':skip', 'run the solution for you and go to the next step'],
    [':back', 'go back one step'],
    [':reset', "start the lesson again on a fresh host"],
    [':lessons', 'the lesson menu'],
    [':export [FILE]', 'write this lesson’s transcript to a Markdown file'],
    [':net', 'show or hide the picture of the host’s network (F2)'],
    [':trail', 'turn on or off what each command did under the hood'],
    [':explain', 'what the last command did under the hood'],
    [':clear', 'clear the screen (Ctrl+L)'],
    [':quit', 'leave (your progress is saved)'],
  ],
  keysTitle: 'Keys',
  helpKeys: [
    ['↑ ↓', 'history (kept between sessions)'],
    ['Tab', 'complete commands, subcommands, flags, names'],
    ['Ctrl+A / Ctrl+E', 'start / end of the line'],
    ['Ctrl+U / Ctrl+K', 'delete to the start / to the end'],
    ['Ctrl+W', 'delete the word before the cursor'],
    ['F2', 'show or hide the network picture (:net)'],
    ['Ctrl+L', 'clear the screen'],
    ['Ctrl+C', 'cancel the line; on an empty line, quit'],
    ['Ctrl+D', 'leave a container shell (exit)'],
  ],
  sandboxBanner: (kind) => `dockerlings sandbox (${kind}): a shell with no lesson.`,
  sandboxBar: (kind) => `Free play · ${kind}`,
  sandboxTips: 'Type commands as in a real shell · :help for keys · :quit or Ctrl+D to leave',
  menuTitle: (d, t) => `dockerlings · ${d} of ${t} lessons complete`,
  menuContinue: (title, s, t) => `Continue: ${title} (step ${s}/${t})`,
  menuStart: (title) => `Start: ${title}`,
  menuSandbox: 'Free play: a shell on the simulated host, no lesson',
  menuQuit: 'Quit',
  menuPrompt: 'Choose a lesson',
  menuKeys: { navigate: 'navigate', select: 'select' },
  menuPlainPrompt: 'Choose a lesson (its number; Enter for the first choice; q to quit): ',
  menuPlainBad: 'Type a lesson number from the list, or q.',
  langQuestion: 'Language / 언어',
  backendQuestion: 'Where should your commands run?',
  backendSimulator: 'The simulator: a Docker host inside dockerlings (no Docker, no root needed)',
  backendDocker: (v) => `Your real Docker engine (${v})`,
  dockerNotUsable: (why) => `Your commands run on the simulator: the real Docker engine is not usable here (${why}; see dockerlings doctor).`,
  notOnBackend: (kind) => `This lesson does not run on the ${kind}.`,
  setupFailed: "This lesson's setup failed",
  bye: 'Bye! Your progress is saved.',
  netOff: 'Network picture off.',
  trailOn: (real) => `Trail on: under each command, what it did under the hood${real ? ' (on real Docker each command takes a moment longer: the host is pictured before and after)' : ''}. :trail again turns it off.`,
  trailOff: 'Trail off. :explain still tells what the last command did.',
  nothingToExplain: 'No command has run yet.',
  explainNeedsTrail: 'On real Docker, :explain needs the trail: turn it on with :trail, then run the command.',
};

const ko: Messages = {
  stepOf: (n, t) => `${t}단계 중 ${n}단계`,
  lessonComplete: '레슨 완료',
  tips: ':hint 힌트 · :help 명령과 단축키',
  notYet: '아직 아닙니다. :hint 힌트, :check 무엇을 확인하는지 보기',
  stepDone: (n, t, title) => `✓ ${t}단계 중 ${n}단계 완료: ${title}`,
  checked: '확인함',
  yourCommand: '입력한 명령',
  hint: (i, t) => `힌트 ${i}/${t}`,
  noHints: '이 단계에는 힌트가 없습니다.',
  reveal: '직접 확인해 보세요:',
  confirmSolution: '정답을 볼까요? (y/N)',
  solution: '정답',
  confirmQuit: 'dockerlings를 끝낼까요? 진행 상황은 저장되어 있습니다. (y/N)',
  confirmHostChange: (what, undoable) => `이 명령은 이 머신 자체를 바꿉니다: ${what.join(' ')} ${undoable ? '정리할 때 dockerlings가 되돌립니다.' : 'dockerlings는 되돌릴 수 없습니다.'} 실행할까요? (y/N)`,
  confirmQuitContainer: '로그인 셸에서 Ctrl+D를 누르면 끝납니다. dockerlings를 끝낼까요? (y/N)',
  cancelled: '취소했습니다.',
  skipped: (n, t) => `${t}단계 중 ${n}단계로 건너뛰었습니다(정답을 대신 실행했습니다).`,
  back: (n, t) => `${t}단계 중 ${n}단계로 돌아갔습니다.`,
  reset: '레슨의 호스트를 초기화했습니다. 1단계부터 다시 시작합니다.',
  lessonDone: (title) => `★ 레슨 완료: ${title}`,
  lessonDoneNext: ':lessons 다음 레슨 · :quit 끝내기',
  exported: (file) => `기록을 ${file}에 저장했습니다.`,
  exportFailed: (why) => `기록을 저장하지 못했습니다: ${why}`,
  running: '실행 중…',
  handedOver: (line) => `('${line}'에 터미널을 넘겼습니다. 끝나면 dockerlings로 돌아옵니다)`,
  resumed: (code) => `(dockerlings로 돌아왔습니다. 종료 코드 ${code})`,
  noInteractive: '이 명령에는 터미널이 필요한데, 이 백엔드는 터미널을 줄 수 없습니다. -t를 빼 보세요.',
  narrow: (cols) => `터미널 너비가 ${cols}칸입니다. dockerlings에는 60칸 이상이 필요합니다.`,
  helpTitle: '튜토리얼 명령 (프롬프트에 입력하세요)',
  help: [
    [':hint', '힌트 (다시 입력하면 더 구체적인 힌트)'],
    [':solution', '정답 보기 (먼저 물어봅니다)'],
    [':check', '지금 단계를 확인하고 무엇을 확인하는지 보기'],
    [':skip', '정답을 대신 실행하고 다음 단계로'],
    [':back', '이전 단계로'],
    [':reset', '새 호스트에서 레슨을 처음부터 다시'],
    [':lessons', '레슨 목록'],
    [':export [파일]', '이 레슨의 기록을 마크다운 파일로 저장'],
    [':net', '호스트 네트워크 그림 보기/숨기기 (F2)'],
    [':trail', '명령마다 내부에서 일어난 일 보기 켜기/끄기'],
    [':explain', '마지막 명령이 내부에서 한 일'],
    [':clear', '화면 지우기 (Ctrl+L)'],
    [':quit', '끝내기 (진행 상황은 저장됩니다)'],
  ],
  keysTitle: '단축키',
  helpKeys: [
    ['↑ ↓', '명령 기록 (다음 실행에도 남습니다)'],
    ['Tab', '명령, 하위 명령, 플래그, 이름 자동 완성'],
    ['Ctrl+A / Ctrl+E', '줄의 처음 / 끝으로'],
    ['Ctrl+U / Ctrl+K', '처음까지 / 끝까지 지우기'],
    ['Ctrl+W', '커서 앞의 단어 지우기'],
    ['F2', '네트워크 그림 보기/숨기기 (:net)'],
    ['Ctrl+L', '화면 지우기'],
    ['Ctrl+C', '입력 취소, 빈 줄에서는 끝내기'],
    ['Ctrl+D', '컨테이너 셸에서 나가기 (exit)'],
  ],
  sandboxBanner: (kind) => `dockerlings 샌드박스 (${kind}): 레슨 없이 쓰는 셸입니다.`,
  sandboxBar: (kind) => `자유 실습 · ${kind}`,
  sandboxTips: '실제 셸처럼 명령을 입력하세요 · :help 단축키 · :quit 또는 Ctrl+D로 나가기',
  menuTitle: (d, t) => `dockerlings · 레슨 ${t}개 중 ${d}개 완료`,
  menuContinue: (title, s, t) => `이어서 하기: ${title} (${t}단계 중 ${s}단계)`,
  menuStart: (title) => `시작하기: ${title}`,
  menuSandbox: '자유 실습: 레슨 없이 시뮬레이터 호스트의 셸',
  menuQuit: '끝내기',
  menuPrompt: '레슨을 고르세요',
  menuKeys: { navigate: '이동', select: '선택' },
  menuPlainPrompt: '레슨을 고르세요 (번호, Enter는 첫 번째 항목, q는 끝내기): ',
  menuPlainBad: '목록에 있는 레슨 번호나 q를 입력하세요.',
  langQuestion: 'Language / 언어',
  backendQuestion: '명령을 어디에서 실행할까요?',
  backendSimulator: '시뮬레이터: dockerlings 안의 Docker 호스트 (Docker도 root도 필요 없음)',
  backendDocker: (v) => `실제 Docker 엔진 (${v})`,
  dockerNotUsable: (why) => `명령은 시뮬레이터에서 실행됩니다. 이 머신의 실제 Docker 엔진은 쓸 수 없습니다 (${why}; dockerlings doctor 참고).`,
  notOnBackend: (kind) => `이 레슨은 ${kind}에서 실행되지 않습니다.`,
  setupFailed: '레슨 준비에 실패했습니다',
  bye: '안녕히 가세요! 진행 상황은 저장되어 있습니다.',
  netOff: '네트워크 그림을 껐습니다.',
  trailOn: (real) => `추적을 켰습니다: 명령마다 내부에서 일어난 일을 보여 줍니다${real ? ' (실제 Docker에서는 명령 전후로 호스트를 살펴보므로 조금 더 걸립니다)' : ''}. :trail을 다시 입력하면 꺼집니다.`,
  trailOff: '추적을 껐습니다. :explain은 여전히 마지막 명령이 한 일을 알려 줍니다.',
  nothingToExplain: '아직 실행한 명령이 없습니다.',
  explainNeedsTrail: '실제 Docker에서 :explain을 쓰려면 추적이 필요합니다. :trail로 켠 다음 명령을 실행하세요.',
};

const all: Readonly<Record<string, Messages>> = { en, ko };

export function messages(lang: string): Messages {
  return all[lang] ?? en;
}

/** The UI language from the environment: `ko` for a Korean locale, else English. */
export function langFromEnv(env: NodeJS.ProcessEnv): string {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko(_|$|\.)/i.test(locale) ? 'ko' : 'en';
}
