/*
 * rk-since's two modes share what the options ask for and the words of a
 * milestone: rk-since.c reads the options and counts from DATE operands,
 * filter.c counts from the dates in a CSV column (-c), row by row.
 */
#ifndef RK_SINCE_FILTER_H
#define RK_SINCE_FILTER_H

#include <stddef.h>

#include "core/dateparse.h"
#include "core/since.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/out.h"

enum pick { PICK_ALL, PICK_LAST, PICK_FIRST };

/* What the options ask for. */
struct since {
	const char *column;             /* -c: filter mode; NULL: DATE operands */
	const char *as_name;            /* --as */
	enum pick pick;                 /* --last, --first or neither */
	int weeks, streaks;             /* --weeks, --streaks */
	int has_milestones;             /* -m */
	int next;                       /* --next */
	struct milestones milestones;
	struct csv_wheres wheres;       /* --where */
	enum out_format format;         /* --format */
	struct csv_dialect dialect;     /* -d, -t, --no-header */
	struct datearg da;              /* -i, and the day counted to */
	long *where_day;                /* --where on the -c column: its date, or NULL */
	const char *label;              /* what a date from the settings is */
};

/* -m keeps only the counts that are milestones. */
int shown(const struct since *o, long days);
/* Read the date in the N bytes of S into *DATE; -1 with WHY set when it is
 * none.  A date such as 12/01/2026 gets a hint of how to write it. */
int parse_date(const struct since *o, const char *s, size_t n, long *date, char *why,
    size_t whylen);
/* A milestone, and --next, as a line of text wrapped to the width. */
void say_milestone(const struct since *o, long date, long days, const char *label);
void say_next(const struct since *o, long date, long next, const char *label);
/* --next as a CSV row, after the header when HEADER is set. */
void next_row(struct csv_writer *w, const struct since *o, long date, long next, int header);

/* Filter mode: the rows of FILES (none: standard input), each with its
 * count, or what --last, --first or --streaks keep of them.  Returns how
 * many counts or rows went out. */
size_t count_rows(struct since *o, char **files, int nfiles);

#endif
