/* quiz_list: rk-quiz -l, the list of the built-in quizzes. */
#include <stdio.h>
#include <string.h>

#include "cmd/rk-quiz/list.h"
#include "core/quiz.h"
#include "io/csv_writer.h"

void
quiz_list_write(enum out_format format)
{
	struct csv_writer w;
	size_t i, nw = 0;

	if (format == OUT_TEXT) {
		for (i = 0; i < builtin_nquizzes; i++)
			if (strlen(builtin_quizzes[i].name) > nw)
				nw = strlen(builtin_quizzes[i].name);
		for (i = 0; i < builtin_nquizzes; i++) {
			const struct quiz *q = &builtin_quizzes[i];

			printf("%-*s  %2zu questions  %zu categories  %s\n", (int)nw, q->name,
			    q->nitems, q->ncats, q->title);
		}
		return;
	}
	csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
	csv_write_row(&w, "quiz", "title", "questions", "categories", NULL);
	for (i = 0; i < builtin_nquizzes; i++) {
		const struct quiz *q = &builtin_quizzes[i];

		csv_write_str(&w, q->name);
		csv_write_str(&w, q->title);
		csv_write_long(&w, (long)q->nitems);
		csv_write_long(&w, (long)q->ncats);
		csv_write_end(&w);
	}
}
