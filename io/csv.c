/* csv_reader: RFC 4180 records over libcsv, with line numbers. */
#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/text.h"
#include "io/csv.h"
#include "util/err.h"

#define CHUNK (64 * 1024)

struct rec_buf {
	struct csv_record rec;
	char *data;              /* field bytes, each followed by NUL */
	size_t used, cap;
	size_t *off;             /* field offsets into data */
	size_t fcap;
	size_t rcap;             /* room in rec.f and rec.len */
};

struct csv_reader {
	struct csv_parser p;
	char *name;
	int fd;                  /* -1 for memory input */
	const char *mem;
	size_t memlen, mempos;
	char *buf;
	const char *pos, *end;   /* what is left of the chunk in buf */
	int has_cr;              /* the chunk holds a CR */
	int has_quote, has_nul;  /* ... a quote, a NUL */
	size_t chunk;            /* bytes to read at a time */
	int slow;                /* no fast path: every line through libcsv */
	struct csv_dialect d;
	int sniff;               /* no delimiter given: TSV if the header says so */
	int eof, fini_done, bom_checked, ragged;
	size_t width;            /* required fields per row; 0 = not yet known */

	/* Records completed by libcsv callbacks, waiting to be handed out.
	 * Parsing stops once one is ready, so the queue stays a record or two
	 * long; its buffers are swapped, never copied, and reused. */
	struct rec_buf **q;
	size_t qlen, qcap, qhead;
	struct rec_buf *cur;     /* the record being built */

	/* Line accounting: the line of the segment now being parsed, and the
	 * line where the next record will start. */
	unsigned long seg_line, next_start;
	int prev_term;           /* terminator of the last row callback */
	/* The line being parsed, for raw records: a line starts clean when
	 * the line before it ended a row, and its first row is then whole. */
	const char *seg;
	size_t seglen;
	unsigned long seg_no, row_end_seg;
	int seg_clean, seg_rows, seg_nul;
	int cr_pending;          /* the last segment ended with a lone CR */

	int have_header;
	struct rec_buf header;
	int header_read;
	int header_tab;          /* the header line holds a tab, not read as TSV */

	/* The first error seen.  It ends the reading only once the records
	 * before it have been handed out, so that output up to the bad row is
	 * whole: then csv_reader_next returns NULL, and FAILED is set. */
	struct rk_error error;
	int have_err, failed;
};

static void
set_error(struct csv_reader *r, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
set_error(struct csv_reader *r, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	if (r->have_err)
		return;
	va_start(ap, fmt);
	rk_error_vset(&r->error, r->name, line, fmt, ap);
	va_end(ap);
	r->have_err = 1;
}

/* A bad option value (-c 0): a usage error, with no file or line. */
static long
usage_fail(struct csv_reader *r, const char *fmt, ...)
{
	va_list ap;

	if (!r->failed) {
		rk_error_clear(&r->error);
		va_start(ap, fmt);
		rk_error_vset(&r->error, NULL, 0, fmt, ap);
		va_end(ap);
		r->error.usage = 1;
		r->have_err = r->failed = 1;
	}
	return -1;
}

static void
rb_add_field(struct csv_reader *r, struct rec_buf *b, const char *s, size_t n)
{
	if (b->rec.nf == b->fcap) {
		b->fcap = b->fcap ? b->fcap * 2 : 16;
		b->off = xrealloc(b->off, b->fcap * sizeof *b->off);
	}
	if (b->used + n + 1 > b->cap) {
		while (b->used + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->data = xrealloc(b->data, b->cap);
	}
	(void)r;
	b->off[b->rec.nf++] = b->used;
	memcpy(b->data + b->used, s, n);
	b->data[b->used + n] = '\0';
	b->used += n + 1;
}

/* Room for N fields in f[] and len[].  Buffers are recycled from record to
 * record: grow them, never shrink, so that a long file costs no allocation
 * per row. */
static void
rb_room(struct rec_buf *b, size_t n)
{
	if (n > b->rcap || b->rec.f == NULL) {
		b->rcap = n > 2 * b->rcap ? n : 2 * b->rcap;
		if (b->rcap == 0)
			b->rcap = 8;
		b->rec.f = xrealloc(b->rec.f, b->rcap * sizeof *b->rec.f);
		b->rec.len = xrealloc(b->rec.len, b->rcap * sizeof *b->rec.len);
	}
}

/* Point f[] and len[] at the data, now that it no longer moves. */
static void
rb_finish(struct rec_buf *b)
{
	size_t i, n = b->rec.nf;

	rb_room(b, n);
	for (i = 0; i < n; i++) {
		size_t end = i + 1 < n ? b->off[i + 1] - 1 : b->used - 1;

		b->rec.f[i] = b->data + b->off[i];
		b->rec.len[i] = end - b->off[i];
	}
}

static void
rb_free(struct rec_buf *b)
{
	free(b->data);
	free(b->off);
	free(b->rec.f);
	free(b->rec.len);
}

static void
on_field(void *s, size_t n, void *data)
{
	struct csv_reader *r = data;

	if (r->have_err)
		return;
	/* An error names the line where its record starts, even inside a
	 * quoted field that spans lines. */
	if (r->seg_nul && n > 0 && memchr(s, '\0', n) != NULL)
		set_error(r, r->next_start, "NUL byte in field %zu", r->cur->rec.nf + 1);
	else if (n > CSV_FIELD_MAX)
		set_error(r, r->next_start, "field longer than %d bytes", CSV_FIELD_MAX);
	rb_add_field(r, r->cur, s, n);
}

static void queue_record(struct csv_reader *r);

static void
on_row(int c, void *data)
{
	struct csv_reader *r = data;

	if (r->have_err)
		return;
	r->row_end_seg = r->seg_no;
	r->seg_nul = 0;
	if (r->cur->rec.nf == 0) {
		/* With CSV_REPALL_NL every line end reports a row; an empty one
		 * is a blank line, or the LF of a CRLF. */
		if (!(c == '\n' && r->prev_term == '\r'))
			r->next_start = r->seg_line + 1;
		r->prev_term = c;
		return;
	}
	r->cur->rec.line = r->next_start;
	r->next_start = r->seg_line + 1;
	r->prev_term = c;
	r->cur->rec.raw = NULL;
	r->cur->rec.plain = 0;
	if (r->seg_clean && r->seg_rows++ == 0 && (c == '\r' || c == '\n')) {
		size_t n = r->seglen;

		if (n > 0 && r->seg[n - 1] == '\n')
			n--;
		if (n > 0 && r->seg[n - 1] == '\r')
			n--;
		r->cur->rec.raw = r->seg;
		r->cur->rec.rawlen = n;
	}
	rb_finish(r->cur);
	queue_record(r);
}

/* Check the width of the record in r->cur, then queue it. */
static void
queue_record(struct csv_reader *r)
{
	struct rec_buf *tmp;

	if (r->ragged)
		;
	else if (r->width == 0)
		r->width = r->cur->rec.nf;
	else if (r->cur->rec.nf != r->width) {
		set_error(r, r->cur->rec.line, "%zu field%s where %s %zu",
		    r->cur->rec.nf, r->cur->rec.nf == 1 ? "" : "s",
		    r->d.no_header ? "the first row has" : "the header has", r->width);
		r->cur->used = 0;
		r->cur->rec.nf = 0;
		return;
	}

	/* Hand the finished record to the queue and take a recycled buffer. */
	if (r->qlen == r->qcap) {
		size_t i;

		r->qcap = r->qcap ? r->qcap * 2 : 4;
		r->q = xrealloc(r->q, r->qcap * sizeof *r->q);
		for (i = r->qlen; i < r->qcap; i++)
			r->q[i] = xcalloc(1, sizeof *r->q[i]);
	}
	tmp = r->q[r->qlen];
	r->q[r->qlen++] = r->cur;
	r->cur = tmp;
	r->cur->used = 0;
	r->cur->rec.nf = 0;
}

/* libcsv trims spaces and tabs around unquoted fields unless told not to;
 * we keep every byte. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* libcsv keeps a quoted field's closing quote in its buffer until the
 * field ends, and asks for a byte more than it holds: room for a field one
 * byte over the limit, quoted or not, so that on_field, not the buffer's
 * size, draws the line at CSV_FIELD_MAX for both. */
static void *
capped_realloc(void *p, size_t n)
{
	if (n > CSV_FIELD_MAX + 3)
		return NULL;
	return realloc(p, n);
}

static struct csv_reader *
reader_new(const char *name, const struct csv_dialect *d)
{
	struct csv_reader *r = xcalloc(1, sizeof *r);

	r->cur = xcalloc(1, sizeof *r->cur);
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		free(r->cur);
		free(r);
		return NULL;
	}
	csv_set_space_func(&r->p, no_space);
	csv_set_realloc_func(&r->p, capped_realloc);
	csv_set_blk_size(&r->p, 64 * 1024);
	/* A NULL dialect is plain CSV, never sniffed. */
	if (d != NULL)
		r->d = *d, r->sniff = d->delim == 0;
	if (r->d.delim == 0)
		r->d.delim = ',';
	csv_set_delim(&r->p, (unsigned char)r->d.delim);
	r->name = xstrdup(name);
	r->seg_line = r->next_start = 1;
	r->prev_term = -1;
	r->have_header = !r->d.no_header;
	r->fd = -1;
	r->buf = xmalloc(CHUNK);
	r->chunk = CHUNK;
	return r;
}

struct csv_reader *
csv_reader_open(const char *path, const struct csv_dialect *d, struct rk_error *e)
{
	struct csv_reader *r;
	int fd = STDIN_FILENO;

	if (path == NULL || strcmp(path, "-") == 0)
		path = NULL;
	else if ((fd = open(path, O_RDONLY)) == -1) {
		rk_error_set(e, path, 0, "%s", strerror(errno));
		return NULL;
	}
	if ((r = reader_new(path != NULL ? path : "stdin", d)) == NULL) {
		if (fd != STDIN_FILENO)
			close(fd);
		rk_error_set(e, path, 0, "out of memory");
		return NULL;
	}
	r->fd = fd;
	return r;
}

struct csv_reader *
csv_reader_open_mem(const char *name, const char *buf, size_t n, const struct csv_dialect *d,
    struct rk_error *e)
{
	struct csv_reader *r = reader_new(name, d);

	if (r == NULL) {
		rk_error_set(e, name, 0, "out of memory");
		return NULL;
	}
	r->mem = buf;
	r->memlen = n;
	return r;
}

void
csv_reader_close(struct csv_reader *r)
{
	size_t i;

	if (r == NULL)
		return;
	if (r->fd > STDIN_FILENO)
		close(r->fd);
	csv_free(&r->p);
	for (i = 0; i < r->qcap; i++) {
		rb_free(r->q[i]);
		free(r->q[i]);
	}
	free(r->q);
	rb_free(r->cur);
	free(r->cur);
	rb_free(&r->header);
	free(r->buf);
	free(r->name);
	free(r);
}

const char *
csv_reader_name(const struct csv_reader *r)
{
	return r->name;
}

void
csv_reader_allow_ragged(struct csv_reader *r)
{
	r->ragged = 1;
}

static void
parse_error(struct csv_reader *r, unsigned long line)
{
	int e = csv_error(&r->p);

	if (e == CSV_ENOMEM || e == CSV_ETOOBIG)
		set_error(r, line, "field longer than %d bytes", CSV_FIELD_MAX);
	else
		set_error(r, line, "malformed CSV: a quote must open and close the whole field");
}

/*
 * The fast path: the line S..LF, which holds no quote, CR or NUL, and which
 * starts where libcsv has no row begun, split on the delimiter in place.
 * libcsv would make the same fields of it (it trims nothing here, and only
 * a quote, CR or LF means anything to it besides the delimiter), and is
 * left in the same state, so that it takes the next line up as it would.
 */
static void
split_line(struct csv_reader *r, char *s, char *lf)
{
	struct rec_buf *b = r->cur;
	char delim = r->d.delim, *q;
	size_t nf = 0;

	r->seg_no++;
	r->row_end_seg = r->seg_no;
	for (;;) {
		if ((q = memchr(s, delim, (size_t)(lf - s))) == NULL)
			q = lf;
		if (nf == b->rcap || b->rec.f == NULL)
			rb_room(b, nf + 1);
		b->rec.f[nf] = s;
		b->rec.len[nf++] = (size_t)(q - s);
		*q = '\0';
		if (q == lf)
			break;
		s = q + 1;
	}
	b->used = 0;
	b->rec.nf = nf;
	b->rec.line = r->next_start;
	b->rec.raw = NULL;
	b->rec.plain = 1;
	r->next_start = ++r->seg_line;
	r->prev_term = '\n';
	queue_record(r);
}

/* Feed one chunk to libcsv, one line at a time, so that an error names its
 * exact line.  A segment ends after LF, after CRLF, or after a lone CR.
 * Lines libcsv has nothing to do for go to split_line instead: those that
 * hold no quote, CR or NUL and start a row.  After a lone CR (prev_term),
 * an LF may still belong to it, so that line goes to libcsv too. */
static void
feed(struct csv_reader *r)
{
	const char *s = r->pos, *end = r->end, *lf, *stop, *cr, *seg_end;
	int breaks;

	/* Stop as soon as a record is ready, so that only a record or two
	 * wait in the queue, whatever the length of the lines. */
	while (s < end && !r->have_err && r->qlen == r->qhead) {
		lf = memchr(s, '\n', (size_t)(end - s));
		stop = lf ? lf : end;
		if (lf != NULL && lf > s && !r->slow && r->prev_term != '\r' &&
		    (r->seg_no == 0 || r->row_end_seg == r->seg_no) &&
		    !(r->has_quote && memchr(s, '"', (size_t)(lf - s)) != NULL) &&
		    !(r->has_cr && memchr(s, '\r', (size_t)(lf - s)) != NULL) &&
		    !(r->has_nul && memchr(s, '\0', (size_t)(lf - s)) != NULL)) {
			split_line(r, r->buf + (s - r->buf), r->buf + (lf - r->buf));
			s = lf + 1;
			continue;
		}
		/* stop > s: gcc 14 cannot see that memchr never returns
		 * less than s, and takes stop - s for a huge length. */
		cr = r->has_cr && stop > s ? memchr(s, '\r', (size_t)(stop - s)) : NULL;
		if (cr != NULL && cr + 1 != lf) {
			seg_end = cr + 1;           /* a lone CR ends a line */
			breaks = cr + 1 < end;      /* unless an LF follows in the next chunk */
		} else if (lf != NULL) {
			seg_end = lf + 1;
			breaks = !(r->cr_pending && lf == s);
		} else {
			seg_end = end;
			breaks = 0;
		}
		r->cr_pending = 0;
		r->seg = s;
		r->seglen = (size_t)(seg_end - s);
		r->seg_clean = r->seg_no == 0 || r->row_end_seg == r->seg_no;
		r->seg_rows = 0;
		/* One look for a NUL per line; only then, field by field, to
		 * say which field holds it.  A quoted field may span lines, so
		 * the flag holds until its row ends. */
		if (r->has_nul && memchr(s, '\0', r->seglen) != NULL)
			r->seg_nul = 1;
		r->seg_no++;
		if (csv_parse(&r->p, s, (size_t)(seg_end - s), on_field, on_row, r)
		    != (size_t)(seg_end - s)) {
			parse_error(r, r->next_start);
			break;
		}
		if (cr != NULL && cr + 1 == end && cr + 1 != lf) {
			/* A CR at the end of a chunk: count it now, and let a
			 * following LF know that it belongs to the same break. */
			r->seg_line++;
			r->cr_pending = 1;
		} else if (breaks)
			r->seg_line++;
		s = seg_end;
	}
	r->pos = s;
}

/* rekindle's own TSV, as --format=tsv writes it: a first line (in the N
 * bytes of S, to its line end, or to the end of the input at END) that
 * holds a tab but no comma and no quote.  The reader then splits on tabs
 * from the start. */
static void
sniff_tsv(struct csv_reader *r, const char *s, size_t n, int end)
{
	size_t i;

	for (i = 0; i < n && s[i] != '\n' && s[i] != '\r'; i++)
		if (s[i] == '"' || s[i] == r->d.delim)
			return;
	if ((i == n && !end) || memchr(s, '\t', i) == NULL)
		return;         /* no line end yet, or no tab */
	r->d.delim = '\t';
	csv_set_delim(&r->p, '\t');
}

static ssize_t
read_more(struct csv_reader *r, char *buf, size_t cap)
{
	ssize_t n;

	if (r->fd < 0) {
		n = (ssize_t)(r->memlen - r->mempos < cap ? r->memlen - r->mempos : cap);
		memcpy(buf, r->mem + r->mempos, (size_t)n);
		r->mempos += (size_t)n;
		return n;
	}
	do
		n = read(r->fd, buf, cap);
	while (n == -1 && errno == EINTR);
	if (n == -1) {
		set_error(r, 0, "%s", strerror(errno));
		return 0;
	}
	return n;
}

/* Parse until at least one record is queued or the input ends. */
static void
fill(struct csv_reader *r)
{
	while (r->qhead == r->qlen && !r->fini_done && !r->have_err) {
		char *b = r->buf;
		size_t got;
		ssize_t n;
		int sniff, at_end;

		r->qhead = r->qlen = 0;
		if (r->pos < r->end) {
			feed(r);
			continue;
		}
		n = read_more(r, b, r->chunk);
		got = (size_t)n;
		r->pos = b;
		r->end = b + got;
		if (!r->bom_checked) {
			/* A BOM may arrive split over short reads from a pipe. */
			while (got > 0 && got < 3 && memcmp(b, "\xef\xbb\xbf", got) == 0 &&
			    (n = read_more(r, b + got,
			    r->chunk < CHUNK - got ? r->chunk : CHUNK - got)) > 0)
				got += (size_t)n;
			r->bom_checked = 1;
			/* To tell TSV from CSV, the whole first line. */
			sniff = r->sniff && !r->d.no_header;
			while (sniff && got > 0 && got < CHUNK && !r->have_err &&
			    memchr(b, '\n', got) == NULL && memchr(b, '\r', got) == NULL &&
			    (n = read_more(r, b + got,
			    r->chunk < CHUNK - got ? r->chunk : CHUNK - got)) > 0)
				got += (size_t)n;
			at_end = n == 0 && !r->have_err;
			r->end = b + got;
			if (got >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0)
				r->pos = b + 3;
			if (sniff)
				sniff_tsv(r, r->pos, (size_t)(r->end - r->pos), at_end);
		}
		if (got == 0 && r->have_err)
			break;          /* a read error, not the end */
		if (got == 0) {
			r->fini_done = 1;
			if (csv_fini(&r->p, on_field, on_row, r) != 0) {
				/* Check before fini resets the error: an open quote
				 * at the end names the line where its record began. */
				if (csv_error(&r->p) == CSV_EPARSE)
					set_error(r, r->next_start, "unterminated quoted field");
				else
					parse_error(r, r->next_start);
			}
			break;
		}
		/* Most input has no CR, quote or NUL at all: look once per
		 * chunk, and once a line only in a chunk that has one. */
		r->has_cr = memchr(r->pos, '\r', (size_t)(r->end - r->pos)) != NULL;
		r->has_quote = memchr(r->pos, '"', (size_t)(r->end - r->pos)) != NULL;
		r->has_nul = memchr(r->pos, '\0', (size_t)(r->end - r->pos)) != NULL;
	}
}

static const struct csv_record *
next_raw(struct csv_reader *r)
{
	if (r->qhead == r->qlen)
		fill(r);
	if (r->qhead == r->qlen) {
		r->failed = r->have_err;
		return NULL;
	}
	return &r->q[r->qhead++]->rec;
}

/* H, the first line, holds a tab. */
static int
header_tabs(const struct csv_record *h)
{
	size_t i;

	for (i = 0; i < h->nf; i++)
		if (memchr(h->f[i], '\t', h->len[i]) != NULL)
			return 1;
	return 0;
}

char
csv_reader_delim(const struct csv_reader *r)
{
	return r->d.delim;
}

const char *
csv_reader_tab_hint(const struct csv_reader *r)
{
	return r->header_tab ? " (is it tab-separated? try -t)" : "";
}

const struct csv_record *
csv_reader_header(struct csv_reader *r)
{
	const struct csv_record *h;
	size_t i;

	if (!r->have_header)
		return NULL;
	if (!r->header_read) {
		r->header_read = 1;
		if ((h = next_raw(r)) == NULL) {
			r->have_header = 0;
			return NULL;
		}
		r->header_tab = r->d.delim != '\t' && header_tabs(h);
		for (i = 0; i < h->nf; i++)
			rb_add_field(r, &r->header, h->f[i], h->len[i]);
		r->header.rec.line = h->line;
		rb_finish(&r->header);
	}
	return &r->header.rec;
}

const struct csv_record *
csv_reader_next(struct csv_reader *r)
{
	if (r->have_header && !r->header_read)
		csv_reader_header(r);
	return next_raw(r);
}

static int
csv_reader_no_header(const struct csv_reader *r)
{
	return r->d.no_header;
}

void
csv_reader_test_mode(struct csv_reader *r, size_t chunk, int slow)
{
	if (chunk > 0 && chunk <= CHUNK)
		r->chunk = chunk;
	r->slow = slow;
}

const struct rk_error *
csv_reader_error(const struct csv_reader *r)
{
	return r->failed ? &r->error : NULL;
}

int
csv_reader_fail(struct csv_reader *r, const struct csv_record *rec, const char *fmt, ...)
{
	va_list ap;

	if (!r->failed) {
		rk_error_clear(&r->error);
		va_start(ap, fmt);
		rk_error_vset(&r->error, r->name, rec != NULL ? rec->line : 0, fmt, ap);
		va_end(ap);
		r->have_err = r->failed = 1;
	}
	return -1;
}

long
csv_reader_find(struct csv_reader *r, const char *name)
{
	const struct csv_record *h = csv_reader_header(r);
	long found = -1;
	size_t i;

	if (h == NULL)
		return -1;
	for (i = 0; i < h->nf; i++) {
		if (strcmp(h->f[i], name) != 0)
			continue;
		if (found >= 0) {
			csv_reader_fail(r, h, "column name %s appears twice in the header",
			    quote(name));
			return -1;
		}
		found = (long)i;
	}
	return found;
}

/* "date, who, note": the header's names for a message; a name that is not
 * plain text is quoted, and a long list is cut short. */
static const char *
header_names(const struct csv_record *h)
{
	static char buf[400];
	size_t i, j, used = 0;
	int n;

	buf[0] = '\0';
	for (i = 0; i < h->nf; i++) {
		const char *f = h->f[i];

		for (j = 0; j < h->len[i]; j++)
			if (!isalnum((unsigned char)f[j]) && strchr("_-. ", f[j]) == NULL)
				break;
		n = snprintf(buf + used, sizeof buf - used, "%s%s", i > 0 ? ", " : "",
		    j == h->len[i] && j > 0 ? f : quote_n(f, h->len[i]));
		if (n < 0 || (size_t)n >= sizeof buf - used - 4) {
			snprintf(buf + used, sizeof buf - used, ", ...");
			break;
		}
		used += (size_t)n;
	}
	return buf;
}

long
csv_reader_column(struct csv_reader *r, const char *spec, const char *opt)
{
	const struct csv_record *h;
	char *end;
	long n;

	/* A name in the header wins over a column number: a column called
	 * 2026 or 1st is chosen by its name. */
	if (!csv_reader_no_header(r) && (h = csv_reader_header(r)) != NULL &&
	    (n = csv_reader_find(r, spec)) >= 0)
		return n;
	if (r->failed)
		return -1;
	if (*spec >= '0' && *spec <= '9') {
		errno = 0;
		n = strtol(spec, &end, 10);
		if (*end != '\0' || errno != 0 || n < 1 || n > 100000)
			return usage_fail(r, "%s: %s is not a column number (1 to 100000) or name",
			    opt, quote(spec));
		h = csv_reader_header(r);
		if (h != NULL && (size_t)n > h->nf)
			return csv_reader_fail(r, h, "%s: no column %ld: the header has %zu: %s%s",
			    opt, n, h->nf, header_names(h), csv_reader_tab_hint(r));
		return r->failed ? -1 : n - 1;
	}
	if (csv_reader_no_header(r))
		return usage_fail(r, "%s: with --no-header a column is a number, not %s",
		    opt, quote(spec));
	h = csv_reader_header(r);
	if (h == NULL)
		return r->failed ? -1 : csv_reader_fail(r, NULL,
		    "empty input: no header to find column %s", quote(spec));
	if ((n = csv_reader_find(r, spec)) < 0)
		return r->failed ? -1 : csv_reader_fail(r, h,
		    "%s: no column named %s; the header has %s%s", opt, quote(spec),
		    header_names(h), csv_reader_tab_hint(r));
	return n;
}

int
csv_reader_columns(struct csv_reader *r, const char *const *names, size_t n, long *col,
    const char *hint)
{
	const struct csv_record *h = csv_reader_header(r);
	size_t i, j;

	for (i = 0; i < n; i++)
		if ((col[i] = csv_reader_find(r, names[i])) < 0 && r->failed)
			return -1;
	for (i = 0; h != NULL && i < h->nf; i++) {
		for (j = 0; j < n; j++)
			if (strcmp(h->f[i], names[j]) == 0)
				break;
		if (j == n)
			return csv_reader_fail(r, h, "unknown column %s (%s)%s", quote(h->f[i]),
			    hint, csv_reader_tab_hint(r));
	}
	return r->failed ? -1 : 0;
}

int
csv_check_text(struct csv_reader *r, const struct csv_record *rec, const char *col,
    const char *s, size_t n, int required)
{
	long cp;

	if (required && n == 0)
		return csv_reader_fail(r, rec, "%s is empty", col);
	if (!utf8_valid(s, n))
		return csv_reader_fail(r, rec, "%s: invalid UTF-8", col);
	/* The text goes to a terminal: no escape sequence or bell gets there. */
	if ((cp = utf8_control(s, n, "\n\t")) >= 0)
		return csv_reader_fail(r, rec, cp < 0x80 ? "%s: control character \\x%02lx" :
		    "%s: control character U+%04lX", col, cp);
	return 0;
}

void
csv_saved_set(struct csv_saved *s, const struct csv_record *rec)
{
	size_t i, total = 0;

	for (i = 0; i < rec->nf; i++)
		total += rec->len[i] + 1;
	if (total > s->cap) {
		s->cap = total * 2;
		s->data = xrealloc(s->data, s->cap);
	}
	if (rec->nf > s->fcap) {
		s->fcap = rec->nf;
		s->f = xrealloc(s->f, s->fcap * sizeof *s->f);
		s->len = xrealloc(s->len, s->fcap * sizeof *s->len);
	}
	for (i = 0, total = 0; i < rec->nf; i++) {
		memcpy(s->data + total, rec->f[i], rec->len[i]);
		s->data[total + rec->len[i]] = '\0';
		s->f[i] = s->data + total;
		s->len[i] = rec->len[i];
		total += rec->len[i] + 1;
	}
	s->nf = rec->nf;
}

int
csv_saved_equal(const struct csv_saved *s, const struct csv_record *rec)
{
	size_t i;

	if (s->nf != rec->nf)
		return 0;
	for (i = 0; i < rec->nf; i++)
		if (s->len[i] != rec->len[i] || memcmp(s->f[i], rec->f[i], rec->len[i]) != 0)
			return 0;
	return 1;
}

void
csv_saved_free(struct csv_saved *s)
{
	free(s->data);
	free(s->f);
	free(s->len);
	memset(s, 0, sizeof *s);
}

int
csv_where_add(struct csv_wheres *ws, const char *arg, const char *opt, struct rk_error *e)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg)
		return rk_error_usage(e, "%s: %s is not COLUMN=VALUE", opt, quote(arg));
	ws->w = xrealloc(ws->w, (ws->n + 1) * sizeof *ws->w);
	ws->w[ws->n].spec = xstrndup(arg, (size_t)(eq - arg));
	ws->w[ws->n].value = eq + 1;
	ws->w[ws->n].col = 0;
	ws->n++;
	return 0;
}

int
csv_where_columns(struct csv_wheres *ws, struct csv_reader *r, const char *opt)
{
	size_t i;
	long c;

	for (i = 0; i < ws->n; i++) {
		if ((c = csv_reader_column(r, ws->w[i].spec, opt)) < 0)
			return -1;
		ws->w[i].col = (size_t)c;
	}
	return 0;
}

void
csv_where_free(struct csv_wheres *ws)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		free(ws->w[i].spec);
	free(ws->w);
	ws->w = NULL;
	ws->n = 0;
}

int
csv_record_need(struct csv_reader *r, const struct csv_record *rec, size_t col,
    const char *opt)
{
	if (col >= rec->nf)
		return csv_reader_fail(r, rec, "%s: no column %zu: the row has %zu field%s", opt,
		    col + 1, rec->nf, rec->nf == 1 ? "" : "s");
	return 0;
}
