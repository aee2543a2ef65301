/* quiz_file: the quiz format, checked field by field. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/quiz.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/quiz_file.h"
#include "util/err.h"

enum { C_ID, C_CATEGORY, C_TEXT, C_SCALE, C_WEIGHT, C_REVERSE, C_VETO, C_LABELS,
	C_REQUIRE, C_ADVISE, NCOLS };

static const char *const colnames[NCOLS] = {
	"id", "category", "text", "scale", "weight", "reverse", "veto", "labels", "require",
	"advise"
};

/* What the parser keeps while it reads: the items, their lines, and a hash
 * of the ids seen, to catch a duplicate where it happens. */
struct parse {
	struct quiz_item *items;
	unsigned long *lines;
	size_t n, cap;
	struct quiz_category *cats;
	unsigned long *advise_lines;    /* where a category's advise was given, or 0 */
	size_t ncats, catcap;
	long *catslots;         /* a hash of the category names */
	size_t ncatslots;
	struct quiz_outcome *outcomes;
	unsigned long *outcome_lines;
	size_t noutcomes;
	long *slots;
	size_t nslots;
};

/* Ids are what answers files and shells name items by. */
static int
is_id(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
			return 0;
	}
	return 1;
}

static size_t
hash_str(const char *s)
{
	size_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The index of an earlier item with ID, or -1 after adding item N. */
static long
id_seen(struct parse *p, const char *id, size_t n)
{
	size_t h, i;

	if (2 * (p->n + 1) > p->nslots) {
		free(p->slots);
		p->nslots = p->nslots ? p->nslots * 2 : 64;
		p->slots = xmalloc(p->nslots * sizeof *p->slots);
		for (i = 0; i < p->nslots; i++)
			p->slots[i] = -1;
		for (i = 0; i < p->n; i++) {
			h = hash_str(p->items[i].id) & (p->nslots - 1);
			while (p->slots[h] >= 0)
				h = (h + 1) & (p->nslots - 1);
			p->slots[h] = (long)i;
		}
	}
	h = hash_str(id) & (p->nslots - 1);
	for (; p->slots[h] >= 0; h = (h + 1) & (p->nslots - 1))
		if (strcmp(p->items[p->slots[h]].id, id) == 0)
			return p->slots[h];
	p->slots[h] = (long)n;
	return -1;
}

static int
parse_scale(const char *s, struct quiz_item *it)
{
	char *end;
	long lo, hi;

	if (*s == '\0' || strcmp(s, "yesno") == 0) {
		it->yesno = 1;
		it->min = 0;
		it->max = 1;
		return 0;
	}
	if (*s < '0' || *s > '9')
		return -1;
	lo = strtol(s, &end, 10);
	if (*end != '-' || end[1] < '0' || end[1] > '9' || end - s > 4)
		return -1;
	s = end + 1;
	hi = strtol(s, &end, 10);
	if (*end != '\0' || end - s > 4 || lo >= hi || hi > QUIZ_SCALE_MAX)
		return -1;
	it->yesno = 0;
	it->min = (int)lo;
	it->max = (int)hi;
	return 0;
}

/* A positive number with at most 3 decimals, in thousandths. */
static long
parse_weight(const char *s)
{
	long w = 0, frac = 0;
	int digits = 0, decimals = 0;

	if (*s == '\0')
		return 1000;
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		if ((w = w * 10 + (*s - '0')) > QUIZ_WEIGHT_MAX)
			return -1;
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++) {
			if (++decimals > 3)
				return -1;
			frac = frac * 10 + (*s - '0');
		}
	}
	if (*s != '\0' || digits == 0 || (decimals == 0 && s[-1] == '.'))
		return -1;
	while (decimals++ < 3)
		frac *= 10;
	w = w * 1000 + frac;
	return w > 0 && w <= QUIZ_WEIGHT_MAX * 1000L ? w : -1;
}

/* "never|always": what the two ends of a scale mean. */
static int
check_labels(struct csv_reader *r, const struct csv_record *rec, const char *s,
    size_t n, const struct quiz_item *it)
{
	const char *bar = memchr(s, '|', n);

	if (n == 0)
		return 0;
	if (csv_check_text(r, rec, "labels", s, n, 0) < 0)
		return -1;
	if (it->yesno)
		return csv_reader_fail(r, rec, "labels: only a scale item (MIN-MAX) has labels");
	if (bar == NULL || bar == s || bar == s + n - 1 || memchr(bar + 1, '|', n -
	    (size_t)(bar + 1 - s)) != NULL || memchr(s, '\n', n) != NULL)
		return csv_reader_fail(r, rec, "labels: %s is not LOW|HIGH (what %d and %d "
		    "mean, e.g. never|always)", quote(s), it->min, it->max);
	return 0;
}

/* "yes", "no", "" or the name of a group of alternatives (an id). */
static int
check_require(struct csv_reader *r, const struct csv_record *rec, const char *s,
    size_t n)
{
	if (n > 0 && !is_id(s, n))
		return csv_reader_fail(r, rec, "require: %s is not yes, no or a group name (1 "
		    "to 64 letters, digits, '.', '_' or '-')", quote(s));
	return 0;
}

/* A "total" row: an outcome, holding for total points MIN-MAX. */
static int
read_outcome(struct parse *p, struct csv_reader *r, const struct csv_record *rec,
    const long *col)
{
	static const int unused[] = { C_WEIGHT, C_REVERSE, C_VETO, C_LABELS, C_REQUIRE,
		C_ADVISE };
	struct quiz_outcome o;
	const char *f = col[C_SCALE] >= 0 ? rec->f[col[C_SCALE]] : "";
	char *end;
	size_t i;

	if (csv_check_text(r, rec, "text", rec->f[col[C_TEXT]], rec->len[col[C_TEXT]], 1) < 0)
		return -1;
	if (*f < '0' || *f > '9' || (o.min = strtol(f, &end, 10), *end != '-') ||
	    end[1] < '0' || end[1] > '9' || (o.max = strtol(end + 1, &end, 10), *end != '\0') ||
	    o.min > o.max || o.max > QUIZ_TOTAL_MAX)
		return csv_reader_fail(r, rec, "scale: %s is not a range of total points for "
		    "an outcome (MIN-MAX, whole numbers 0 to %d)", quote(f), QUIZ_TOTAL_MAX);
	for (i = 0; i < sizeof unused / sizeof unused[0]; i++)
		if (col[unused[i]] >= 0 && rec->len[col[unused[i]]] > 0)
			return csv_reader_fail(r, rec, "%s: an outcome (category %s) has none",
			    colnames[unused[i]], QUIZ_TOTAL);
	for (i = 0; i < p->noutcomes; i++) {
		if (strcmp(p->outcomes[i].name, rec->f[col[C_ID]]) == 0)
			return csv_reader_fail(r, rec, "duplicate outcome %s (first on line %lu)",
			    quote(rec->f[col[C_ID]]), p->outcome_lines[i]);
		if (o.min <= p->outcomes[i].max && p->outcomes[i].min <= o.max)
			return csv_reader_fail(r, rec, "points %ld-%ld overlap outcome %s (line "
			    "%lu)", o.min, o.max, p->outcomes[i].name, p->outcome_lines[i]);
	}
	o.name = xstrdup(rec->f[col[C_ID]]);
	o.text = xstrdup(rec->f[col[C_TEXT]]);
	p->outcomes = xrealloc(p->outcomes, (p->noutcomes + 1) * sizeof *p->outcomes);
	p->outcome_lines = xrealloc(p->outcome_lines,
	    (p->noutcomes + 1) * sizeof *p->outcome_lines);
	p->outcome_lines[p->noutcomes] = rec->line;
	p->outcomes[p->noutcomes++] = o;
	return 0;
}

/* The index of category NAME, added if new: a hash, so that a file with
 * 100,000 categories reads in linear time. */
static size_t
category_index(struct parse *p, const char *name)
{
	size_t h, i;

	if (2 * (p->ncats + 1) > p->ncatslots) {
		free(p->catslots);
		p->ncatslots = p->ncatslots ? p->ncatslots * 2 : 64;
		p->catslots = xmalloc(p->ncatslots * sizeof *p->catslots);
		for (i = 0; i < p->ncatslots; i++)
			p->catslots[i] = -1;
		for (i = 0; i < p->ncats; i++) {
			h = hash_str(p->cats[i].name) & (p->ncatslots - 1);
			while (p->catslots[h] >= 0)
				h = (h + 1) & (p->ncatslots - 1);
			p->catslots[h] = (long)i;
		}
	}
	h = hash_str(name) & (p->ncatslots - 1);
	for (; p->catslots[h] >= 0; h = (h + 1) & (p->ncatslots - 1))
		if (strcmp(p->cats[p->catslots[h]].name, name) == 0)
			return (size_t)p->catslots[h];
	p->catslots[h] = (long)p->ncats;
	if (p->ncats == p->catcap) {
		p->catcap = p->catcap ? p->catcap * 2 : 16;
		p->cats = xrealloc(p->cats, p->catcap * sizeof *p->cats);
		p->advise_lines = xrealloc(p->advise_lines, p->catcap * sizeof *p->advise_lines);
	}
	p->cats[p->ncats].name = xstrdup(name);
	p->cats[p->ncats].title = p->cats[p->ncats].summary = p->cats[p->ncats].advice = "";
	p->cats[p->ncats].advise = QUIZ_ADVISE_HIGH;
	p->advise_lines[p->ncats] = 0;
	return p->ncats++;
}

/* The advise column: which end of category CAT's score calls for advice.
 * Any item may say it, and those that do must agree; empty says nothing. */
static int
read_advise(struct parse *p, struct csv_reader *r, const struct csv_record *rec,
    const char *f, size_t cat)
{
	enum quiz_advise a;

	if (*f == '\0')
		return 0;
	if (strcasecmp(f, "high") == 0)
		a = QUIZ_ADVISE_HIGH;
	else if (strcasecmp(f, "low") == 0)
		a = QUIZ_ADVISE_LOW;
	else
		return csv_reader_fail(r, rec, "advise: %s is not high or low", quote(f));
	if (p->advise_lines[cat] != 0 && p->cats[cat].advise != a)
		return csv_reader_fail(r, rec, "advise: %s, but category %s is advised %s on "
		    "line %lu", QUIZ_ADVISE_NAME(a), quote(p->cats[cat].name),
		    QUIZ_ADVISE_NAME(p->cats[cat].advise), p->advise_lines[cat]);
	p->cats[cat].advise = a;
	if (p->advise_lines[cat] == 0)
		p->advise_lines[cat] = rec->line;
	return 0;
}

static int
read_item(struct parse *p, struct csv_reader *r, const struct csv_record *rec,
    const long *col)
{
	struct quiz_item it;
	const char *f;
	long dup;

	memset(&it, 0, sizeof it);
	f = rec->f[col[C_ID]];
	if (!is_id(f, rec->len[col[C_ID]]))
		return csv_reader_fail(r, rec, "id: %s is not an id (1 to 64 letters, digits, "
		    "'.', '_' or '-')", quote(f));
	if (strcmp(rec->f[col[C_CATEGORY]], QUIZ_TOTAL) == 0)
		return read_outcome(p, r, rec, col);
	if (csv_check_text(r, rec, "category", rec->f[col[C_CATEGORY]],
	    rec->len[col[C_CATEGORY]], 1) < 0 ||
	    csv_check_text(r, rec, "text", rec->f[col[C_TEXT]], rec->len[col[C_TEXT]], 1) < 0)
		return -1;
	if (col[C_SCALE] >= 0 && parse_scale(f = rec->f[col[C_SCALE]], &it) != 0)
		return csv_reader_fail(r, rec, "scale: %s is not a scale (yesno, or MIN-MAX: "
		    "whole numbers 0 to %d, MIN below MAX)", quote(f), QUIZ_SCALE_MAX);
	if (col[C_SCALE] < 0)
		parse_scale("", &it);
	it.weight = col[C_WEIGHT] >= 0 ? parse_weight(f = rec->f[col[C_WEIGHT]]) : 1000;
	if (it.weight < 0)
		return csv_reader_fail(r, rec, "weight: %s is not a weight (a number above 0, "
		    "up to %d, with at most 3 decimals)", quote(f), QUIZ_WEIGHT_MAX);
	if (col[C_REVERSE] >= 0) {
		f = rec->f[col[C_REVERSE]];
		if (strcasecmp(f, "yes") == 0)
			it.reverse = 1;
		else if (*f != '\0' && strcasecmp(f, "no") != 0)
			return csv_reader_fail(r, rec, "reverse: %s is not yes or no", quote(f));
	}
	if (col[C_VETO] >= 0 &&
	    csv_check_text(r, rec, "veto", rec->f[col[C_VETO]], rec->len[col[C_VETO]], 0) < 0)
		return -1;
	if (col[C_LABELS] >= 0 &&
	    check_labels(r, rec, rec->f[col[C_LABELS]], rec->len[col[C_LABELS]], &it) < 0)
		return -1;
	if (col[C_REQUIRE] >= 0 &&
	    check_require(r, rec, rec->f[col[C_REQUIRE]], rec->len[col[C_REQUIRE]]) < 0)
		return -1;

	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		p->items = xrealloc(p->items, p->cap * sizeof *p->items);
		p->lines = xrealloc(p->lines, p->cap * sizeof *p->lines);
	}
	it.id = xstrdup(rec->f[col[C_ID]]);
	p->items[p->n] = it;      /* id_seen may rehash, reading items[0..n-1] */
	if ((dup = id_seen(p, it.id, p->n)) >= 0) {
		free((char *)it.id);
		return csv_reader_fail(r, rec, "duplicate id %s (first on line %lu)",
		    quote(rec->f[col[C_ID]]), p->lines[dup]);
	}
	it.cat = category_index(p, rec->f[col[C_CATEGORY]]);
	it.category = p->cats[it.cat].name;
	if (col[C_ADVISE] >= 0 && read_advise(p, r, rec, rec->f[col[C_ADVISE]], it.cat) < 0) {
		free((char *)it.id);
		return -1;
	}
	it.text = xstrdup(rec->f[col[C_TEXT]]);
	it.veto = xstrdup(col[C_VETO] >= 0 ? rec->f[col[C_VETO]] : "");
	it.labels = xstrdup(col[C_LABELS] >= 0 ? rec->f[col[C_LABELS]] : "");
	f = col[C_REQUIRE] >= 0 ? rec->f[col[C_REQUIRE]] : "";
	it.require = xstrdup(strcasecmp(f, "no") == 0 ? "" : strcasecmp(f, "yes") == 0 ?
	    "yes" : f);
	p->items[p->n] = it;
	p->lines[p->n++] = rec->line;
	return 0;
}

/* What a parse that failed had read. */
static void
parse_free(struct parse *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free((char *)p->items[i].id);
		free((char *)p->items[i].text);
		free((char *)p->items[i].veto);
		free((char *)p->items[i].labels);
		free((char *)p->items[i].require);
	}
	for (i = 0; i < p->ncats; i++)
		free((char *)p->cats[i].name);
	for (i = 0; i < p->noutcomes; i++) {
		free((char *)p->outcomes[i].name);
		free((char *)p->outcomes[i].text);
	}
	free(p->items);
	free(p->cats);
	free(p->outcomes);
}

static int
read_quiz(struct parse *p, struct csv_reader *r)
{
	const struct csv_record *h, *rec;
	long col[NCOLS];
	size_t i;

	if ((h = csv_reader_header(r)) == NULL)
		return csv_reader_error(r) != NULL ? -1 : csv_reader_fail(r, NULL, "empty quiz "
		    "file: it needs a header with id, category and text");
	if (csv_reader_columns(r, colnames, NCOLS, col,
	    "a quiz file has id, category, text, scale, weight, reverse, veto, labels, "
	    "require, advise") < 0)
		return -1;
	for (i = C_ID; i <= C_TEXT; i++)
		if (col[i] < 0)
			return csv_reader_fail(r, h, "the header needs %s %s column",
			    i == C_ID ? "an" : "a", colnames[i]);
	while ((rec = csv_reader_next(r)) != NULL)
		if (read_item(p, r, rec, col) < 0)
			return -1;
	if (csv_reader_error(r) != NULL)
		return -1;
	if (p->n == 0)
		return csv_reader_fail(r, NULL, "no questions in the quiz file");
	return 0;
}

struct quiz *
quiz_file_read(const char *path, const struct csv_dialect *d, struct rk_error *e)
{
	struct csv_reader *r = csv_reader_open(path, d, e);
	struct parse p;
	struct quiz *q = NULL;

	if (r == NULL)
		return NULL;
	memset(&p, 0, sizeof p);
	if (read_quiz(&p, r) < 0) {
		if (e != NULL && e->msg[0] == '\0')
			*e = *csv_reader_error(r);
		parse_free(&p);
	} else {
		q = xcalloc(1, sizeof *q);
		q->name = xstrdup(csv_reader_name(r));
		q->title = "";
		q->items = p.items;
		q->nitems = p.n;
		q->cats = p.cats;
		q->ncats = p.ncats;
		q->outcomes = p.outcomes;
		q->noutcomes = p.noutcomes;
	}
	free(p.outcome_lines);
	free(p.advise_lines);
	free(p.lines);
	free(p.slots);
	free(p.catslots);
	csv_reader_close(r);
	return q;
}

void
quiz_file_free(struct quiz *q)
{
	size_t i;

	if (q == NULL)
		return;
	for (i = 0; i < q->nitems; i++) {
		free((char *)q->items[i].id);
		free((char *)q->items[i].text);
		free((char *)q->items[i].veto);
		free((char *)q->items[i].labels);
		free((char *)q->items[i].require);
	}
	for (i = 0; i < q->noutcomes; i++) {
		free((char *)q->outcomes[i].name);
		free((char *)q->outcomes[i].text);
	}
	free((void *)q->outcomes);
	for (i = 0; i < q->ncats; i++)
		free((char *)q->cats[i].name);
	free((void *)q->items);
	free((void *)q->cats);
	free((char *)q->name);
	free(q);
}

void
quiz_file_write(const struct quiz *q, struct csv_writer *w)
{
	char scale[32], weight[32];
	size_t i;

	csv_write_row(w, "id", "category", "text", "scale", "weight", "reverse", "veto",
	    "labels", "require", "advise", NULL);
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];

		if (it->yesno)
			snprintf(scale, sizeof scale, "yesno");
		else
			snprintf(scale, sizeof scale, "%d-%d", it->min, it->max);
		csv_write_row(w, it->id, it->category, it->text, scale,
		    quiz_format_points(it->weight, weight, sizeof weight),
		    it->reverse ? "yes" : "no", it->veto, it->labels, it->require,
		    QUIZ_ADVISE_NAME(q->cats[it->cat].advise), NULL);
	}
	for (i = 0; i < q->noutcomes; i++) {
		const struct quiz_outcome *o = &q->outcomes[i];

		snprintf(scale, sizeof scale, "%ld-%ld", o->min, o->max);
		csv_write_row(w, o->name, QUIZ_TOTAL, o->text, scale, "", "", "", "", "", "", NULL);
	}
}
