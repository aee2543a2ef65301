/* diag: program-name-first diagnostics and allocation that cannot fail. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/diag.h"
#include "lib/wrap.h"

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
			fprintf(stderr, "%s:%lu: ", file, line);
		else
			fprintf(stderr, "%s: ", file);
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
