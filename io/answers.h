/*
 * answers: read answers files (rekindle-files(5)) into one sheet of values per
 * respondent.  An answers file is CSV with the columns question and answer,
 * and optionally respondent; with --no-header the columns are question,
 * answer[,respondent] by position.  Rows may come in any order and
 * interleave; respondents are kept in the order they first appear, so
 * memory grows with respondents times items, never with rows.  An unknown
 * question, a second answer to an item, or a value the item does not take
 * is an error with file:line, returned to the caller.  An empty answer
 * leaves the item unanswered.
 *
 * The set may hold more quizzes than the one being scored, so that one file
 * can hold a person's answers to all of them: answers_need names the items
 * that count, and a file that answers none of them is an error.
 * answers_skip names more quizzes whose answers are passed over unchecked.
 */
#ifndef RK_ANSWERS_H
#define RK_ANSWERS_H

#include <stddef.h>

#include "core/error.h"
#include "core/quiz.h"
#include "io/csv.h"
#include "io/csv_writer.h"

struct answer_sheets {
	const struct quiz_set *set;
	size_t n;               /* respondents */
	char **names;           /* "" for answers given without a respondent */
	short *values;          /* n rows of set->nitems values */
	int named;              /* some input had a respondent column */

	size_t cap;
	long *slots;            /* hash of names: respondent numbers, -1 empty */
	size_t nslots;
	size_t last;            /* the respondent of the last row, for speed */

	size_t need_first, need_end;   /* the items a file must answer one of */
	const char *need_what;         /* "the why quiz", or NULL: no such rule */
	const struct quiz_set *skip;   /* other quizzes, whose answers are skipped */
};

void answers_init(struct answer_sheets *a, const struct quiz_set *set);
/* Each file read from now on must answer at least one of the items FIRST
 * to END-1 of the set, or it is an error: "FILE: no answers to WHAT". */
void answers_need(struct answer_sheets *a, size_t first, size_t end, const char *what);
/* Rows that answer an item of SKIP (and of no quiz of the set) are skipped,
 * so that one file can hold answers to a quiz file and to the built-in
 * quizzes; an id in neither is still an error. */
void answers_skip(struct answer_sheets *a, const struct quiz_set *skip);
/* Read PATH ("-" for stdin).  Several files add to the same sheets.  -1
 * with E set at the first error; A then keeps the rows read before it, for
 * answers_free. */
int answers_read(struct answer_sheets *a, const char *path, const struct csv_dialect *d,
    struct rk_error *e);
/* The values of respondent R, numbered like the items of the set. */
const short *answers_values(const struct answer_sheets *a, size_t r);
/* Add a respondent called NAME (once only) with nothing answered. */
size_t answers_respondent(struct answer_sheets *a, const char *name, size_t n);
void answers_free(struct answer_sheets *a);

struct answers_kept {
	char **cells;           /* nrows rows of ncols fields, the header first */
	size_t ncols, nrows;
	size_t qcol, acol;      /* the question and answer columns */
	short *values;          /* the file's answer to each item of Q, or
	                         * QUIZ_NO_ANSWER */
};

/* Read PATH, a regular file or NULL: its header and its rows that answer
 * no item of Q, and into K->values its answers to Q.  NULL, a missing or an
 * empty file keep nothing, under the header question,answer.  A file that
 * is not one person's answers (no question or answer column, a respondent
 * column, bad CSV, an answer Q's item does not take, a second answer to
 * one) is an error with file:line: -1 with E set, and K holds nothing. */
int answers_kept_read(struct answers_kept *k, const char *path, const struct quiz *q,
    struct rk_error *e);
/* Write the kept rows, then the answered VALUES of Q (one per item). */
void answers_kept_write(const struct answers_kept *k, const struct quiz *q,
    const short *values, struct csv_writer *w);
void answers_kept_free(struct answers_kept *k);

#endif
