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
#include "core/signs.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/journal.h"
#include "util/err.h"

/* A header line longer than this is not ours. */
#define HEADER_PEEK 256

/* ---- directories ------------------------------------------------------- */

static int
make_dirs(char *path, struct rk_error *e)
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
				return rk_error_set(e, NULL, 0, "cannot create directory %s: %s",
				    quote_name(path), strerror(errno));
			*p = c;
		}
		if (*p == '\0')
			break;
	}
	return 0;
}

char *
journal_default_path(const char *xdg, const char *home, int create, struct rk_error *e)
{
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
		rk_error_set(e, NULL, 0, "neither XDG_DATA_HOME nor HOME is set: "
		    "name the journal with -f");
		return NULL;
	}
	if (create && make_dirs(dir, e) != 0) {
		free(dir);
		return NULL;
	}
	n = strlen(dir) + strlen("/contacts.csv") + 1;
	path = xmalloc(n);
	snprintf(path, n, "%s/contacts.csv", dir);
	free(dir);
	return path;
}

/* ---- warnings ----------------------------------------------------------- */

static void
add_warning(struct journal_warnings *w, const char *file, unsigned long line,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
add_warning(struct journal_warnings *w, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;

	if (w == NULL || w->n == sizeof w->w / sizeof w->w[0])
		return;
	rk_error_clear(&w->w[w->n]);
	va_start(ap, fmt);
	rk_error_vset(&w->w[w->n++], file, line, fmt, ap);
	va_end(ap);
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

static int
read_at(int fd, const char *path, char *buf, size_t n, off_t off, struct rk_error *e)
{
	ssize_t got;

	while (n > 0) {
		got = pread(fd, buf, n, off);
		if (got == -1 && errno == EINTR)
			continue;
		if (got == -1)
			return rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(errno));
		if (got == 0)
			return rk_error_set(e, NULL, 0, "%s: the file shrank while it was being read",
			    quote_name(path));
		buf += got, n -= (size_t)got, off += got;
	}
	return 0;
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
static int
scan_tail(int fd, const char *path, off_t size, struct tail *t, struct rk_error *e)
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
		if (read_at(fd, path, buf, window[i], size - (off_t)window[i], e) != 0) {
			free(buf);
			return -1;
		}
		k = journal_tail(buf, window[i], 0, TAIL_CAP, &start);
		free(buf);
		if (k == JT_NONE || k == JT_WHOLE) {
			t->kind = k;
			t->start = size - (off_t)window[i] + (off_t)start;
			t->line = 0;
			return 0;
		}
		if (k != JT_UNDECIDED)
			break;
	}
	buf = xmalloc(size > 0 ? (size_t)size : 1);
	if (read_at(fd, path, buf, (size_t)size, 0, e) != 0) {
		free(buf);
		return -1;
	}
	judge_all(buf, (size_t)size, t);
	free(buf);
	return 0;
}

/* Take the lock HOW on FD, waiting at most JOURNAL_LOCK_WAIT seconds for
 * another program that holds it.  *UNLOCKABLE is set when the file cannot
 * be locked at all. */
static int
lock(int fd, const char *path, int how, int *unlockable, struct rk_error *e)
{
	struct timespec t0, now, nap = { 0, 1000000 };

	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (flock(fd, how | LOCK_NB) != 0) {
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			*unlockable = 1;
			return rk_error_set(e, NULL, 0, "%s: cannot lock: %s", quote_name(path),
			    strerror(errno));
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
		if ((now.tv_sec - t0.tv_sec) * 1000L + (now.tv_nsec - t0.tv_nsec) / 1000000 >=
		    JOURNAL_LOCK_WAIT * 1000L)
			return rk_error_set(e, NULL, 0, "%s: locked by another program (flock) "
			    "for %d seconds; giving up", quote_name(path), JOURNAL_LOCK_WAIT);
		nanosleep(&nap, NULL);
		if (nap.tv_nsec < 50000000)
			nap.tv_nsec *= 2;
	}
	return 0;
}

static int
regular_size(int fd, const char *path, off_t *size, struct rk_error *e)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		return rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(errno));
	if (!S_ISREG(st.st_mode))
		return rk_error_set(e, NULL, 0, "%s: not a regular file", quote_name(path));
	*size = st.st_size;
	return 0;
}

/* ---- appending ---------------------------------------------------------- */

/* An append under way.  A journal this append created is removed again
 * if the append fails: a new journal whose first write fails (a full
 * disk) leaves nothing.  It is removed only under the lock (MADE_LOCKED),
 * while it is still empty and still the file at its name: a row another
 * appender got in first stays. */
struct append {
	const char *path;
	int fd;
	int made;               /* this append created the file */
	int made_locked;        /* and holds its lock, or no one can lock it */
	struct rk_error *e;
};

/* The error is in A->e: take back the journal this append made, if it
 * may go, and close it.  Returns -1. */
static int
give_up(struct append *a)
{
	struct stat ours, there;

	if (a->fd == -1)
		return -1;
	if (a->made && a->made_locked && fstat(a->fd, &ours) == 0 && ours.st_size == 0 &&
	    lstat(a->path, &there) == 0 && ours.st_dev == there.st_dev &&
	    ours.st_ino == there.st_ino)
		unlink(a->path);
	close(a->fd);
	a->fd = -1;
	return -1;
}

/* The error is in A->e, about a journal that was not empty: close it. */
static int
keep(struct append *a)
{
	a->made = 0;
	return give_up(a);
}

/* E's message, then give_up. */
static int
fail(struct append *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int
fail(struct append *a, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	rk_error_vset(a->e, NULL, 0, fmt, ap);
	va_end(ap);
	return give_up(a);
}

/* The journal A->path could not be created: its directory is missing. */
static int
missing_dir(struct append *a)
{
	const char *slash = strrchr(a->path, '/');
	char *dir;
	int r;

	if (slash == NULL)
		return rk_error_set(a->e, NULL, 0, "%s: %s", quote_name(a->path),
		    strerror(ENOENT));
	dir = xstrdup(a->path);
	dir[slash == a->path ? 1 : slash - a->path] = '\0';
	r = rk_error_set(a->e, NULL, 0, "%s: the directory %s does not exist; "
	    "create it first, or name another journal with -f", quote_name(a->path),
	    quote_name(dir));
	free(dir);
	return r;
}

/*
 * Open the journal A->path to append to it, locked; create it (mode 0600)
 * when it is not there.  Never through a symbolic link, which could point
 * anywhere, and never into a file that is not the caller's own.
 */
static int
open_append(struct append *a, struct journal_warnings *w)
{
	const char *path = a->path;
	struct stat st, there;

	/* O_NONBLOCK: a fifo given as the journal must not hang the open
	 * before it is refused; it means nothing for a regular file. */
	for (;;) {
		a->fd = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY |
		    O_NONBLOCK);
		if (a->fd == -1 && errno == ENOENT) {
			/* O_EXCL: a dangling symlink is not followed either. */
			a->fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW |
			    O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600);
			if (a->fd == -1 && errno == EEXIST)
				continue;       /* made meanwhile, or a symlink */
			a->made = a->fd != -1;
			if (a->fd == -1 && errno == ENOENT)
				return missing_dir(a);
		}
		if (a->fd == -1) {
			int e = errno;

			if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
				return rk_error_set(a->e, NULL, 0, "%s: a symbolic link; rk-log "
				    "writes only to the journal itself, name it with -f",
				    quote_name(path));
			return rk_error_set(a->e, NULL, 0, "%s: %s", quote_name(path), strerror(e));
		}
		/* A file no one can lock cannot have been written to by another
		 * appender either: a new journal may go if still empty. */
		if (lock(a->fd, path, LOCK_EX, &a->made_locked, a->e) != 0)
			return give_up(a);
		a->made_locked = a->made;
		if (fstat(a->fd, &st) != 0)
			return fail(a, "%s: %s", quote_name(path), strerror(errno));
		/* Removed while we waited for the lock, by an appender whose
		 * new journal could not be written, or replaced by a removal
		 * (journal_remove): the journal is the file now at PATH, so
		 * start again. */
		if (st.st_nlink == 0 || lstat(path, &there) != 0 || there.st_dev != st.st_dev ||
		    there.st_ino != st.st_ino) {
			close(a->fd);
			a->made = 0;
			continue;
		}
		/* Another appender wrote into the journal we made before we
		 * had the lock: it is no longer ours to remove. */
		if (a->made && st.st_size != 0)
			a->made = 0;
		break;
	}
	if (!S_ISREG(st.st_mode))
		return fail(a, "%s: not a regular file", quote_name(path));
	if (st.st_uid != geteuid())
		return fail(a, "%s: owned by another user (uid %lu); not writing to it", path,
		    (unsigned long)st.st_uid);
	/* A journal is private.  One that others may read (a copy made with
	 * cp has mode 0644) is said so, and kept using. */
	if (st.st_mode & (S_IRGRP | S_IROTH))
		add_warning(w, NULL, 0, "%s: other users can read this journal (mode %04o); "
		    "chmod 600 makes it private", quote_name(path), (unsigned)(st.st_mode & 07777));
	return 0;
}

/* Check the header; *CR is set when its line ends with a CR alone (a
 * CR-only journal, whose rows end the same way). */
static int
check_header(struct append *a, off_t size, int *cr)
{
	char buf[HEADER_PEEK];
	size_t n = size < HEADER_PEEK ? (size_t)size : HEADER_PEEK, k;

	if (read_at(a->fd, a->path, buf, n, 0, a->e) != 0)
		return give_up(a);
	for (k = 0; k < n && buf[k] != '\n' && buf[k] != '\r'; k++)
		continue;
	if ((k == n && n == HEADER_PEEK) || !journal_header_ok(buf, k)) {
		rk_error_set(a->e, a->path, 1, "not a contact journal (its header should be "
		    JOURNAL_HEADER "); not writing to it");
		return keep(a);
	}
	*cr = k < n && buf[k] == '\r' && (k + 1 == n || buf[k + 1] != '\n');
	return 0;
}

int
journal_append(const char *path, const char *row, size_t n, struct journal_warnings *w,
    struct rk_error *e)
{
	static const char header[] = JOURNAL_HEADER "\n";
	struct append a = { path, -1, 0, 0, e };
	struct tail t;
	const char *pre = "";
	char *buf;
	size_t len = 0;
	off_t size;
	ssize_t wrote;
	int err, cr = 0;

	if (open_append(&a, w) != 0)
		return -1;
	if (regular_size(a.fd, path, &size, e) != 0)
		return give_up(&a);
	if (size == 0) {
		pre = header;
		len = sizeof header - 1;
	} else {
		if (check_header(&a, size, &cr) != 0 || scan_tail(a.fd, path, size, &t, e) != 0)
			return give_up(&a);
		switch (t.kind) {
		case JT_NONE:
		case JT_UNDECIDED:
			break;
		case JT_WHOLE:
			pre = cr ? "\r" : "\n";
			len = 1;
			break;
		case JT_TORN:
			if (ftruncate(a.fd, t.start) != 0)
				return fail(&a, "%s: %s", quote_name(path), strerror(errno));
			size = t.start;
			add_warning(w, path, t.line, "removed an incomplete last line, "
			    "left by an append that was interrupted");
			break;
		case JT_OPEN:
			rk_error_set(e, path, t.line, "the last record is inside an unclosed "
			    "quote; mend the file by hand before adding to it");
			return keep(&a);
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
		wrote = write(a.fd, buf, len);
	while (wrote == -1 && errno == EINTR);
	err = errno;
	free(buf);
	if (wrote != (ssize_t)len) {
		/* A part written (a disk that filled up) is taken back, so the
		 * journal ends where it did. */
		if (wrote > 0 && ftruncate(a.fd, size) != 0)
			return fail(&a, "%s: write cut short, and cannot undo it: %s",
			    quote_name(path), strerror(errno));
		if (wrote >= 0)
			return fail(&a, "%s: write cut short (%zd of %zu bytes); nothing was "
			    "added", path, wrote, len);
		return fail(&a, "%s: %s", quote_name(path), strerror(err));
	}
	if (fsync(a.fd) != 0)
		return fail(&a, "%s: %s", quote_name(path), strerror(errno));
	err = close(a.fd);
	a.fd = -1;
	if (err != 0)
		return rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(errno));
	return 0;
}

/* ---- reading ------------------------------------------------------------ */

struct journal_reader {
	char *buf;              /* the file as read */
	struct csv_reader *csv;
	struct journal_row row;
};

/* The file PATH, read whole under a shared lock, into *BUF (*LEN bytes).
 * With ABSENT, a file that is not there (nor a symbolic link at its name)
 * reads as empty, and sets *ABSENT. */
static int
read_whole(const char *path, char **buf, size_t *len, int *absent, struct rk_error *e)
{
	struct stat st;
	size_t cap;
	ssize_t got;
	off_t size;
	int fd, unlockable = 0;

	*buf = NULL;
	*len = 0;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)) == -1) {
		int err = errno;

		if (absent != NULL && (err == ENOENT) && lstat(path, &st) != 0 &&
		    (errno == ENOENT)) {
			*absent = 1;
			*buf = xmalloc(1);
			return 0;
		}
		return rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(err));
	}
	/* Shared: appenders wait while the file is read.  It is read whole
	 * with read(2) (a mapping would fault if another program cut the file
	 * short meanwhile), and the lock goes before anything is printed, so
	 * that a reader stopped on its output holds up no appender. */
	if (lock(fd, path, LOCK_SH, &unlockable, e) != 0 ||
	    regular_size(fd, path, &size, e) != 0) {
		close(fd);
		return -1;
	}
	cap = (size_t)size + 1;
	*buf = xmalloc(cap);
	for (;;) {
		if (*len == cap) {
			cap *= 2;
			*buf = xrealloc(*buf, cap);
		}
		got = read(fd, *buf + *len, cap - *len);
		if (got == -1 && errno == EINTR)
			continue;
		if (got == -1) {
			rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(errno));
			close(fd);
			free(*buf);
			*buf = NULL;
			return -1;
		}
		if (got == 0)
			break;
		*len += (size_t)got;
	}
	close(fd);
	return 0;
}

static struct journal_reader *reader_of(const char *path, char *buf, size_t len,
    struct journal_warnings *w, struct rk_error *e);

struct journal_reader *
journal_reader_open(const char *path, int *absent, struct journal_warnings *w,
    struct rk_error *e)
{
	size_t len;
	char *buf;

	if (absent != NULL)
		*absent = 0;
	if (read_whole(path, &buf, &len, absent, e) != 0)
		return NULL;
	return reader_of(path, buf, len, w, e);
}

/* A reader of the LEN bytes BUF (which it frees), the journal PATH. */
static struct journal_reader *
reader_of(const char *path, char *buf, size_t len, struct journal_warnings *w,
    struct rk_error *e)
{
	static const char *const header[J_NFIELDS] = {
		"date", "time", "who", "channel", "sign", "note"
	};
	struct csv_dialect d = { ',', 0 };
	const struct csv_record *h;
	struct journal_reader *r;
	struct tail t;
	size_t i;

	judge_all(buf, len, &t);
	if (t.kind == JT_TORN) {
		add_warning(w, path, t.line, "skipped an incomplete last line, "
		    "left by an append that was interrupted");
		len = (size_t)t.start;
	}
	r = xcalloc(1, sizeof *r);
	r->buf = buf;
	if ((r->csv = csv_reader_open_mem(path, buf, len, &d, e)) == NULL) {
		journal_reader_close(r);
		return NULL;
	}
	if ((h = csv_reader_header(r->csv)) != NULL) {
		for (i = 0; i < J_NFIELDS && h->nf == J_NFIELDS; i++)
			if (strcmp(h->f[i], header[i]) != 0)
				break;
		if (i < J_NFIELDS)
			csv_reader_fail(r->csv, h, "not a contact journal (its header "
			    "should be " JOURNAL_HEADER ")");
	}
	if (csv_reader_error(r->csv) != NULL) {
		*e = *csv_reader_error(r->csv);
		journal_reader_close(r);
		return NULL;
	}
	return r;
}

const struct journal_row *
journal_reader_next(struct journal_reader *r)
{
	const struct csv_record *rec;
	char why[200];

	if ((rec = csv_reader_next(r->csv)) == NULL)
		return NULL;
	if (journal_row_check((const char *const *)rec->f, rec->len, &r->row.day, why,
	    sizeof why) != NULL) {
		csv_reader_fail(r->csv, rec, "%s", why);
		return NULL;
	}
	r->row.f = rec->f;
	r->row.len = rec->len;
	r->row.line = rec->line;
	return &r->row;
}

const struct rk_error *
journal_reader_error(const struct journal_reader *r)
{
	return csv_reader_error(r->csv);
}

void
journal_reader_close(struct journal_reader *r)
{
	if (r == NULL)
		return;
	if (r->csv != NULL)
		csv_reader_close(r->csv);
	free(r->buf);
	free(r);
}

int
journal_sign_answers(struct journal_reader *r, const struct quiz *q, long since, int *answers,
    struct rk_error *e)
{
	const struct journal_row *row;
	struct sign_tally t = { 0 };
	size_t i;

	t.count = xcalloc(q->ncats, sizeof *t.count);
	while ((row = journal_reader_next(r)) != NULL)
		if (row->day >= since)
			sign_tally_add(&t, q, row->day, row->f[J_TIME], row->f[J_WHO],
			    row->f[J_SIGN]);
	for (i = 0; i < q->nitems; i++)
		answers[i] = sign_answer(q, &q->items[i], &t);
	free(t.count);
	if (journal_reader_error(r) != NULL) {
		*e = *journal_reader_error(r);
		return -1;
	}
	return 0;
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

int
journal_order(long day_a, const char *time_a, long day_b, const char *time_b)
{
	if (day_a != day_b)
		return day_a < day_b ? -1 : 1;
	/* The empty time sorts first; HH:MM sort as text. */
	return strcmp(time_a, time_b);
}

/* ---- removing ----------------------------------------------------------- */

/* A row of the journal, to find the one to remove. */
struct rrow {
	long day;
	char time[6];
	size_t seq;
	unsigned long line;
};

static int
rrow_cmp(const void *pa, const void *pb)
{
	const struct rrow *a = pa, *b = pb;
	int c = journal_order(a->day, a->time, b->day, b->time);

	if (c != 0)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The offset in the N bytes S of the start of line LINE (as line_of counts). */
static size_t
offset_of_line(const char *s, size_t n, unsigned long line)
{
	unsigned long l = 1;
	size_t i;

	for (i = 0; i < n && l < line; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n')))
			l++;
	return i;
}

/* Write the N bytes S to FD whole. */
static int
write_all(int fd, const char *s, size_t n)
{
	ssize_t got;

	while (n > 0) {
		got = write(fd, s, n);
		if (got == -1 && errno == EINTR)
			continue;
		if (got <= 0)
			return -1;
		s += got, n -= (size_t)got;
	}
	return 0;
}

/* Replace the journal PATH (whose open file is FD, of mode MODE) with the
 * N bytes S: a temporary file beside it, fsync, rename, fsync of the
 * directory.  On an error, the journal is as it was. */
static int
replace(const char *path, const char *s, size_t n, mode_t mode, struct rk_error *e)
{
	const char *slash = strrchr(path, '/');
	size_t tn = strlen(path) + sizeof ".XXXXXX";
	char *tmp = xmalloc(tn), *dir;
	int fd, dfd, err;

	snprintf(tmp, tn, "%s.XXXXXX", path);
	if ((fd = mkstemp(tmp)) == -1) {
		err = errno;
		free(tmp);
		return rk_error_set(e, NULL, 0, "%s: cannot make a temporary file beside it: %s",
		    quote_name(path), strerror(err));
	}
	if (fchmod(fd, mode & 0777) != 0 || write_all(fd, s, n) != 0 || fsync(fd) != 0) {
		err = errno;
		close(fd);
		unlink(tmp);
		free(tmp);
		return rk_error_set(e, NULL, 0, "%s: %s; the journal is unchanged",
		    quote_name(path), strerror(err));
	}
	if (close(fd) != 0 || rename(tmp, path) != 0) {
		err = errno;
		unlink(tmp);
		free(tmp);
		return rk_error_set(e, NULL, 0, "%s: %s; the journal is unchanged",
		    quote_name(path), strerror(err));
	}
	free(tmp);
	/* The rename itself is made durable with the directory. */
	dir = slash == NULL ? xstrdup(".") : xstrdup(path);
	if (slash != NULL)
		dir[slash == path ? 1 : slash - path] = '\0';
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		(void)fsync(dfd);
		close(dfd);
	}
	free(dir);
	return 0;
}

/* Open the journal PATH for a removal, locked, as the file still at PATH. */
static int
open_remove(const char *path, struct stat *st, struct rk_error *e)
{
	struct stat there;
	int fd, unlockable = 0;

	for (;;) {
		fd = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
		if (fd == -1) {
			int err = errno;

			if (lstat(path, &there) == 0 && S_ISLNK(there.st_mode))
				return rk_error_set(e, NULL, 0, "%s: a symbolic link; rk-log "
				    "writes only to the journal itself, name it with -f",
				    quote_name(path));
			if (err == ENOENT)
				return rk_error_set(e, NULL, 0, "%s: no journal yet; there is "
				    "nothing to change", quote_name(path));
			return rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(err));
		}
		if (lock(fd, path, LOCK_EX, &unlockable, e) != 0) {
			close(fd);
			return -1;
		}
		if (fstat(fd, st) != 0) {
			rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(errno));
			close(fd);
			return -1;
		}
		/* Replaced while we waited for the lock (by another removal):
		 * the journal is now the file at PATH. */
		if (lstat(path, &there) == 0 && there.st_dev == st->st_dev &&
		    there.st_ino == st->st_ino)
			break;
		close(fd);
	}
	if (!S_ISREG(st->st_mode)) {
		close(fd);
		return rk_error_set(e, NULL, 0, "%s: not a regular file", quote_name(path));
	}
	if (st->st_uid != geteuid()) {
		close(fd);
		return rk_error_set(e, NULL, 0, "%s: owned by another user (uid %lu); not "
		    "writing to it", quote_name(path), (unsigned long)st->st_uid);
	}
	return fd;
}

/* The whole of FD (SIZE bytes) into *BUF. */
static int
read_fd(int fd, const char *path, off_t size, char **buf, struct rk_error *e)
{
	*buf = xmalloc(size > 0 ? (size_t)size : 1);
	if (size > 0 && read_at(fd, path, *buf, (size_t)size, 0, e) != 0) {
		free(*buf);
		return -1;
	}
	return 0;
}

int
journal_remove(const char *path, size_t nth, char **removed, struct journal_warnings *w,
    struct rk_error *e)
{
	struct journal_reader *r;
	const struct journal_row *row;
	struct rrow *rows = NULL, pick;
	struct csv_writer cw;
	struct stat st;
	struct tail t;
	size_t n = 0, cap = 0, len, start, end, i, outlen = 0;
	char *buf, *copy, *out = NULL;
	FILE *fp;
	int fd;

	*removed = NULL;
	if ((fd = open_remove(path, &st, e)) == -1)
		return -1;
	len = (size_t)st.st_size;
	if (read_fd(fd, path, st.st_size, &buf, e) != 0) {
		close(fd);
		return -1;
	}
	judge_all(buf, len, &t);
	if (t.kind == JT_OPEN) {
		rk_error_set(e, path, t.line, "the last record is inside an unclosed "
		    "quote; mend the file by hand before changing it");
		goto fail;
	}
	/* A torn last line, which no reader takes, goes. */
	if (t.kind == JT_TORN) {
		add_warning(w, path, t.line, "removed an incomplete last line, "
		    "left by an append that was interrupted");
		len = (size_t)t.start;
	}
	/* The reader frees its copy; BUF is what gets written back. */
	copy = xmalloc(len + 1);
	memcpy(copy, buf, len);
	if ((r = reader_of(path, copy, len, NULL, e)) == NULL)
		goto fail;
	while ((row = journal_reader_next(r)) != NULL) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			rows = xrealloc(rows, cap * sizeof *rows);
		}
		rows[n].day = row->day;
		snprintf(rows[n].time, sizeof rows[n].time, "%s", row->f[J_TIME]);
		rows[n].seq = n;
		rows[n].line = row->line;
		n++;
	}
	if (journal_reader_error(r) != NULL) {
		*e = *journal_reader_error(r);
		journal_reader_close(r);
		goto fail;
	}
	journal_reader_close(r);
	if (n == 0) {
		rk_error_set(e, NULL, 0, "%s: the journal has no entry to remove",
		    quote_name(path));
		goto fail;
	}
	if (nth > n) {
		rk_error_set(e, NULL, 0, "%s: there is no entry %zu: the journal has %zu "
		    "(rk-log -l numbers them)", quote_name(path), nth, n);
		goto fail;
	}
	if (nth == 0) {
		pick = rows[n - 1];
	} else {
		qsort(rows, n, sizeof *rows, rrow_cmp);
		pick = rows[nth - 1];
	}
	/* Its lines: from its own to the next row's in the file, or to the end. */
	start = offset_of_line(buf, len, pick.line);
	end = len;
	for (i = 0; i < n; i++)
		if (rows[i].seq == pick.seq + 1)
			end = offset_of_line(buf, len, rows[i].line);

	/* What is removed, as one CSV row: read back from its own bytes. */
	copy = xmalloc(sizeof JOURNAL_HEADER + (end - start) + 1);
	memcpy(copy, JOURNAL_HEADER "\n", sizeof JOURNAL_HEADER);
	memcpy(copy + sizeof JOURNAL_HEADER, buf + start, end - start);
	if ((r = reader_of(path, copy, sizeof JOURNAL_HEADER + (end - start), NULL, e)) == NULL)
		goto fail;
	if ((row = journal_reader_next(r)) == NULL || (fp = open_memstream(&out, &outlen)) == NULL) {
		journal_reader_close(r);
		rk_error_set(e, NULL, 0, "%s: cannot read back the row to remove", quote_name(path));
		goto fail;
	}
	csv_writer_init(&cw, fp, ',');
	for (i = 0; i < J_NFIELDS; i++)
		csv_write_field(&cw, row->f[i], row->len[i]);
	csv_write_end(&cw);
	journal_reader_close(r);
	if (fclose(fp) != 0) {
		free(out);
		rk_error_set(e, NULL, 0, "%s: cannot read back the row to remove", quote_name(path));
		goto fail;
	}

	/* The journal without those lines. */
	memmove(buf + start, buf + end, len - end);
	len -= end - start;
	if (replace(path, buf, len, st.st_mode, e) != 0) {
		free(out);
		goto fail;
	}
	*removed = out;
	free(rows);
	free(buf);
	close(fd);
	return 0;
fail:
	free(rows);
	free(buf);
	close(fd);
	return -1;
}

/* ---- editing ------------------------------------------------------------ */

int
journal_edit_begin(const char *path, struct journal_snap *snap, struct rk_error *e)
{
	struct stat st;
	char *buf;
	int fd, tfd, err;

	snap->copy = NULL;
	if ((fd = open_remove(path, &st, e)) == -1)
		return -1;
	if (read_fd(fd, path, st.st_size, &buf, e) != 0) {
		close(fd);
		return -1;
	}
	snap->dev = st.st_dev;
	snap->ino = st.st_ino;
	snap->size = st.st_size;
	snap->mtime = st.st_mtim;
	snap->mode = st.st_mode;
	close(fd);
	/* The copy is beside the journal, private as the journal is. */
	snap->copy = xmalloc(strlen(path) + sizeof ".XXXXXX");
	snprintf(snap->copy, strlen(path) + sizeof ".XXXXXX", "%s.XXXXXX", path);
	if ((tfd = mkstemp(snap->copy)) == -1) {
		err = errno;
		free(buf);
		free(snap->copy);
		snap->copy = NULL;
		return rk_error_set(e, NULL, 0, "%s: cannot make a copy beside it: %s",
		    quote_name(path), strerror(err));
	}
	if (write_all(tfd, buf, (size_t)st.st_size) != 0 || close(tfd) != 0) {
		err = errno;
		free(buf);
		journal_edit_abort(snap);
		return rk_error_set(e, NULL, 0, "%s: cannot make a copy beside it: %s",
		    quote_name(path), strerror(err));
	}
	free(buf);
	return 0;
}

void
journal_edit_abort(struct journal_snap *snap)
{
	if (snap->copy != NULL)
		unlink(snap->copy);
	free(snap->copy);
	snap->copy = NULL;
}

int
journal_edit_end(const char *path, struct journal_snap *snap, struct rk_error *e)
{
	struct journal_reader *r;
	struct stat st;
	struct tail t;
	char *buf, *copy;
	size_t len;
	int fd, cfd, err;

	/* The edited copy must be a journal, every row of it. */
	if (read_whole(snap->copy, &buf, &len, NULL, e) != 0)
		goto fail;
	judge_all(buf, len, &t);
	if (t.kind == JT_TORN || t.kind == JT_OPEN) {
		free(buf);
		rk_error_set(e, path, t.line, "the last row of the edit is not whole");
		goto fail;
	}
	copy = xmalloc(len + 1);
	memcpy(copy, buf, len);
	free(buf);
	if ((r = reader_of(path, copy, len, NULL, e)) == NULL)
		goto fail;
	while (journal_reader_next(r) != NULL)
		continue;
	if (journal_reader_error(r) != NULL) {
		*e = *journal_reader_error(r);
		journal_reader_close(r);
		goto fail;
	}
	journal_reader_close(r);
	if (len == 0) {
		rk_error_set(e, NULL, 0, "%s: the edit is empty, with no header", quote_name(path));
		goto fail;
	}

	/* Under the lock: the journal is still the one that was copied. */
	if ((fd = open_remove(path, &st, e)) == -1)
		goto fail;
	if (st.st_dev != snap->dev || st.st_ino != snap->ino || st.st_size != snap->size ||
	    st.st_mtim.tv_sec != snap->mtime.tv_sec || st.st_mtim.tv_nsec != snap->mtime.tv_nsec) {
		close(fd);
		rk_error_set(e, NULL, 0, "%s: the journal changed while it was being edited",
		    quote_name(path));
		goto fail;
	}
	if ((cfd = open(snap->copy, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) == -1 ||
	    fchmod(cfd, snap->mode & 0777) != 0 || fsync(cfd) != 0 || close(cfd) != 0 ||
	    rename(snap->copy, path) != 0) {
		err = errno;
		close(fd);
		rk_error_set(e, NULL, 0, "%s: %s", quote_name(path), strerror(err));
		goto fail;
	}
	close(fd);
	free(snap->copy);
	snap->copy = NULL;
	return 0;
fail:
	journal_edit_abort(snap);
	return -1;
}
