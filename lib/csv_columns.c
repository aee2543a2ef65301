/* csv_columns: columns by name or number, and the checks around them. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv_reader.h"
#include "lib/diag.h"
#include "lib/wrap.h"

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
		if (found >= 0)
			diag_die_at(csv_reader_name(r), h->line, "column name %s appears twice in the header",
			    diag_quote(name));
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
		    j == h->len[i] && j > 0 ? f : diag_quote_n(f, h->len[i]));
		if (n < 0 || (size_t)n >= sizeof buf - used - 4) {
			snprintf(buf + used, sizeof buf - used, ", ...");
			break;
		}
		used += (size_t)n;
	}
	return buf;
}

size_t
csv_reader_column(struct csv_reader *r, const char *spec, const char *opt)
{
	const struct csv_record *h;
	char *end;
	long n;

	/* A name in the header wins over a column number: a column called
	 * 2026 or 1st is chosen by its name. */
	if (!csv_reader_no_header(r) && (h = csv_reader_header(r)) != NULL &&
	    (n = csv_reader_find(r, spec)) >= 0)
		return (size_t)n;
	if (*spec >= '0' && *spec <= '9') {
		errno = 0;
		n = strtol(spec, &end, 10);
		if (*end != '\0' || errno != 0 || n < 1 || n > 100000)
			diag_usage_error("%s: %s is not a column number (1 to 100000) or name",
			    opt, diag_quote(spec));
		h = csv_reader_header(r);
		if (h != NULL && (size_t)n > h->nf)
			diag_die_at(csv_reader_name(r), h->line, "%s: no column %ld: the header has %zu: %s",
			    opt, n, h->nf, header_names(h));
		return (size_t)n - 1;
	}
	if (csv_reader_no_header(r))
		diag_usage_error("%s: with --no-header a column is a number, not %s",
		    opt, diag_quote(spec));
	h = csv_reader_header(r);
	if (h == NULL)
		diag_die("%s: empty input: no header to find column %s", diag_name(csv_reader_name(r)), diag_quote(spec));
	if ((n = csv_reader_find(r, spec)) < 0)
		diag_die_at(csv_reader_name(r), h->line, "%s: no column named %s; the header has %s",
		    opt, diag_quote(spec), header_names(h));
	return (size_t)n;
}

void
csv_reader_columns(struct csv_reader *r, const char *const *names, size_t n, long *col,
    const char *hint)
{
	const struct csv_record *h = csv_reader_header(r);
	size_t i, j;

	for (i = 0; i < n; i++)
		col[i] = csv_reader_find(r, names[i]);
	for (i = 0; h != NULL && i < h->nf; i++) {
		for (j = 0; j < n; j++)
			if (strcmp(h->f[i], names[j]) == 0)
				break;
		if (j == n)
			diag_die_at(csv_reader_name(r), h->line, "unknown column %s (%s)", diag_quote(h->f[i]),
			    hint);
	}
}

void
csv_reader_die(const struct csv_reader *r, const struct csv_record *rec, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_die_at(csv_reader_name(r), rec ? rec->line : 0, "%s", msg);
}

void
csv_check_text(const struct csv_reader *r, const struct csv_record *rec, const char *col,
    const char *s, size_t n, int required)
{
	long cp;

	if (required && n == 0)
		csv_reader_die(r, rec, "%s is empty", col);
	if (!utf8_valid(s, n))
		csv_reader_die(r, rec, "%s: invalid UTF-8", col);
	/* The text goes to a terminal: no escape sequence or bell gets there. */
	if ((cp = utf8_control(s, n, "\n\t")) >= 0)
		csv_reader_die(r, rec, cp < 0x80 ? "%s: control character \\x%02lx" :
		    "%s: control character U+%04lX", col, cp);
}

char
csv_parse_delim(const char *arg)
{
	if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
		return '\t';
	if (strlen(arg) != 1 || arg[0] == '"' || arg[0] == '\n' || arg[0] == '\r')
		diag_usage_error("-d: %s is not a delimiter (one character, not a quote or line end)",
		    diag_quote(arg));
	return arg[0];
}
