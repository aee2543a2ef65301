/* table: sized on a sample, then streamed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "io/table.h"
#include "util/err.h"

struct held {
	char *data;           /* the cells, back to back */
	size_t *len;
	size_t nf;
};

struct table {
	FILE *fp;
	int header, bold;
	struct held rows[TABLE_SAMPLE];
	size_t nheld;         /* rows held back */
	int sized;            /* widths fixed: rows now go straight out */
	size_t ncols;
	size_t *width;
	char *numeric;        /* per column: every sampled cell is a number */
	size_t max;           /* the line's width, or 0 for no limit */
	size_t *band;         /* fitted: column i begins a band when band[i] */
	int fitted;           /* the widths were cut down to MAX: cells wrap */
	char *line;           /* fitted: a row's text, controls as spaces */
	size_t line_cap;
};

static int
is_control(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

static size_t
cell_width(const char *s, size_t n)
{
	size_t i, w = text_width(s, n);

	for (i = 0; i < n; i++)
		w += is_control((unsigned char)s[i]);
	return w;
}

static int
is_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	if (n > 0 && (s[0] == '-' || s[0] == '+'))
		i++;
	for (; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] != '.')
			return 0;
	}
	return digits > 0;
}

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc_unlocked(' ', fp);
}

/* Blanks are held back in *PEND until something follows them, so that no
 * line ends in one. */
static void
blanks(FILE *fp, size_t *pend)
{
	pad(fp, *pend);
	*pend = 0;
}

static void
print_row(struct table *t, const char *const *cell, const size_t *len, size_t nf, int head)
{
	size_t i, j, pend = 0;

	if (head && t->bold)
		fputs("\033[1m", t->fp);
	for (i = 0; i < nf; i++) {
		size_t w = cell_width(cell[i], len[i]);
		size_t colw = i < t->ncols ? t->width[i] : w;
		size_t fill = colw > w ? colw - w : 0;
		int right = i < t->ncols && t->numeric[i];

		if (i > 0)
			pend += 2;
		if (right)
			pend += fill;
		if (len[i] > 0)
			blanks(t->fp, &pend);
		for (j = 0; j < len[i]; j++) {
			unsigned char c = (unsigned char)cell[i][j];

			putc_unlocked(is_control(c) ? ' ' : c, t->fp);
		}
		if (!right)
			pend += fill;
	}
	if (head && t->bold)
		fputs("\033[0m", t->fp);
	putc_unlocked('\n', t->fp);
}

/* Fitted rows: each band of columns on lines of its own (the bands after
 * the first indented by BAND_INDENT), each cell wrapped at its spaces to
 * its column's width, so that no word is split.  Blanks are written only
 * before something, so no line ends in one. */
#define BAND_INDENT 4

/* The cells of a row, back to back in t->line, with control characters
 * as spaces: what is wrapped.  Returns where each begins, in AT. */
static void
row_text(struct table *t, const char *const *cell, const size_t *len, size_t nf,
    size_t *at)
{
	size_t i, j, total = 0;

	for (i = 0; i < nf; i++)
		total += len[i];
	if (total + 1 > t->line_cap) {
		t->line_cap = total + 1;
		t->line = xrealloc(t->line, t->line_cap);
	}
	for (i = 0, total = 0; i < nf; i++) {
		at[i] = total;
		for (j = 0; j < len[i]; j++)
			t->line[total++] = is_control((unsigned char)cell[i][j]) ? ' ' :
			    cell[i][j];
	}
}

static int
blank(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || is_control((unsigned char)*s)))
		s++, n--;
	return n == 0;
}

static void
print_fitted(struct table *t, const char *const *cell, const size_t *len, size_t nf,
    int head)
{
	size_t b0, b1, i, nc = nf > t->ncols ? nf : t->ncols;
	size_t *off = xcalloc(nc, sizeof *off), *at = xcalloc(nf + 1, sizeof *at);
	size_t used, lo, ll, pend, w;
	int more, first;

	row_text(t, cell, len, nf, at);
	for (b0 = 0; b0 < nc; b0 = b1) {
		for (b1 = b0 + 1; b1 < t->ncols && !t->band[b1]; b1++)
			continue;
		if (b1 >= t->ncols)
			b1 = nc;
		for (first = 1;; first = 0) {
			for (more = 0, i = b0; i < b1 && i < nf; i++)
				more |= !blank(t->line + at[i] + off[i], len[i] - off[i]);
			if (!more && !first)
				break;
			pend = b0 > 0 ? BAND_INDENT : 0;
			if (head && t->bold)
				fputs("\033[1m", t->fp);
			for (i = b0; i < b1; i++) {
				size_t colw = i < t->ncols ? t->width[i] : 0;
				const char *piece = "";

				if (i > b0)
					pend += 2;
				ll = 0;
				if (i < nf && off[i] < len[i]) {
					used = wrap_next(t->line + at[i] + off[i], len[i] - off[i],
					    colw > 0 ? colw : len[i], &lo, &ll);
					piece = t->line + at[i] + off[i] + lo;
					off[i] = used > 0 ? off[i] + used : len[i];
				}
				w = cell_width(piece, ll);
				if (ll > 0) {
					if (i < t->ncols && t->numeric[i] && colw > w)
						pend += colw - w;
					blanks(t->fp, &pend);
					fwrite(piece, 1, ll, t->fp);
				}
				if (!(i < t->ncols && t->numeric[i] && ll > 0))
					pend += colw > w ? colw - w : 0;
			}
			if (head && t->bold)
				fputs("\033[0m", t->fp);
			putc_unlocked('\n', t->fp);
		}
	}
	free(off);
	free(at);
}

/* The widest word of the N bytes of S, in columns. */
static size_t
word_width(const char *s, size_t n)
{
	size_t i = 0, j, w, max = 0;

	while (i < n) {
		for (j = i; j < n && s[j] != ' ' && !is_control((unsigned char)s[j]); j++)
			continue;
		w = text_width(s + i, j - i);
		if (w > max)
			max = w;
		i = j + 1;
	}
	return max;
}

static size_t
span(const size_t *w, size_t a, size_t b)
{
	size_t total = 0, i;

	for (i = a; i < b; i++)
		total += w[i] + (i > a ? 2 : 0);
	return total;
}

/* Cut the widths of the columns [A, B) down toward MINW until they take
 * AVAIL columns: the widest first, level by level, as if one column were
 * cut by one at a time, always the first of the widest. */
static void
shrink(size_t *w, const size_t *minw, size_t a, size_t b, size_t avail)
{
	size_t i, top, next, k, over, q, r;

	while ((over = span(w, a, b)) > avail) {
		over -= avail;
		for (top = 0, i = a; i < b; i++)
			if (w[i] > minw[i] && w[i] > top)
				top = w[i];
		if (top == 0)
			return;
		/* The K columns at TOP come down together, to NEXT at most. */
		for (k = 0, next = 0, i = a; i < b; i++) {
			if (w[i] > minw[i] && w[i] == top) {
				k++;
				if (minw[i] > next)
					next = minw[i];
			} else if (w[i] > minw[i] && w[i] > next)
				next = w[i];
		}
		if ((top - next) * k <= over) {
			for (i = a; i < b; i++)
				if (w[i] > minw[i] && w[i] == top)
					w[i] = next;
			continue;
		}
		q = over / k, r = over % k;
		for (i = a; i < b; i++)
			if (w[i] > minw[i] && w[i] == top)
				w[i] -= q + (r > 0 ? (r--, 1) : 0);
	}
}

/* Fit the sized table in t->max columns: cut the widths down as far as
 * the widest word of each column (a number is never cut); when that is
 * still too wide, split the columns into bands that each fit. */
static void
fit(struct table *t)
{
	size_t *minw, k, i, off, a, b, avail;

	if (t->max == 0 || t->ncols == 0 || span(t->width, 0, t->ncols) <= t->max)
		return;
	minw = xcalloc(t->ncols, sizeof *minw);
	for (k = 0; k < t->nheld; k++) {
		struct held *h = &t->rows[k];

		for (i = 0, off = 0; i < h->nf; i++) {
			size_t w = t->numeric[i] ? cell_width(h->data + off, h->len[i]) :
			    word_width(h->data + off, h->len[i]);

			if (w > minw[i])
				minw[i] = w;
			off += h->len[i];
		}
	}
	t->band = xcalloc(t->ncols, sizeof *t->band);
	for (a = 0; a < t->ncols; a = b) {
		avail = a == 0 ? t->max : t->max > BAND_INDENT ? t->max - BAND_INDENT : 1;
		for (b = a + 1; b < t->ncols && span(minw, a, b + 1) <= avail; b++)
			continue;
		t->band[a] = 1;
		shrink(t->width, minw, a, b, avail);
		/* Too narrow for a word: the other lines still fit, and
		 * the word overflows its own. */
		for (i = a; i < b; i++)
			minw[i] = t->numeric[i] ? t->width[i] : 1;
		shrink(t->width, minw, a, b, avail);
	}
	t->fitted = 1;
	free(minw);
}

struct table *
table_new(FILE *fp, int header, int bold)
{
	struct table *t = xcalloc(1, sizeof *t);

	t->fp = fp;
	t->header = header;
	t->bold = bold;
	return t;
}

void
table_set_width(struct table *t, size_t width)
{
	t->max = width;
}

static void
held_print(struct table *t, size_t k)
{
	struct held *h = &t->rows[k];
	const char **cell = xcalloc(h->nf, sizeof *cell);
	size_t i, off = 0;

	for (i = 0; i < h->nf; i++) {
		cell[i] = h->data + off;
		off += h->len[i];
	}
	if (t->fitted)
		print_fitted(t, cell, h->len, h->nf, t->header && k == 0);
	else
		print_row(t, cell, h->len, h->nf, t->header && k == 0);
	free(cell);
}

/* Fix the widths from the rows held back, and print them. */
static void
size_and_flush(struct table *t)
{
	size_t k, i;

	for (k = 0; k < t->nheld; k++)
		if (t->rows[k].nf > t->ncols)
			t->ncols = t->rows[k].nf;
	t->width = xcalloc(t->ncols, sizeof *t->width);
	t->numeric = xcalloc(t->ncols, 1);
	memset(t->numeric, 1, t->ncols);
	for (k = 0; k < t->nheld; k++) {
		struct held *h = &t->rows[k];
		size_t off = 0;

		for (i = 0; i < h->nf; i++) {
			size_t w = cell_width(h->data + off, h->len[i]);

			if (w > t->width[i])
				t->width[i] = w;
			if (!(t->header && k == 0) && !is_number(h->data + off, h->len[i]))
				t->numeric[i] = 0;
			off += h->len[i];
		}
	}
	/* A column with only a header holds no numbers. */
	if (t->nheld <= (size_t)t->header)
		memset(t->numeric, 0, t->ncols);
	fit(t);
	for (k = 0; k < t->nheld; k++) {
		held_print(t, k);
		free(t->rows[k].data);
		free(t->rows[k].len);
	}
	t->nheld = 0;
	t->sized = 1;
}

void
table_add(struct table *t, const char *const *cell, const size_t *len, size_t nf)
{
	struct held *h;
	size_t i, total = 0, off = 0;

	if (t->sized) {
		if (t->fitted)
			print_fitted(t, cell, len, nf, 0);
		else
			print_row(t, cell, len, nf, 0);
		return;
	}
	h = &t->rows[t->nheld++];
	for (i = 0; i < nf; i++)
		total += len[i];
	h->data = xmalloc(total);
	h->len = xcalloc(nf, sizeof *h->len);
	h->nf = nf;
	for (i = 0; i < nf; i++) {
		memcpy(h->data + off, cell[i], len[i]);
		h->len[i] = len[i];
		off += len[i];
	}
	if (t->nheld == TABLE_SAMPLE)
		size_and_flush(t);
}

int
table_finish(struct table *t)
{
	int rc;

	if (t == NULL)
		return 0;
	if (!t->sized)
		size_and_flush(t);
	rc = ferror(t->fp) ? -1 : 0;
	free(t->width);
	free(t->numeric);
	free(t->band);
	free(t->line);
	free(t);
	return rc;
}
