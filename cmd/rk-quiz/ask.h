/*
 * quiz_ask: ask a quiz's questions one at a time, for rk-quiz --ask.
 *
 * On a terminal each question is shown on stderr with its progress (3/17)
 * and the answers it takes; a bad answer is explained and the question
 * asked again, "b" goes back one question, "s" skips one, and an empty line
 * keeps the answer already given.  Without a terminal the same commands are
 * read one per line, in question order, with no prompts, and a bad line is
 * reported as "stdin:LINE:" and the question read again: so it can be
 * scripted and tested.
 */
#ifndef RK_QUIZ_ASK_H
#define RK_QUIZ_ASK_H

#include <stdio.h>

#include "core/quiz.h"

/* Ask every question of Q, reading IN, into VALUES (QUIZ_NO_ANSWER for a
 * skipped one).  Returns 0 when all were asked, or the number of the
 * question (1-based) at which the input ended. */
size_t quiz_ask(const struct quiz *q, FILE *in, int interactive, short *values);

#endif
