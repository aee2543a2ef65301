/*
 * answers_out: the file rk-quiz --ask -o writes the answers to.  A regular
 * file (or a new one) is written as a temporary file beside it, mode 0600,
 * renamed over it once all is written, so that it is whole or untouched,
 * and never readable by others; a signal removes the temporary file.  A
 * device or a pipe is written as it is.  Errors are printed and exit 2.
 */
#ifndef RK_ANSWERS_OUT_H
#define RK_ANSWERS_OUT_H

#include <stdio.h>

/* Open PATH for the answers. */
FILE *answers_out_open(const char *path);
/* Remove the temporary file, if there is one, before an error exit. */
void answers_out_discard(void);
/* Close FP, opened on PATH, and put the answers in place. */
void answers_out_commit(FILE *fp, const char *path);

#endif
