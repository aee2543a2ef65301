/*
 * journal: rk-log's contact journal, a CSV file with the header
 * date,time,who,channel,sign,note and one row per line.
 *
 * Appending is safe against other appenders and against a crash: the file
 * is opened O_APPEND | O_NOFOLLOW (created 0600, O_EXCL), locked with
 * flock(LOCK_EX), checked (a regular file of the caller's own, ending
 * outside any quote), and the row goes out in one write(2), then fsync.  The first
 * appender writes the header and its row in that same single write, so
 * creating the file races with nothing.  A row is written whole or not at
 * all, except when a writer is killed or the disk fills in the middle of
 * its write: the last line is then cut short.  Such a torn last line (no
 * line end, and not a whole row) is dropped by the next append and skipped,
 * with a warning, by readers.  Nothing before it is ever touched.  A new
 * journal whose first write fails is removed, but only while it is still
 * empty and still the one this append made, under the lock: a row another
 * appender wrote into it meanwhile stays.
 *
 * An append judges the end of the file from its last bytes alone
 * (journal_tail), so that its cost does not grow with the journal.
 * A journal locked by another program for JOURNAL_LOCK_WAIT seconds is
 * given up on, with an error.  Readers read the file with read(2) under a
 * shared lock, which they drop before they print anything.
 */
#ifndef RK_JOURNAL_H
#define RK_JOURNAL_H

#include <stddef.h>

#include "core/error.h"
#include "core/quiz.h"

#define JOURNAL_HEADER "date,time,who,channel,sign,note"

/* Seconds to wait for a lock held by another program. */
#define JOURNAL_LOCK_WAIT 10

enum journal_col { J_DATE, J_TIME, J_WHO, J_CHANNEL, J_SIGN, J_NOTE, J_NFIELDS };

/* Pure checks, with no I/O. */

/* 1 when the N bytes of S, the file's first line without its line end,
 * are our header (a UTF-8 byte-order mark is allowed). */
int journal_header_ok(const char *s, size_t n);
/* 1 when the N bytes of S, one line without its line end, are a whole row:
 * J_NFIELDS fields, every quoted field closed. */
int journal_row_whole(const char *s, size_t n);
/* Check a row read back (J_NFIELDS fields F of lengths LEN): NULL and its
 * day number in *DAYS, or the reason it is not a journal row. */
const char *journal_row_check(const char *const *f, const size_t *len, long *days,
    char *why, size_t whylen);

/* How the N bytes S that end a journal end: the whole file with AT_START,
 * else its last N bytes.  CAP is the longest quoted field, quotes and all,
 * that a reader can take.  *START is where the last record starts in S.
 * JT_UNDECIDED (only without AT_START): the bytes do not tell, give more.
 * Without AT_START, S must start at byte 3 of the file or later: before,
 * a byte-order mark may be cut. */
enum journal_tail_kind {
	JT_NONE,        /* empty, or ends with a line end outside quotes */
	JT_WHOLE,       /* the last line has no line end, but is whole */
	JT_TORN,        /* the last line was cut short */
	JT_OPEN,        /* the end lies inside an open quote: not ours to judge */
	JT_UNDECIDED
};
enum journal_tail_kind journal_tail(const char *s, size_t n, int at_start, size_t cap,
    size_t *start);

/* Files.  On an error these return -1 (or NULL) with E set, having left
 * the journal as it was.  What is worth a warning but not an error (a
 * journal other users can read, an incomplete last line) is put in W, in
 * the order it was found, for the caller to print; W may be NULL. */

struct journal_warnings {
	size_t n;
	struct rk_error w[2];
};

/* The default journal: DATA_HOME/rekindle/contacts.csv ($XDG_DATA_HOME,
 * or NULL), else HOME/.local/share/rekindle/contacts.csv.  With CREATE,
 * missing directories are made with mode 0700.  Free the result. */
char *journal_default_path(const char *data_home, const char *home, int create,
    struct rk_error *e);

/* Append ROW (N bytes, one whole line with its LF) to the journal PATH. */
int journal_append(const char *path, const char *row, size_t n, struct journal_warnings *w,
    struct rk_error *e);

/*
 * Reading back: the file is read whole under the shared lock, which is
 * dropped before journal_reader_open returns; a torn last line is left
 * out, with a warning.  A header that is not ours is an error of the
 * open.  Rows come out checked, with their day; NULL at the end or on an
 * error (a CSV error or a bad row, at its file:line), which
 * journal_reader_error then holds.
 */
struct journal_row {
	char **f;               /* the J_NFIELDS fields, NUL-terminated */
	const size_t *len;      /* their lengths */
	long day;               /* the day number of its date */
	unsigned long line;     /* the line it starts on */
};

struct journal_reader;

/* With ABSENT NULL a journal that is not there is an error; else one not
 * there yet (no file, and no symbolic link, at PATH) opens as one with no
 * rows, and sets *ABSENT (else cleared). */
struct journal_reader *journal_reader_open(const char *path, int *absent,
    struct journal_warnings *w, struct rk_error *e);
const struct journal_row *journal_reader_next(struct journal_reader *r);
const struct rk_error *journal_reader_error(const struct journal_reader *r);
void journal_reader_close(struct journal_reader *r);

/* The rows of R from day SINCE on, as answers to the his-signs quiz Q
 * (core/signs.h): ANSWERS has one int per item, set to 1 yes, 0 no, or -1
 * when the journal cannot tell.  -1 with E set on a reading error. */
int journal_sign_answers(struct journal_reader *r, const struct quiz *q, long since,
    int *answers, struct rk_error *e);

/* The order of rk-log -l, by date then time: <0, 0 or >0 as row A comes
 * before, with or after row B.  A row with no time comes before the timed
 * rows of its day; equal rows keep the file's order (the caller's part). */
int journal_order(long day_a, const char *time_a, long day_b, const char *time_b);

/*
 * Remove one row of the journal PATH: with NTH 0 the last row of the file
 * (the last added), else entry NTH (from 1) in journal_order, ties in the
 * file's order, as rk-log -l numbers them.  It runs under the appenders'
 * lock, never through a symbolic link, and replaces the file atomically:
 * the rest is written to a temporary file beside it (with the journal's
 * mode), fsync'ed and renamed over it, so that the journal is either as it
 * was or without the row.  A torn last line goes too, with a warning.
 * The removed row, as one CSV line with its LF, is in *REMOVED (free it).
 */
int journal_remove(const char *path, size_t nth, char **removed, struct journal_warnings *w,
    struct rk_error *e);

/*
 * Editing by hand: journal_edit_begin copies the journal PATH, read under
 * the lock, to SNAP->copy beside it (mode 0600), for an editor.
 * journal_edit_end checks the copy as a journal (every row, an error at
 * its line names PATH); then, under the lock and only when the journal is
 * still the file that was copied (no event added meanwhile), renames the
 * copy over it, with the journal's mode.  On any error the journal is as
 * it was and the copy is gone; journal_edit_abort removes the copy.
 */
#include <sys/stat.h>
#include <time.h>
struct journal_snap {
	char *copy;             /* the copy's path */
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
	mode_t mode;
};
int journal_edit_begin(const char *path, struct journal_snap *snap, struct rk_error *e);
int journal_edit_end(const char *path, struct journal_snap *snap, struct rk_error *e);
void journal_edit_abort(struct journal_snap *snap);

#endif
