/*
 * regex_cost: what a POSIX extended regular expression will cost to
 * compile, judged before regcomp(3) sees it.  glibc expands a bounded
 * repetition into copies of what it repeats, so nested bounds multiply:
 * a{1,1000}{1,1000} grows to gigabytes before it fails.  Pure, no I/O.
 */
#ifndef RK_REGEX_COST_H
#define RK_REGEX_COST_H

#include <stddef.h>

/* How many more parts repetition may add to a pattern. */
#define REGEX_COST_MAX 500
/* How deep groups may nest. */
#define REGEX_DEPTH_MAX 100

/* The number of parts (characters, bracket expressions) PAT holds once
 * every repetition is expanded; groups nested too deep count as 1e300. */
double regex_cost(const char *pat);
/* 0 when PAT is cheap enough to compile; else -1, with the reason in WHY. */
int regex_cost_check(const char *pat, char *why, size_t whylen);

#endif
