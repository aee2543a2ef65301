/*
 * csv_saved: a copy of a record that outlives the reader's next call, such
 * as a header to compare the next file's against, or the best row so far.
 * Its buffers are reused from one copy to the next.
 */
#ifndef RK_CSV_SAVED_H
#define RK_CSV_SAVED_H

#include <stddef.h>

#include "lib/csv_reader.h"

struct csv_saved {
	const char **f;
	size_t *len;
	size_t nf;
	char *data;
	size_t cap, fcap;
};

/* Copy REC into S, replacing what S held. */
void csv_saved_set(struct csv_saved *s, const struct csv_record *rec);
/* 1 when REC has the same fields as S, byte for byte. */
int csv_saved_equal(const struct csv_saved *s, const struct csv_record *rec);
void csv_saved_free(struct csv_saved *s);

#endif
