/* config: the config file's keys and values (see config.h). */
#include <stdio.h>
#include <string.h>

#include "core/config.h"
#include "core/date.h"
#include "core/dateparse.h"
#include "core/since.h"
#include "core/text.h"

const char *const config_key_names[CONFIG_NKEYS] = {
	"since", "journal", "answers", "milestones", "week-start"
};

int
config_key_find(const char *s, size_t n)
{
	int k;

	for (k = 0; k < CONFIG_NKEYS; k++)
		if (strlen(config_key_names[k]) == n && memcmp(config_key_names[k], s, n) == 0)
			return k;
	return -1;
}

enum week_start
config_week_start(const char *value)
{
	if (strcmp(value, "monday") == 0)
		return WEEK_MONDAY;
	if (strcmp(value, "sunday") == 0)
		return WEEK_SUNDAY;
	return WEEK_UNSET;
}

int
config_value_check(enum config_key key, const char *value, char *why, size_t whylen)
{
	const char *name = config_key_names[key];
	/* Any day will do for "today": only the form is checked here. */
	struct datearg da = { NULL, date_from_ymd(2000, 1, 1) };
	struct milestones m = { NULL, 0 };
	char reason[160];
	long days;
	int rc;

	if (*value == '\0') {
		snprintf(why, whylen, "%s: the value is empty", name);
		return -1;
	}
	switch (key) {
	case CONFIG_SINCE:
		if (datearg_parse(&da, value, strlen(value), &days, reason, sizeof reason) == 0)
			return 0;
		datearg_hint(&da, value, strlen(value), 0, reason, sizeof reason);
		snprintf(why, whylen, "%s: %s %s", name, quote(value), reason);
		return -1;
	case CONFIG_JOURNAL:
	case CONFIG_ANSWERS:
		/* A relative path would change with the directory a program
		 * runs in, and cron's is not the shell's. */
		if (value[0] == '/' || (value[0] == '~' && value[1] == '/'))
			return 0;
		snprintf(why, whylen, "%s: %s is not an absolute path (start it with / or ~/)",
		    name, quote(value));
		return -1;
	case CONFIG_MILESTONES:
		rc = milestones_parse(value, &m, reason, sizeof reason);
		milestones_free(&m);
		if (rc == 0)
			return 0;
		snprintf(why, whylen, "%s: %s", name, rc == -2 ? "out of memory" : reason);
		return -1;
	case CONFIG_WEEK_START:
		if (config_week_start(value) != WEEK_UNSET)
			return 0;
		snprintf(why, whylen, "%s: %s is not monday or sunday", name, quote(value));
		return -1;
	default:
		break;
	}
	snprintf(why, whylen, "%s: not a key", name);
	return -1;
}
