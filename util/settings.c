/* settings: the environment, then the config file (see settings.h). */
#include <sys/stat.h>

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "core/dateparse.h"
#include "core/since.h"
#include "core/text.h"
#include "io/config.h"
#include "io/journal.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/settings.h"

static const char *const env_names[CONFIG_NKEYS] = {
	"RK_SINCE", "RK_JOURNAL", "RK_ANSWERS", NULL, NULL
};

/* A variable that is set and not empty, or NULL. */
static const char *
env(const char *name)
{
	const char *v = name != NULL ? getenv(name) : NULL;

	return v != NULL && *v != '\0' ? v : NULL;
}

/* The config file's path: $XDG_CONFIG_HOME/rekindle/config, or, when that
 * is unset, empty or relative (which the XDG spec says to ignore),
 * $HOME/.config/rekindle/config; NULL when HOME is not set either. */
static char *
config_path(void)
{
	const char *xdg = env("XDG_CONFIG_HOME"), *home = env("HOME");
	char *path;
	size_t n;

	if (xdg != NULL && xdg[0] == '/') {
		n = strlen(xdg) + sizeof "/rekindle/config";
		path = xmalloc(n);
		snprintf(path, n, "%s/rekindle/config", xdg);
	} else if (home != NULL) {
		n = strlen(home) + sizeof "/.config/rekindle/config";
		path = xmalloc(n);
		snprintf(path, n, "%s/.config/rekindle/config", home);
	} else {
		return NULL;
	}
	return path;
}

void
settings_init(struct settings *s)
{
	memset(s, 0, sizeof *s);
}

void
settings_free(struct settings *s)
{
	config_free(&s->cfg);
	free(s->path);
	s->path = NULL;
	s->loaded = 0;
}

/* The file's value of KEY, the file read the first time; NULL when not set. */
static const char *
file_value(struct settings *s, enum config_key key)
{
	struct rk_error e = { 0 };

	if (!s->loaded) {
		s->loaded = 1;
		s->path = config_path();
		if (s->path != NULL && config_read(s->path, &s->cfg, &e) != 0)
			diag_die_error(&e);
	}
	return s->cfg.value[key];
}

const char *
settings_file(struct settings *s)
{
	(void)file_value(s, CONFIG_SINCE);
	return s->path != NULL ? quote_name(s->path) : "the config file";
}

int
settings_since(struct settings *s, long today, long *days)
{
	struct datearg da = { NULL, today };
	const char *v;
	char why[160];

	if ((v = env(env_names[CONFIG_SINCE])) != NULL) {
		*days = arg_date(env_names[CONFIG_SINCE], v, today);
		return 1;
	}
	if ((v = file_value(s, CONFIG_SINCE)) == NULL)
		return 0;
	/* The file's value has been checked: only "yesterday" on the first
	 * day there is can fail here. */
	if (datearg_parse(&da, v, strlen(v), days, why, sizeof why) != 0)
		diag_die_at(s->path, s->cfg.line[CONFIG_SINCE], "since: %s %s", quote(v), why);
	return 1;
}

char *
settings_path(struct settings *s, enum config_key key)
{
	const char *v = env(env_names[key]), *home;
	char *path;
	size_t n;

	if (v != NULL)
		return xstrdup(v);
	if ((v = file_value(s, key)) == NULL)
		return NULL;
	if (v[0] != '~')
		return xstrdup(v);
	if ((home = env("HOME")) == NULL)
		diag_die_at(s->path, s->cfg.line[key], "%s: HOME is not set, to expand ~/",
		    config_key_names[key]);
	n = strlen(home) + strlen(v);
	path = xmalloc(n);
	snprintf(path, n, "%s%s", home, v + 1);
	return path;
}

char *
settings_default_journal(int create, struct rk_error *e)
{
	return journal_default_path(getenv("XDG_DATA_HOME"), getenv("HOME"), create, e);
}

int
settings_milestones(struct settings *s, struct milestones *m)
{
	const char *v = file_value(s, CONFIG_MILESTONES);
	char why[160];
	int rc;

	if (v == NULL)
		return 0;
	if ((rc = milestones_parse(v, m, why, sizeof why)) == -2)
		diag_die("out of memory");
	if (rc != 0)
		diag_die_at(s->path, s->cfg.line[CONFIG_MILESTONES], "milestones: %s", why);
	return 1;
}

enum week_start
settings_week_start(struct settings *s)
{
	const char *v = file_value(s, CONFIG_WEEK_START);

	return v != NULL ? config_week_start(v) : WEEK_UNSET;
}

int
settings_stdin_brings_input(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
	struct stat st;
	off_t at;

	if (isatty(STDIN_FILENO) || fstat(STDIN_FILENO, &st) == -1)
		return 0;
	if (S_ISCHR(st.st_mode))
		return 0;
	if (S_ISREG(st.st_mode))
		return (at = lseek(STDIN_FILENO, 0, SEEK_CUR)) == -1 || at < st.st_size;
	while (poll(&p, 1, -1) == -1)
		if (errno != EINTR && errno != EAGAIN)
			return 1;
	return (p.revents & POLLIN) != 0;
}
