/* config: the config file, read and checked (see config.h). */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "core/suggest.h"
#include "core/text.h"
#include "io/config.h"
#include "util/err.h"

static int
blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The N bytes at S without the blanks around them: *S moved on, the new
 * length returned. */
static size_t
trim(const char **s, size_t n)
{
	while (n > 0 && blank(**s))
		(*s)++, n--;
	while (n > 0 && blank((*s)[n - 1]))
		n--;
	return n;
}

/* One line, without its line end: its key and value into C, or -1 with E. */
static int
config_line(const char *path, unsigned long lno, const char *s, size_t n,
    struct config *c, struct rk_error *e)
{
	const char *key = s, *val, *eq, *hash, *near;
	size_t klen, vlen, i;
	char why[300];
	int k;

	n = trim(&key, n);
	if (n == 0 || *key == '#')
		return 0;
	if (memchr(key, '\0', n) != NULL)
		return rk_error_set(e, path, lno, "the line holds a NUL byte");
	if ((eq = memchr(key, '=', n)) == NULL)
		return rk_error_set(e, path, lno, "%s is not a line \"key = value\"",
		    quote_n(key, n));
	val = eq + 1;
	vlen = n - (size_t)(val - key);
	klen = trim(&key, (size_t)(eq - key));
	/* A # after a blank starts a comment; one inside a word does not. */
	for (i = 0, hash = NULL; i < vlen && hash == NULL; i++)
		if (val[i] == '#' && i > 0 && blank(val[i - 1]))
			hash = val + i;
	if (hash != NULL)
		vlen = (size_t)(hash - val);
	vlen = trim(&val, vlen);
	if (klen == 0)
		return rk_error_set(e, path, lno, "the key is missing before \"=\"");
	if ((k = config_key_find(key, klen)) < 0) {
		char word[64];

		snprintf(word, sizeof word, "%.*s", (int)(klen < 63 ? klen : 63), key);
		near = suggest_nearest(word, config_key_names, CONFIG_NKEYS);
		if (near != NULL)
			return rk_error_set(e, path, lno, "unknown key %s; did you mean %s?",
			    quote_n(key, klen), near);
		return rk_error_set(e, path, lno, "unknown key %s (since, journal, answers, "
		    "milestones, week-start)", quote_n(key, klen));
	}
	if (c->value[k] != NULL)
		return rk_error_set(e, path, lno, "%s is set again (first on line %lu)",
		    config_key_names[k], c->line[k]);
	c->value[k] = xstrndup(val, vlen);
	c->line[k] = lno;
	if (config_value_check((enum config_key)k, c->value[k], why, sizeof why) != 0)
		return rk_error_set(e, path, lno, "%s", why);
	return 0;
}

int
config_read(const char *path, struct config *c, struct rk_error *e)
{
	struct stat st;
	char *buf, *p, *nl, *end;
	unsigned long lno = 0;
	size_t got = 0, cap;
	ssize_t n;
	int fd, err, rc = 0;

	memset(c, 0, sizeof *c);
	/* O_NONBLOCK: a fifo put where the file belongs must not hang the
	 * program before it is seen to be no file. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1) {
		if (errno == ENOENT)
			return 0;
		return rk_error_set(e, path, 0, "%s", strerror(errno));
	}
	if (fstat(fd, &st) == -1) {
		err = errno;
		close(fd);
		return rk_error_set(e, path, 0, "%s", strerror(err));
	}
	if (!S_ISREG(st.st_mode) || st.st_size > CONFIG_MAX) {
		close(fd);
		if (S_ISDIR(st.st_mode))
			return rk_error_set(e, path, 0, "%s", strerror(EISDIR));
		if (!S_ISREG(st.st_mode))
			return rk_error_set(e, path, 0, "not a regular file");
		return rk_error_set(e, path, 0, "%lld bytes, more than the %d a config "
		    "file may have", (long long)st.st_size, CONFIG_MAX);
	}
	/* The size it has now, and room to see it grow past the limit since. */
	cap = (size_t)st.st_size + 2;
	buf = xmalloc(cap);
	for (;;) {
		if (got + 1 == cap) {
			cap = cap * 2 < CONFIG_MAX + 2 ? cap * 2 : CONFIG_MAX + 2;
			buf = xrealloc(buf, cap);
		}
		n = read(fd, buf + got, cap - 1 - got);
		if (n > 0 && (got += (size_t)n) <= CONFIG_MAX)
			continue;
		if (n == -1 && errno == EINTR)
			continue;
		break;
	}
	err = n == -1 ? errno : 0;
	close(fd);
	if (err != 0 || got > CONFIG_MAX) {
		free(buf);
		if (err != 0)
			return rk_error_set(e, path, 0, "%s", strerror(err));
		return rk_error_set(e, path, 0, "more than the %d bytes a config file may have",
		    CONFIG_MAX);
	}
	buf[got] = '\n';
	end = buf + got;
	p = buf;
	/* A UTF-8 byte order mark, which some editors write, is no key. */
	if (got >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	for (; rc == 0 && p < end; p = nl + 1) {
		size_t len;

		nl = memchr(p, '\n', (size_t)(end - p) + 1);
		len = (size_t)(nl - p);
		lno++;
		if (len > 0 && p[len - 1] == '\r')
			len--;
		rc = config_line(path, lno, p, len, c, e);
	}
	free(buf);
	if (rc != 0)
		config_free(c);
	return rc;
}

void
config_free(struct config *c)
{
	int k;

	for (k = 0; k < CONFIG_NKEYS; k++) {
		free(c->value[k]);
		c->value[k] = NULL;
		c->line[k] = 0;
	}
}
