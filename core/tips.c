/* tips: choosing tips by day, by seed, by tag. */
#include <stdlib.h>
#include <string.h>

#include "core/tips.h"

int
tip_has_tag(const struct tip *tip, const char *tag)
{
	size_t n = strlen(tag);
	const char *p = tip->tags;

	if (n == 0)
		return 0;
	while ((p = strstr(p, tag)) != NULL) {
		int starts = p == tip->tags || p[-1] == ' ';
		int ends = p[n] == '\0' || p[n] == ' ';

		if (starts && ends)
			return 1;
		p += n;
	}
	return 0;
}

/* splitmix64: tiny, fast, and the same everywhere. */
uint64_t
tip_rand(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static size_t
below(uint64_t *state, size_t n)
{
	/* Rejection keeps the pick unbiased for any n. */
	uint64_t limit = UINT64_MAX - UINT64_MAX % n, r;

	do
		r = tip_rand(state);
	while (r >= limit);
	return (size_t)(r % n);
}

void
tip_pick(size_t *idx, size_t n, size_t k, uint64_t *state)
{
	size_t i;

	for (i = 0; i < k && i < n; i++) {
		size_t j = i + below(state, n - i), t = idx[i];

		idx[i] = idx[j];
		idx[j] = t;
	}
}

static size_t
gcd_step(size_t a, size_t b)
{
	while (b != 0) {
		size_t t = a % b;

		a = b;
		b = t;
	}
	return a;
}

size_t
tip_daily(long day, size_t n)
{
	/* The shuffle depends only on n, so it is the same every day; the
	 * position moves by one each day.  An affine step i -> (a*i + b) mod n
	 * with a coprime to n is such a shuffle, and needs no memory. */
	size_t pos, a = (n * 5) / 8 + 1, b = n / 3;
	long m;

	if (n <= 1)
		return 0;
	while (gcd_step(a, n) != 1)
		a++;
	m = day % (long)n;
	if (m < 0)
		m += (long)n;
	pos = (size_t)m;
	return (a * pos + b) % n;
}

/* By section, then by place in the pool. */
static int
by_section(const void *a, const void *b)
{
	const struct tip *x = *(const struct tip *const *)a, *y = *(const struct tip *const *)b;
	int c = strcmp(x->section, y->section);

	return c != 0 ? c : (x > y) - (x < y);
}

void
tip_sections(const struct tip *pool, size_t n, size_t *count, const struct tip **scratch)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		scratch[i] = &pool[i];
		count[i] = 0;
	}
	qsort(scratch, n, sizeof *scratch, by_section);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(scratch[j]->section, scratch[i]->section) == 0; j++)
			;
		count[scratch[i] - pool] = j - i;
	}
}
