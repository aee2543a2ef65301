/*
 * wrap: pure text layout by display width.  UTF-8 is decoded here, with no
 * help from the locale, so that wrapping is the same under cron's C locale
 * as in a UTF-8 terminal: wide (East Asian, emoji) characters take two
 * columns, combining marks none, and a bad byte one.
 */
#ifndef RK_WRAP_H
#define RK_WRAP_H

#include <stddef.h>

/* Decode one UTF-8 character of S (N > 0 bytes): its length in bytes, and
 * its code point in *cp, or -1 in *cp for an invalid sequence (length 1). */
size_t utf8_decode(const char *s, size_t n, long *cp);
/* 1 when S holds only valid UTF-8. */
int utf8_valid(const char *s, size_t n);
/* The first control character in the N bytes of S, valid UTF-8: C0 (but
 * the ASCII characters in ALLOW), DEL, C1 (U+0080 to U+009F, U+0085 among
 * them) and the Unicode line and paragraph separators U+2028 and U+2029.
 * Its code point, or -1 when there is none. */
long utf8_control(const char *s, size_t n, const char *allow);
/* Columns a code point takes: 0, 1 or 2. */
int char_width(long cp);
/* Columns the N bytes of S take. */
size_t text_width(const char *s, size_t n);

/*
 * The next line of S (N bytes) in at most WIDTH columns: returns the bytes
 * to consume, and sets *line_off and *line_len to the part to print (without
 * the spaces at the break).  A word is never split: one wider than WIDTH
 * takes a line of its own, wider than WIDTH.  A newline in S always breaks.  Returns 0 when S holds nothing more.
 */
size_t wrap_next(const char *s, size_t n, size_t width, size_t *line_off,
    size_t *line_len);

/* Quote a user's string for a message: printable, at most about 60 bytes,
 * control bytes shown as \xNN.  Returns a static buffer (one of four). */
const char *quote(const char *s);
const char *quote_n(const char *s, size_t n);
/* A file name for a message: as it is when it needs no quoting, else
 * quoted as GNU ls's shell-escape style does ('a b', 'a'$'\n''b'), so a
 * newline or an escape sequence in a name never reaches the terminal.
 * Returns one of four buffers, each reused. */
const char *quote_name(const char *s);

/* A whole number, strictly: an optional sign, then digits and nothing
 * else (no spaces, no "0x", not empty).  Returns 0 and sets *out, or -1
 * (not a number) or -2 (out of the range of a long). */
int text_parse_long(const char *s, long *out);

#endif
