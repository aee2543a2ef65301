/*
 * stdfds: descriptors 0, 1 and 2 open before anything else is.  A program
 * started with one of them closed (2>&-) would otherwise get it back for
 * the first file it opens, and write its messages, or its output, into
 * that file.  Call stdfds_open() first thing in main().
 */
#ifndef RK_STDFDS_H
#define RK_STDFDS_H

/* Open /dev/null onto any of 0, 1 and 2 that is closed; when even that
 * fails, exit 2 at once, having opened nothing.  A closed stdout gets it
 * read-only, so that a program with output to write fails with "write
 * error: Bad file descriptor" and exit 2, while one with none exits 0. */
void stdfds_open(void);

#endif
