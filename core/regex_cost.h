/*
 * regex_cost: what a POSIX extended regular expression will cost to
 * compile, judged before regcomp(3) sees it.  glibc expands a bounded
 * repetition into copies of what it repeats, so nested bounds multiply:
 * a{1,1000}{1,1000} grows to gigabytes before it fails.  Alternatives,
 * stars, anchors and groups cost it the square of their number, and a
 * back-reference can make a match run for ever.  A pattern that passes
 * regex_cost_check compiles and matches a tip within 1 s and 64 MiB
 * (tests/fuzz/fuzz_regex_cost.c checks it).  Pure, no I/O.
 */
#ifndef RK_REGEX_COST_H
#define RK_REGEX_COST_H

#include <stddef.h>

/* How many more parts repetition may add to a pattern. */
#define REGEX_COST_MAX 500
/* How many branch points (|, *, ?, +, optional copies, groups; an anchor
 * counts 10) a pattern may hold, repetitions expanded. */
#define REGEX_BRANCH_MAX 1000
/* How many anchors (^, $, \b...) a pattern may hold, expanded; and, when
 * it holds one, how many repetitions of what can match nothing, as in
 * (a*)*: glibc takes exponential time to compile those together. */
#define REGEX_ANCHOR_MAX 20
#define REGEX_NULLREP_MAX 6
/* How deep groups may nest. */
#define REGEX_DEPTH_MAX 100

/* The number of parts (characters, bracket expressions) PAT holds once
 * every repetition is expanded; groups nested too deep count as 1e300. */
double regex_cost(const char *pat);
/* The branch points PAT holds once expanded (REGEX_BRANCH_MAX). */
double regex_branches(const char *pat);
/* 0 when PAT is cheap enough to compile; else -1, with the reason in WHY. */
int regex_cost_check(const char *pat, char *why, size_t whylen);

#endif
