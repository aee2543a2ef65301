/*
 * tip_for: rk-tip --for.  The advice that fits a person's own results: read
 * the output of rk-quiz or rk-ready, keep the categories and checks that
 * call for advice, neediest first, and pick the tips tagged with them, in
 * that order.  A quiz category's need is its percent, or, when its advise
 * column says low (a check that holds when it scores), 100 less its
 * percent; a check of rk-ready needs advice when it fails, less when it is
 * unknown, and none when it passes.
 */
#ifndef RK_TIP_FOR_H
#define RK_TIP_FOR_H

#include <stddef.h>

#include "core/tips.h"
#include "io/csv.h"

/* Read PATH ("-" for stdin): the names that call for advice, each once,
 * neediest first (ties in order of first appearance), into *WANT.
 * Returns their number; dies on bad input. */
size_t tip_for_read(const char *path, const struct csv_dialect *d, char ***want);
void tip_for_free(char **want, size_t n);

/* Reorder SEL (N indexes into POOL) to the tips tagged with the wanted
 * names, in the order of the names; a tip tagged with two comes once, at
 * the first.  Returns how many are kept. */
size_t tip_for_select(const struct tip *pool, size_t *sel, size_t n, char *const *want,
    size_t nwant);

#endif
