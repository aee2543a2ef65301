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

/* --for: the categories and checks named on stdin, in their order, that
 * call for advice: a quiz category that scored, a check that did not pass. */
size_t
tip_for_read(const char *path, const struct csv_dialect *d, char ***out)
{
	struct csv_reader *r = csv_reader_open(path, d);
	const struct csv_record *rec;
	long cat, status, percent;
	char **want = NULL;
	size_t n = 0, i;

	if (csv_reader_header(r) == NULL)
		diag_die("%s: empty input: --for reads the CSV output of rk-quiz or rk-ready",
		    diag_name(csv_reader_name(r)));
	cat = csv_reader_find(r, "category");
	if (cat < 0)
		cat = csv_reader_find(r, "check");
	if (cat < 0)
		diag_die_at(csv_reader_name(r), csv_reader_header(r)->line,
		    "--for needs a category or check column (the output of rk-quiz or rk-ready)");
	status = csv_reader_find(r, "status");
	percent = csv_reader_find(r, "percent");
	while ((rec = csv_reader_next(r)) != NULL) {
		const char *c = rec->f[cat];

		/* rk-ready's verdict and rk-quiz's total row sum up the
		 * rest: they name no category of their own. */
		if ((status >= 0 && (strcmp(rec->f[status], "pass") == 0 ||
		    strcmp(c, "verdict") == 0)) || strcmp(c, QUIZ_TOTAL) == 0)
			continue;
		if (percent >= 0 && (rec->len[percent] == 0 || percent_of(r, rec, percent) <= 0))
			continue;
		for (i = 0; i < n; i++)
			if (strcmp(want[i], c) == 0)
				break;
		if (i < n)
			continue;
		want = xrealloc(want, (n + 1) * sizeof *want);
		want[n++] = xstrdup(c);
	}
	csv_reader_close(r);
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
