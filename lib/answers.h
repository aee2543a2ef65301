/*
 * answers: read answers files (rekindle-files(5)) into one sheet of values per
 * respondent.  An answers file is CSV with the columns question and answer,
 * and optionally respondent; with --no-header the columns are question,
 * answer[,respondent] by position.  Rows may come in any order and
 * interleave; respondents are kept in the order they first appear, so
 * memory grows with respondents times items, never with rows.  An unknown
 * question, a second answer to an item, or a value the item does not take
 * is an error with file:line.  An empty answer leaves the item unanswered.
 */
#ifndef RK_ANSWERS_H
#define RK_ANSWERS_H

#include <stddef.h>

#include "lib/csv_reader.h"
#include "lib/quiz.h"

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
};

void answers_init(struct answer_sheets *a, const struct quiz_set *set);
/* Read PATH ("-" for stdin).  Several files add to the same sheets. */
void answers_read(struct answer_sheets *a, const char *path, const struct csv_dialect *d);
/* The values of respondent R, numbered like the items of the set. */
const short *answers_values(const struct answer_sheets *a, size_t r);
/* Add a respondent called NAME (once only) with nothing answered. */
size_t answers_respondent(struct answer_sheets *a, const char *name, size_t n);
void answers_free(struct answer_sheets *a);

#endif
