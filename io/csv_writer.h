/*
 * csv_writer: RFC 4180 output that quotes a field only when it must (it
 * holds the delimiter, a quote, CR or LF), so that fields pass through
 * unchanged.  libcsv's own writer quotes every field.
 */
#ifndef RK_CSV_WRITER_H
#define RK_CSV_WRITER_H

#include <stdio.h>
#include <stddef.h>

struct csv_record;

/* A row is built in the writer and handed to stdio whole at csv_write_end,
 * one call a row instead of one a field; a row longer than the buffer goes
 * out in pieces, in order.  Every row must end with csv_write_end. */
#define CSV_ROW_BUF 4096

struct csv_writer {
	FILE *fp;
	char delim;
	int nfields;      /* fields written in the current row */
	int first_empty;  /* the row's first field was empty */
	size_t len;       /* bytes of the row in buf */
	int batch;        /* hold rows until buf fills: see csv_writer_batch */
	/* JSON lines (csv_writer_json): the keys, each NUL-terminated in
	 * keys, at keyoff[0..nkeys-1]; the header row is still to come. */
	int json, json_header;
	char *keys;
	size_t *keyoff, nkeys, keylen, keycap;
	char buf[CSV_ROW_BUF];
};

void csv_writer_init(struct csv_writer *w, FILE *fp, char delim);
/*
 * Write JSON lines instead (--format=json): each row one object on a line,
 * its fields keyed by the header's names, in order.  With HEADER the first
 * row is the header: it gives the keys and is not written.  A field with no
 * name (HEADER 0, or a row wider than the header) is keyed by its column
 * number from 1.  An empty field is null; a field that is a plain decimal
 * number (-?(0|[1-9][0-9]*)(.[0-9]+)?, at most 15 digits, so that any
 * reader keeps it exact) is a number; anything else is a string, escaped as
 * RFC 8259 says, with a byte that is not UTF-8 as U+FFFD.  csv_writer_free
 * releases the keys.
 */
void csv_writer_json(struct csv_writer *w, int header);
void csv_writer_free(struct csv_writer *w);
/* For a long stream of short rows: hold rows in the writer until its buffer
 * fills, rather than handing each to stdio.  The caller must then call
 * csv_writer_flush before anything else writes to the stream, before it is
 * closed, and on the way out after an error. */
void csv_writer_batch(struct csv_writer *w);
/* Hand what the writer holds to the stream.  Returns 0, or -1 when a write
 * to the stream has failed (ferror): the writer itself cannot fail. */
int csv_writer_flush(struct csv_writer *w);
void csv_write_field(struct csv_writer *w, const char *s, size_t n);
void csv_write_str(struct csv_writer *w, const char *s);
/* A field the caller knows needs no quotes, such as a number. */
void csv_write_plain(struct csv_writer *w, const char *s, size_t n);
void csv_write_long(struct csv_writer *w, long v);
void csv_write_record(struct csv_writer *w, const struct csv_record *rec);
/* The same, but faster: from the record's raw input bytes, when it has them,
 * was read with this writer's delimiter (DELIM), and holds no quote, so that
 * the bytes are exactly what csv_write_record would write. */
void csv_write_record_as_read(struct csv_writer *w, const struct csv_record *rec, char delim);
/* End the row with LF. */
void csv_write_end(struct csv_writer *w);
/* Write a whole row of NUL-terminated strings, ending with NULL. */
void csv_write_row(struct csv_writer *w, ...);

#endif
