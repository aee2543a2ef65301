/* show: rk-log -l, --signs and --cal: the journal's rows, printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-log/show.h"
#include "core/cal.h"
#include "core/date.h"
#include "core/since.h"
#include "io/csv_writer.h"
#include "io/table.h"
#include "util/err.h"

/* Where -l and --signs put their rows: a table (text), or CSV or TSV. */
struct sink {
	struct table *tab;
	struct csv_writer csv;
};

static void
sink_open(struct sink *k, enum out_format format)
{
	memset(k, 0, sizeof *k);
	if (out_format_resolve(format) == OUT_TEXT) {
		k->tab = table_new(stdout, 1, out_color());
		table_set_width(k->tab, (size_t)out_term_width());
	} else {
		csv_writer_init(&k->csv, stdout, out_format_resolve(format) == OUT_TSV ?
		    '\t' : ',');
		if (format == OUT_JSON)
			csv_writer_json(&k->csv, 1);
	}
}

static void
emit(struct sink *k, const char *const *f, const size_t *len, size_t nf)
{
	size_t i;

	if (k->tab != NULL) {
		table_add(k->tab, f, len, nf);
		return;
	}
	for (i = 0; i < nf; i++)
		csv_write_field(&k->csv, f[i], len[i]);
	csv_write_end(&k->csv);
	out_check();
}

/* A reading error ends the output where it stands, with its message. */
static void
check_reader(const struct journal_reader *r)
{
	if (journal_reader_error(r) != NULL)
		diag_die_error(journal_reader_error(r));
}

/* A row of -l, kept to be put in order: its fields one after the other in
 * BUF, each NUL-terminated. */
struct lrow {
	long day;
	size_t seq;             /* its place in the file, which breaks ties */
	char *f[J_NFIELDS];
	size_t len[J_NFIELDS];
};

/* Date and time order: a row with no time before the timed rows of its
 * day (the empty time sorts first), equal ones in the file's order. */
static int
lrow_cmp(const void *pa, const void *pb)
{
	const struct lrow *a = pa, *b = pb;
	int c;

	if ((c = journal_order(a->day, a->f[J_TIME], b->day, b->f[J_TIME])) != 0)
		return c;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void
show_list(struct journal_reader *r, const struct show *s)
{
	static const char *const header[J_NFIELDS + 1] = {
		"#", "date", "time", "who", "channel", "sign", "note"
	};
	static const size_t header_len[J_NFIELDS + 1] = { 1, 4, 4, 3, 7, 4, 4 };
	const struct journal_row *row;
	struct lrow *rows = NULL;
	size_t n = 0, cap = 0, i, j, total;
	const char *f[J_NFIELDS + 1];
	size_t len[J_NFIELDS + 1];
	char num[24], *p;
	struct sink k;
	int text;

	/* Every row is read, to number them all: the numbers stay those of
	 * the whole journal when --since or --who leave rows out. */
	while ((row = journal_reader_next(r)) != NULL) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			rows = xrealloc(rows, cap * sizeof *rows);
		}
		for (j = 0, total = 0; j < J_NFIELDS; j++)
			total += row->len[j] + 1;
		p = xmalloc(total);
		for (j = 0; j < J_NFIELDS; j++) {
			memcpy(p, row->f[j], row->len[j] + 1);
			rows[n].f[j] = p;
			rows[n].len[j] = row->len[j];
			p += row->len[j] + 1;
		}
		rows[n].day = row->day;
		rows[n].seq = n;
		n++;
	}
	check_reader(r);
	if (n > 0)
		qsort(rows, n, sizeof *rows, lrow_cmp);

	/* Text numbers the rows, for --delete; CSV and TSV are the journal's
	 * own columns, so that the output is a journal again. */
	text = out_format_resolve(s->format) == OUT_TEXT;
	sink_open(&k, s->format);
	emit(&k, header + !text, header_len + !text, J_NFIELDS + (size_t)text);
	for (i = 0; i < n; i++) {
		if (rows[i].day >= s->since_day &&
		    (s->who == NULL || strcmp(rows[i].f[J_WHO], s->who) == 0)) {
			f[0] = num;
			len[0] = (size_t)snprintf(num, sizeof num, "%zu", i + 1);
			for (j = 0; j < J_NFIELDS; j++) {
				f[j + 1] = rows[i].f[j];
				len[j + 1] = rows[i].len[j];
			}
			emit(&k, f + !text, len + !text, J_NFIELDS + (size_t)text);
		}
		free(rows[i].f[0]);
	}
	free(rows);
	table_finish(k.tab);
	csv_writer_free(&k.csv);
}

void
show_signs(struct journal_reader *r, const struct show *s)
{
	const struct quiz *q = s->his_signs;
	const char *f[2] = { "question", "answer" };
	size_t len[2] = { 8, 6 }, i;
	int *answers = xcalloc(q->nitems, sizeof *answers);
	struct rk_error e = { 0 };
	struct sink k;

	if (journal_sign_answers(r, q, s->since_day, answers, &e) != 0) {
		free(answers);
		diag_die_error(&e);
	}
	sink_open(&k, s->format);
	emit(&k, f, len, 2);
	for (i = 0; i < q->nitems && !s->absent; i++) {
		if (answers[i] < 0)
			continue;
		f[0] = q->items[i].id;
		f[1] = answers[i] ? "yes" : "no";
		len[0] = strlen(f[0]);
		len[1] = strlen(f[1]);
		emit(&k, f, len, 2);
	}
	table_finish(k.tab);
	csv_writer_free(&k.csv);
	free(answers);
}

/* --cal: the months up to the one drawn (today's by default), side by
 * side as many as fit in the width, then the legend and the streaks.
 * Your contacts make the streaks, those --who keeps the marks; days after
 * today have not come yet, as the calendar stands. */
void
show_cal(struct journal_reader *r, const struct show *s)
{
	const struct journal_row *row;
	struct streaks mine = { NULL, 0, 0 };
	unsigned char *marks;   /* of each day, from the first of the first month */
	char *block[CAL_ACROSS_MAX], *buf;
	size_t width = (size_t)out_term_width(), across, k, size;
	long y, ty, m0, first, last, i;
	int m, d, tm, td, me;

	date_to_ymd(s->cal_month, &y, &m, &d);
	date_to_ymd(s->today, &ty, &tm, &td);
	m0 = y * 12 + m - 1 - (s->months - 1);
	first = date_from_ymd(m0 / 12, (int)(m0 % 12) + 1, 1);
	last = date_from_ymd(y, m, date_month_days(y, m));
	marks = xcalloc((size_t)(last - first + 1), 1);
	while ((row = journal_reader_next(r)) != NULL) {
		if (row->day < s->since_day || row->day > s->today)
			continue;
		me = strcmp(row->f[J_WHO], "me") == 0;
		if (me && streaks_add(&mine, row->day) != 0)
			diag_die("out of memory");
		if (row->day >= first && row->day <= last &&
		    (s->who == NULL || strcmp(row->f[J_WHO], s->who) == 0))
			marks[row->day - first] |= me ? CAL_ME : CAL_HIM;
	}
	check_reader(r);
	streaks_sort(&mine, s->today);
	across = cal_across(width, (size_t)s->months);
	for (k = 0; k < across; k++)
		block[k] = xmalloc(CAL_TEXT_MAX);
	size = CAL_TEXT_MAX * across;
	buf = xmalloc(size);
	for (i = 0; i < s->months; i += (long)across) {
		for (k = 0; k < across && i + (long)k < s->months; k++) {
			long my = (m0 + i + (long)k) / 12, start;
			int mm = (int)((m0 + i + (long)k) % 12) + 1;

			start = date_from_ymd(my, mm, 1);
			cal_month(my, mm, marks + (start - first), my == ty && mm == tm ?
			    td : 0, s->week_start, out_color(), block[k], CAL_TEXT_MAX);
		}
		fwrite(buf, 1, cal_paste((const char *const *)block, k, buf, size), stdout);
		putchar('\n');
		out_check();
	}
	/* Today is drawn when its month is one of those drawn. */
	fwrite(buf, 1, cal_legend(out_color(), ty * 12 + tm - 1 >= m0 &&
	    ty * 12 + tm - 1 <= m0 + s->months - 1, width, buf, size), stdout);
	fwrite(buf, 1, cal_streaks(&mine, s->today, width, buf, size), stdout);
	for (k = 0; k < across; k++)
		free(block[k]);
	free(buf);
	free(marks);
	streaks_free(&mine);
}
