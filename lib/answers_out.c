/* answers_out: rk-quiz --ask -o FILE, written whole or not at all. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/answers_out.h"
#include "lib/diag.h"

/* --ask -o FILE: the answers go to this temporary file beside FILE, which
 * is renamed over FILE once they are all written, so that FILE is whole or
 * untouched, and never readable by others. */
static char *tmp_path;

void
answers_out_discard(void)
{
	if (tmp_path != NULL)
		unlink(tmp_path);
}

/* An interrupted --ask leaves no half-written file behind. */
static void
on_signal(int sig)
{
	if (tmp_path != NULL)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

FILE *
answers_out_open(const char *path)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct stat st;
	FILE *fp;
	size_t i;
	int fd;

	/* A device or a pipe (-o /dev/stdout) is written as it is: renaming
	 * a file over it would replace it.  It is opened without O_CREAT, so
	 * nothing is ever created through a symbolic link. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if ((fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)) == -1 ||
		    (fp = fdopen(fd, "w")) == NULL)
			diag_die("%s: %s", path, strerror(errno));
		return fp;
	}
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		diag_die("%s: a symbolic link; -o writes the answers to a file of its "
		    "own, not through a link", path);
	tmp_path = xmalloc(strlen(path) + 8);
	sprintf(tmp_path, "%s.XXXXXX", path);
	/* mkstemp creates the file with mode 0600: answers are private. */
	if ((fd = mkstemp(tmp_path)) == -1) {
		free(tmp_path);
		tmp_path = NULL;
		diag_die("%s: %s", path, strerror(errno));
	}
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		signal(sigs[i], on_signal);
	if ((fp = fdopen(fd, "w")) == NULL) {
		answers_out_discard();
		diag_die("%s: %s", path, strerror(errno));
	}
	return fp;
}

void
answers_out_commit(FILE *fp, const char *path)
{
	int e;

	e = fflush(fp) != 0 || ferror(fp) ? errno : 0;
	if (fclose(fp) != 0 && e == 0)
		e = errno;
	if (e == 0 && tmp_path != NULL && rename(tmp_path, path) != 0)
		e = errno;
	if (e != 0) {
		answers_out_discard();
		diag_die("%s: %s", path, strerror(e));
	}
	free(tmp_path);
	tmp_path = NULL;
}
