/*
 * tips: the advice, and the pure rules for choosing it.  A tip belongs to a
 * section (steps, better, reasons, ...), maybe to one of the 7 steps, and is
 * tagged with the quiz categories and checks it answers.
 */
#ifndef RK_TIPS_H
#define RK_TIPS_H

#include <stddef.h>
#include <stdint.h>

struct tip {
	const char *section;
	int step;               /* 1 to 7, or 0 */
	const char *tags;       /* categories, separated by spaces */
	const char *title;
	const char *text;
};

/* The tips compiled in from data/tips.csv. */
extern const struct tip builtin_tips[];
extern const size_t builtin_ntips;

/* 1 when TIP's tags include the word TAG. */
int tip_has_tag(const struct tip *tip, const char *tag);

/* The sections of the N tips of POOL, each once: sets COUNT[i] to the
 * number of tips in the section of tip i when tip i is its section's first,
 * else to 0, so that a walk over COUNT meets the sections in the order they
 * first appear.  SCRATCH holds N pointers.  n log n: a tips file may have
 * 100,000 sections. */
void tip_sections(const struct tip *pool, size_t n, size_t *count,
    const struct tip **scratch);

/* The tip of day DAY among N: a fixed shuffle of 0..N-1 indexed by the day
 * modulo N, so any N consecutive days show N different tips. */
size_t tip_daily(long day, size_t n);

/* A small, portable generator, so a --seed picks the same tips anywhere. */
uint64_t tip_rand(uint64_t *state);
/* Put K different indexes of 0..N-1 at the front of IDX (which holds
 * 0..N-1 on entry), in random order. */
void tip_pick(size_t *idx, size_t n, size_t k, uint64_t *state);

#endif
