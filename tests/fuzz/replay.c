/*
 * replay: run a harness's LLVMFuzzerTestOneInput once over each file named
 * on the command line, without libFuzzer, so that `make check` replays the
 * corpus with gcc's sanitizers and no clang.  Exits 0 when every input ran.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t n = 0, cap = 0, got;

		if (fp == NULL) {
			perror(argv[i]);
			return 2;
		}
		do {
			if (n == cap)
				buf = realloc(buf, cap = cap ? cap * 2 : 4096);
			if (buf == NULL)
				abort();
			got = fread(buf + n, 1, cap - n, fp);
			n += got;
		} while (got > 0);
		if (ferror(fp)) {
			perror(argv[i]);
			return 2;
		}
		fclose(fp);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
	}
	printf("%d inputs\n", argc - 1);
	return 0;
}
