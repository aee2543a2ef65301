/*
 * table: a readable table for a terminal, in memory that does not grow with
 * the input.  The first TABLE_SAMPLE rows are held back to size the columns;
 * later rows stream out in those widths (a longer cell pushes the rest of
 * its row along; it is never cut).  Widths are display widths, so UTF-8
 * lines up.  A column whose sampled cells are all numbers is aligned right.
 * Control characters, such as the line breaks a CSV field may hold, print as
 * spaces, so that one row stays one line.  Nothing here exits but on
 * running out of memory (util's x-alloc): a write error is left on the
 * stream, and table_finish reports it.
 */
#ifndef RK_TABLE_H
#define RK_TABLE_H

#include <stdio.h>
#include <stddef.h>

#define TABLE_SAMPLE 100

struct table;

/* A table on FP.  With HEADER, the first row added is the header, shown in
 * bold when BOLD is set. */
struct table *table_new(FILE *fp, int header, int bold);
/* Fit the table in WIDTH columns (0, the default: no limit).  When the
 * sampled rows are wider, the widest columns narrow, as far as their
 * widest word, and their cells wrap at spaces onto more lines; when even
 * that is too wide, the columns go in bands, each on lines of its own, the
 * later ones indented by four.  A word is never split: one wider than its
 * column pushes the rest of its line along.  A table that fits prints as
 * it would without a width.  Call before the first row. */
void table_set_width(struct table *t, size_t width);
/* Add a row of NF cells: CELL[i] of LEN[i] bytes. */
void table_add(struct table *t, const char *const *cell, const size_t *len, size_t nf);
/* Print what is held back, and free the table.  Returns 0, or -1 when a
 * write to its stream has failed (ferror). */
int table_finish(struct table *t);

#endif
