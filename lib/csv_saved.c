/* csv_saved: records kept past the reader's next call. */
#include <stdlib.h>
#include <string.h>

#include "lib/csv_saved.h"
#include "lib/diag.h"

void
csv_saved_set(struct csv_saved *s, const struct csv_record *rec)
{
	size_t i, total = 0;

	for (i = 0; i < rec->nf; i++)
		total += rec->len[i] + 1;
	if (total > s->cap) {
		s->cap = total * 2;
		s->data = xrealloc(s->data, s->cap);
	}
	if (rec->nf > s->fcap) {
		s->fcap = rec->nf;
		s->f = xrealloc(s->f, s->fcap * sizeof *s->f);
		s->len = xrealloc(s->len, s->fcap * sizeof *s->len);
	}
	for (i = 0, total = 0; i < rec->nf; i++) {
		memcpy(s->data + total, rec->f[i], rec->len[i]);
		s->data[total + rec->len[i]] = '\0';
		s->f[i] = s->data + total;
		s->len[i] = rec->len[i];
		total += rec->len[i] + 1;
	}
	s->nf = rec->nf;
}

int
csv_saved_equal(const struct csv_saved *s, const struct csv_record *rec)
{
	size_t i;

	if (s->nf != rec->nf)
		return 0;
	for (i = 0; i < rec->nf; i++)
		if (s->len[i] != rec->len[i] || memcmp(s->f[i], rec->f[i], rec->len[i]) != 0)
			return 0;
	return 1;
}

void
csv_saved_free(struct csv_saved *s)
{
	free(s->data);
	free(s->f);
	free(s->len);
	memset(s, 0, sizeof *s);
}
