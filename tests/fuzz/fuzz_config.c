/*
 * fuzz_config: any bytes as the config file.  A value kept must pass the
 * check of its key and come from a line of the input; an error must point
 * at a line and leave nothing set.
 */
#include "tests/fuzz/fuzz.h"

#include "core/config.h"
#include "io/config.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rk_error e = { 0 };
	struct config c;
	char path[64], why[300];
	unsigned long lines = 1;
	size_t i;
	int fd, k;

	for (i = 0; i < size; i++)
		lines += data[i] == '\n';
	fd = fuzz_file(data, size, path, sizeof path);
	if (config_read(path, &c, &e) < 0) {
		fuzz_check_error(&e, path, data, size, NULL);
		for (k = 0; k < CONFIG_NKEYS; k++)
			if (c.value[k] != NULL)
				abort();
	} else {
		if (e.msg[0] != '\0')
			abort();
		for (k = 0; k < CONFIG_NKEYS; k++)
			if (c.value[k] != NULL &&
			    (config_value_check((enum config_key)k, c.value[k], why, sizeof why) != 0 ||
			    c.line[k] < 1 || c.line[k] > lines))
				abort();
	}
	config_free(&c);
	close(fd);
	return 0;
}
