/* tip_for: the categories and checks that call for advice, and their tips. */
#include <stdlib.h>
#include <string.h>

#include "lib/csv_reader.h"
#include "lib/diag.h"
#include "lib/quiz.h"
#include "lib/tip_for.h"

/* A percent of rk-quiz's output: a plain number from 0 to 100; "nan",
 * "1e309" or "inf" would otherwise pass strtod and pick tips quietly. */
static double
percent_of(const struct csv_reader *r, const struct csv_record *rec, long col)
{
	const char *s = rec->f[col];
	char *end;
	double v;
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if ((s[i] < '0' || s[i] > '9') && s[i] != '.')
			break;
	v = strtod(s, &end);
	if (s[i] != '\0' || *end != '\0' || end == s || v > 100)
		csv_reader_die(r, rec, "percent: %s is not a percent (0 to 100)", diag_quote(s));
	return v;
}

/* How much a row calls for advice, in tenths of a percent (0: none; a
 * failed check outranks any percent), or -1 for a row that names no
 * category: rk-ready's verdict and next step, rk-quiz's total. */
static int
need_of(const struct csv_reader *r, const struct csv_record *rec, const long *col)
{
	const char *c = rec->f[col[0]], *a;
	double pct;

	if (strcmp(c, QUIZ_TOTAL) == 0 || (col[1] >= 0 && (strcmp(c, "verdict") == 0 ||
	    strcmp(c, "next") == 0)))
		return -1;
	if (col[1] >= 0)
		return strcmp(rec->f[col[1]], "pass") == 0 ? 0 :
		    strcmp(rec->f[col[1]], "fail") == 0 ? 2000 : 1;
	if (col[2] < 0)
		return 1;
	if (rec->len[col[2]] == 0)
		return 0;       /* unanswered */
	pct = percent_of(r, rec, col[2]);
	a = col[3] >= 0 ? rec->f[col[3]] : "";
	if (*a == '\0' || strcmp(a, "high") == 0)
		return (int)(pct * 10 + 0.5);
	if (strcmp(a, "low") == 0)
		return 1000 - (int)(pct * 10 + 0.5);
	csv_reader_die(r, rec, "advise: %s is not high or low", diag_quote(a));
}

/* --for: the categories and checks named on stdin that call for advice,
 * neediest first.  A name that comes twice (respondents) keeps its
 * greatest need. */
size_t
tip_for_read(const char *path, const struct csv_dialect *d, char ***out)
{
	struct csv_reader *r = csv_reader_open(path, d);
	const struct csv_record *rec;
	long col[4];
	char **want = NULL;
	int *need = NULL, v;
	size_t n = 0, i, j;

	if (csv_reader_header(r) == NULL)
		diag_die("%s: empty input: --for reads the CSV output of rk-quiz or rk-ready",
		    diag_name(csv_reader_name(r)));
	col[0] = csv_reader_find(r, "category");
	if (col[0] < 0)
		col[0] = csv_reader_find(r, "check");
	if (col[0] < 0)
		diag_die_at(csv_reader_name(r), csv_reader_header(r)->line,
		    "--for needs a category or check column (the output of rk-quiz or rk-ready)");
	col[1] = csv_reader_find(r, "status");
	col[2] = csv_reader_find(r, "percent");
	col[3] = csv_reader_find(r, "advise");
	while ((rec = csv_reader_next(r)) != NULL) {
		if ((v = need_of(r, rec, col)) <= 0)
			continue;
		for (i = 0; i < n; i++)
			if (strcmp(want[i], rec->f[col[0]]) == 0)
				break;
		if (i < n) {
			if (v > need[i])
				need[i] = v;
			continue;
		}
		want = xrealloc(want, (n + 1) * sizeof *want);
		need = xrealloc(need, (n + 1) * sizeof *need);
		want[n] = xstrdup(rec->f[col[0]]);
		need[n++] = v;
	}
	csv_reader_close(r);
	/* Insertion sort, stable: names of equal need keep their order. */
	for (i = 1; i < n; i++) {
		char *w = want[i];

		v = need[i];
		for (j = i; j > 0 && need[j - 1] < v; j--) {
			want[j] = want[j - 1];
			need[j] = need[j - 1];
		}
		want[j] = w;
		need[j] = v;
	}
	free(need);
	*out = want;
	return n;
}

void
tip_for_free(char **want, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(want[i]);
	free(want);
}

size_t
tip_for_select(const struct tip *pool, size_t *sel, size_t n, char *const *want, size_t nwant)
{
	size_t i, j, k, out = 0;
	size_t *res = xcalloc(n, sizeof *res);
	char *used = xcalloc(n, 1);

	for (i = 0; i < nwant; i++)
		for (j = 0; j < n; j++)
			if (!used[j] && tip_has_tag(&pool[sel[j]], want[i])) {
				used[j] = 1;
				res[out++] = sel[j];
			}
	for (k = 0; k < out; k++)
		sel[k] = res[k];
	free(res);
	free(used);
	return out;
}
