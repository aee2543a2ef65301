/* csv_writer: minimal quoting, byte-exact fields. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lib/csv_reader.h"
#include "lib/csv_writer.h"

void
csv_writer_init(struct csv_writer *w, FILE *fp, char delim)
{
	w->fp = fp;
	w->delim = delim ? delim : ',';
	w->nfields = 0;
}

static int
needs_quotes(const char *s, size_t n, char delim)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c == delim || c == '"' || c == '\n' || c == '\r')
			return 1;
	}
	return 0;
}

void
csv_write_field(struct csv_writer *w, const char *s, size_t n)
{
	FILE *fp = w->fp;
	size_t i;

	if (w->nfields++ > 0)
		putc_unlocked(w->delim, fp);
	else
		w->first_empty = n == 0;
	if (!needs_quotes(s, n, w->delim)) {
		fwrite_unlocked(s, 1, n, fp);
		return;
	}
	putc_unlocked('"', fp);
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			putc_unlocked('"', fp);
		putc_unlocked(s[i], fp);
	}
	putc_unlocked('"', fp);
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
	csv_write_field(w, p, (size_t)(buf + sizeof buf - p));
}

void
csv_write_record(struct csv_writer *w, const struct csv_record *rec)
{
	size_t i;

	for (i = 0; i < rec->nf; i++)
		csv_write_field(w, rec->f[i], rec->len[i]);
}

void
csv_write_end(struct csv_writer *w)
{
	/* A row of one empty field would read back as a blank line, which
	 * readers skip; quoting it keeps the row. */
	if (w->nfields == 1 && w->first_empty)
		fputs("\"\"", w->fp);
	putc_unlocked('\n', w->fp);
	w->nfields = 0;
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
