/*
 * fuzz_tip_file: any bytes as a tips file (rk-tip -f).  Every tip kept must
 * have a section, a step of 0 to 7 and text; an error must say where, and
 * leave no tip behind.  The first byte picks the dialect.
 */
#include "tests/fuzz/fuzz.h"

#include "core/tips.h"
#include "io/tip_file.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const whole[] = { "empty tips file", NULL };
	struct csv_dialect d = { ',', 0 };
	struct rk_error e = { 0 };
	struct tip_list l;
	char path[64];
	size_t i;
	uint64_t mark;
	int fd;

	if (size == 0)
		return 0;
	d.delim = data[0] & 1 ? '\t' : ',';
	fd = fuzz_file(data + 1, size - 1, path, sizeof path);
	mark = fuzz_fd_mark();
	if (tip_file_read(path, &d, &l, &e) < 0) {
		fuzz_check_error(&e, path, data + 1, size - 1, whole);
		if (l.n != 0 || l.tips != NULL)
			abort();
	} else {
		if (e.msg[0] != '\0')
			abort();
		for (i = 0; i < l.n; i++)
			if (*l.tips[i].section == '\0' || *l.tips[i].text == '\0' ||
			    l.tips[i].step < 0 || l.tips[i].step > 7)
				abort();
	}
	tip_list_free(&l);
	if (fuzz_fd_mark() != mark)
		abort();
	close(fd);
	return 0;
}
