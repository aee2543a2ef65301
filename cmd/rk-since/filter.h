/*
 * since_filter: rk-since's filter mode (-c): CSV rows in, each with the
 * count of days since the date in one column, or the row of --last or
 * --first, or with --streaks the gaps between the dates.  Errors are
 * printed and exit 2.
 */
#ifndef RK_SINCE_FILTER_H
#define RK_SINCE_FILTER_H

#include "core/dateparse.h"
#include "core/since.h"
#include "io/csv.h"
#include "io/out.h"

enum since_pick { PICK_ALL, PICK_LAST, PICK_FIRST };

struct since_filter {
	const char *col_spec;           /* -c */
	const char *as_name;            /* --as */
	enum since_pick pick;           /* --last, --first or neither */
	int weeks, streaks;             /* --weeks, --streaks */
	const struct milestones *ms;    /* -m, or NULL */
	struct csv_wheres *wheres;      /* --where */
	enum out_format format;         /* --format */
	struct csv_dialect dialect;     /* -d, -t, --no-header */
	const struct datearg *da;       /* -i and today */
};

/* Read the NFILES FILES (none is stdin) and write their counts to stdout.
 * Returns how many counts or rows went out. */
size_t since_filter(const struct since_filter *sf, char **files, int nfiles);

#endif
