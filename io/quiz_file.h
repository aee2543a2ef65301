/*
 * quiz_file: read and write a quiz file (rekindle-files(5)): CSV with the columns
 * id, category and text, and optionally scale, weight, reverse, veto, labels
 * and advise, in any order.  Every field is checked; a bad one is an error with
 * file:line, returned, never exited on.
 * tools/gen_quiz reads the built-in quizzes through this same parser.
 */
#ifndef RK_QUIZ_FILE_H
#define RK_QUIZ_FILE_H

#include "core/error.h"
#include "core/quiz.h"
#include "io/csv.h"
#include "io/csv_writer.h"

/* Read PATH ("-" for stdin) into a quiz named after the file, or return
 * NULL with E set (file, line and message) at the first error, having
 * freed what was read.  Categories get empty titles. */
struct quiz *quiz_file_read(const char *path, const struct csv_dialect *d,
    struct rk_error *e);
void quiz_file_free(struct quiz *q);

/* Write Q in the quiz-file format, header and every column included. */
void quiz_file_write(const struct quiz *q, struct csv_writer *w);

#endif
