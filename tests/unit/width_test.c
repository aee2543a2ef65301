/* width_test: the edges of every range in char_width()'s tables. */
#include "core/text.h"
#include "tests/unit/check.h"

struct range {
	long lo, hi;
};

/* A copy of core/text.c's tables, kept by hand: a change to either shows. */
static const struct range zero[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
	{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0e31, 0x0e31 },
	{ 0x0e34, 0x0e3a }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff },
	{ 0x200b, 0x200f }, { 0x202a, 0x202e }, { 0x2060, 0x2064 },
	{ 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f },
	{ 0xfeff, 0xfeff }, { 0x1f3fb, 0x1f3ff }, { 0xe0100, 0xe01ef },
};
static const struct range wide[] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
	{ 0x23e9, 0x23ec }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
	{ 0x26a1, 0x26a1 }, { 0x26bd, 0x26be }, { 0x2705, 0x2705 },
	{ 0x2728, 0x2728 }, { 0x2764, 0x2764 }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
	{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
	{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f },
	{ 0x1f680, 0x1f6ff }, { 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd },
	{ 0x30000, 0x3fffd },
};

#define N(a) (sizeof (a) / sizeof (a)[0])

static int
in(long cp, const struct range *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (cp >= r[i].lo && cp <= r[i].hi)
			return 1;
	return 0;
}

/* The width by a plain linear search, for core/text.c's binary one. */
static int
want(long cp)
{
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 0;
	if (cp < 0x300)
		return 1;
	return in(cp, zero, N(zero)) ? 0 : in(cp, wide, N(wide)) ? 2 : 1;
}

static void
check_edges(const struct range *r, size_t n)
{
	size_t i;
	long d;

	for (i = 0; i < n; i++)
		for (d = -1; d <= 1; d++) {
			int got1 = char_width(r[i].lo + d), got2 = char_width(r[i].hi + d);

			if (got1 != want(r[i].lo + d) || got2 != want(r[i].hi + d))
				fprintf(stderr, "U+%04lX or U+%04lX: width %d or %d\n",
				    r[i].lo + d, r[i].hi + d, got1, got2);
			CHECK(got1 == want(r[i].lo + d));
			CHECK(got2 == want(r[i].hi + d));
		}
}

int
main(void)
{
	check_edges(zero, N(zero));
	check_edges(wide, N(wide));
	/* The edges mutation testing found unpinned, by hand. */
	CHECK(char_width(0x2653) == 2 && char_width(0x2654) == 1);   /* Pisces, white king */
	CHECK(char_width(0x232a) == 2 && char_width(0x232b) == 1);   /* angle bracket, erase */
	CHECK(char_width(0xe0100) == 0 && char_width(0xe00ff) == 1 && char_width(0xe01f0) == 1);
	CHECK(char_width(0x1f) == 0 && char_width(0x20) == 1 && char_width(0x7e) == 1);
	CHECK(char_width(0x7f) == 0 && char_width(0x9f) == 0 && char_width(0xa0) == 1);
	CHECK(char_width(0x2ff) == 1 && char_width(0x300) == 0);
	CHECK(char_width(-1) == 1);
	CHECK(text_width("\xe2\x99\x93\xe2\x99\x94", 6) == 3);         /* U+2653 U+2654 */
	return check_done("width_test");
}
