/* quiz: pure scoring and the lookup of items by id. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/quiz.h"
#include "core/text.h"

int
quiz_parse_answer(const struct quiz_item *it, const char *s, int *value)
{
	static const char *const yes[] = { "yes", "y", "true", "1" };
	static const char *const no[] = { "no", "n", "false", "0" };
	long v;
	size_t i;

	if (it->yesno) {
		for (i = 0; i < sizeof yes / sizeof yes[0]; i++) {
			if (strcasecmp(s, yes[i]) == 0)
				return *value = 1, 0;
			if (strcasecmp(s, no[i]) == 0)
				return *value = 0, 0;
		}
		return -1;
	}
	/* A digit or two is the common answer: read it without strtol. */
	if (s[0] >= '0' && s[0] <= '9' && (s[1] == '\0' ||
	    (s[1] >= '0' && s[1] <= '9' && s[2] == '\0')))
		v = s[1] == '\0' ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
	else if (text_parse_long(s, &v) != 0)
		return -1;
	if (v < it->min || v > it->max)
		return -1;
	*value = (int)v;
	return 0;
}

const char *
quiz_answer_range(const struct quiz_item *it, char *buf, size_t n)
{
	if (it->yesno)
		snprintf(buf, n, "yes or no");
	else
		snprintf(buf, n, "%d to %d", it->min, it->max);
	return buf;
}

long long
quiz_item_points(const struct quiz_item *it, int value)
{
	return (long long)it->weight * (it->reverse ? it->max - value : value - it->min);
}

long long
quiz_item_max(const struct quiz_item *it)
{
	return (long long)it->weight * (it->max - it->min);
}

/* Percent times 10, rounded half up, in exact integer arithmetic. */
static int
percent10(long long score, long long max)
{
	return (int)((score * 2000 + max) / (max * 2));
}

/* Highest percentage first; among answered ties, the heaviest item first;
 * then quiz order. */
static int
by_score(const void *a, const void *b)
{
	const struct quiz_result *x = a, *y = b;

	if (x->pct10 != y->pct10)
		return x->pct10 > y->pct10 ? -1 : 1;
	if (x->pct10 >= 0 && x->heaviest != y->heaviest)
		return x->heaviest > y->heaviest ? -1 : 1;
	return x->cat < y->cat ? -1 : x->cat > y->cat;
}

void
quiz_score(const struct quiz *q, const short *values, struct quiz_result *res)
{
	size_t i;

	for (i = 0; i < q->ncats; i++) {
		memset(&res[i], 0, sizeof res[i]);
		res[i].cat = i;
	}
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];
		struct quiz_result *r = &res[it->cat];

		r->total++;
		if (it->weight > r->heaviest)
			r->heaviest = it->weight;
		if (values[i] == QUIZ_NO_ANSWER)
			continue;
		r->answered++;
		r->score += quiz_item_points(it, values[i]);
		r->max += quiz_item_max(it);
	}
	for (i = 0; i < q->ncats; i++)
		res[i].pct10 = res[i].answered > 0 ? percent10(res[i].score, res[i].max) : -1;

	/* Ties keep quiz order (after weight), and unanswered categories (-1)
	 * sink to the end, in quiz order: the category index breaks ties, so
	 * qsort sorts stably, in n log n (an insertion sort took seconds on
	 * 60,000 categories). */
	qsort(res, q->ncats, sizeof *res, by_score);
}

void
quiz_total(const struct quiz_result *res, size_t nres, struct quiz_result *total)
{
	size_t i;

	memset(total, 0, sizeof *total);
	for (i = 0; i < nres; i++) {
		total->score += res[i].score;
		total->max += res[i].max;
		total->answered += res[i].answered;
		total->total += res[i].total;
		if (res[i].heaviest > total->heaviest)
			total->heaviest = res[i].heaviest;
	}
	total->pct10 = total->answered > 0 ? percent10(total->score, total->max) : -1;
}

const struct quiz_outcome *
quiz_outcome_of(const struct quiz *q, const struct quiz_result *total)
{
	size_t i;

	if (total->answered == 0)
		return NULL;
	for (i = 0; i < q->noutcomes; i++)
		if (total->score >= q->outcomes[i].min * 1000LL &&
		    total->score <= q->outcomes[i].max * 1000LL)
			return &q->outcomes[i];
	return NULL;
}

const char *
quiz_format_points(long long milli, char *buf, size_t n)
{
	char digits[24], *p = digits + sizeof digits;
	unsigned long long whole;
	int len, frac;

	/* Without printf: a report writes a few of these a row. */
	if (milli >= 0 && n >= sizeof digits + 4) {
		whole = (unsigned long long)milli / 1000;
		frac = (int)(milli % 1000);
		do
			*--p = (char)('0' + whole % 10);
		while ((whole /= 10) != 0);
		len = (int)(digits + sizeof digits - p);
		memcpy(buf, p, (size_t)len);
		if (frac != 0) {
			buf[len++] = '.';
			buf[len++] = (char)('0' + frac / 100);
			buf[len++] = (char)('0' + frac / 10 % 10);
			buf[len++] = (char)('0' + frac % 10);
			while (buf[len - 1] == '0')
				len--;
		}
		buf[len] = '\0';
		return buf;
	}
	len = snprintf(buf, n, "%lld.%03lld", milli / 1000, milli % 1000);

	while (len > 0 && buf[len - 1] == '0')
		buf[--len] = '\0';
	if (len > 0 && buf[len - 1] == '.')
		buf[--len] = '\0';
	return buf;
}

const char *
quiz_format_percent(int pct10, char *buf, size_t n)
{
	char digits[16], *p = digits + sizeof digits;
	int v = pct10 / 10;
	size_t len;

	if (pct10 < 0) {
		snprintf(buf, n, "%s", "");
		return buf;
	}
	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	len = (size_t)(digits + sizeof digits - p);
	if (len + 3 > n) {
		snprintf(buf, n, "%d.%d", pct10 / 10, pct10 % 10);
		return buf;
	}
	memcpy(buf, p, len);
	buf[len++] = '.';
	buf[len++] = (char)('0' + pct10 % 10);
	buf[len] = '\0';
	return buf;
}

size_t
quiz_hash(const char *s, size_t n)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

const struct quiz_item *
quiz_set_item(const struct quiz_set *s, size_t i, size_t *quiz)
{
	size_t k = 0;

	while (k + 1 < s->nquizzes && i >= s->first[k + 1])
		k++;
	if (quiz != NULL)
		*quiz = k;
	return &s->quizzes[k]->items[i - s->first[k]];
}

long
quiz_set_find(const struct quiz_set *s, const char *id, size_t n)
{
	size_t h = quiz_hash(id, n) & (s->nslots - 1);
	long i;

	while ((i = s->slots[h]) >= 0) {
		const char *cand = quiz_set_item(s, (size_t)i, NULL)->id;
		size_t k = 0;

		/* Byte by byte: ids are short, and a call to strncmp costs more
		 * than the loop.  An id holds no NUL, so the loop stops at the
		 * end of CAND. */
		while (k < n && cand[k] == id[k])
			k++;
		if (k == n && cand[n] == '\0')
			return i;
		h = (h + 1) & (s->nslots - 1);
	}
	return -1;
}

long
quiz_set_init(struct quiz_set *s, const struct quiz *const *quizzes, size_t n)
{
	size_t i, k;

	memset(s, 0, sizeof *s);
	s->quizzes = calloc(n ? n : 1, sizeof *s->quizzes);
	s->first = calloc(n ? n : 1, sizeof *s->first);
	if (s->quizzes == NULL || s->first == NULL) {
		quiz_set_free(s);
		return QUIZ_SET_NO_MEMORY;
	}
	s->nquizzes = n;
	for (k = 0; k < n; k++) {
		s->quizzes[k] = quizzes[k];
		s->first[k] = s->nitems;
		s->nitems += quizzes[k]->nitems;
	}
	/* A table at most half full keeps probes short. */
	for (s->nslots = 16; s->nslots < 2 * s->nitems; s->nslots *= 2)
		;
	if ((s->slots = malloc(s->nslots * sizeof *s->slots)) == NULL) {
		quiz_set_free(s);
		return QUIZ_SET_NO_MEMORY;
	}
	for (i = 0; i < s->nslots; i++)
		s->slots[i] = -1;
	for (i = 0; i < s->nitems; i++) {
		const char *id = quiz_set_item(s, i, NULL)->id;
		size_t h;

		if (quiz_set_find(s, id, strlen(id)) >= 0)
			return (long)i;
		h = quiz_hash(id, strlen(id)) & (s->nslots - 1);
		while (s->slots[h] >= 0)
			h = (h + 1) & (s->nslots - 1);
		s->slots[h] = (long)i;
	}
	return -1;
}

void
quiz_set_free(struct quiz_set *s)
{
	free(s->quizzes);
	free(s->first);
	free(s->slots);
	memset(s, 0, sizeof *s);
}
