/*
 * csv_reader: RFC 4180 input over libcsv, one record at a time.
 *
 * It adds what libcsv leaves out: the input line where each record starts,
 * "file:line" on every error, a UTF-8 byte-order mark skipped, CRLF, LF and
 * CR-only line ends, no trimming of spaces, blank lines skipped, a cap on
 * field size, NUL bytes refused, and rows whose width differs from the
 * header refused.  Errors are returned, as struct rk_error, never exited on.
 */
#ifndef RK_CSV_READER_H
#define RK_CSV_READER_H

#include <stddef.h>

#include "core/error.h"

/* A field longer than this is an error, so that an unclosed quote cannot
 * swallow a whole file into memory. */
#define CSV_FIELD_MAX (1024 * 1024)

struct csv_dialect {
	/* -d or -t; 0 when neither was given: then ',', unless a header line
	 * that holds a tab but no comma and no quote makes the input TSV, as
	 * rekindle's --format=tsv writes it. */
	char delim;
	int no_header;    /* the first row is data, not names */
};

struct csv_record {
	size_t nf;               /* number of fields */
	char **f;                /* NUL-terminated fields */
	size_t *len;             /* their lengths in bytes */
	unsigned long line;      /* input line where the record starts */
	/* The record's bytes as they came, without the line end, when it
	 * was one whole line of input; NULL otherwise.  A filter that passes
	 * a row on unchanged can write these and skip re-quoting. */
	const char *raw;
	size_t rawlen;
	/* 1 when the record was split straight from one line of input that
	 * holds no quote, CR or NUL (raw is then NULL): its fields lie one
	 * after another in the reader's buffer, each followed by the NUL that
	 * took the place of its delimiter or line end, and none needs quotes. */
	int plain;
};

struct csv_reader;

/*
 * Errors: a reader keeps the first error it meets (a bad record, a read
 * error, or one a caller reports with csv_reader_fail).  The records before
 * it are handed out first; then csv_reader_next and csv_reader_header
 * return NULL, as at the end, and csv_reader_error says why.  Functions that
 * return an int or a long give -1 on an error, which the reader then holds.
 */

/* Open PATH ("-" or NULL for standard input) in the dialect D (NULL: plain
 * CSV with a header, as rekindle writes it); NULL with E set when it
 * cannot be opened. */
struct csv_reader *csv_reader_open(const char *path, const struct csv_dialect *d,
    struct rk_error *e);
/* Read from an in-memory buffer instead; NAME is used in messages. */
struct csv_reader *csv_reader_open_mem(const char *name, const char *buf, size_t n,
    const struct csv_dialect *d, struct rk_error *e);
void csv_reader_close(struct csv_reader *r);

/* The next data record, or NULL at the end or on an error.  The record
 * stays valid until the next call.  With a header, the first call reads it
 * first. */
const struct csv_record *csv_reader_next(struct csv_reader *r);

/* The header record, reading it if needed; NULL with no_header, when the
 * input is empty, or on an error. */
const struct csv_record *csv_reader_header(struct csv_reader *r);

/* The delimiter in force: the dialect's, or a tab once the header showed
 * the input to be TSV. */
char csv_reader_delim(const struct csv_reader *r);
/* " (is it tab-separated? try -t)" when the header line holds a tab but
 * was not read as TSV, else "": for a message about a missing column. */
const char *csv_reader_tab_hint(const struct csv_reader *r);

/* The error that ended the reading, or NULL. */
const struct rk_error *csv_reader_error(const struct csv_reader *r);

/* Record an error at REC's line (at none with REC NULL), which ends the
 * reading; returns -1.  The first error is kept. */
int csv_reader_fail(struct csv_reader *r, const struct csv_record *rec, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Name of the input for messages ("stdin" for standard input). */
const char *csv_reader_name(const struct csv_reader *r);

/* Accept rows of any width (the default is to require the header's width,
 * or the first row's with no_header). */
void csv_reader_allow_ragged(struct csv_reader *r);

/* For the differential fuzz harness: CHUNK > 0 reads at most that many
 * bytes at a time (up to the buffer's 64 KiB); SLOW sends every line
 * through libcsv, with no plain-line fast path. */
void csv_reader_test_mode(struct csv_reader *r, size_t chunk, int slow);

/* Find a column by header name or 1-based number, for option OPT in
 * messages.  A name in the header wins over a number.  Returns a 0-based
 * index, or -1 when there is none (a bad number is a usage error). */
long csv_reader_column(struct csv_reader *r, const char *spec, const char *opt);
/* The index of the header's column NAME, or -1 when there is none, or on
 * an error (a name twice in the header). */
long csv_reader_find(struct csv_reader *r, const char *name);

/* For a file of a known kind: the index of each of the N column NAMES in
 * the header into COL (-1 when absent); a header name that is none of them
 * is an error, with HINT saying what the file has:
 *   unknown column "colour" (a tips file has section, step, tags, title, text) */
int csv_reader_columns(struct csv_reader *r, const char *const *names, size_t n, long *col,
    const char *hint);

/* The one check of a text field in a user's file (quiz, tips): not empty
 * when REQUIRED, valid UTF-8, and no control character that could reach a
 * terminal (C0 but newline and tab, DEL, C1, U+2028 and U+2029); else an
 * error with file:line, naming column COL. */
int csv_check_text(struct csv_reader *r, const struct csv_record *rec, const char *col,
    const char *s, size_t n, int required);

struct csv_saved {
	const char **f;
	size_t *len;
	size_t nf;
	char *data;
	size_t cap, fcap;
};

/* Copy REC into S, replacing what S held. */
void csv_saved_set(struct csv_saved *s, const struct csv_record *rec);
/* 1 when REC has the same fields as S, byte for byte. */
int csv_saved_equal(const struct csv_saved *s, const struct csv_record *rec);
void csv_saved_free(struct csv_saved *s);

struct csv_where {
	char *spec;           /* the column, by name or number */
	const char *value;    /* points into the option's argument */
	size_t col;
};

struct csv_wheres {
	struct csv_where *w;
	size_t n;
};

/* Add ARG, "COLUMN=VALUE"; anything else is a usage error naming OPT. */
int csv_where_add(struct csv_wheres *ws, const char *arg, const char *opt, struct rk_error *e);
/* Find the conditions' columns in R's header (see csv_reader_column). */
int csv_where_columns(struct csv_wheres *ws, struct csv_reader *r, const char *opt);
void csv_where_free(struct csv_wheres *ws);

/* An error with file:line unless REC has a column COL (0-based); OPT names
 * the option that asked for it. */
int csv_record_need(struct csv_reader *r, const struct csv_record *rec, size_t col,
    const char *opt);

#endif
