/*
 * fuzz_regex_cost: regex_cost_check, the guard rk-tip -m puts before
 * regcomp(3).  The bytes up to the first NUL are the pattern.  The guard
 * must answer, with a reason when it refuses; and it promises that a
 * pattern it accepts compiles and matches a tip within 1 s and 64 MiB, so
 * each accepted pattern is compiled as rk-tip compiles it and matched
 * against a few texts, and the harness aborts when that takes more than a
 * second, or keeps more than 64 MiB allocated (measured where the
 * sanitizer's allocator can say), or regcomp runs out of memory.
 */
#include "tests/fuzz/fuzz.h"

#include <regex.h>
#include <time.h>

#include "core/regex_cost.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FUZZ_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define FUZZ_ASAN 1
#endif
#ifdef FUZZ_ASAN
/* From the sanitizer's runtime (sanitizer/allocator_interface.h, which not
 * every compiler installs). */
size_t __sanitizer_get_current_allocated_bytes(void);
#define ALLOCATED() __sanitizer_get_current_allocated_bytes()
#else
#define ALLOCATED() ((size_t)0)
#endif

static const char *const texts[] = {
	"Say it plainly",
	"He cannot read minds; ask for what you want in so many words.",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
	"",
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *pat = malloc(size + 1), why[300];
	regex_t re;
	size_t i, before, kept;
	double t0, took;
	int rc;

	memcpy(pat, data, size);
	pat[size] = '\0';
	why[0] = '\0';
	if (regex_cost_check(pat, why, sizeof why) != 0) {
		if (why[0] == '\0')
			abort();
		free(pat);
		return 0;
	}
	before = ALLOCATED();
	t0 = now();
	rc = regcomp(&re, pat, REG_EXTENDED | REG_ICASE | REG_NOSUB);
	kept = ALLOCATED() - before;
	if (rc == REG_ESPACE || kept > (size_t)64 << 20) {
		fprintf(stderr, "fuzz_regex_cost: accepted, but took %zu bytes (rc %d)\n", kept, rc);
		abort();
	}
	if (rc == 0) {
		for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
			regexec(&re, texts[i], 0, NULL, 0);
		regfree(&re);
	}
	took = now() - t0;
	if (took > 1.0) {
		fprintf(stderr, "fuzz_regex_cost: accepted, but took %.2f s\n", took);
		abort();
	}
	free(pat);
	return 0;
}
