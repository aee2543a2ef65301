/* cal: a month grid with marks, a legend, and the streaks under it. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/cal.h"
#include "core/date.h"
#include "core/text.h"

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
cal_month(long y, int m, const unsigned char *marks, int today_mday, int week_start,
    int color, char *buf, size_t n)
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
		put(&t, " %s ", wday[(i + week_start) % 7]);
	end_line(&t);
	col = (date_weekday(date_from_ymd(y, m, 1)) - week_start + 7) % 7;
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

/* Visible columns of S's N bytes: colour codes (ESC [ ... m) take none. */
static size_t
visible_width(const char *s, size_t n)
{
	size_t i = 0, w = 0, j;

	while (i < n) {
		if (s[i] == '\033') {
			for (j = i; j < n && s[j] != 'm'; j++)
				continue;
			i = j < n ? j + 1 : n;
			continue;
		}
		for (j = i; j < n && s[j] != '\033'; j++)
			continue;
		w += text_width(s + i, j - i);
		i = j;
	}
	return w;
}

size_t
cal_across(size_t width, size_t nmonths)
{
	size_t k = (width + CAL_GAP) / (CAL_WIDTH + CAL_GAP);

	if (k < 1)
		k = 1;
	if (k > CAL_ACROSS_MAX)
		k = CAL_ACROSS_MAX;
	return k < nmonths ? k : nmonths;
}

size_t
cal_paste(const char *const *block, size_t nblock, char *buf, size_t n)
{
	struct text t = { buf, n, 0 };
	const char *at[CAL_ACROSS_MAX];
	size_t i, len;
	int more;

	if (nblock > CAL_ACROSS_MAX)
		nblock = CAL_ACROSS_MAX;
	for (i = 0; i < nblock; i++)
		at[i] = block[i];
	for (;;) {
		for (more = 0, i = 0; i < nblock; i++)
			more |= *at[i] != '\0';
		if (!more)
			break;
		for (i = 0; i < nblock; i++) {
			len = strcspn(at[i], "\n");
			put(&t, "%.*s", (int)len, at[i]);
			if (i + 1 < nblock)
				put(&t, "%*s", (int)(CAL_WIDTH + CAL_GAP -
				    visible_width(at[i], len)), "");
			at[i] += len + (at[i][len] == '\n');
		}
		end_line(&t);
	}
	return t.len;
}

/* Words go on the line while they fit in WIDTH, else start the next; a
 * word wider than WIDTH has a line of its own.  COL is the line's width so
 * far; SGR colours the word. */
static void
put_word(struct text *t, size_t *col, size_t width, const char *word, const char *sgr)
{
	size_t w = text_width(word, strlen(word));

	if (*col > 0 && *col + 1 + w > width) {
		end_line(t);
		*col = 0;
	}
	if (*col > 0) {
		put(t, " ");
		(*col)++;
	}
	if (sgr != NULL && *sgr != '\0')
		put(t, "\033[%sm%c\033[0m%s", sgr, word[0], word + 1);
	else
		put(t, "%s", word);
	*col += w;
}

size_t
cal_legend(int color, int today, size_t width, char *buf, size_t n)
{
	struct text t = { buf, n, 0 };
	/* A mark stays on the line of the first word of its meaning. */
	static const char *const word[] = {
		"m you", "reached", "out,", "h he", "did,", "b both,", "> today"
	};
	static const int mark[] = { 1, 0, 0, 2, 0, 3, 0 };
	size_t i, col = 0, nword = sizeof word / sizeof word[0] - !today;

	for (i = 0; i < nword; i++)
		put_word(&t, &col, width, i + 1 == nword && !today ? "b both" : word[i],
		    color ? mark_sgr[mark[i]] : NULL);
	end_line(&t);
	return t.len;
}

/* The line S wrapped to WIDTH, at its spaces. */
static void
put_wrapped(struct text *t, size_t width, const char *s)
{
	size_t n = strlen(s), used, off, len;

	while ((used = wrap_next(s, n, width, &off, &len)) > 0) {
		put(t, "%.*s", (int)len, s + off);
		end_line(t);
		s += used;
		n -= used;
	}
}

static const char *
plural(long n)
{
	return n == 1 || n == -1 ? "" : "s";
}

size_t
cal_streaks(const struct streaks *s, long today, size_t width, char *buf, size_t n)
{
	struct text t = { buf, n, 0 };
	struct streak cur, lon;
	char from[11], to[11], line[160];

	if (streaks_longest(s, today, &lon) != 0) {
		put_wrapped(&t, width, "no no-contact streak yet: no contact of yours to "
		    "count from");
		return t.len;
	}
	streaks_get(s, s->n - 1, today, &cur);
	date_format_iso(cur.from, from);
	snprintf(line, sizeof line, "current no-contact streak: %ld day%s, since %s",
	    cur.days, plural(cur.days), from);
	put_wrapped(&t, width, line);
	date_format_iso(lon.from, from);
	date_format_iso(lon.to, to);
	snprintf(line, sizeof line, "longest no-contact streak: %ld day%s, %s to %s",
	    lon.days, plural(lon.days), from, to);
	put_wrapped(&t, width, line);
	return t.len;
}
