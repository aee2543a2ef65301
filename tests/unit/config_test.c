/* config_test: the config file's keys and values (core/config), its lines
 * (io/config), and the hint for a date in another layout (datearg_hint). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "core/dateparse.h"
#include "io/config.h"
#include "tests/unit/check.h"

static const struct {
	enum config_key key;
	const char *value;
	const char *why;        /* NULL: the value is good */
} values[] = {
	{ CONFIG_SINCE, "2026-10-01", NULL },
	{ CONFIG_SINCE, "2026-10-01T20:05:00+02:00", NULL },
	{ CONFIG_SINCE, "today", NULL },
	{ CONFIG_SINCE, "yesterday", NULL },
	{ CONFIG_SINCE, "", "since: the value is empty" },
	{ CONFIG_SINCE, "12/01/2026", "since: \"12/01/2026\" is not a date: write it YYYY-MM-DD" },
	{ CONFIG_SINCE, "2026-02-29",
	  "since: \"2026-02-29\" is not a date: February 2026 has 28 days" },
	{ CONFIG_SINCE, "soon", "since: \"soon\" is not a date (YYYY-MM-DD, an ISO 8601 "
	  "date-time, today or yesterday)" },
	{ CONFIG_JOURNAL, "/home/a/contacts.csv", NULL },
	{ CONFIG_JOURNAL, "~/contacts.csv", NULL },
	{ CONFIG_JOURNAL, "~", "journal: \"~\" is not an absolute path (start it with / or ~/)" },
	{ CONFIG_ANSWERS, "answers.csv",
	  "answers: \"answers.csv\" is not an absolute path (start it with / or ~/)" },
	{ CONFIG_MILESTONES, "7,30,60,90", NULL },
	{ CONFIG_MILESTONES, "-7,7", NULL },
	{ CONFIG_MILESTONES, "7,,30", "milestones: an empty item; the list is whole numbers "
	  "separated by commas, as in 7,30,90" },
	{ CONFIG_WEEK_START, "monday", NULL },
	{ CONFIG_WEEK_START, "sunday", NULL },
	{ CONFIG_WEEK_START, "Monday", "week-start: \"Monday\" is not monday or sunday" },
};

/* Lines of a file, and the error they give ("" for none). */
static const struct {
	const char *text, *err;
} files[] = {
	{ "", "" },
	{ "# only a comment\n\n   \n", "" },
	{ "since=2026-10-01", "" },
	{ "\tsince\t=\t2026-10-01\t# the day\r\n", "" },
	{ "journal = /a#b\n", "" },
	{ "since = 2026-10-01 #\n", "" },
	{ "since = #2026-10-01\n", "1: since: the value is empty" },
	{ "journal=#x\n", "1: journal: \"#x\" is not an absolute path (start it with / or ~/)" },
	{ "\n\nweek-start\n", "3: \"week-start\" is not a line \"key = value\"" },
	{ "=1\n", "1: the key is missing before \"=\"" },
	{ "Since = today\n", "1: unknown key \"Since\"; did you mean since?" },
	{ "since = today\nsince = today\n", "2: since is set again (first on line 1)" },
	{ "week start = monday\n", "1: unknown key \"week start\"; did you mean week-start?" },
	{ "colour = red\n",
	  "1: unknown key \"colour\" (since, journal, answers, milestones, week-start)" },
};

int
main(void)
{
	char why[300], path[] = "/tmp/rk-config-test-XXXXXX", msg[700];
	struct datearg da = { NULL, 0 };
	struct config c;
	struct rk_error e;
	size_t i;
	FILE *fp;
	int fd;

	for (i = 0; i < sizeof values / sizeof values[0]; i++) {
		int rc = config_value_check(values[i].key, values[i].value, why, sizeof why);

		CHECK(rc == (values[i].why != NULL ? -1 : 0));
		if (values[i].why != NULL && rc != 0)
			CHECK_STR(why, values[i].why);
	}
	CHECK(config_key_find("week-start", 10) == CONFIG_WEEK_START);
	CHECK(config_key_find("week-starts", 10) == CONFIG_WEEK_START);
	CHECK(config_key_find("week", 4) == -1);
	CHECK(config_week_start("sunday") == WEEK_SUNDAY);
	CHECK(config_week_start("") == WEEK_UNSET);

	/* The hint: only for another layout, and -i only where there is -i. */
	strcpy(why, "as it was");
	datearg_hint(&da, "2026-13-01", 10, 1, why, sizeof why);
	CHECK_STR(why, "as it was");
	datearg_hint(&da, "01.10.2026", 10, 1, why, sizeof why);
	CHECK_STR(why, "is not a date: write it YYYY-MM-DD, or give its layout with -i, "
	    "as in -i %d.%m.%Y");
	datearg_hint(&da, "01.10.2026", 10, 0, why, sizeof why);
	CHECK_STR(why, "is not a date: write it YYYY-MM-DD");

	if ((fd = mkstemp(path)) == -1 || (fp = fdopen(fd, "w")) == NULL) {
		perror(path);
		return 1;
	}
	fclose(fp);
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		int rc;

		if ((fp = fopen(path, "w")) == NULL || fputs(files[i].text, fp) == EOF ||
		    fclose(fp) != 0) {
			perror(path);
			return 1;
		}
		memset(&e, 0, sizeof e);
		rc = config_read(path, &c, &e);
		snprintf(msg, sizeof msg, "%lu: %s", e.line, e.msg);
		CHECK(rc == (*files[i].err ? -1 : 0));
		if (rc != 0)
			CHECK_STR(msg, files[i].err);
		config_free(&c);
	}
	/* What a good file sets. */
	if ((fp = fopen(path, "w")) == NULL) {
		perror(path);
		return 1;
	}
	fputs("# mine\njournal = /a#b  # where\n\nmilestones=7,30\n", fp);
	fclose(fp);
	CHECK(config_read(path, &c, &e) == 0);
	CHECK_STR(c.value[CONFIG_JOURNAL], "/a#b");
	CHECK(c.line[CONFIG_JOURNAL] == 2);
	CHECK(c.value[CONFIG_SINCE] == NULL);
	config_free(&c);
	unlink(path);
	/* A file that is not there is an empty config. */
	CHECK(config_read(path, &c, &e) == 0);
	CHECK(c.value[CONFIG_JOURNAL] == NULL);
	return check_done("config_test");
}
