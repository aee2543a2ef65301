/*
 * tip_file: read a tips file (rekindle-files(5)): CSV with the columns section
 * and text, and optionally step, tags and title, in any order.  Every field
 * is checked; a bad one is an error with file:line, returned to the caller.
 */
#ifndef RK_TIP_FILE_H
#define RK_TIP_FILE_H

#include <stddef.h>

#include "core/error.h"
#include "core/tips.h"
#include "io/csv.h"

struct tip_list {
	struct tip *tips;
	size_t n;
};

/* Read PATH ("-" for stdin) into OUT.  At the first error: -1 with E set
 * (file, line and message), and OUT empty. */
int tip_file_read(const char *path, const struct csv_dialect *d, struct tip_list *out,
    struct rk_error *e);
void tip_list_free(struct tip_list *l);

#endif
