/*
 * answers_out: the file rk-quiz --ask -o writes the answers to.  A regular
 * file (or a new one) is written as a temporary file beside it, mode 0600,
 * renamed over it once all is written, so that it is whole or untouched,
 * keeping the owner and mode of the file it replaces (0600 when new); any
 * signal that ends the program removes the temporary file.  A
 * device or a pipe is written as it is.  Errors are printed and exit 2.
 */
#ifndef RK_ANSWERS_OUT_H
#define RK_ANSWERS_OUT_H

#include <stdio.h>

/* Open PATH for the answers. */
FILE *answers_out_open(const char *path);
/* Remove the temporary file, if there is one, before an error exit. */
void answers_out_discard(void);
/* Before FILE is read again and replaced: lock its directory (flock(2),
 * waiting for another --ask to finish).  Returns 1 when FILE is a regular
 * file to read again, 0 for a device, which is not locked.  The lock is
 * on the directory, not on FILE, because the rename replaces FILE. */
int answers_out_lock(const char *path);
/* Close FP, opened on PATH, and put the answers in place. */
void answers_out_commit(FILE *fp, const char *path);

#endif
