/*
 * suggest: the nearest name to a misspelled one, for "did you mean"
 * messages.  Pure: no I/O, no program name.  The distance is Damerau's
 * (optimal string alignment): an insertion, a deletion, a substitution or
 * two neighbours swapped each cost one, so "sectoin" is one from "section".
 */
#ifndef RK_SUGGEST_H
#define RK_SUGGEST_H

#include <stddef.h>

/* The edit distance between A and B, counted in bytes; (size_t)-1, as far
 * as can be, when memory runs out. */
size_t suggest_distance(const char *a, const char *b);
/*
 * The name of NAMES (N of them; NULL entries are skipped) nearest to WORD,
 * or NULL when none is near enough to be what was meant: at most one edit
 * in a short word, about one in three in a longer one.  Ties go to the
 * first.  A name WORD equals is not a misspelling, and is never returned.
 */
const char *suggest_nearest(const char *word, const char *const *names, size_t n);

#endif
