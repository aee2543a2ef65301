/*
 * tip_print: tips on standard output, as rk-tip shows them: text with the
 * title (in bold on a terminal) and the tip wrapped to a width, or CSV and
 * TSV in the tips-file format, so that the output reads back with -f.
 */
#ifndef RK_TIP_PRINT_H
#define RK_TIP_PRINT_H

#include <stddef.h>

#include "core/tips.h"
#include "io/out.h"

struct tip_print {
	enum out_format format;   /* OUT_TEXT, OUT_CSV or OUT_TSV */
	size_t width;             /* text: the columns to wrap to */
	int color;                /* text: titles in bold */
};

/* The tips POOL[SEL[0..N-1]], in that order. */
void tip_print(const struct tip_print *how, const struct tip *pool, const size_t *sel,
    size_t n);
/* The sections of POOL (N tips) with their counts, in order of appearance. */
void tip_print_sections(const struct tip_print *how, const struct tip *pool, size_t n);

#endif
