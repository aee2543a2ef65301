/*
 * tip_for: rk-tip --for.  The advice that fits a person's own results: read
 * the output of rk-quiz or rk-ready, keep the categories and checks that call
 * for advice (a quiz category that scored, a check that did not pass), and
 * pick the tips tagged with them, in that order.
 */
#ifndef RK_TIP_FOR_H
#define RK_TIP_FOR_H

#include <stddef.h>

#include "lib/csv_reader.h"
#include "lib/tips.h"

/* Read PATH ("-" for stdin): the wanted names, each once, in order of first
 * appearance, into *WANT.  Returns their number; dies on bad input. */
size_t tip_for_read(const char *path, const struct csv_dialect *d, char ***want);
void tip_for_free(char **want, size_t n);

/* Reorder SEL (N indexes into POOL) to the tips tagged with the wanted
 * names, in the order of the names; a tip tagged with two comes once, at
 * the first.  Returns how many are kept. */
size_t tip_for_select(const struct tip *pool, size_t *sel, size_t n, char *const *want,
    size_t nwant);

#endif
