/*
 * quiz_list: rk-quiz -l, the built-in quizzes with their sizes and titles,
 * as aligned text or as CSV or TSV on standard output.
 */
#ifndef RK_QUIZ_LIST_H
#define RK_QUIZ_LIST_H

#include "io/out.h"

/* FORMAT is resolved: OUT_CSV, OUT_TSV or OUT_TEXT. */
void quiz_list_write(enum out_format format);

#endif
