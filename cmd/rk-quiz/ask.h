/*
 * ask: rk-quiz --ask.
 *
 * quiz_ask asks a quiz's questions one at a time.  On a terminal each
 * question is shown on stderr with its progress (3/17) and the answers it
 * takes, and the answer already given or stored in FILE, if any; a bad
 * answer is explained and the question asked again, "b" goes back one
 * question, "s" skips one, and an empty line keeps the answer already given
 * or stored.  Without a terminal the same commands are read one per
 * line, in question order, with no prompts, and a bad line is reported as
 * "stdin:LINE:" and the question read again: so it can be scripted and
 * tested.
 *
 * answers_out_* write the file of -o FILE.  A regular file (or a new one)
 * is written as a temporary file beside it, mode 0600, renamed over it once
 * all is written, so that it is whole or untouched, keeping the owner and
 * mode of the file it replaces (0600 when new); any signal that ends the
 * program removes the temporary file.  A device or a pipe is written as it
 * is.  Errors are printed and exit 2.
 */
#ifndef RK_QUIZ_ASK_H
#define RK_QUIZ_ASK_H

#include <stdio.h>

#include "core/quiz.h"

/* Ask the questions of Q, reading IN, into VALUES, which holds an answer
 * per item (QUIZ_NO_ANSWER for none): the answers stored before, which
 * Enter keeps; "s" leaves a question unanswered.  ONLY, when not NULL,
 * says which items to ask (nonzero); the others keep their values.
 * Returns 0 when all were asked, or the number of the item (1-based) at
 * which the input ended. */
size_t quiz_ask(const struct quiz *q, FILE *in, int interactive, short *values,
    const unsigned char *only);

/* Open PATH for the answers. */
FILE *answers_out_open(const char *path);
/* Remove the temporary file, if there is one, before an error exit. */
void answers_out_discard(void);
/* Before FILE is read again and replaced: lock its directory (flock(2),
 * waiting for another --ask to finish).  Returns the locked directory, or
 * -1 for a device, which is not locked nor read again.  The lock is on the
 * directory, not on FILE, because the rename replaces FILE. */
int answers_out_lock(const char *path);
/* Close FP, opened on PATH, put the answers in place, and let go of LOCK
 * (from answers_out_lock, or -1). */
void answers_out_commit(FILE *fp, const char *path, int lock);

#endif
