/* answers_out: rk-quiz --ask -o FILE, written whole or not at all. */
#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/rk-quiz/answers_out.h"
#include "core/text.h"
#include "util/err.h"

/* --ask -o FILE: the answers go to this temporary file beside FILE, which
 * is renamed over FILE once they are all written, so that FILE is whole or
 * untouched.  tmp_made says the file exists, for the signal handler. */
static char *tmp_path;
static volatile sig_atomic_t tmp_made;
/* The directory of FILE, locked while FILE is read again and replaced. */
static int lock_fd = -1;

/* Every signal whose default action ends the process and that can be
 * caught: the temporary file is removed, then the signal is raised again
 * so that the exit status still tells what happened. */
static const int sigs[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
	SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGXCPU, SIGXFSZ,
	SIGVTALRM, SIGPROF, SIGSYS,
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
#ifdef SIGPOLL
	SIGPOLL,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
};

void
answers_out_discard(void)
{
	if (tmp_path != NULL && tmp_made) {
		tmp_made = 0;
		unlink(tmp_path);
	}
}

/* An interrupted --ask leaves no half-written file behind. */
static void
on_signal(int sig)
{
	int e = errno;

	if (tmp_made)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
	errno = e;
}

/* Block (HOW = SIG_BLOCK) or unblock the signals, around the moments when
 * the temporary file comes and goes. */
static void
mask(int how)
{
	sigset_t set;
	size_t i;
	int s;

	sigemptyset(&set);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaddset(&set, sigs[i]);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
	for (s = SIGRTMIN; s <= SIGRTMAX; s++)
		sigaddset(&set, s);
#else
	(void)s;
#endif
	sigprocmask(how, &set, NULL);
}

/* Catch SIG, unless it is ignored: a signal ignored by whoever started us
 * (nohup) stays ignored. */
static void
catch(int sig)
{
	struct sigaction sa, old;

	if (sigaction(sig, NULL, &old) != 0 || old.sa_handler == SIG_IGN)
		return;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

static void
catch_all(void)
{
	size_t i;
	int s;

	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		catch(sigs[i]);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
	for (s = SIGRTMIN; s <= SIGRTMAX; s++)
		catch(s);
#else
	(void)s;
#endif
}

FILE *
answers_out_open(const char *path)
{
	struct stat st, old;
	FILE *fp;
	int fd, e, have_old;

	/* A device or a pipe (-o /dev/stdout) is written as it is: renaming
	 * a file over it would replace it.  It is opened without O_CREAT, so
	 * nothing is ever created through a symbolic link. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if ((fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)) == -1 ||
		    (fp = fdopen(fd, "w")) == NULL)
			diag_die("%s: %s", quote_name(path), strerror(errno));
		return fp;
	}
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		diag_die("%s: a symbolic link; -o writes the answers to a file of its "
		    "own, not through a link", quote_name(path));
	have_old = lstat(path, &old) == 0 && S_ISREG(old.st_mode);
	tmp_path = xmalloc(strlen(path) + 8);
	sprintf(tmp_path, "%s.XXXXXX", path);
	/* The file is made and the handlers set with the signals held, so
	 * that no signal comes between the file and its removal. */
	mask(SIG_BLOCK);
	catch_all();
	atexit(answers_out_discard);
	/* mkstemp creates the file with mode 0600: answers are private. */
	fd = mkstemp(tmp_path);
	e = errno;
	if (fd != -1)
		tmp_made = 1;
	mask(SIG_UNBLOCK);
	if (fd == -1) {
		free(tmp_path);
		tmp_path = NULL;
		diag_die("%s: %s", quote_name(path), strerror(e));
	}
	/* An existing FILE keeps its owner and its mode: root answering into
	 * another user's file leaves it theirs.  A failed fchown (not root)
	 * leaves the file ours, as any new file would be. */
	if (have_old) {
		if ((old.st_uid != geteuid() || old.st_gid != getegid()) &&
		    fchown(fd, old.st_uid, old.st_gid) != 0 && errno != EPERM) {
			e = errno;
			answers_out_discard();
			diag_die("%s: %s", quote_name(path), strerror(e));
		}
		if (fchmod(fd, old.st_mode & 0777) != 0) {
			e = errno;
			answers_out_discard();
			diag_die("%s: %s", quote_name(path), strerror(e));
		}
	}
	if ((fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		answers_out_discard();
		diag_die("%s: %s", quote_name(path), strerror(e));
	}
	return fp;
}

int
answers_out_lock(const char *path)
{
	char *dir, *slash;
	int r;

	if (tmp_path == NULL)
		return 0;
	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	if ((lock_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		r = errno;
		answers_out_discard();
		diag_die("%s: cannot lock %s: %s", quote_name(path), quote_name(dir),
		    strerror(r));
	}
	while ((r = flock(lock_fd, LOCK_EX)) != 0 && errno == EINTR)
		continue;
	if (r != 0) {
		r = errno;
		answers_out_discard();
		diag_die("%s: cannot lock %s: %s", quote_name(path), quote_name(dir),
		    strerror(r));
	}
	free(dir);
	return 1;
}

void
answers_out_commit(FILE *fp, const char *path)
{
	int e;

	e = fflush(fp) != 0 || ferror(fp) ? errno : 0;
	if (e == 0 && tmp_path != NULL && fsync(fileno(fp)) != 0)
		e = errno;
	if (fclose(fp) != 0 && e == 0)
		e = errno;
	if (e != 0) {
		answers_out_discard();
		diag_die("%s: %s", quote_name(path), strerror(e));
	}
	if (tmp_path != NULL) {
		mask(SIG_BLOCK);
		if (rename(tmp_path, path) != 0)
			e = errno;
		else
			tmp_made = 0;
		mask(SIG_UNBLOCK);
		if (e != 0) {
			answers_out_discard();
			diag_die("%s: %s", quote_name(path), strerror(e));
		}
		free(tmp_path);
		tmp_path = NULL;
	}
	if (lock_fd != -1) {
		close(lock_fd);
		lock_fd = -1;
	}
}
