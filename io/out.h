/*
 * output: standard output as the programs use it.  A large buffer, the
 * choice between CSV, TSV and text, color only where it belongs, and a
 * checked close: a write error is reported and exits 2, while a reader that
 * went away (| head -1) ends the program quietly.
 */
#ifndef RK_OUTPUT_H
#define RK_OUTPUT_H

enum out_format { OUT_DEFAULT, OUT_CSV, OUT_TSV, OUT_TEXT };

/* Set up stdout; registers out_close() to run before error exits. */
void out_init(void);
/* Parse --format=csv|tsv|text; dies with a usage error otherwise. */
enum out_format out_format_parse(const char *arg);
/* Resolve OUT_DEFAULT: text on a terminal, CSV otherwise. */
enum out_format out_format_resolve(enum out_format f);
/* Color: stdout is a terminal, NO_COLOR is unset, TERM is not "dumb". */
int out_color(void);
/* The terminal's width, or 80 when stdout is not a terminal. */
int out_term_width(void);
/* Die now if an earlier write failed, so a long stream stops early. */
void out_check(void);
/* Flush and close stdout; a failure is reported and exits 2. */
void out_close(void);

/* Open /dev/null onto any of 0, 1 and 2 that is closed; when even that
 * fails, exit 2 at once, having opened nothing.  A closed stdout gets it
 * read-only, so that a program with output to write fails with "write
 * error: Bad file descriptor" and exit 2, while one with none exits 0. */
void stdfds_open(void);

#endif
