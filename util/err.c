/* diag: program-name-first diagnostics and allocation that cannot fail. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "util/err.h"

static const char *progname = "rekindle";
static void (*exit_hook)(void);

void
diag_init(const char *argv0)
{
	const char *slash;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	slash = strrchr(argv0, '/');
	progname = slash ? slash + 1 : argv0;
}

const char *
diag_progname(void)
{
	return progname;
}

void
diag_atexit(void (*fn)(void))
{
	exit_hook = fn;
}

static _Noreturn void
die_exit(void)
{
	if (exit_hook != NULL) {
		void (*fn)(void) = exit_hook;

		exit_hook = NULL;
		fn();
	}
	exit(RK_EXIT_ERROR);
}

static void
vmsg(const char *file, unsigned long line, int errnum, const char *fmt, va_list ap)
{
	/* Whatever we had written to stdout goes out before the message, so a
	 * terminal shows them in order. */
	fflush(stdout);
	fprintf(stderr, "%s: ", progname);
	if (file != NULL) {
		if (line > 0)
			fprintf(stderr, "%s:%lu: ", diag_name(file), line);
		else
			fprintf(stderr, "%s: ", diag_name(file));
	}
	vfprintf(stderr, fmt, ap);
	if (errnum)
		fprintf(stderr, ": %s", strerror(errnum));
	fputc('\n', stderr);
}

void
diag_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, 0, 0, fmt, ap);
	va_end(ap);
}

void
diag_die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, 0, 0, fmt, ap);
	va_end(ap);
	die_exit();
}

void
diag_die_errno(const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vmsg(NULL, 0, e, fmt, ap);
	va_end(ap);
	die_exit();
}

void
diag_warn_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(file, line, 0, fmt, ap);
	va_end(ap);
}

void
diag_die_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(file, line, 0, fmt, ap);
	va_end(ap);
	die_exit();
}

void
diag_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, 0, 0, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", progname);
	exit(RK_EXIT_ERROR);
}

void
diag_die_error(const struct rk_error *e)
{
	if (e->usage)
		diag_usage_error("%s", e->msg);
	diag_die_at(e->file[0] != '\0' ? e->file : NULL, e->line, "%s", e->msg);
}

const char *
diag_quote_n(const char *s, size_t n)
{
	static char bufs[4][96];
	static int next;
	char *b = bufs[next++ & 3], *p = b;
	size_t i;

	*p++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t len;
		long cp;

		if (p - b > 70) {
			p += sprintf(p, "...");
			break;
		}
		if (c >= 0x80) {
			/* A valid character goes out whole; a byte that is not
			 * UTF-8 is shown, so a message is never invalid text. */
			len = utf8_decode(s + i, n - i, &cp);
			if (cp < 0) {
				p += sprintf(p, "\\x%02x", c);
			} else {
				memcpy(p, s + i, len);
				p += len;
				i += len - 1;
			}
		} else if (c < 0x20 || c == 0x7f || c == '"' || c == '\\')
			p += sprintf(p, c == '"' || c == '\\' ? "\\%c" : "\\x%02x", c);
		else
			*p++ = (char)c;
	}
	*p++ = '"';
	*p = '\0';
	return b;
}

const char *
diag_quote(const char *s)
{
	return diag_quote_n(s, strlen(s));
}

/* Whether byte string S (of N bytes) starts with a character that a
 * terminal shows as it is: a printable ASCII byte, or valid UTF-8 that is
 * not a C1 control or a line or paragraph separator.  Its length, or 0. */
static size_t
printable_len(const char *s, size_t n)
{
	unsigned char c = (unsigned char)*s;
	size_t len;
	long cp;

	if (c < 0x80)
		return c >= 0x20 && c != 0x7f;
	len = utf8_decode(s, n, &cp);
	if (cp < 0 || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029)
		return 0;
	return len;
}

/* A byte that makes the shell-escape style quote a name, as GNU's
 * quotearg does; # and ~ only at the start. */
static int
shell_special(unsigned char c, size_t i)
{
	if (c == '#' || c == '~')
		return i == 0;
	return strchr(" \t\n!\"$&'()*;<=>?[\\]^`{|}", c) != NULL && c != '\0';
}

const char *
diag_name(const char *s)
{
	static char *bufs[4];
	static int next;
	char **b = &bufs[next++ & 3], *p;
	size_t n = strlen(s), i, len;
	int quote = n == 0, single = 0, ctrl = 0, dq_bad = 0, in;

	for (i = 0; i < n; i += len) {
		if ((len = printable_len(s + i, n - i)) == 0) {
			quote = ctrl = 1;
			len = 1;
			continue;
		}
		if (len == 1 && shell_special((unsigned char)s[i], i))
			quote = 1;
		if (s[i] == '\'')
			single = 1;
		if (strchr("$`\"\\!", s[i]) != NULL)
			dq_bad = 1;
	}
	if (!quote)
		return s;
	free(*b);
	/* At worst every byte is $'\ooo' between closing and opening quotes. */
	p = *b = xmalloc(n * 10 + 3);
	if (single && !ctrl && !dq_bad) {
		/* "it's": ls puts a name with a quote but nothing else the
		 * shell would see inside double quotes. */
		*p++ = '"';
		memcpy(p, s, n);
		p += n;
		*p++ = '"';
		*p = '\0';
		return *b;
	}
	/* IN: 0 outside quotes, 1 inside '...', 2 inside $'...'. */
	*p++ = '\'';
	in = 1;
	for (i = 0; i < n; i += len) {
		unsigned char c = (unsigned char)s[i];

		if ((len = printable_len(s + i, n - i)) == 0) {
			len = 1;
			if (in == 1)
				*p++ = '\'';
			if (in != 2)
				p += sprintf(p, "$'");
			in = 2;
			switch (c) {
			case '\a': p += sprintf(p, "\\a"); break;
			case '\b': p += sprintf(p, "\\b"); break;
			case '\t': p += sprintf(p, "\\t"); break;
			case '\n': p += sprintf(p, "\\n"); break;
			case '\v': p += sprintf(p, "\\v"); break;
			case '\f': p += sprintf(p, "\\f"); break;
			case '\r': p += sprintf(p, "\\r"); break;
			default: p += sprintf(p, "\\%03o", c); break;
			}
			continue;
		}
		if (in == 2)
			*p++ = '\'';
		if (in != 1)
			*p++ = '\'';
		in = 1;
		if (c == '\'') {
			p += sprintf(p, "'\\''");
			continue;
		}
		memcpy(p, s + i, len);
		p += len;
	}
	*p++ = '\'';
	*p = '\0';
	return *b;
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		diag_die("out of memory");
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		diag_die("out of memory");
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		diag_die("out of memory");
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}
