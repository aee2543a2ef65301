/*
 * journal_show: rk-log's ways of reading the journal back: -l lists its
 * rows, --signs prints them as answers to the his-signs quiz, --cal draws
 * them as month calendars with the no-contact streaks.  Errors are printed
 * and exit 2, as in lib/journal.h.
 */
#ifndef RK_JOURNAL_SHOW_H
#define RK_JOURNAL_SHOW_H

#include "io/out.h"

enum journal_show_mode { JS_LIST, JS_SIGNS, JS_CAL };

struct journal_show {
	enum journal_show_mode mode;
	const char *file;       /* the journal, or NULL for the default one */
	long since_day;         /* only events on or after it; LONG_MIN for all */
	const char *who;        /* with JS_LIST and JS_CAL: me, him or NULL */
	enum out_format format; /* with JS_LIST and JS_SIGNS */
	long today;             /* with JS_CAL: the day drawn as today */
	long months;            /* with JS_CAL: how many months, up to today's */
};

/* Read the journal and print it as JS asks. */
void journal_show(const struct journal_show *js);
/* Read the journal FILE (NULL: the default one) as answers to the built-in
 * his-signs quiz, as rk-log --signs prints them: ANSWERS has one int per
 * item, set to 1 yes, 0 no, or -1 when the journal cannot tell. */
void journal_sign_values(const char *file, int *answers);

#endif
