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

static void
print_row(struct table *t, const char *const *cell, const size_t *len, size_t nf, int head)
{
	size_t i, j;

	if (head && t->bold)
		fputs("\033[1m", t->fp);
	for (i = 0; i < nf; i++) {
		size_t w = cell_width(cell[i], len[i]);
		size_t colw = i < t->ncols ? t->width[i] : w;
		size_t fill = colw > w ? colw - w : 0;
		int right = i < t->ncols && t->numeric[i];

		if (i > 0)
			fputs("  ", t->fp);
		if (right)
			pad(t->fp, fill);
		for (j = 0; j < len[i]; j++) {
			unsigned char c = (unsigned char)cell[i][j];

			putc_unlocked(is_control(c) ? ' ' : c, t->fp);
		}
		/* No trailing blanks after the last cell. */
		if (!right && i + 1 < nf)
			pad(t->fp, fill);
	}
	if (head && t->bold)
		fputs("\033[0m", t->fp);
	putc_unlocked('\n', t->fp);
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
	free(t);
	return rc;
}
