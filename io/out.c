/* output: buffered, checked standard output. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/text.h"
#include "io/out.h"
#include "util/err.h"

static char outbuf[64 * 1024];
static int closed;

static _Noreturn void
write_failed(int e)
{
	/* The reader is gone: nothing more is wanted, so stop without noise. */
	if (e == EPIPE)
		_exit(0);
	fprintf(stderr, "%s: write error: %s\n", diag_progname(), strerror(e));
	_exit(RK_EXIT_ERROR);
}

static void
close_hook(void)
{
	out_close();
}

void
out_init(void)
{
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	diag_atexit(close_hook);
}

enum out_format
out_format_parse(const char *arg)
{
	if (strcmp(arg, "csv") == 0)
		return OUT_CSV;
	if (strcmp(arg, "tsv") == 0)
		return OUT_TSV;
	if (strcmp(arg, "text") == 0)
		return OUT_TEXT;
	diag_usage_error("--format: %s is not a format (csv, tsv or text)", quote(arg));
}

enum out_format
out_format_resolve(enum out_format f)
{
	if (f != OUT_DEFAULT)
		return f;
	return isatty(STDOUT_FILENO) ? OUT_TEXT : OUT_CSV;
}

int
out_color(void)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	if (nc != NULL && *nc != '\0')
		return 0;
	if (term == NULL || strcmp(term, "dumb") == 0)
		return 0;
	return isatty(STDOUT_FILENO);
}

int
out_term_width(void)
{
	struct winsize ws;

	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

void
out_check(void)
{
	if (ferror(stdout))
		write_failed(errno ? errno : EIO);
}

void
out_close(void)
{
	int e;

	if (closed)
		return;
	closed = 1;
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		e = errno ? errno : EIO;
		write_failed(e);
	}
	if (fclose(stdout) != 0)
		write_failed(errno ? errno : EIO);
}

void
stdfds_open(void)
{
	int fd, got;

	/* In order, so that open(2), which takes the lowest free descriptor,
	 * lands on the one that is missing. */
	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		/* Standard output gets /dev/null open for reading only: no file
		 * lands on 1, and yet any output is a write error (EBADF), as
		 * with GNU's programs, instead of vanishing with exit 0. */
		got = open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY);
		if (got != fd) {
			/* No message: there may be nowhere safe to write it. */
			if (got != -1)
				close(got);
			_exit(RK_EXIT_ERROR);
		}
	}
}
