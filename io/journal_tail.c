/*
 * journal_tail: where a journal's last record starts, and whether it ends
 * whole, torn or inside a quote, judged from its last bytes alone
 * (io/journal.h).
 *
 * Quoting in RFC 4180 turns on and off at every quote character, so the
 * state at a byte is the parity of the quotes before it: from the start of
 * the file that is a count.  From the middle of the file it is unknown, so
 * both states are tried, and the bytes read forward under each.  A state
 * is ruled out when it makes a quote that no reader takes (one in the
 * middle of an unquoted field, or a closing one followed by anything but a
 * comma, a line end, a quote or the end), or a quoted field longer than any
 * reader takes.  When exactly one is left, it is the state, and the bytes
 * are judged; otherwise more bytes are needed.  A file a reader takes is
 * judged as from the start; one that no reader takes was already broken
 * before the bytes looked at.
 */
#include <string.h>

#include "io/journal.h"

struct reading {
	int ok;                 /* no quote a reader would refuse */
	int in;                 /* inside a quoted field at the end */
	int have_rec;           /* a record starts in the bytes */
	int multiline;          /* a line end inside quotes since it started */
	size_t rec;             /* where the last record starts */
};

static int
line_end(char c)
{
	return c == '\n' || c == '\r';
}

/* The last line end in the N bytes at S, or NULL. */
static const char *
last_line_end(const char *s, size_t n)
{
	while (n > 0)
		if (line_end(s[--n]))
			return s + n;
	return NULL;
}

static void
read_forward(const char *s, size_t n, int in, int at_start, int strict, size_t cap,
    struct reading *h)
{
	size_t i = 0, j, flen = 0;
	int just_closed = 0;
	const char *q, *e;

	h->ok = 1;
	h->in = in;
	h->have_rec = at_start;
	h->multiline = 0;
	h->rec = 0;
	for (;;) {
		q = memchr(s + i, '"', n - i);
		j = q != NULL ? (size_t)(q - s) : n;
		if (j > i) {
			just_closed = 0;
			if (h->in) {
				flen += j - i;
				if (memchr(s + i, '\n', j - i) != NULL ||
				    memchr(s + i, '\r', j - i) != NULL)
					h->multiline = 1;
			} else if ((e = last_line_end(s + i, j - i)) != NULL) {
				h->rec = (size_t)(e - s) + 1;
				h->have_rec = 1;
				h->multiline = 0;
			}
		}
		if (strict && flen > cap) {
			h->ok = 0;
			return;
		}
		if (j == n)
			return;
		if (!h->in) {
			/* An opening quote: at the start of a field, or the
			 * second of a doubled one. */
			int again = j > i ? 0 : just_closed;

			if (strict && j > 0 && !again && s[j - 1] != ',' && !line_end(s[j - 1]) &&
			    !(at_start && j == 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)) {
				h->ok = 0;
				return;
			}
			if (!again)
				flen = 0;
			h->in = 1;
		} else {
			char next = j + 1 < n ? s[j + 1] : ',';

			if (strict && next != ',' && next != '"' && !line_end(next)) {
				h->ok = 0;
				return;
			}
			h->in = 0;
			just_closed = 1;
		}
		flen++;
		i = j + 1;
	}
}

enum journal_tail_kind
journal_tail(const char *s, size_t n, int at_start, size_t cap, size_t *start)
{
	struct reading h, h1;

	*start = 0;
	if (n == 0)
		return at_start ? JT_NONE : JT_UNDECIDED;
	if (at_start) {
		read_forward(s, n, 0, 1, 1, cap, &h);
		if (!h.ok)      /* as a reader counts quotes */
			read_forward(s, n, 0, 1, 0, cap, &h);
	} else {
		read_forward(s, n, 0, 0, 1, cap, &h);
		read_forward(s, n, 1, 0, 1, cap, &h1);
		if (h.ok == h1.ok)
			return JT_UNDECIDED;
		if (!h.ok)
			h = h1;
	}
	*start = h.rec;
	if (line_end(s[n - 1]))
		return h.in ? JT_OPEN : JT_NONE;
	if (!h.have_rec)
		return JT_UNDECIDED;
	if (at_start && h.rec == 0)
		return JT_WHOLE;        /* the header line: its own check judges it */
	if (journal_row_whole(s + h.rec, n - h.rec))
		return JT_WHOLE;
	/* rk-log writes no line break inside a row, so a record of more than
	 * one line that is not whole was not torn by us. */
	return h.multiline ? JT_OPEN : JT_TORN;
}
