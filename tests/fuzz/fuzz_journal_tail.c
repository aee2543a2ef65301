/*
 * fuzz_journal_tail: journal_tail, the judgement of a journal's end that
 * rk-log makes before it appends, from the last bytes alone.  The first
 * byte sets how many of the last bytes are looked at, the second the
 * longest quoted field a reader takes (small, so that the cap is met).
 * Whenever the window decides, and the file is one a strict reader takes,
 * the window must say what reading the whole file from its start says:
 * the same kind, and for a last line without its line end the same start.
 */
#include "tests/fuzz/fuzz.h"

#include "io/journal.h"

/* A strict RFC 4180 reader, a byte at a time: 1 when every quote is where
 * a reader takes it and no quoted field, quotes and all, passes CAP. */
static int
strict_ok(const char *s, size_t n, size_t cap)
{
	enum { START, PLAIN, QUOTED, QUOTE_SEEN } st = START;
	size_t i = 0, flen = 0;

	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	for (; i < n; i++) {
		char c = s[i];
		int end = c == ',' || c == '\n' || c == '\r';

		switch (st) {
		case START:
			if (c == '"') {
				st = QUOTED;
				flen = 1;
			} else if (!end)
				st = PLAIN;
			break;
		case PLAIN:
			if (c == '"')
				return 0;
			if (end)
				st = START;
			break;
		case QUOTED:
			flen++;
			if (c == '"')
				st = QUOTE_SEEN;
			break;
		case QUOTE_SEEN:
			if (c == '"') {
				flen++;
				st = QUOTED;
			} else if (end)
				st = START;
			else
				return 0;
			break;
		}
		if ((st == QUOTED || st == QUOTE_SEEN) && flen > cap)
			return 0;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum journal_tail_kind all, win;
	const char *s = (const char *)data + 2;
	size_t n, w, cap, st_all, st_win;

	if (size < 2)
		return 0;
	n = size - 2;
	cap = (size_t)data[1] % 64 + 2;
	w = n == 0 ? 0 : (size_t)data[0] % n + 1;
	all = journal_tail(s, n, 1, cap, &st_all);
	if (all == JT_UNDECIDED || st_all > n)
		abort();
	if (n - w < 3)
		return 0;       /* a byte-order mark may be cut: not asked */
	win = journal_tail(s + n - w, w, 0, cap, &st_win);
	if (st_win > w)
		abort();
	if (win == JT_UNDECIDED || !strict_ok(s, n, cap))
		return 0;
	if (win != all)
		abort();
	if ((win == JT_WHOLE || win == JT_TORN) && n - w + st_win != st_all)
		abort();
	return 0;
}
