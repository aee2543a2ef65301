/* answers_merge: an answers file, with one quiz's rows replaced. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/answers_merge.h"
#include "lib/csv_reader.h"
#include "lib/csv_writer.h"
#include "lib/diag.h"
#include "lib/quiz.h"

static int
is_item_of(const struct quiz *q, const char *id)
{
	size_t i;

	for (i = 0; i < q->nitems; i++)
		if (strcmp(q->items[i].id, id) == 0)
			return 1;
	return 0;
}

static void
keep(struct answers_kept *k, const struct csv_record *rec)
{
	size_t i;

	k->cells = xrealloc(k->cells, (k->nrows + 1) * k->ncols * sizeof *k->cells);
	for (i = 0; i < k->ncols; i++)
		k->cells[k->nrows * k->ncols + i] = xstrndup(rec->f[i], rec->len[i]);
	k->nrows++;
}

/* A new file's header. */
static void
keep_header(struct answers_kept *k)
{
	k->ncols = 2;
	k->cells = xcalloc(2, sizeof *k->cells);
	k->cells[0] = xstrdup("question");
	k->cells[1] = xstrdup("answer");
	k->nrows = 1;
	k->qcol = 0;
	k->acol = 1;
}

void
answers_kept_read(struct answers_kept *k, const char *path, const struct quiz *q)
{
	static const char *const names[] = { "question", "answer", "respondent" };
	struct csv_reader *r;
	const struct csv_record *h, *rec;
	struct stat st;
	long col[3];

	memset(k, 0, sizeof *k);
	if (path == NULL || (stat(path, &st) != 0 && errno == ENOENT)) {
		keep_header(k);
		return;
	}
	r = csv_reader_open(path, NULL);
	if ((h = csv_reader_header(r)) == NULL) {
		csv_reader_close(r);
		keep_header(k);
		return;
	}
	csv_reader_columns(r, names, 3, col, "answers have question, answer and respondent");
	if (col[0] < 0 || col[1] < 0)
		diag_die_at(csv_reader_name(r), h->line, "the header needs a question and an "
		    "answer column: --ask adds to an answers file");
	if (col[2] >= 0)
		diag_die_at(csv_reader_name(r), h->line, "a respondent column: --ask adds "
		    "to one person's answers, not to a file of several");
	k->ncols = h->nf;
	k->qcol = (size_t)col[0];
	k->acol = (size_t)col[1];
	keep(k, h);
	while ((rec = csv_reader_next(r)) != NULL)
		if (!is_item_of(q, rec->f[k->qcol]))
			keep(k, rec);
	csv_reader_close(r);
}

void
answers_kept_write(const struct answers_kept *k, const struct quiz *q,
    const short *values, struct csv_writer *w)
{
	char num[16];
	size_t i, j;

	for (i = 0; i < k->nrows; i++) {
		for (j = 0; j < k->ncols; j++)
			csv_write_str(w, k->cells[i * k->ncols + j]);
		csv_write_end(w);
	}
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];

		if (values[i] == QUIZ_NO_ANSWER)
			continue;
		snprintf(num, sizeof num, "%d", values[i]);
		for (j = 0; j < k->ncols; j++)
			csv_write_str(w, j == k->qcol ? it->id : j != k->acol ? "" :
			    it->yesno ? (values[i] ? "yes" : "no") : num);
		csv_write_end(w);
	}
}

void
answers_kept_free(struct answers_kept *k)
{
	size_t i;

	for (i = 0; i < k->nrows * k->ncols; i++)
		free(k->cells[i]);
	free(k->cells);
	memset(k, 0, sizeof *k);
}
