/* answers: answers files, checked row by row against the quizzes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/quiz.h"
#include "core/text.h"
#include "io/answers.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "util/err.h"

enum { C_QUESTION, C_ANSWER, C_RESPONDENT, NCOLS };

static const char *const colnames[NCOLS] = { "question", "answer", "respondent" };

void
answers_init(struct answer_sheets *a, const struct quiz_set *set)
{
	memset(a, 0, sizeof *a);
	a->set = set;
}

static void
rehash(struct answer_sheets *a)
{
	size_t i, h;

	free(a->slots);
	a->nslots = a->nslots ? a->nslots * 2 : 64;
	a->slots = xmalloc(a->nslots * sizeof *a->slots);
	for (i = 0; i < a->nslots; i++)
		a->slots[i] = -1;
	for (i = 0; i < a->n; i++) {
		h = quiz_hash(a->names[i], strlen(a->names[i])) & (a->nslots - 1);
		while (a->slots[h] >= 0)
			h = (h + 1) & (a->nslots - 1);
		a->slots[h] = (long)i;
	}
}

/* NAME (N bytes, no NUL) is the string S; a loop costs less than strncmp
 * for names this short. */
static int
same_name(const char *s, const char *name, size_t n)
{
	size_t k = 0;

	while (k < n && s[k] == name[k])
		k++;
	return k == n && s[n] == '\0';
}

size_t
answers_respondent(struct answer_sheets *a, const char *name, size_t n)
{
	size_t h, i, ni = a->set->nitems;

	if (a->n > 0 && same_name(a->names[a->last], name, n))
		return a->last;
	if (2 * (a->n + 1) > a->nslots)
		rehash(a);
	h = quiz_hash(name, n) & (a->nslots - 1);
	for (; a->slots[h] >= 0; h = (h + 1) & (a->nslots - 1)) {
		const char *cand = a->names[a->slots[h]];

		if (same_name(cand, name, n))
			return a->last = (size_t)a->slots[h];
	}
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 16;
		a->names = xrealloc(a->names, a->cap * sizeof *a->names);
		a->values = xrealloc(a->values, a->cap * (ni ? ni : 1) * sizeof *a->values);
	}
	a->names[a->n] = xstrndup(name, n);
	for (i = 0; i < ni; i++)
		a->values[a->n * ni + i] = QUIZ_NO_ANSWER;
	a->slots[h] = (long)a->n;
	return a->last = a->n++;
}

const short *
answers_values(const struct answer_sheets *a, size_t r)
{
	return &a->values[r * a->set->nitems];
}

/* "why", "qualify or signs": the quizzes an unknown question is not in,
 * those of the set, then those skipped. */
static const char *
quiz_names(const struct quiz_set *s, const struct quiz_set *skip, char *buf, size_t n)
{
	size_t k, used = 0, all = s->nquizzes + (skip != NULL ? skip->nquizzes : 0);

	buf[0] = '\0';
	for (k = 0; k < all && used < n; k++)
		used += (size_t)snprintf(buf + used, n - used, "%s%s",
		    k == 0 ? "" : k + 1 == all ? " or " : ", ", k < s->nquizzes ?
		    s->quizzes[k]->name : skip->quizzes[k - s->nquizzes]->name);
	return buf;
}

static int
find_columns(struct csv_reader *r, long *col, struct answer_sheets *a)
{
	const struct csv_record *h = csv_reader_header(r);
	size_t i;

	if (h == NULL) {
		col[C_QUESTION] = -1;   /* an empty input, or --no-header */
		return csv_reader_error(r) != NULL ? -1 : 0;
	}
	if (csv_reader_columns(r, colnames, NCOLS, col,
	    "answers have question, answer and respondent") < 0)
		return -1;
	for (i = C_QUESTION; i <= C_ANSWER; i++)
		if (col[i] < 0)
			return csv_reader_fail(r, h, "the header needs %s %s column%s",
			    i == C_ANSWER ? "an" : "a", colnames[i], csv_reader_tab_hint(r));
	if (col[C_RESPONDENT] >= 0)
		a->named = 1;
	return 0;
}

void
answers_need(struct answer_sheets *a, size_t first, size_t end, const char *what)
{
	a->need_first = first;
	a->need_end = end;
	a->need_what = what;
}

/* Returns 1 when the row answers an item that answers_need counts, 0 when
 * not, -1 on an error. */
static int
read_row(struct answer_sheets *a, struct csv_reader *r, const struct csv_record *rec,
    const long *col)
{
	const char *q = rec->f[col[C_QUESTION]], *ans = rec->f[col[C_ANSWER]];
	const char *who = col[C_RESPONDENT] >= 0 ? rec->f[col[C_RESPONDENT]] : "";
	const struct quiz_item *it;
	char buf[256];
	size_t resp;
	short *slot;
	long i;
	int v;

	if ((i = quiz_set_find(a->set, q, rec->len[col[C_QUESTION]])) < 0) {
		/* An answer to another quiz: skipped, if it is one. */
		if (a->skip != NULL &&
		    (i = quiz_set_find(a->skip, q, rec->len[col[C_QUESTION]])) >= 0) {
			it = quiz_set_item(a->skip, (size_t)i, NULL);
			if (*ans != '\0' && quiz_parse_answer(it, ans, &v) != 0)
				return csv_reader_fail(r, rec, "%s is not an answer to %s (%s)",
				    quote(ans), it->id, quiz_answer_range(it, buf, sizeof buf));
			return 0;
		}
		return csv_reader_fail(r, rec, "%s is not a question of %s", quote(q),
		    quiz_names(a->set, a->skip, buf, sizeof buf));
	}
	resp = answers_respondent(a, who,
	    col[C_RESPONDENT] >= 0 ? rec->len[col[C_RESPONDENT]] : 0);
	if (*ans == '\0')
		return 0;           /* left blank: unanswered */
	it = quiz_set_item(a->set, (size_t)i, NULL);
	if (quiz_parse_answer(it, ans, &v) != 0)
		return csv_reader_fail(r, rec, "%s is not an answer to %s (%s)", quote(ans),
		    it->id, quiz_answer_range(it, buf, sizeof buf));
	slot = &a->values[resp * a->set->nitems + (size_t)i];
	if (*slot != QUIZ_NO_ANSWER) {
		if (col[C_RESPONDENT] >= 0)
			return csv_reader_fail(r, rec, "%s is answered twice by %s", it->id,
			    quote(who));
		return csv_reader_fail(r, rec, "%s is answered twice", it->id);
	}
	*slot = (short)v;
	return (size_t)i >= a->need_first && (size_t)i < a->need_end;
}

void
answers_skip(struct answer_sheets *a, const struct quiz_set *skip)
{
	a->skip = skip;
}

static int
read_answers(struct answer_sheets *a, struct csv_reader *r)
{
	const struct csv_record *rec;
	long col[NCOLS];
	size_t counted = 0;
	int got;

	if (find_columns(r, col, a) < 0)
		return -1;
	while ((rec = csv_reader_next(r)) != NULL) {
		if (col[C_QUESTION] < 0) {
			/* --no-header: the first row sets the width for all. */
			if (rec->nf < 2 || rec->nf > 3)
				return csv_reader_fail(r, rec, "%zu field%s: with --no-header a row "
				    "is question,answer[,respondent]", rec->nf, rec->nf == 1 ? "" : "s");
			col[C_QUESTION] = 0;
			col[C_ANSWER] = 1;
			col[C_RESPONDENT] = rec->nf == 3 ? 2 : -1;
			a->named |= rec->nf == 3;
		}
		if ((got = read_row(a, r, rec, col)) < 0)
			return -1;
		counted += (size_t)got;
	}
	if (csv_reader_error(r) != NULL)
		return -1;
	if (a->need_what != NULL && counted == 0)
		return csv_reader_fail(r, NULL, "no answers to %s", a->need_what);
	return 0;
}

int
answers_read(struct answer_sheets *a, const char *path, const struct csv_dialect *d,
    struct rk_error *e)
{
	struct csv_reader *r = csv_reader_open(path, d, e);
	int ret;

	if (r == NULL)
		return -1;
	if ((ret = read_answers(a, r)) < 0 && e != NULL && e->msg[0] == '\0')
		*e = *csv_reader_error(r);
	csv_reader_close(r);
	return ret;
}

void
answers_free(struct answer_sheets *a)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		free(a->names[i]);
	free(a->names);
	free(a->values);
	free(a->slots);
	memset(a, 0, sizeof *a);
}

/* The number of Q's item ID, or -1. */
static long
item_of(const struct quiz *q, const char *id)
{
	size_t i;

	for (i = 0; i < q->nitems; i++)
		if (strcmp(q->items[i].id, id) == 0)
			return (long)i;
	return -1;
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

static int
read_kept(struct answers_kept *k, struct csv_reader *r, const struct quiz *q)
{
	static const char *const names[] = { "question", "answer", "respondent" };
	const struct csv_record *h, *rec;
	long col[3];

	if ((h = csv_reader_header(r)) == NULL) {
		if (csv_reader_error(r) != NULL)
			return -1;
		keep_header(k);
		return 0;
	}
	if (csv_reader_columns(r, names, 3, col,
	    "answers have question, answer and respondent") < 0)
		return -1;
	if (col[0] < 0 || col[1] < 0)
		return csv_reader_fail(r, h, "the header needs a question and an answer "
		    "column: --ask adds to an answers file");
	if (col[2] >= 0)
		return csv_reader_fail(r, h, "a respondent column: --ask adds to one person's "
		    "answers, not to a file of several");
	k->ncols = h->nf;
	k->qcol = (size_t)col[0];
	k->acol = (size_t)col[1];
	keep(k, h);
	while ((rec = csv_reader_next(r)) != NULL) {
		const char *ans = rec->f[k->acol];
		const struct quiz_item *it;
		char buf[128];
		long i;
		int v;

		if ((i = item_of(q, rec->f[k->qcol])) < 0) {
			keep(k, rec);
			continue;
		}
		if (*ans == '\0')
			continue;   /* left blank: unanswered */
		it = &q->items[i];
		if (quiz_parse_answer(it, ans, &v) != 0)
			return csv_reader_fail(r, rec, "%s is not an answer to %s (%s)",
			    quote(ans), it->id, quiz_answer_range(it, buf, sizeof buf));
		if (k->values[i] != QUIZ_NO_ANSWER)
			return csv_reader_fail(r, rec, "%s is answered twice", it->id);
		k->values[i] = (short)v;
	}
	return csv_reader_error(r) != NULL ? -1 : 0;
}

int
answers_kept_read(struct answers_kept *k, const char *path, const struct quiz *q,
    struct rk_error *e)
{
	struct csv_reader *r;
	struct stat st;
	int ret;

	size_t i;

	memset(k, 0, sizeof *k);
	k->values = xcalloc(q->nitems ? q->nitems : 1, sizeof *k->values);
	for (i = 0; i < q->nitems; i++)
		k->values[i] = QUIZ_NO_ANSWER;
	if (path == NULL || (stat(path, &st) != 0 && errno == ENOENT)) {
		keep_header(k);
		return 0;
	}
	if ((r = csv_reader_open(path, NULL, e)) == NULL)
		return -1;
	if ((ret = read_kept(k, r, q)) < 0) {
		if (e != NULL && e->msg[0] == '\0')
			*e = *csv_reader_error(r);
		answers_kept_free(k);
	}
	csv_reader_close(r);
	return ret;
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
	free(k->values);
	memset(k, 0, sizeof *k);
}
