/* csv_writer: minimal quoting, byte-exact fields. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "io/csv.h"
#include "io/csv_writer.h"

void
csv_writer_init(struct csv_writer *w, FILE *fp, char delim)
{
	w->fp = fp;
	w->delim = delim ? delim : ',';
	w->nfields = 0;
	w->first_empty = 0;
	w->len = 0;
	w->batch = 0;
}

void
csv_writer_batch(struct csv_writer *w)
{
	w->batch = 1;
}

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Nonzero when a byte of the word X equals C: the classic zero-byte test
 * applied to X ^ C in every byte. */
static inline uint64_t
has_byte(uint64_t x, unsigned char c)
{
	uint64_t v = x ^ (ONES * c);

	return (v - ONES) & ~v & HIGHS;
}

/* A field needs quotes when it holds the delimiter, a quote, CR or LF.
 * Fields are looked at eight bytes at a time: this test is most of the
 * cost of writing CSV. */
static int
needs_quotes(const char *s, size_t n, char delim)
{
	unsigned char d = (unsigned char)delim;
	uint64_t x;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&x, s, 8);
		if (has_byte(x, '"') | has_byte(x, '\n') | has_byte(x, '\r') | has_byte(x, d))
			return 1;
	}
	for (; n > 0; s++, n--)
		if (*s == '"' || *s == '\n' || *s == '\r' || *s == delim)
			return 1;
	return 0;
}

static void
spill(struct csv_writer *w)
{
	fwrite(w->buf, 1, w->len, w->fp);
	w->len = 0;
}

static void
put(struct csv_writer *w, const char *s, size_t n)
{
	if (w->len + n > sizeof w->buf) {
		spill(w);
		if (n > sizeof w->buf) {
			fwrite(s, 1, n, w->fp);
			return;
		}
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
}

static void
put_byte(struct csv_writer *w, char c)
{
	if (w->len == sizeof w->buf)
		spill(w);
	w->buf[w->len++] = c;
}

void
csv_write_field(struct csv_writer *w, const char *s, size_t n)
{
	const char *q;
	size_t i;

	if (w->nfields++ > 0)
		put_byte(w, w->delim);
	else
		w->first_empty = n == 0;
	if (!needs_quotes(s, n, w->delim)) {
		put(w, s, n);
		return;
	}
	put_byte(w, '"');
	while ((q = memchr(s, '"', n)) != NULL) {
		i = (size_t)(q - s) + 1;
		put(w, s, i);
		put_byte(w, '"');     /* a quote inside is doubled */
		s += i;
		n -= i;
	}
	put(w, s, n);
	put_byte(w, '"');
}

/* The bytes csv_write_field would write for field I of REC. */
static size_t
written_len(const struct csv_record *rec, size_t i, char delim)
{
	const char *s = rec->f[i], *q;
	size_t n = rec->len[i], len = n;

	if (!needs_quotes(s, n, delim))
		return n;
	len += 2;
	while ((q = memchr(s, '"', n)) != NULL) {
		len++;
		n -= (size_t)(q - s) + 1;
		s = q + 1;
	}
	return len;
}

void
csv_write_plain(struct csv_writer *w, const char *s, size_t n)
{
	if (w->nfields++ > 0)
		put_byte(w, w->delim);
	else
		w->first_empty = n == 0;
	put(w, s, n);
}

void
csv_write_str(struct csv_writer *w, const char *s)
{
	csv_write_field(w, s, strlen(s));
}

void
csv_write_long(struct csv_writer *w, long v)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	csv_write_plain(w, p, (size_t)(buf + sizeof buf - p));
}

void
csv_write_record(struct csv_writer *w, const struct csv_record *rec)
{
	size_t i;

	for (i = 0; i < rec->nf; i++)
		csv_write_field(w, rec->f[i], rec->len[i]);
}

/* A record the reader split in place (rec->plain): its fields are the line
 * as read, with a NUL for each delimiter; copy the line at once and put the
 * delimiters back. */
static void
write_plain_record(struct csv_writer *w, const struct csv_record *rec)
{
	const char *s = rec->f[0];
	size_t i, n = (size_t)(rec->f[rec->nf - 1] + rec->len[rec->nf - 1] - s);
	char *o;

	if (w->len + n > sizeof w->buf)
		spill(w);
	if (n > sizeof w->buf) {
		for (i = 0; i < rec->nf; i++)
			csv_write_plain(w, rec->f[i], rec->len[i]);
		return;
	}
	o = w->buf + w->len;
	memcpy(o, s, n);
	for (i = 0; i + 1 < rec->nf; i++)
		o[rec->f[i] + rec->len[i] - s] = w->delim;
	w->len += n;
	w->nfields = (int)rec->nf;
	w->first_empty = rec->len[0] == 0;
}

void
csv_write_record_as_read(struct csv_writer *w, const struct csv_record *rec, char delim)
{
	size_t i, len;

	if (rec->plain && delim == w->delim && w->nfields == 0 && rec->nf > 0) {
		write_plain_record(w, rec);
		return;
	}
	if (rec->raw == NULL || delim != w->delim || w->nfields > 0 || rec->nf == 0) {
		csv_write_record(w, rec);
		return;
	}
	/* The raw line is what csv_write_record would write unless a field was
	 * quoted that needs no quotes: each such field makes the line longer
	 * than its rewrite, and nothing can make it shorter. */
	if (memchr(rec->raw, '"', rec->rawlen) != NULL) {
		for (i = 0, len = rec->nf - 1; i < rec->nf; i++)
			len += written_len(rec, i, delim);
		if (len != rec->rawlen) {
			csv_write_record(w, rec);
			return;
		}
	}
	put(w, rec->raw, rec->rawlen);
	w->nfields = (int)rec->nf;
	w->first_empty = rec->len[0] == 0;
}

void
csv_write_end(struct csv_writer *w)
{
	/* A row of one empty field would read back as a blank line, which
	 * readers skip; quoting it keeps the row. */
	if (w->nfields == 1 && w->first_empty)
		put(w, "\"\"", 2);
	put_byte(w, '\n');
	if (!w->batch || w->len > sizeof w->buf / 2)
		spill(w);
	w->nfields = 0;
}

int
csv_writer_flush(struct csv_writer *w)
{
	if (w->fp == NULL)
		return 0;
	if (w->len > 0)
		spill(w);
	return ferror(w->fp) ? -1 : 0;
}

void
csv_write_row(struct csv_writer *w, ...)
{
	va_list ap;
	const char *s;

	va_start(ap, w);
	while ((s = va_arg(ap, const char *)) != NULL)
		csv_write_str(w, s);
	va_end(ap);
	csv_write_end(w);
}
