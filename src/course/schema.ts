import { z } from 'zod';

/**
 * The lesson format (docs/writing-lessons.md). Structure is written once in lesson.yaml;
 * prose lives per language in en.md / ko.md, so translations cannot drift from the checks.
 */

/** A string expectation: exact after trimming, or `/regex/flags`. `${var}` refers to a step variable. */
const Match = z.string();

export const ExpectationSchema = z
  .object({
    stdout: Match.optional(),
    stderr: Match.optional(),
    /** stdout and stderr together, for output a learner sees interleaved. */
    output: Match.optional(),
    exit: z.number().int().optional(),
  })
  .strict();

export const CheckSchema = ExpectationSchema.extend({
  /** A read-only command line run by an observer on the learner's host. */
  run: z.string().min(1),
}).strict();

export const LearnerExpectationSchema = ExpectationSchema.extend({
  /** Which of the learner's commands this is about: `/regex/` or exact. */
  command: Match,
}).strict();

export const StepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'step ids are lowercase words joined by hyphens'),
    /** The command line(s) that solve the step, replayed by `verify` and shown by `:solution`. */
    solution: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** Values read from the host when the step is checked, usable as ${name} in expectations. */
    vars: z.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), z.string().min(1)).optional(),
    check: z.union([CheckSchema, z.array(CheckSchema).min(1)]).optional(),
    expect: LearnerExpectationSchema.optional(),
    /** Backends this step runs on, when not all of the lesson's (e.g. a change only the simulator may make). */
    backends: z.array(z.enum(['simulator', 'docker'])).optional(),
  })
  .strict()
  .refine((s) => s.check !== undefined || s.expect !== undefined, { message: 'a step needs a check, an expect, or both' });

export const SetupSchema = z
  .object({
    /** Simulator only: the shell the learner starts in, learner (default) or root. On real Docker the learner is whoever runs dockerlings. */
    user: z.enum(['learner', 'root']).optional(),
    /** Simulator only: boot the host with the learner outside the docker group (lesson 1). */
    learnerInDockerGroup: z.boolean().optional(),
    /** Commands run before the lesson starts, in order (as the learner; use sudo where needed). */
    run: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const LessonSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    backends: z.array(z.enum(['simulator', 'docker'])).min(1),
    setup: SetupSchema.optional(),
    steps: z.array(StepSchema).min(1),
  })
  .strict();

export const CourseSchema = z
  .object({
    /** Lesson folders, in order. */
    lessons: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).min(1),
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1).default(['en', 'ko']),
  })
  .strict();

export type Expectation = z.infer<typeof ExpectationSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type LearnerExpectation = z.infer<typeof LearnerExpectationSchema>;
export type StepSpec = z.infer<typeof StepSchema>;
export type LessonSpec = z.infer<typeof LessonSchema>;
export type CourseSpec = z.infer<typeof CourseSchema>;
