/* tip_for: the categories and checks that call for advice, and their tips. */
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-tip/for.h"
#include "core/quiz.h"
#include "core/text.h"
#include "io/csv.h"
#include "util/err.h"

/* A percent of rk-quiz's output: a plain number from 0 to 100; "nan",
 * "1e309" or "inf" would otherwise pass strtod and pick tips quietly. */
static double
percent_of(struct csv_reader *r, const struct csv_record *rec, long col)
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
		csv_reader_die(r, rec, "percent: %s is not a percent (0 to 100)", quote(s));
	return v;
}

/* A quiz's outcome outranks every category and check. */
#define NEED_OUTCOME 3000

/* How much a row calls for advice, in tenths of a percent (0: none; a
 * failed check outranks any percent), or -1 for a row that names no
 * category: rk-ready's verdict and next step, rk-quiz's total. */
static int
need_of(struct csv_reader *r, const struct csv_record *rec, const long *col)
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
	csv_reader_die(r, rec, "advise: %s is not high or low", quote(a));
}

/* --for: the categories and checks named on stdin that call for advice,
 * neediest first.  A name that comes twice (respondents) keeps its
 * greatest need. */
/* A hash of names (indexes into an array of strings): so that 100,000
 * categories take linear time, not quadratic. */
struct names {
	char *const *v;
	long *slots;
	size_t nslots;
};

static size_t
hash_mem(const char *s, size_t len)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The index of the name S (LEN bytes), or -1; *AT is where it would go. */
static long
names_find(const struct names *t, const char *s, size_t len, size_t *at)
{
	size_t h = hash_mem(s, len) & (t->nslots - 1);
	long k;

	for (; (k = t->slots[h]) >= 0; h = (h + 1) & (t->nslots - 1))
		if (strncmp(t->v[k], s, len) == 0 && t->v[k][len] == '\0')
			break;
	*at = h;
	return k;
}

/* Room for N names in T: grows and rehashes names 0..N-1. */
static void
names_room(struct names *t, char *const *v, size_t n)
{
	size_t i, at;

	t->v = v;
	if (2 * (n + 1) <= t->nslots)
		return;
	free(t->slots);
	for (t->nslots = t->nslots ? t->nslots : 64; 2 * (n + 1) > t->nslots; )
		t->nslots *= 2;
	t->slots = xmalloc(t->nslots * sizeof *t->slots);
	for (i = 0; i < t->nslots; i++)
		t->slots[i] = -1;
	for (i = 0; i < n; i++)
		if (names_find(t, v[i], strlen(v[i]), &at) < 0)
			t->slots[at] = (long)i;
}

struct ranked {
	char *name;
	int need;
	size_t at;
};

static int
by_need(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->need != y->need)
		return x->need > y->need ? -1 : 1;
	return (x->at > y->at) - (x->at < y->at);
}

size_t
tip_for_read(const char *path, const struct csv_dialect *d, char ***out)
{
	struct csv_reader *r = xcsv_open(path, d);
	const struct csv_record *rec;
	long col[4], outcome;
	char **want = NULL;
	int *need = NULL, v;
	const char *name;
	size_t n = 0, cap = 0, at, i, len;
	long k;
	struct names seen = { NULL, NULL, 0 };
	struct ranked *rk;

	if (csv_reader_header(r) == NULL) {
		csv_reader_check(r);
		diag_die("%s: empty input: --for reads the CSV output of rk-quiz or rk-ready",
		    quote_name(csv_reader_name(r)));
	}
	col[0] = csv_reader_find(r, "category");
	csv_reader_check(r);
	if (col[0] < 0)
		col[0] = csv_reader_find(r, "check");
	csv_reader_check(r);
	if (col[0] < 0)
		diag_die_at(csv_reader_name(r), csv_reader_header(r)->line,
		    "--for needs a category or check column (the output of rk-quiz or "
		    "rk-ready)%s", csv_reader_tab_hint(r));
	col[1] = csv_reader_find(r, "status");
	col[2] = csv_reader_find(r, "percent");
	col[3] = csv_reader_find(r, "advise");
	outcome = csv_reader_find(r, "outcome");
	csv_reader_check(r);
	while ((rec = csv_reader_next(r)) != NULL) {
		/* A quiz's total row names what its result adds up to (his
		 * signs: none, weak or strong); the tips for that outcome come
		 * first, as the conclusion comes before the details. */
		if (outcome >= 0 && strcmp(rec->f[col[0]], QUIZ_TOTAL) == 0 &&
		    rec->len[outcome] > 0) {
			v = NEED_OUTCOME;
			name = rec->f[outcome];
			len = rec->len[outcome];
		} else if ((v = need_of(r, rec, col)) > 0) {
			name = rec->f[col[0]];
			len = rec->len[col[0]];
		} else
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			want = xrealloc(want, cap * sizeof *want);
			need = xrealloc(need, cap * sizeof *need);
		}
		names_room(&seen, want, n);
		if ((k = names_find(&seen, name, len, &at)) >= 0) {
			if (v > need[k])
				need[k] = v;
			continue;
		}
		seen.slots[at] = (long)n;
		want[n] = xstrndup(name, len);
		need[n++] = v;
	}
	csv_reader_check(r);
	free(seen.slots);
	csv_reader_close(r);
	/* Neediest first; names of equal need keep their order (the index
	 * breaks ties, as qsort is not stable). */
	rk = xmalloc((n + 1) * sizeof *rk);
	for (i = 0; i < n; i++) {
		rk[i].name = want[i];
		rk[i].need = need[i];
		rk[i].at = i;
	}
	qsort(rk, n, sizeof *rk, by_need);
	for (i = 0; i < n; i++)
		want[i] = rk[i].name;
	free(rk);
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

/* A kept tip: the first wanted name it is tagged with, and its place. */
struct pick {
	size_t rank, j;
};

static int
by_rank(const void *a, const void *b)
{
	const struct pick *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return (x->j > y->j) - (x->j < y->j);
}

/* Each tip goes with the first wanted name among its tags: a hash of the
 * names, a look-up per tag, and a sort, so n log n where a loop over names
 * and tips was quadratic.  A name with a space in it (no tag has one) is
 * matched as tip_has_tag matches it, a run of whole tags. */
size_t
tip_for_select(const struct tip *pool, size_t *sel, size_t n, char *const *want, size_t nwant)
{
	struct names t = { NULL, NULL, 0 };
	struct pick *res = xmalloc((n + 1) * sizeof *res);
	size_t i, j, k, at, out = 0, none = (size_t)-1;
	long w;

	names_room(&t, want, nwant);
	for (i = 0; i < nwant; i++)
		if (strchr(want[i], ' ') == NULL && names_find(&t, want[i], strlen(want[i]), &at) < 0)
			t.slots[at] = (long)i;
	for (j = 0; j < n; j++) {
		const char *p = pool[sel[j]].tags, *e;

		res[j].rank = none;
		res[j].j = j;
		for (; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
			e = strchr(p, ' ');
			if (e == NULL)
				e = p + strlen(p);
			if (e > p && (w = names_find(&t, p, (size_t)(e - p), &at)) >= 0 &&
			    (size_t)w < res[j].rank)
				res[j].rank = (size_t)w;
		}
	}
	for (i = 0; i < nwant; i++)
		if (strchr(want[i], ' ') != NULL)
			for (j = 0; j < n; j++)
				if (i < res[j].rank && tip_has_tag(&pool[sel[j]], want[i]))
					res[j].rank = i;
	for (j = 0; j < n; j++)
		if (res[j].rank != none)
			res[out++] = res[j];
	qsort(res, out, sizeof *res, by_rank);
	for (k = 0; k < out; k++)
		res[k].j = sel[res[k].j];
	for (k = 0; k < out; k++)
		sel[k] = res[k].j;
	free(res);
	free(t.slots);
	return out;
}
