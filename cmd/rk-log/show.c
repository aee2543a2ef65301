/* journal_show: rk-log -l, --signs and --cal: one read pass, and the printing. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-log/show.h"
#include "cmd/rk-log/sign.h"
#include "core/cal.h"
#include "core/date.h"
#include "core/quiz.h"
#include "core/signs.h"
#include "core/since.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/journal.h"
#include "io/table.h"
#include "util/err.h"

static const char *const header[J_NFIELDS] = {
	"date", "time", "who", "channel", "sign", "note"
};

/* What a read pass keeps: the output, and for --signs what was seen. */
static const struct journal_show *js;
static char *path;
static struct csv_reader *reader;
static struct journal_view view;
static struct csv_writer out;
static struct table *tab;
static size_t rows_seen, him_rows, *sign_count;
static long first_day;
static char first_time[6], first_who[4];
/* For --cal: the months shown, from the first day of the first, the marks
 * of each day, and the dates of your contacts. */
static long cal_first;
static unsigned char *cal_marks;
static struct streaks mine;

static void
emit(const char *const *f, const size_t *len, size_t nf)
{
	size_t i;

	if (tab != NULL) {
		table_add(tab, f, len, nf);
		return;
	}
	for (i = 0; i < nf; i++)
		csv_write_field(&out, f[i], len[i]);
	csv_write_end(&out);
	out_check();
}

static void
emit_header(void)
{
	size_t len[J_NFIELDS], i;

	for (i = 0; i < J_NFIELDS; i++)
		len[i] = strlen(header[i]);
	emit(header, len, J_NFIELDS);
}

/* For --signs: the sign counts, and who started the earliest contact. */
static void
tally(const struct csv_record *rec, long day)
{
	const char *t = rec->f[J_TIME];
	long s;

	if (rows_seen++ == 0 || day < first_day ||
	    (day == first_day && strcmp(t, first_time) < 0)) {
		first_day = day;
		snprintf(first_time, sizeof first_time, "%s", t);
		snprintf(first_who, sizeof first_who, "%s", rec->f[J_WHO]);
	}
	if (strcmp(rec->f[J_WHO], "him") != 0)
		return;
	him_rows++;
	if (rec->len[J_SIGN] > 0 && (s = journal_sign_index(rec->f[J_SIGN])) >= 0)
		sign_count[s]++;
}

/* --cal: your contacts make the streaks, those --who keeps the marks.
 * Days after today have not come yet, as the calendar stands. */
static void
cal_note(const char *who, long day)
{
	int me = strcmp(who, "me") == 0;

	if (day > js->today)
		return;
	if (me && streaks_add(&mine, day) != 0)
		diag_die("out of memory");
	if (day >= cal_first && (js->who == NULL || strcmp(who, js->who) == 0))
		cal_marks[day - cal_first] |= me ? CAL_ME : CAL_HIM;
}

static void
read_journal(void)
{
	const struct csv_record *h, *rec;
	struct csv_dialect d = { ',', 0 };
	struct rk_error e = { 0 };
	char why[200];
	long day;
	size_t i;

	path = js->file != NULL ? xstrdup(js->file) : journal_default_path(0);
	journal_view_open(path, &view);
	if ((reader = csv_reader_open_mem(path, view.data, view.len, &d, &e)) == NULL)
		diag_die_error(&e);
	h = csv_reader_header(reader);
	csv_reader_check(reader);
	if (h != NULL) {
		for (i = 0; i < J_NFIELDS && h->nf == J_NFIELDS; i++)
			if (strcmp(h->f[i], header[i]) != 0)
				break;
		if (i < J_NFIELDS)
			csv_reader_die(reader, h, "not a contact journal (its header "
			    "should be " JOURNAL_HEADER ")");
	}
	if (js->mode == JS_LIST)
		emit_header();
	while ((rec = csv_reader_next(reader)) != NULL) {
		if (journal_row_check((const char *const *)rec->f, rec->len, &day, why,
		    sizeof why) != NULL)
			csv_reader_die(reader, rec, "%s", why);
		if (day < js->since_day)
			continue;
		if (js->mode == JS_CAL) {
			cal_note(rec->f[J_WHO], day);
			continue;
		}
		if (js->who != NULL && strcmp(rec->f[J_WHO], js->who) != 0)
			continue;
		if (js->mode == JS_SIGNS)
			tally(rec, day);
		else
			emit((const char *const *)rec->f, rec->len, rec->nf);
	}
	csv_reader_check(reader);
	csv_reader_close(reader);
	reader = NULL;
	journal_view_close(&view);
}

/* The journal's answers to the his-signs quiz (lib/sign_answers.h), one
 * per item: 1 yes, 0 no, -1 left out.  The journal is read with JS. */
static void
sign_values(int *answers)
{
	const struct quiz *q = journal_his_signs();
	struct sign_tally tally;
	size_t i;

	sign_count = xcalloc(q->ncats, sizeof *sign_count);
	rows_seen = him_rows = 0;
	read_journal();
	tally.count = sign_count;
	tally.rows = rows_seen;
	tally.him_rows = him_rows;
	tally.first_is_him = strcmp(first_who, "him") == 0;
	for (i = 0; i < q->nitems; i++)
		answers[i] = sign_answer(q, &q->items[i], &tally);
	free(sign_count);
	sign_count = NULL;
}

void
journal_sign_values(const char *file, int *answers)
{
	struct journal_show what;

	memset(&what, 0, sizeof what);
	what.mode = JS_SIGNS;
	what.file = file;
	what.since_day = LONG_MIN;
	js = &what;
	sign_values(answers);
	free(path);
	path = NULL;
	js = NULL;
}

/* --signs: the journal as answers to the his-signs quiz. */
static void
print_signs(void)
{
	const struct quiz *q = journal_his_signs();
	const char *f[2];
	size_t len[2], i;
	int *answers = xcalloc(q->nitems, sizeof *answers);

	sign_values(answers);
	f[0] = "question", f[1] = "answer";
	len[0] = 8, len[1] = 6;
	emit(f, len, 2);
	for (i = 0; i < q->nitems; i++) {
		if (answers[i] < 0)
			continue;
		f[0] = q->items[i].id;
		f[1] = answers[i] ? "yes" : "no";
		len[0] = strlen(f[0]);
		len[1] = strlen(f[1]);
		emit(f, len, 2);
	}
	free(answers);
}

/* --cal: the months up to today's, one under the other, then the legend
 * and the streaks. */
static void
print_cal(void)
{
	char buf[CAL_TEXT_MAX];
	long y, m0, last, i;
	int m, d;

	date_to_ymd(js->today, &y, &m, &d);
	m0 = y * 12 + m - 1 - (js->months - 1);
	if (m0 < DATE_MIN_YEAR * 12)
		diag_usage_error("--months: %ld months up to %04ld-%02d go back past "
		    "the year 1", js->months, y, m);
	cal_first = date_from_ymd(m0 / 12, (int)(m0 % 12) + 1, 1);
	last = date_from_ymd(y, m, date_month_days(y, m));
	cal_marks = xcalloc((size_t)(last - cal_first + 1), 1);
	read_journal();
	streaks_sort(&mine, js->today);
	for (i = 0; i < js->months; i++) {
		long my = (m0 + i) / 12, start;
		int mm = (int)((m0 + i) % 12) + 1;

		start = date_from_ymd(my, mm, 1);
		fwrite(buf, 1, cal_month(my, mm, cal_marks + (start - cal_first),
		    i + 1 == js->months ? d : 0, out_color(), buf, sizeof buf), stdout);
		putchar('\n');
		out_check();
	}
	fwrite(buf, 1, cal_legend(out_color(), buf, sizeof buf), stdout);
	fwrite(buf, 1, cal_streaks(&mine, js->today, buf, sizeof buf), stdout);
	free(cal_marks);
	streaks_free(&mine);
}

void
journal_show(const struct journal_show *what)
{
	js = what;
	if (js->mode == JS_CAL) {
		print_cal();
		free(path);
		return;
	}
	if (out_format_resolve(js->format) == OUT_TEXT)
		tab = table_new(stdout, 1, out_color());
	else
		csv_writer_init(&out, stdout, out_format_resolve(js->format) == OUT_TSV ?
		    '\t' : ',');
	if (js->mode == JS_LIST)
		read_journal();
	else
		print_signs();
	table_finish(tab);
	free(path);
}
