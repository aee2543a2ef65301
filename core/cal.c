/* cal: a month grid with marks, a legend, and the streaks under it. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/cal.h"
#include "core/date.h"

#define CAL_WIDTH 27          /* seven cells of four, less the last blank */

static const char *const month_name[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};
static const char mark_char[4] = { ' ', 'm', 'h', 'b' };
/* Green for you, cyan for him, yellow for both. */
static const char *const mark_sgr[4] = { "", "32", "36", "33" };

struct text {
	char *buf;
	size_t n, len;
};

static void
put(struct text *t, const char *fmt, ...)
{
	va_list ap;
	int k;

	if (t->len >= t->n)
		return;
	va_start(ap, fmt);
	k = vsnprintf(t->buf + t->len, t->n - t->len, fmt, ap);
	va_end(ap);
	if (k > 0)
		t->len += (size_t)k < t->n - t->len ? (size_t)k : t->n - t->len - 1;
}

/* End a line: blanks before the line end go; colour codes end in 'm'. */
static void
end_line(struct text *t)
{
	while (t->len > 0 && t->buf[t->len - 1] == ' ')
		t->len--;
	t->buf[t->len] = '\0';
	put(t, "\n");
}

static void
cell(struct text *t, int day, int mark, int today, int color)
{
	put(t, "%c", today ? '>' : ' ');
	if (color && (mark || today)) {
		put(t, "%s\033[%s%s%sm%d", day < 10 ? " " : "", mark_sgr[mark],
		    mark && today ? ";" : "", today ? "7" : "", day);
		if (mark)
			put(t, "%c", mark_char[mark]);
		put(t, "\033[0m%s", mark ? "" : " ");
	} else
		put(t, "%2d%c", day, mark_char[mark]);
}

size_t
cal_month(long y, int m, const unsigned char *marks, int today_mday, int color,
    char *buf, size_t n)
{
	static const char *const wday[7] = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };
	struct text t = { buf, n, 0 };
	char head[32];
	int i, d, col, ndays = date_month_days(y, m);
	size_t hl;

	hl = (size_t)snprintf(head, sizeof head, "%s %ld", month_name[m - 1], y);
	put(&t, "%*s%s", (int)(CAL_WIDTH - hl) / 2, "", head);
	end_line(&t);
	for (i = 0; i < 7; i++)
		put(&t, " %s ", wday[i]);
	end_line(&t);
	col = date_weekday(date_from_ymd(y, m, 1));
	put(&t, "%*s", col * 4, "");
	for (d = 1; d <= ndays; d++) {
		cell(&t, d, marks[d - 1] & CAL_BOTH, d == today_mday, color);
		if (++col == 7 || d == ndays) {
			end_line(&t);
			col = 0;
		}
	}
	return t.len;
}

size_t
cal_legend(int color, char *buf, size_t n)
{
	struct text t = { buf, n, 0 };
	static const char *const what[4] = { "", "you reached out", "he did", "both" };
	int i;

	for (i = 1; i < 4; i++) {
		if (color)
			put(&t, "\033[%sm%c\033[0m %s, ", mark_sgr[i], mark_char[i], what[i]);
		else
			put(&t, "%c %s, ", mark_char[i], what[i]);
	}
	put(&t, "> today");
	end_line(&t);
	return t.len;
}

static const char *
plural(long n)
{
	return n == 1 || n == -1 ? "" : "s";
}

size_t
cal_streaks(const struct streaks *s, long today, char *buf, size_t n)
{
	struct text t = { buf, n, 0 };
	struct streak cur, lon;
	char from[11], to[11];

	if (streaks_longest(s, today, &lon) != 0) {
		put(&t, "no no-contact streak yet: no contact of yours to count from");
		end_line(&t);
		return t.len;
	}
	streaks_get(s, s->n - 1, today, &cur);
	date_format_iso(cur.from, from);
	put(&t, "current no-contact streak: %ld day%s, since %s", cur.days,
	    plural(cur.days), from);
	end_line(&t);
	date_format_iso(lon.from, from);
	date_format_iso(lon.to, to);
	put(&t, "longest no-contact streak: %ld day%s, %s to %s", lon.days,
	    plural(lon.days), from, to);
	end_line(&t);
	return t.len;
}
