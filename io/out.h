/*
 * out: standard output as the programs use it.  A large buffer, the choice
 * between CSV, TSV and text, colour only where it belongs, the terminal's
 * width, and standard descriptors that are safe to use.  Nothing here exits:
 * a failed write or close comes back as an errno value, which util/err.h's
 * out_check and out_close turn into the message and the exit status.
 */
#ifndef RK_OUTPUT_H
#define RK_OUTPUT_H

enum out_format { OUT_DEFAULT, OUT_CSV, OUT_TSV, OUT_TEXT, OUT_JSON };

/* Give stdout a 64 KiB buffer, so that a long stream costs few writes. */
void out_buffer(void);
/* Resolve OUT_DEFAULT: text on a terminal, CSV otherwise. */
enum out_format out_format_resolve(enum out_format f);
/* Color: stdout is a terminal, NO_COLOR is unset, TERM is not "dumb". */
int out_color(void);
/* The width text is laid out to: the terminal's, when stdout is one;
 * else COLUMNS, when it holds a number from 1 to OUT_WIDTH_MAX (as GNU ls
 * does; anything else in it is ignored); else 80. */
#define OUT_WIDTH_MAX 10000
int out_term_width(void);
/* The same for the descriptor FD (rk-quiz --ask prompts on stderr). */
int out_term_width_of(int fd);
/* 0 while no write to stdout has failed; else the failure as an errno
 * value (EIO when none is known). */
int out_error(void);
/* Flush and close stdout: 0, or the failure as an errno value (EIO when
 * none is known).  Only the first call does anything; later ones return 0. */
int out_flush_close(void);

/* Open /dev/null onto any of 0, 1 and 2 that is closed.  A closed stdout
 * gets it read-only, so that a program with output to write fails with
 * "write error: Bad file descriptor" and exit 2, while one with none exits
 * 0.  Returns 0, or -1 when even /dev/null cannot be opened. */
int stdfds_fill(void);

#endif
