/* journal: the contact journal's append protocol, and reading it back. */
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/diag.h"
#include "lib/journal.h"

/* A header line longer than this is not ours. */
#define HEADER_PEEK 256
#define CHUNK (64 * 1024)

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
				diag_die("cannot create directory %s: %s", path,
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
 * a new journal whose first write fails (a full disk) leaves nothing. */
static const char *made;

static _Noreturn void
jdie(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static _Noreturn void
jdie(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (made != NULL)
		unlink(made);
	made = NULL;
	diag_die("%s", msg);
}

/* ---- the end of the file ------------------------------------------------ */

enum tail_kind {
	TAIL_NONE,      /* empty, or ends with a line end */
	TAIL_WHOLE,     /* the last line has no line end, but is whole */
	TAIL_TORN,      /* the last line was cut short */
	TAIL_OPEN       /* the last line lies inside an open quote: not ours to judge */
};

struct tail {
	enum tail_kind kind;
	off_t start;            /* where the last line starts */
	unsigned long line;     /* its line number */
};

static void
xpread(int fd, const char *path, char *buf, size_t n, off_t off)
{
	ssize_t got;

	while (n > 0) {
		got = pread(fd, buf, n, off);
		if (got == -1 && errno == EINTR)
			continue;
		if (got == -1)
			jdie("%s: %s", path, strerror(errno));
		if (got == 0)
			jdie("%s: the file shrank while it was being read", path);
		buf += got, n -= (size_t)got, off += got;
	}
}

/*
 * Look at the end of a file of SIZE bytes.  rk-log writes every row as one
 * line, so a torn append can only be the last line.  To tell a record's
 * start from a line break inside a quoted field (a hand-edited file may
 * hold those), quotes are counted from the start: in RFC 4180 a field's
 * quoting turns on and off at every quote character, escaped quotes
 * included.  The last record starts after the last line end seen outside
 * quotes.  With WHOLE_FILE, a file that ends with a line end is read too:
 * an append must not land inside a quote left open.
 */
static void
scan_tail(int fd, const char *path, off_t size, int whole_file, struct tail *t)
{
	char *buf, last;
	off_t off, rec_start = 0;
	unsigned long lines = 0, rec_line = 1;
	int quoted = 0, multiline = 0;
	size_t n, i;

	t->kind = TAIL_NONE;
	if (size == 0)
		return;
	xpread(fd, path, &last, 1, size - 1);
	if (last == '\n' && !whole_file)
		return;
	buf = xmalloc(CHUNK);
	for (off = 0; off < size; off += (off_t)n) {
		n = size - off < CHUNK ? (size_t)(size - off) : CHUNK;
		xpread(fd, path, buf, n, off);
		for (i = 0; i < n; i++) {
			if (buf[i] == '"') {
				quoted = !quoted;
			} else if (buf[i] == '\n') {
				lines++;
				if (quoted) {
					multiline = 1;
				} else {
					rec_start = off + (off_t)i + 1;
					rec_line = lines + 1;
					multiline = 0;
				}
			}
		}
	}
	free(buf);
	t->start = rec_start;
	t->line = rec_line;
	if (last == '\n') {
		/* Whole lines; a quote still open makes the file end inside a
		 * field, where a new row would become part of it. */
		if (quoted)
			t->kind = TAIL_OPEN;
		return;
	}
	if (rec_start == 0) {
		t->kind = TAIL_WHOLE;   /* the header line: its own check judges it */
		return;
	}
	n = (size_t)(size - rec_start);
	buf = xmalloc(n);
	xpread(fd, path, buf, n, rec_start);
	if (journal_row_whole(buf, n))
		t->kind = TAIL_WHOLE;
	else
		/* rk-log writes no line break inside a row, so a record of more
		 * than one line that is not whole was not torn by us. */
		t->kind = multiline ? TAIL_OPEN : TAIL_TORN;
	free(buf);
}

static void
lock(int fd, const char *path, int how)
{
	while (flock(fd, how) != 0)
		if (errno != EINTR)
			jdie("%s: cannot lock: %s", path, strerror(errno));
}

static off_t
regular_size(int fd, const char *path)
{
	struct stat st;

	if (fstat(fd, &st) != 0)
		jdie("%s: %s", path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		jdie("%s: not a regular file", path);
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
			if (fd != -1)
				made = path;
		}
		if (fd == -1) {
			int e = errno;

			if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
				diag_die("%s: a symbolic link; rk-log writes only to the "
				    "journal itself, name it with -f", path);
			diag_die("%s: %s", path, strerror(e));
		}
		lock(fd, path, LOCK_EX);
		if (fstat(fd, &st) != 0)
			jdie("%s: %s", path, strerror(errno));
		/* Removed while we waited for the lock, by an appender whose
		 * new journal could not be written: start again. */
		if (st.st_nlink == 0 && made == NULL) {
			close(fd);
			continue;
		}
		break;
	}
	if (!S_ISREG(st.st_mode))
		jdie("%s: not a regular file", path);
	if (st.st_uid != geteuid())
		jdie("%s: owned by another user (uid %lu); not writing to it", path,
		    (unsigned long)st.st_uid);
	/* A journal is private.  One that others may read (a copy made with
	 * cp has mode 0644) is said so, and kept using. */
	if (st.st_mode & (S_IRGRP | S_IROTH))
		diag_warn("%s: other users can read this journal (mode %04o); "
		    "chmod 600 makes it private", path, (unsigned)(st.st_mode & 07777));
	return fd;
}

static void
check_header(int fd, const char *path, off_t size)
{
	char buf[HEADER_PEEK];
	size_t n = size < HEADER_PEEK ? (size_t)size : HEADER_PEEK;
	const char *lf;

	xpread(fd, path, buf, n, 0);
	lf = memchr(buf, '\n', n);
	if ((lf == NULL && n == HEADER_PEEK) ||
	    !journal_header_ok(buf, lf != NULL ? (size_t)(lf - buf) : n))
		diag_die_at(path, 1, "not a contact journal (its header should be "
		    JOURNAL_HEADER "); not writing to it");
}

/* ---- appending ---------------------------------------------------------- */

void
journal_append(const char *path, const char *row, size_t n)
{
	static const char header[] = JOURNAL_HEADER "\n";
	struct tail t;
	char *buf;
	size_t len = 0;
	off_t size;
	ssize_t w;
	int fd, e;

	fd = open_append(path);
	size = regular_size(fd, path);
	buf = xmalloc(sizeof header + 1 + n);
	if (size == 0) {
		memcpy(buf, header, sizeof header - 1);
		len = sizeof header - 1;
	} else {
		check_header(fd, path, size);
		scan_tail(fd, path, size, 1, &t);
		switch (t.kind) {
		case TAIL_NONE:
			break;
		case TAIL_WHOLE:
			buf[len++] = '\n';
			break;
		case TAIL_TORN:
			if (ftruncate(fd, t.start) != 0)
				jdie("%s: %s", path, strerror(errno));
			size = t.start;
			diag_warn_at(path, t.line, "removed an incomplete last line, "
			    "left by an append that was interrupted");
			break;
		case TAIL_OPEN:
			diag_die_at(path, t.line, "the last record is inside an unclosed "
			    "quote; mend the file by hand before adding to it");
		}
	}
	memcpy(buf + len, row, n);
	len += n;

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
			jdie("%s: write cut short, and cannot undo it: %s", path,
			    strerror(errno));
		if (w >= 0)
			jdie("%s: write cut short (%zd of %zu bytes); nothing was added",
			    path, w, len);
		jdie("%s: %s", path, strerror(e));
	}
	if (fsync(fd) != 0)
		jdie("%s: %s", path, strerror(errno));
	if (close(fd) != 0)
		jdie("%s: %s", path, strerror(errno));
	made = NULL;
}

/* ---- reading ------------------------------------------------------------ */

void
journal_view_open(const char *path, struct journal_view *v)
{
	struct tail t;
	off_t size;
	int fd;

	memset(v, 0, sizeof *v);
	v->data = "";           /* never NULL, even for an empty file */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)) == -1)
		diag_die("%s: %s", path, strerror(errno));
	/* Shared: appenders wait while the end is judged and mapped.  Rows
	 * they add later lie past the mapping, and a torn line is only ever
	 * cut past it too, so the lock can go once the map is made. */
	lock(fd, path, LOCK_SH);
	size = regular_size(fd, path);
	scan_tail(fd, path, size, 0, &t);
	if (t.kind == TAIL_TORN) {
		diag_warn_at(path, t.line, "skipped an incomplete last line, "
		    "left by an append that was interrupted");
		size = t.start;
	}
	if (size > 0) {
		v->map = mmap(NULL, (size_t)size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (v->map == MAP_FAILED)
			diag_die("%s: %s", path, strerror(errno));
		v->maplen = (size_t)size;
		v->data = v->map;
		v->len = (size_t)size;
	}
	close(fd);
}

void
journal_view_close(struct journal_view *v)
{
	if (v->map != NULL)
		munmap(v->map, v->maplen);
	memset(v, 0, sizeof *v);
}
