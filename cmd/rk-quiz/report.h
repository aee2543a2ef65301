/*
 * report: what rk-quiz writes but the answers.
 *
 * quiz_report writes quiz results, one respondent at a time: CSV or TSV
 * rows of [respondent,]category,score,max,percent,answered,total (then
 * advise, when a category is advised low, and outcome, when the quiz has
 * outcomes), or a readable table with a bar per category.  The table ends
 * with what the result means: an answer that rules trying again out (an
 * item's veto), for the built-in why quiz the most likely reasons in the
 * article's words, and the quiz's outcome.
 */
#ifndef RK_QUIZ_REPORT_H
#define RK_QUIZ_REPORT_H

#include <stdio.h>

#include "core/quiz.h"
#include "io/csv_writer.h"
#include "io/out.h"

struct quiz_report {
	FILE *fp;
	enum out_format format;   /* OUT_CSV, OUT_TSV, OUT_TEXT or OUT_JSON */
	const struct quiz *q;
	int named;                /* a respondent column or heading */
	size_t top;               /* at most this many categories; 0: all */
	int color;
	int explain;              /* name the most likely reason after the table */
	size_t width;             /* for wrapping that reason */

	struct csv_writer w;
	int advise;               /* an advise column: a category is advised low */
	struct quiz_result *res;
	size_t count;             /* respondents written */
};

void quiz_report_begin(struct quiz_report *r);
/* VALUES holds one value per item of the quiz. */
void quiz_report_write(struct quiz_report *r, const char *respondent, const short *values);
void quiz_report_end(struct quiz_report *r);

/* rk-quiz -l: the built-in quizzes with their sizes and titles, as aligned
 * text or as CSV or TSV on stdout.  FORMAT is resolved (not OUT_DEFAULT). */
void quiz_list_write(enum out_format format);

/* rk-quiz --questions --format=text: Q as a questionnaire to read, wrapped to
 * WIDTH columns: its title, then each question numbered, with the id its
 * answer goes under and the answers it takes. */
void quiz_sheet_write(FILE *fp, const struct quiz *q, size_t width);

#endif
