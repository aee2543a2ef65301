/* suggest: the nearest name to a misspelled one (see suggest.h). */
#include <stdlib.h>
#include <string.h>

#include "core/suggest.h"

static size_t
min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;

	return m < c ? m : c;
}

size_t
suggest_distance(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i, j, d;
	/* Names are short: their rows fit here, and only a long B costs a
	 * malloc. */
	size_t small[3 * 64], *rows = small, *row0, *row1, *row2, *t;

	if (nb + 1 > sizeof small / sizeof small[0] / 3 &&
	    (rows = malloc(3 * (nb + 1) * sizeof *rows)) == NULL)
		return (size_t)-1;
	/* Three rows of the table: the swap looks two rows back. */
	row0 = rows, row1 = rows + nb + 1, row2 = rows + 2 * (nb + 1);
	for (j = 0; j <= nb; j++)
		row0[j] = row2[j] = 0, row1[j] = j;
	for (i = 1; i <= na; i++) {
		row2[0] = i;
		for (j = 1; j <= nb; j++) {
			size_t cost = a[i - 1] != b[j - 1];

			row2[j] = min3(row1[j] + 1, row2[j - 1] + 1, row1[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    row0[j - 2] + 1 < row2[j])
				row2[j] = row0[j - 2] + 1;
		}
		t = row0, row0 = row1, row1 = row2, row2 = t;
	}
	d = row1[nb];
	if (rows != small)
		free(rows);
	return d;
}

const char *
suggest_nearest(const char *word, const char *const *names, size_t n)
{
	size_t len = strlen(word), limit = len < 4 ? 1 : (len + 2) / 3, best = (size_t)-1, i;
	const char *pick = NULL;

	if (len == 0)
		return NULL;
	for (i = 0; i < n; i++) {
		size_t d;

		if (names[i] == NULL || strcmp(names[i], word) == 0)
			continue;
		d = suggest_distance(word, names[i]);
		if (d <= limit && d < best) {
			best = d;
			pick = names[i];
		}
	}
	return pick;
}
