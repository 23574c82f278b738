/*
 * The reference side of the GEMM benchmark (bench/engine-gemm.ts): cblas_sgemm called directly
 * from C, with the same shapes, thread count and timing protocol as the addon side, so the ratio
 * addon/direct measures only what the N-API path costs.
 *
 *   gcc -O3 -std=c11 bench/gemm_ref.c -lopenblas -o gemm_ref      (engine-gemm.ts does this)
 *   gemm_ref <threads> <min_batch_seconds> <batches> <M>x<N>x<K>:<NN|NT|TN|TT> ...
 *
 * Prints a JSON array, one object per shape: {"shape", "threads", "gflops", "ms"}.
 * Protocol: 2 warm-up calls, one timed call to size a batch to >= min_batch_seconds, then
 * `batches` timed batches; the best batch counts (the least disturbed by other processes on a
 * shared machine). C = 1 * op(A) op(B) + 0 * C, row-major, leading dimensions = row lengths;
 * A, B, C share one allocation (see GAP).
 */
#define _POSIX_C_SOURCE 200809L
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* uniform in [-1, 1), from a fixed LCG: the values do not matter, only that they are not 0 */
static void random_floats(float* p, size_t n, unsigned* state) {
    for (size_t i = 0; i < n; i++) {
        *state = *state * 1664525u + 1013904223u;
        p[i] = (float)(*state >> 8) / (float)(1u << 23) - 1.0f;
    }
}

/* A, B, C sit in one allocation, each GAP floats after the previous one, exactly as in
 * engine-gemm.ts: at small sizes OpenBLAS's speed depends on where the three sit relative to
 * each other (alignment, 4K aliasing) by up to 2x, so both sides must share one layout. */
#define GAP 32

int main(int argc, char** argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: gemm_ref <threads> <min_batch_seconds> <batches> <M>x<N>x<K>:<NN|NT|TN|TT> ...\n");
        return 2;
    }
    int threads = atoi(argv[1]), batches = atoi(argv[3]);
    double min_batch = atof(argv[2]);
    openblas_set_num_threads(threads);
    unsigned seed = 1;
    printf("[");
    for (int s = 4; s < argc; s++) {
        int M, N, K;
        char ta, tb;
        if (sscanf(argv[s], "%dx%dx%d:%c%c", &M, &N, &K, &ta, &tb) != 5 || M < 1 || N < 1 || K < 1) {
            fprintf(stderr, "gemm_ref: bad shape '%s' (want e.g. 256x768x4096:TN)\n", argv[s]);
            return 2;
        }
        int transA = ta == 'T', transB = tb == 'T';
        /* op(A) is M×K: stored K×M when transposed; op(B) is K×N: stored N×K when transposed */
        int lda = transA ? M : K, ldb = transB ? K : N, ldc = N;
        size_t nA = (size_t)M * K, nB = (size_t)K * N, nC = (size_t)M * N;
        float* buf = malloc((nA + nB + nC + 2 * GAP) * sizeof(float));
        if (!buf) { fprintf(stderr, "gemm_ref: out of memory\n"); return 1; }
        float *A = buf, *B = A + nA + GAP, *C = B + nB + GAP;
        random_floats(A, nA, &seed);
        random_floats(B, nB, &seed);
        random_floats(C, nC, &seed);
#define GEMM() cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, \
                           transB ? CblasTrans : CblasNoTrans, M, N, K, 1.0f, A, lda, B, ldb, 0.0f, C, ldc)
        GEMM();
        GEMM();
        double t0 = now();
        GEMM();
        double one = now() - t0;
        long reps = one > 0 ? (long)(min_batch / one) + 1 : 1000;
        double best = 1e30;
        for (int b = 0; b < batches; b++) {
            t0 = now();
            for (long r = 0; r < reps; r++) GEMM();
            double per = (now() - t0) / reps;
            if (per < best) best = per;
        }
        printf("%s{\"shape\":\"%s\",\"threads\":%d,\"gflops\":%.3f,\"ms\":%.5f}", s > 4 ? "," : "",
               argv[s], threads, 2.0 * M * N * K / best * 1e-9, best * 1e3);
        free(buf);
    }
    printf("]\n");
    return 0;
}
