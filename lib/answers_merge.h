/*
 * answers_merge: rk-quiz --ask -o FILE adds to FILE.  The rows of FILE that
 * answer other quizzes stay as they are, under FILE's own header; the
 * asked quiz's old answers are dropped and its new ones follow.  So one
 * file can collect a person's answers to every quiz, one --ask at a time.
 */
#ifndef RK_ANSWERS_MERGE_H
#define RK_ANSWERS_MERGE_H

#include <stddef.h>

#include "lib/csv_writer.h"
#include "lib/quiz.h"

struct answers_kept {
	char **cells;           /* nrows rows of ncols fields, the header first */
	size_t ncols, nrows;
	size_t qcol, acol;      /* the question and answer columns */
};

/* Read PATH, a regular file or NULL: its header and its rows that answer
 * no item of Q.  NULL, a missing or an empty file keep nothing, under the
 * header question,answer.  A file that is not one person's answers (no
 * question or answer column, a respondent column, bad CSV) is an error
 * with file:line. */
void answers_kept_read(struct answers_kept *k, const char *path, const struct quiz *q);
/* Write the kept rows, then the answered VALUES of Q (one per item). */
void answers_kept_write(const struct answers_kept *k, const struct quiz *q,
    const short *values, struct csv_writer *w);
void answers_kept_free(struct answers_kept *k);

#endif
