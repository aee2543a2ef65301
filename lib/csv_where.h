/*
 * csv_where: conditions COLUMN=VALUE on CSV rows, as --where gives them:
 * parsed from the option, their columns found in each input's header, and
 * checked against each row.  A row too short for a column is an error with
 * file:line.
 */
#ifndef RK_CSV_WHERE_H
#define RK_CSV_WHERE_H

#include <stddef.h>

#include "lib/csv_reader.h"

struct csv_where {
	char *spec;           /* the column, by name or number */
	const char *value;    /* points into the option's argument */
	size_t col;
};

struct csv_wheres {
	struct csv_where *w;
	size_t n;
};

/* Add ARG, "COLUMN=VALUE"; anything else is a usage error naming OPT. */
void csv_where_add(struct csv_wheres *ws, const char *arg, const char *opt);
/* Find the conditions' columns in R's header (see csv_reader_column). */
void csv_where_columns(struct csv_wheres *ws, struct csv_reader *r, const char *opt);
/* 1 when REC meets every condition. */
int csv_where_holds(const struct csv_wheres *ws, struct csv_reader *r,
    const struct csv_record *rec, const char *opt);
void csv_where_free(struct csv_wheres *ws);

/* Die with file:line unless REC has a column COL (0-based); OPT names the
 * option that asked for it. */
void csv_record_need(struct csv_reader *r, const struct csv_record *rec, size_t col,
    const char *opt);

#endif
