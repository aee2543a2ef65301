/* ask: rk-quiz --ask, the questions one at a time and the -o file. */
#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/rk-quiz/ask.h"
#include "core/quiz.h"
#include "core/text.h"
#include "io/out.h"
#include "util/err.h"

#define PROMPT_WIDTH 72

/* What to type: "y/n", "0-4", or with labels "0-4 (0 never, 4 always)". */
static const char *
hint(const struct quiz_item *it, char *buf, size_t n)
{
	const char *bar = strchr(it->labels, '|');

	if (it->yesno)
		snprintf(buf, n, "y/n");
	else if (bar == NULL)
		snprintf(buf, n, "%d-%d", it->min, it->max);
	else
		snprintf(buf, n, "%d-%d (%d %.*s, %d %s)", it->min, it->max, it->min,
		    (int)(bar - it->labels), it->labels, it->max, bar + 1);
	return buf;
}

/* Question I, the Nth of the TOTAL asked. */
static void
prompt(const struct quiz *q, size_t i, size_t nth, size_t total, const short *values)
{
	const struct quiz_item *it = &q->items[i];
	const char *s = it->text;
	size_t n = strlen(s), off, len, used, width = (size_t)out_term_width_of(STDERR_FILENO);
	char range[256], keys[320];

	/* The prompt fits the terminal it is asked on, at most PROMPT_WIDTH. */
	width = width >= PROMPT_WIDTH + 2 ? PROMPT_WIDTH : width > 4 ? width - 2 : 2;
	fprintf(stderr, "\n%zu/%zu  %s\n", nth, total, it->category);
	while ((used = wrap_next(s, n, width, &off, &len)) > 0) {
		fprintf(stderr, "  %.*s\n", (int)len, s + off);
		s += used;
		n -= used;
	}
	n = (size_t)snprintf(keys, sizeof keys, "[%s, b back, s skip", hint(it, range,
	    sizeof range));
	if (values[i] != QUIZ_NO_ANSWER && n < sizeof keys) {
		if (it->yesno)
			n += (size_t)snprintf(keys + n, sizeof keys - n, "; Enter keeps %s",
			    values[i] ? "yes" : "no");
		else
			n += (size_t)snprintf(keys + n, sizeof keys - n, "; Enter keeps %d",
			    values[i]);
	}
	if (n < sizeof keys)
		n += (size_t)snprintf(keys + n, sizeof keys - n, "]");
	if (n >= sizeof keys)
		n = sizeof keys - 1;
	/* Wrapped too; the answer is typed after its last line. */
	s = keys;
	while ((used = wrap_next(s, n, width, &off, &len)) > 0) {
		const char *line = s + off;
		size_t o2, l2;

		s += used;
		n -= used;
		fprintf(stderr, "  %.*s%s", (int)len, line,
		    wrap_next(s, n, width, &o2, &l2) > 0 ? "\n" : " ");
	}
	fflush(stderr);
}

/* Strip the line end and the spaces around an answer typed by hand. */
static char *
trim(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' ||
	    s[n - 1] == '\t'))
		s[--n] = '\0';
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

size_t
quiz_ask(const struct quiz *q, FILE *in, int interactive, short *values,
    const unsigned char *only)
{
	char *buf = NULL, *s, range[256];
	size_t cap = 0, i, k, n = 0, *ask;
	unsigned long line = 0;
	int v;

	/* The questions to ask, in quiz order; I is the one being asked. */
	ask = xcalloc(q->nitems ? q->nitems : 1, sizeof *ask);
	for (k = 0; k < q->nitems; k++)
		if (only == NULL || only[k])
			ask[n++] = k;
	i = 0;
	while (i < n) {
		const struct quiz_item *it = &q->items[ask[i]];
		short *value = &values[ask[i]];

		if (interactive)
			prompt(q, ask[i], i + 1, n, values);
		if (getline(&buf, &cap, in) < 0) {
			if (interactive)
				fputc('\n', stderr);
			free(buf);
			k = ask[i];
			free(ask);
			return k + 1;
		}
		line++;
		s = trim(buf);
		if (strcmp(s, "b") == 0 || strcmp(s, "back") == 0) {
			if (i == 0)
				diag_warn_at(interactive ? NULL : "stdin", line,
				    "this is the first question: there is none to go back to");
			else
				i--;
		} else if (strcmp(s, "s") == 0 || strcmp(s, "skip") == 0) {
			*value = QUIZ_NO_ANSWER;
			i++;
		} else if (*s == '\0' && *value != QUIZ_NO_ANSWER) {
			i++;        /* Enter keeps the answer given or stored */
		} else if (*s == '\0' && interactive) {
			diag_warn("type an answer, %s; b goes back, s skips",
			    hint(it, range, sizeof range));
		} else if (quiz_parse_answer(it, s, &v) != 0) {
			quiz_answer_range(it, range, sizeof range);
			if (interactive)
				diag_warn("%s is not an answer here (%s; b goes back, s skips)",
				    quote(s), range);
			else
				diag_warn_at("stdin", line, "%s is not an answer to %s (%s)",
				    quote(s), it->id, range);
		} else {
			*value = (short)v;
			i++;
		}
	}
	if (interactive)
		fputc('\n', stderr);
	free(buf);
	free(ask);
	return 0;
}

/* --ask -o FILE: the answers go to this temporary file beside FILE, which
 * is renamed over FILE once they are all written, so that FILE is whole or
 * untouched.  tmp_made says the file exists.  These two are the program's
 * only state outside a function, because a signal handler and an atexit
 * function see nothing else: they remove the file when the program ends
 * before the rename. */
static char *tmp_path;
static volatile sig_atomic_t tmp_made;

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
	int fd, r;

	if (tmp_path == NULL)
		return -1;
	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		r = errno;
		answers_out_discard();
		diag_die("%s: cannot lock %s: %s", quote_name(path), quote_name(dir),
		    strerror(r));
	}
	while ((r = flock(fd, LOCK_EX)) != 0 && errno == EINTR)
		continue;
	if (r != 0) {
		r = errno;
		answers_out_discard();
		diag_die("%s: cannot lock %s: %s", quote_name(path), quote_name(dir),
		    strerror(r));
	}
	free(dir);
	return fd;
}

void
answers_out_commit(FILE *fp, const char *path, int lock)
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
	if (lock != -1)
		close(lock);
}
