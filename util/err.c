/* err: diagnostics, and the checks that end the program (see err.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/text.h"
#include "io/out.h"
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

/* The one function the die functions run before they exit, so that output
 * already written is flushed whole and stays valid: out_init makes it
 * out_close. */
static void
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
			fprintf(stderr, "%s:%lu: ", quote_name(file), line);
		else
			fprintf(stderr, "%s: ", quote_name(file));
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
stdin_notice(const char *path, const char *what)
{
	static int said;

	if (said || (path != NULL && strcmp(path, "-") != 0) || !isatty(STDIN_FILENO))
		return;
	said = 1;
	diag_warn("reading %s from the terminal; end with Ctrl-D", what);
}

struct csv_reader *
xcsv_open(const char *path, const struct csv_dialect *d)
{
	struct rk_error e = { 0 };
	struct csv_reader *r = csv_reader_open(path, d, &e);

	if (r == NULL)
		diag_die_error(&e);
	return r;
}

void
csv_reader_check(const struct csv_reader *r)
{
	if (csv_reader_error(r) != NULL)
		diag_die_error(csv_reader_error(r));
}

void
csv_reader_die(struct csv_reader *r, const struct csv_record *rec, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	csv_reader_fail(r, rec, "%s", msg);
	diag_die_error(csv_reader_error(r));
}

void
diag_die_error(const struct rk_error *e)
{
	if (e->usage)
		diag_usage_error("%s", e->msg);
	diag_die_at(e->file[0] != '\0' ? e->file : NULL, e->line, "%s", e->msg);
}

void
diag_warn_error(const struct rk_error *e)
{
	diag_warn_at(e->file[0] != '\0' ? e->file : NULL, e->line, "%s", e->msg);
}

/* _exit, not exit: stdio would flush stdout again on the way out, and
 * write to a stream that has already failed. */
static _Noreturn void
write_failed(int e)
{
	/* The reader is gone: nothing more is wanted, so stop without noise. */
	if (e == EPIPE)
		_exit(0);
	fprintf(stderr, "%s: write error: %s\n", progname, strerror(e));
	_exit(RK_EXIT_ERROR);
}

void
out_init(void)
{
	out_buffer();
	diag_atexit(out_close);
}

void
out_check(void)
{
	int e = out_error();

	if (e != 0)
		write_failed(e);
}

void
out_close(void)
{
	int e = out_flush_close();

	if (e != 0)
		write_failed(e);
}

void
out_exit(int status)
{
	out_close();
	exit(status);
}

void
stdfds_open(void)
{
	if (stdfds_fill() != 0)
		_exit(RK_EXIT_ERROR);
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
