/* csv_writer: minimal quoting, byte-exact fields. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "util/err.h"

void
csv_writer_init(struct csv_writer *w, FILE *fp, char delim)
{
	w->fp = fp;
	w->delim = delim ? delim : ',';
	w->nfields = 0;
	w->first_empty = 0;
	w->len = 0;
	w->batch = 0;
	w->json = w->json_header = 0;
	w->keys = NULL;
	w->keyoff = NULL;
	w->nkeys = w->keylen = w->keycap = 0;
}

void
csv_writer_json(struct csv_writer *w, int header)
{
	w->json = 1;
	w->json_header = header;
}

void
csv_writer_free(struct csv_writer *w)
{
	free(w->keys);
	free(w->keyoff);
	w->keys = NULL;
	w->keyoff = NULL;
	w->nkeys = w->keylen = w->keycap = 0;
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

/* A header field, kept as a key. */
static void
json_key_add(struct csv_writer *w, const char *s, size_t n)
{
	if (w->keylen + n + 1 > w->keycap) {
		while (w->keylen + n + 1 > w->keycap)
			w->keycap = w->keycap ? 2 * w->keycap : 256;
		w->keys = xrealloc(w->keys, w->keycap);
	}
	/* Room for 8 offsets, then twice as many each time they fill. */
	if (w->nkeys == 0 || (w->nkeys >= 8 && (w->nkeys & (w->nkeys - 1)) == 0))
		w->keyoff = xrealloc(w->keyoff, (w->nkeys < 8 ? 8 : 2 * w->nkeys) *
		    sizeof *w->keyoff);
	w->keyoff[w->nkeys++] = w->keylen;
	memcpy(w->keys + w->keylen, s, n);
	w->keys[w->keylen + n] = '\0';
	w->keylen += n + 1;
}

/* A JSON number, as a CSV field holds one: -?(0|[1-9][0-9]*)(.[0-9]+)?,
 * of at most 15 digits (a double keeps every such number exact). */
static int
json_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	if (i < n && s[i] == '-')
		i++;
	if (i == n || s[i] < '0' || s[i] > '9')
		return 0;
	if (s[i] == '0')
		i++, digits++;
	else
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (i < n && s[i] == '.') {
		if (++i == n)
			return 0;
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
		if (s[i - 1] == '.')
			return 0;
	}
	return i == n && digits <= 15;
}

/* S as a JSON string: a quote, a backslash and the C0 controls escaped,
 * valid UTF-8 as it is, any other byte as U+FFFD. */
static void
json_string(struct csv_writer *w, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char esc[5] = "u00";     /* after the backslash: u00XX */
	size_t i, run, k;
	long cp;

	put_byte(w, '"');
	for (i = 0; i < n; ) {
		unsigned char c = (unsigned char)s[i];

		for (run = i; run < n && (unsigned char)s[run] >= 0x20 &&
		    (unsigned char)s[run] < 0x80 && s[run] != '"' && s[run] != '\\'; run++)
			;
		if (run > i) {
			put(w, s + i, run - i);
			i = run;
			continue;
		}
		if (c >= 0x80) {
			k = utf8_decode(s + i, n - i, &cp);
			if (cp < 0)
				put(w, "\\ufffd", 6);
			else
				put(w, s + i, k);
			i += k;
			continue;
		}
		put_byte(w, '\\');
		switch (c) {
		case '"':
		case '\\':
			put_byte(w, (char)c);
			break;
		case '\b':
			put_byte(w, 'b');
			break;
		case '\f':
			put_byte(w, 'f');
			break;
		case '\n':
			put_byte(w, 'n');
			break;
		case '\r':
			put_byte(w, 'r');
			break;
		case '\t':
			put_byte(w, 't');
			break;
		default:        /* the other C0 controls */
			esc[3] = hex[c >> 4];
			esc[4] = hex[c & 15];
			put(w, esc, 5);
		}
		i++;
	}
	put_byte(w, '"');
}

/* One field of a JSON row: the header's names are kept, not written. */
static void
json_field(struct csv_writer *w, const char *s, size_t n)
{
	char num[24];
	size_t i = (size_t)w->nfields++;

	if (w->json_header) {
		json_key_add(w, s, n);
		return;
	}
	put_byte(w, i == 0 ? '{' : ',');
	if (i < w->nkeys)
		json_string(w, w->keys + w->keyoff[i], strlen(w->keys + w->keyoff[i]));
	else
		put(w, num, (size_t)snprintf(num, sizeof num, "\"%zu\"", i + 1));
	put_byte(w, ':');
	if (n == 0)
		put(w, "null", 4);
	else if (json_number(s, n))
		put(w, s, n);
	else
		json_string(w, s, n);
}

void
csv_write_field(struct csv_writer *w, const char *s, size_t n)
{
	const char *q;
	size_t i;

	if (w->json) {
		json_field(w, s, n);
		return;
	}
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
	if (w->json) {
		json_field(w, s, n);
		return;
	}
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

	if (w->json) {
		csv_write_record(w, rec);
		return;
	}
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
	if (w->json && w->json_header) {
		w->json_header = 0;     /* the keys are kept: nothing to write */
		w->nfields = 0;
		return;
	}
	/* A row of one empty field would read back as a blank line, which
	 * readers skip; quoting it keeps the row. */
	if (w->json)
		put(w, w->nfields == 0 ? "{}" : "}", w->nfields == 0 ? 2 : 1);
	else if (w->nfields == 1 && w->first_empty)
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
