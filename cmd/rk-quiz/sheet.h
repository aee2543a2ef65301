/*
 * quiz_sheet: a quiz as a questionnaire to read, for rk-quiz --questions
 * --format=text: its title, then each question numbered, wrapped, with the
 * id its answer goes under and the answers it takes.
 */
#ifndef RK_QUIZ_SHEET_H
#define RK_QUIZ_SHEET_H

#include <stddef.h>
#include <stdio.h>

#include "core/quiz.h"

/* Write Q to FP as a questionnaire, wrapped to WIDTH columns. */
void quiz_sheet_write(FILE *fp, const struct quiz *q, size_t width);

#endif
