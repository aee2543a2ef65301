/* journal: the contact journal's append protocol, and reading it back. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/date.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/journal.h"
#include "util/err.h"

/* A header line longer than this is not ours. */
#define HEADER_PEEK 256

/* ---- directories ------------------------------------------------------- */

static void
make_dirs(char *path)
{
	char *p;

	for (p = path + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		if (p[-1] != '/') {
			char c = *p;

			*p = '\0';
			/* Something already there that is not a directory
			 * makes the next mkdir, or the open, fail. */
			if (mkdir(path, 0700) != 0 && errno != EEXIST)
				diag_die("cannot create directory %s: %s", quote_name(path),
				    strerror(errno));
			*p = c;
		}
		if (*p == '\0')
			break;
	}
}

char *
journal_default_path(int create)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	const char *sub = "/rekindle";
	char *dir, *path;
	size_t n;

	/* The XDG spec says a relative XDG_DATA_HOME is to be ignored. */
	if (xdg != NULL && xdg[0] == '/') {
		dir = xmalloc(strlen(xdg) + strlen(sub) + 1);
		sprintf(dir, "%s%s", xdg, sub);
	} else if (home != NULL && home[0] != '\0') {
		dir = xmalloc(strlen(home) + strlen("/.local/share") + strlen(sub) + 1);
		sprintf(dir, "%s/.local/share%s", home, sub);
	} else {
		diag_die("neither XDG_DATA_HOME nor HOME is set: name the journal with -f");
	}
	if (create)
		make_dirs(dir);
	n = strlen(dir) + strlen("/contacts.csv") + 1;
	path = xmalloc(n);
	snprintf(path, n, "%s/contacts.csv", dir);
	free(dir);
	return path;
}

/* ---- errors ------------------------------------------------------------- */

/* A journal this append created, to be removed again if the append fails:
 * a new journal whose first write fails (a full disk) leaves nothing.  It
 * is removed only under the lock (MADE_LOCKED), while it is still empty
 * and still the file at its name: a row another appender got in first
 * stays. */
static const char *made;
static int made_fd = -1, made_locked;

static _Noreturn void
jdie(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static _Noreturn void
jdie(const char *fmt, ...)
{
	struct stat ours, there;
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (made != NULL && made_locked && fstat(made_fd, &ours) == 0 &&
	    ours.st_size == 0 && lstat(made, &there) == 0 &&
	    ours.st_dev == there.st_dev && ours.st_ino == there.st_ino)
		unlink(made);
	made = NULL;
	diag_die("%s", msg);
}

/* ---- the end of the file ------------------------------------------------ */

struct tail {
	enum journal_tail_kind kind;
	off_t start;            /* where the last record starts */
	unsigned long line;     /* its line number */
};

/* The longest quoted field a reader takes, quotes and all: every byte of
 * it doubled, as a field of quotes is. */
#define TAIL_CAP ((size_t)2 * CSV_FIELD_MAX + 2)

static void
xpread(int fd, const char *path, char *buf, size_t n, off_t off)
{
	ssize_t got;

	while (n > 0) {
		got = pread(fd, buf, n, off);
		if (got == -1 && errno == EINTR)
			continue;
		if (got == -1)
			jdie("%s: %s", quote_name(path), strerror(errno));
		if (got == 0)
			jdie("%s: the file shrank while it was being read", quote_name(path));
		buf += got, n -= (size_t)got, off += got;
	}
}

/* The line number of byte OFF of the N bytes at S, as the reader counts:
 * CRLF, LF and CR each end a line. */
static unsigned long
line_of(const char *s, size_t off)
{
	unsigned long line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == off || s[i + 1] != '\n')))
			line++;
	return line;
}

/* Judge the N bytes at S, the whole file. */
static void
judge_all(const char *s, size_t n, struct tail *t)
{
	size_t start;

	t->kind = journal_tail(s, n, 1, TAIL_CAP, &start);
	t->start = (off_t)start;
	t->line = t->kind == JT_TORN || t->kind == JT_OPEN ? line_of(s, start) : 0;
}

/*
 * Look at the end of a journal of SIZE bytes, to append to it.  rk-log
 * writes every row as one line, so a torn append can only be the last
 * line.  To tell a record's start from a line break inside a quoted field
 * (a hand-edited file may hold those), journal_tail reads the last bytes,
 * first a few, then enough to hold the longest field; only when those
 * cannot tell, or something is wrong at the end (which is rare, and then
 * named with its line), is the whole file read.
 */
static void
scan_tail(int fd, const char *path, off_t size, struct tail *t)
{
	static const size_t window[] = { 4096, TAIL_CAP + 4096 };
	enum journal_tail_kind k;
	size_t i, start;
	char *buf;

	for (i = 0; i < sizeof window / sizeof window[0]; i++) {
		/* The first 3 bytes may be a byte-order mark, which only a
		 * reading from the start tells. */
		if ((off_t)window[i] + 3 > size)
			break;
		buf = xmalloc(window[i]);
		xpread(fd, path, buf, window[i], size - (off_t)window[i]);
		k = journal_tail(buf, window[i], 0, TAIL_CAP, &start);
		free(buf);
		if (k == JT_NONE || k == JT_WHOLE) {
			t->kind = k;
			t->start = size - (off_t)window[i] + (off_t)start;
			t->line = 0;
			return;
		}
		if (k != JT_UNDECIDED)
			break;
	}
	buf = xmalloc(size > 0 ? (size_t)size : 1);
	xpread(fd, path, buf, (size_t)size, 0);
	judge_all(buf, (size_t)size, t);
	free(buf);
}

/* Take the lock HOW on FD, waiting at most JOURNAL_LOCK_WAIT seconds for
 * another program that holds it. */
static void
lock(int fd, const char *path, int how)
{
	struct timespec t0, now, nap = { 0, 1000000 };

	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (flock(fd, how | LOCK_NB) != 0) {
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			/* No one can lock this file, so no appender can have
			 * written to a new journal: it may go if still empty. */
			made_locked = 1;
			jdie("%s: cannot lock: %s", quote_name(path), strerror(errno));
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
		if ((now.tv_sec - t0.tv_sec) * 1000L + (now.tv_nsec - t0.tv_nsec) / 1000000 >=
		    JOURNAL_LOCK_WAIT * 1000L)
			jdie("%s: locked by another program (flock) for %d seconds; "
			    "giving up", quote_name(path), JOURNAL_LOCK_WAIT);
		nanosleep(&nap, NULL);
		if (nap.tv_nsec < 50000000)
			nap.tv_nsec *= 2;
	}
}

static off_t
regular_size(int fd, const char *path)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		jdie("%s: %s", quote_name(path), strerror(errno));
	if (!S_ISREG(st.st_mode))
		jdie("%s: not a regular file", quote_name(path));
	return st.st_size;
}

/*
 * Open the journal PATH to append to it, locked; create it (mode 0600)
 * when it is not there.  Never through a symbolic link, which could point
 * anywhere, and never into a file that is not the caller's own.
 */
static int
open_append(const char *path)
{
	struct stat st;
	int fd;

	/* O_NONBLOCK: a fifo given as the journal must not hang the open
	 * before it is refused; it means nothing for a regular file. */
	for (;;) {
		fd = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY |
		    O_NONBLOCK);
		if (fd == -1 && errno == ENOENT) {
			/* O_EXCL: a dangling symlink is not followed either. */
			fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW |
			    O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600);
			if (fd == -1 && errno == EEXIST)
				continue;       /* made meanwhile, or a symlink */
			if (fd != -1) {
				made = path;
				made_fd = fd;
			}
		}
		if (fd == -1) {
			int e = errno;

			if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
				diag_die("%s: a symbolic link; rk-log writes only to the "
				    "journal itself, name it with -f", quote_name(path));
			diag_die("%s: %s", quote_name(path), strerror(e));
		}
		lock(fd, path, LOCK_EX);
		made_locked = made != NULL;
		if (fstat(fd, &st) != 0)
			jdie("%s: %s", quote_name(path), strerror(errno));
		/* Removed while we waited for the lock, by an appender whose
		 * new journal could not be written: start again. */
		if (st.st_nlink == 0 && made == NULL) {
			close(fd);
			continue;
		}
		/* Another appender wrote into the journal we made before we
		 * had the lock: it is no longer ours to remove. */
		if (made != NULL && st.st_size != 0)
			made = NULL;
		break;
	}
	if (!S_ISREG(st.st_mode))
		jdie("%s: not a regular file", quote_name(path));
	if (st.st_uid != geteuid())
		jdie("%s: owned by another user (uid %lu); not writing to it", path,
		    (unsigned long)st.st_uid);
	/* A journal is private.  One that others may read (a copy made with
	 * cp has mode 0644) is said so, and kept using. */
	if (st.st_mode & (S_IRGRP | S_IROTH))
		diag_warn("%s: other users can read this journal (mode %04o); "
		    "chmod 600 makes it private", quote_name(path), (unsigned)(st.st_mode & 07777));
	return fd;
}

/* Check the header; returns 1 when its line ends with a CR alone (a
 * CR-only journal, whose rows end the same way). */
static int
check_header(int fd, const char *path, off_t size)
{
	char buf[HEADER_PEEK];
	size_t n = size < HEADER_PEEK ? (size_t)size : HEADER_PEEK, k;

	xpread(fd, path, buf, n, 0);
	for (k = 0; k < n && buf[k] != '\n' && buf[k] != '\r'; k++)
		continue;
	if ((k == n && n == HEADER_PEEK) || !journal_header_ok(buf, k))
		diag_die_at(path, 1, "not a contact journal (its header should be "
		    JOURNAL_HEADER "); not writing to it");
	return k < n && buf[k] == '\r' && (k + 1 == n || buf[k + 1] != '\n');
}

/* ---- appending ---------------------------------------------------------- */

void
journal_append(const char *path, const char *row, size_t n)
{
	static const char header[] = JOURNAL_HEADER "\n";
	struct tail t;
	const char *pre = "";
	char *buf;
	size_t len = 0;
	off_t size;
	ssize_t w;
	int fd, e, cr = 0;

	fd = open_append(path);
	size = regular_size(fd, path);
	if (size == 0) {
		pre = header;
		len = sizeof header - 1;
	} else {
		cr = check_header(fd, path, size);
		scan_tail(fd, path, size, &t);
		switch (t.kind) {
		case JT_NONE:
		case JT_UNDECIDED:
			break;
		case JT_WHOLE:
			pre = cr ? "\r" : "\n";
			len = 1;
			break;
		case JT_TORN:
			if (ftruncate(fd, t.start) != 0)
				jdie("%s: %s", quote_name(path), strerror(errno));
			size = t.start;
			diag_warn_at(path, t.line, "removed an incomplete last line, "
			    "left by an append that was interrupted");
			break;
		case JT_OPEN:
			diag_die_at(path, t.line, "the last record is inside an unclosed "
			    "quote; mend the file by hand before adding to it");
		}
	}
	buf = xmalloc(len + n);
	memcpy(buf, pre, len);
	memcpy(buf + len, row, n);
	len += n;
	/* A CR-only journal gets its rows with the same line end, so that it
	 * reads back as it did. */
	if (cr && len > 0 && buf[len - 1] == '\n')
		buf[len - 1] = '\r';

	/* One write: the row reaches the file whole or not at all. */
	do
		w = write(fd, buf, len);
	while (w == -1 && errno == EINTR);
	e = errno;
	free(buf);
	if (w != (ssize_t)len) {
		/* A part written (a disk that filled up) is taken back, so the
		 * journal ends where it did. */
		if (w > 0 && ftruncate(fd, size) != 0)
			jdie("%s: write cut short, and cannot undo it: %s", quote_name(path),
			    strerror(errno));
		if (w >= 0)
			jdie("%s: write cut short (%zd of %zu bytes); nothing was added",
			    path, w, len);
		jdie("%s: %s", quote_name(path), strerror(e));
	}
	if (fsync(fd) != 0)
		jdie("%s: %s", quote_name(path), strerror(errno));
	if (close(fd) != 0)
		jdie("%s: %s", quote_name(path), strerror(errno));
	made = NULL;
}

/* ---- reading ------------------------------------------------------------ */

void
journal_view_open(const char *path, struct journal_view *v)
{
	struct tail t;
	size_t len = 0, cap;
	ssize_t got;
	off_t size;
	int fd;

	memset(v, 0, sizeof *v);
	v->data = "";           /* never NULL, even for an empty file */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)) == -1)
		diag_die("%s: %s", quote_name(path), strerror(errno));
	/* Shared: appenders wait while the file is read.  It is read whole
	 * with read(2) (a mapping would fault if another program cut the file
	 * short meanwhile), and the lock goes before anything is printed, so
	 * that a reader stopped on its output holds up no appender. */
	lock(fd, path, LOCK_SH);
	size = regular_size(fd, path);
	cap = (size_t)size + 1;
	v->buf = xmalloc(cap);
	for (;;) {
		if (len == cap) {
			cap *= 2;
			v->buf = xrealloc(v->buf, cap);
		}
		got = read(fd, v->buf + len, cap - len);
		if (got == -1 && errno == EINTR)
			continue;
		if (got == -1)
			diag_die("%s: %s", quote_name(path), strerror(errno));
		if (got == 0)
			break;
		len += (size_t)got;
	}
	close(fd);
	judge_all(v->buf, len, &t);
	if (t.kind == JT_TORN) {
		diag_warn_at(path, t.line, "skipped an incomplete last line, "
		    "left by an append that was interrupted");
		len = (size_t)t.start;
	}
	v->data = v->buf;
	v->len = len;
}

void
journal_view_close(struct journal_view *v)
{
	free(v->buf);
	memset(v, 0, sizeof *v);
}

int
journal_header_ok(const char *s, size_t n)
{
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3, n -= 3;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	return n == sizeof JOURNAL_HEADER - 1 && memcmp(s, JOURNAL_HEADER, n) == 0;
}

int
journal_row_whole(const char *s, size_t n)
{
	size_t i = 0, fields = 1;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	for (;;) {
		if (i < n && s[i] == '"') {
			for (i++;; i++) {
				if (i == n)
					return 0;         /* the quote never closes */
				if (s[i] != '"')
					continue;
				if (i + 1 < n && s[i + 1] == '"')
					i++;
				else
					break;
			}
			i++;
			if (i == n)
				break;
			if (s[i] != ',')
				return 0;
		} else {
			while (i < n && s[i] != ',' && s[i] != '"')
				i++;
			if (i == n)
				break;
			if (s[i] == '"')
				return 0;
		}
		i++;                              /* the comma */
		fields++;
	}
	return fields == J_NFIELDS;
}

static int
two_digits(const char *s, int *v)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	*v = (s[0] - '0') * 10 + (s[1] - '0');
	return 0;
}

const char *
journal_row_check(const char *const *f, const size_t *len, long *days, char *why,
    size_t whylen)
{
	int hh, mm;

	if (date_parse_iso(f[J_DATE], len[J_DATE], days) != 0) {
		snprintf(why, whylen, "%s is not a date (YYYY-MM-DD)", quote(f[J_DATE]));
		return why;
	}
	if (len[J_TIME] != 0 && (len[J_TIME] != 5 || f[J_TIME][2] != ':' ||
	    two_digits(f[J_TIME], &hh) != 0 || two_digits(f[J_TIME] + 3, &mm) != 0 ||
	    hh > 23 || mm > 59)) {
		snprintf(why, whylen, "%s is not a time of day (HH:MM, or empty)",
		    quote(f[J_TIME]));
		return why;
	}
	if (strcmp(f[J_WHO], "me") != 0 && strcmp(f[J_WHO], "him") != 0) {
		snprintf(why, whylen, "%s is not who started the contact (me or him)",
		    quote(f[J_WHO]));
		return why;
	}
	return NULL;
}
