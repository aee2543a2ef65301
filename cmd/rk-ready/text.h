/*
 * ready_text: rk-ready's output, the wording of each check and of the
 * verdict (lib/ready.h decides them), as CSV or TSV rows check,status,detail
 * or as a checklist and a sentence wrapped to the terminal.
 */
#ifndef RK_READY_TEXT_H
#define RK_READY_TEXT_H

#include "core/ready.h"
#include "io/out.h"

/* Write RES, decided from IN, to stdout.  SINCE_DAY is the day of the
 * break-up given with --since, or NULL.  FORMAT is OUT_CSV or OUT_TSV. */
void ready_write_csv(const struct ready_result *res, const struct ready_input *in,
    const long *since_day, enum out_format format);
void ready_write_text(const struct ready_result *res, const struct ready_input *in,
    const long *since_day);

#endif
