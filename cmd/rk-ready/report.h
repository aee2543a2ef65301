/*
 * report: what rk-ready writes once the verdict is reached (core/ready.h).
 * The checks in the article's order, each with what holds or is missing,
 * then the next step and the verdict: as CSV, TSV or JSON rows
 * check,status,detail (the next step as next,STEP,sentence, and the
 * verdict row last), or as a checklist with sentences wrapped to the
 * terminal.  SINCE is the day of the break-up, or NULL when only the
 * answers speak for the time.
 */
#ifndef RK_READY_REPORT_H
#define RK_READY_REPORT_H

#include "core/ready.h"
#include "io/out.h"

/* FORMAT is OUT_CSV, OUT_TSV or OUT_JSON. */
void ready_report_csv(const struct ready_input *in, const long *since,
    const struct ready_result *res, enum out_format format);
void ready_report_text(const struct ready_input *in, const long *since,
    const struct ready_result *res);

#endif
