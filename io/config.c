/* config: the config file, read and checked (see config.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned long lno = 0;
	int rc = 0;

	memset(c, 0, sizeof *c);
	if ((fp = fopen(path, "r")) == NULL) {
		if (errno == ENOENT)
			return 0;
		return rk_error_set(e, path, 0, "%s", strerror(errno));
	}
	while (rc == 0 && (len = getline(&line, &cap, fp)) != -1) {
		size_t n = (size_t)len;

		lno++;
		if (n > 0 && line[n - 1] == '\n')
			n--;
		if (n > 0 && line[n - 1] == '\r')
			n--;
		rc = config_line(path, lno, line, n, c, e);
	}
	if (rc == 0 && ferror(fp))
		rc = rk_error_set(e, path, 0, "%s", strerror(errno));
	free(line);
	fclose(fp);
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
