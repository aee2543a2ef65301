/* wrap: UTF-8 display width and greedy line breaking. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"

size_t
utf8_decode(const char *str, size_t n, long *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t len, i;
	long c, min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xe0) == 0xc0) {
		len = 2, c = s[0] & 0x1f, min = 0x80;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3, c = s[0] & 0x0f, min = 0x800;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4, c = s[0] & 0x07, min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	if (len > n) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*cp = -1;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
		*cp = -1;
		return 1;
	}
	*cp = c;
	return len;
}

int
utf8_valid(const char *s, size_t n)
{
	size_t i = 0;
	long cp;

	while (i < n) {
		i += utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			return 0;
	}
	return 1;
}

long
utf8_control(const char *s, size_t n, const char *allow)
{
	size_t i = 0;
	long cp;

	while (i < n) {
		i += utf8_decode(s + i, n - i, &cp);
		if ((cp >= 0 && cp < 0x20 && (cp == 0 || strchr(allow, (int)cp) == NULL)) ||
		    (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029)
			return cp;
	}
	return -1;
}

struct range {
	long lo, hi;
};

static int
in_ranges(long cp, const struct range *r, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int
char_width(long cp)
{
	/* The common zero-width and wide ranges of Unicode's East Asian Width
	 * and general category data; enough for prose, not a full wcwidth. */
	static const struct range zero[] = {
		{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
		{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0e31, 0x0e31 },
		{ 0x0e34, 0x0e3a }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff },
		{ 0x200b, 0x200f }, { 0x202a, 0x202e }, { 0x2060, 0x2064 },
		{ 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f },
		{ 0xfeff, 0xfeff }, { 0x1f3fb, 0x1f3ff }, { 0xe0100, 0xe01ef },
	};
	static const struct range wide[] = {
		{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
		{ 0x23e9, 0x23ec }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
		{ 0x26a1, 0x26a1 }, { 0x26bd, 0x26be }, { 0x2705, 0x2705 },
		{ 0x2728, 0x2728 }, { 0x2764, 0x2764 }, { 0x2e80, 0x303e },
		{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
		{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
		{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
		{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f },
		{ 0x1f680, 0x1f6ff }, { 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd },
		{ 0x30000, 0x3fffd },
	};

	if (cp < 0)
		return 1;
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 0;
	if (cp < 0x300)
		return 1;
	if (in_ranges(cp, zero, sizeof zero / sizeof zero[0]))
		return 0;
	if (in_ranges(cp, wide, sizeof wide / sizeof wide[0]))
		return 2;
	return 1;
}

size_t
text_width(const char *s, size_t n)
{
	size_t i = 0, w = 0;
	long cp;

	while (i < n) {
		i += utf8_decode(s + i, n - i, &cp);
		w += (size_t)char_width(cp);
	}
	return w;
}

size_t
wrap_next(const char *s, size_t n, size_t width, size_t *line_off, size_t *line_len)
{
	size_t i = 0, cols = 0, brk = 0, start;
	int seen_word = 0;
	long cp;

	if (width == 0)
		width = 1;
	/* Spaces at the start of a line are dropped, as at a break. */
	while (i < n && s[i] == ' ')
		i++;
	start = i;
	*line_off = start;
	if (i == n) {
		*line_len = 0;
		return 0;
	}
	while (i < n) {
		size_t len;
		int w;

		if (s[i] == '\n') {
			*line_len = i - start;
			return i + 1;
		}
		if (s[i] == ' ') {
			if (seen_word)
				brk = i;
			i++;
			cols++;
			continue;
		}
		len = utf8_decode(s + i, n - i, &cp);
		w = char_width(cp);
		if (cols + (size_t)w > width && cols > 0) {
			if (brk > start) {
				size_t end = brk;

				while (end > start && s[end - 1] == ' ')
					end--;
				*line_len = end - start;
				return brk;
			}
			/* A word wider than WIDTH is never cut: it takes a
			 * line of its own, and overflows it. */
			while (i < n && s[i] != ' ' && s[i] != '\n')
				i++;
			*line_len = i - start;
			while (i < n && s[i] == ' ')
				i++;
			return i < n && s[i] == '\n' ? i + 1 : i;
		}
		seen_word = 1;
		cols += (size_t)w;
		i += len;
	}
	while (i > start && s[i - 1] == ' ')
		i--;
	*line_len = i - start;
	return n;
}

const char *
quote_n(const char *s, size_t n)
{
	static char bufs[4][96];
	static int next;
	char *b = bufs[next++ & 3], *p = b;
	size_t i;

	*p++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t len;
		long cp;

		if (p - b > 70) {
			p += sprintf(p, "...");
			break;
		}
		if (c >= 0x80) {
			/* A valid character goes out whole; a byte that is not
			 * UTF-8 is shown, so a message is never invalid text. */
			len = utf8_decode(s + i, n - i, &cp);
			if (cp < 0) {
				p += sprintf(p, "\\x%02x", c);
			} else {
				memcpy(p, s + i, len);
				p += len;
				i += len - 1;
			}
		} else if (c < 0x20 || c == 0x7f || c == '"' || c == '\\')
			p += sprintf(p, c == '"' || c == '\\' ? "\\%c" : "\\x%02x", c);
		else
			*p++ = (char)c;
	}
	*p++ = '"';
	*p = '\0';
	return b;
}

const char *
quote(const char *s)
{
	return quote_n(s, strlen(s));
}

/* Whether byte string S (of N bytes) starts with a character that a
 * terminal shows as it is: a printable ASCII byte, or valid UTF-8 that is
 * not a C1 control or a line or paragraph separator.  Its length, or 0. */
static size_t
printable_len(const char *s, size_t n)
{
	unsigned char c = (unsigned char)*s;
	size_t len;
	long cp;

	if (c < 0x80)
		return c >= 0x20 && c != 0x7f;
	len = utf8_decode(s, n, &cp);
	if (cp < 0 || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029)
		return 0;
	return len;
}

/* A byte that makes the shell-escape style quote a name, as GNU's
 * quotearg does; # and ~ only at the start. */
static int
shell_special(unsigned char c, size_t i)
{
	if (c == '#' || c == '~')
		return i == 0;
	return strchr(" \t\n!\"$&'()*;<=>?[\\]^`{|}", c) != NULL && c != '\0';
}

const char *
quote_name(const char *s)
{
	static char *bufs[4];
	static int next;
	char **b = &bufs[next++ & 3], *p;
	size_t n = strlen(s), i, len;
	int quote = n == 0, single = 0, ctrl = 0, dq_bad = 0, in;

	for (i = 0; i < n; i += len) {
		if ((len = printable_len(s + i, n - i)) == 0) {
			quote = ctrl = 1;
			len = 1;
			continue;
		}
		if (len == 1 && shell_special((unsigned char)s[i], i))
			quote = 1;
		if (s[i] == '\'')
			single = 1;
		if (strchr("$`\"\\!", s[i]) != NULL)
			dq_bad = 1;
	}
	if (!quote)
		return s;
	free(*b);
	/* At worst every byte is $'\ooo' between closing and opening quotes. */
	if ((p = *b = malloc(n * 10 + 3)) == NULL)
		return "(a file name too long to show)";
	if (single && !ctrl && !dq_bad) {
		/* "it's": ls puts a name with a quote but nothing else the
		 * shell would see inside double quotes. */
		*p++ = '"';
		memcpy(p, s, n);
		p += n;
		*p++ = '"';
		*p = '\0';
		return *b;
	}
	/* IN: 0 outside quotes, 1 inside '...', 2 inside $'...'. */
	*p++ = '\'';
	in = 1;
	for (i = 0; i < n; i += len) {
		unsigned char c = (unsigned char)s[i];

		if ((len = printable_len(s + i, n - i)) == 0) {
			len = 1;
			if (in == 1)
				*p++ = '\'';
			if (in != 2)
				p += sprintf(p, "$'");
			in = 2;
			switch (c) {
			case '\a': p += sprintf(p, "\\a"); break;
			case '\b': p += sprintf(p, "\\b"); break;
			case '\t': p += sprintf(p, "\\t"); break;
			case '\n': p += sprintf(p, "\\n"); break;
			case '\v': p += sprintf(p, "\\v"); break;
			case '\f': p += sprintf(p, "\\f"); break;
			case '\r': p += sprintf(p, "\\r"); break;
			default: p += sprintf(p, "\\%03o", c); break;
			}
			continue;
		}
		if (in == 2)
			*p++ = '\'';
		if (in != 1)
			*p++ = '\'';
		in = 1;
		if (c == '\'') {
			p += sprintf(p, "'\\''");
			continue;
		}
		memcpy(p, s + i, len);
		p += len;
	}
	*p++ = '\'';
	*p = '\0';
	return *b;
}

int
text_parse_long(const char *s, long *out)
{
	const char *p = s;
	char *end;
	long v;

	/* strtol alone accepts leading spaces, "0x1f" never (base 10), but
	 * also an empty string; insist on digits. */
	if (*p == '-' || *p == '+')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end != '\0')
		return -1;
	if (errno == ERANGE)
		return -2;
	*out = v;
	return 0;
}
