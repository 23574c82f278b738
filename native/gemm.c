/*
 * swirl's own SGEMM: C = alpha * op(A) @ op(B) + beta * C, row-major, the BLIS pattern.
 *
 * Loops, outermost first: columns in NC-wide slices, k in KC-deep blocks (B's slice packed
 * into KC×NR panels), rows in MC-tall blocks (A's block packed into MR×KC panels, except whole
 * panels of a row-major A, read in place), then MR-row panels, each held while an MR×NR
 * register-blocked micro-kernel runs over every B panel.
 *
 * The accumulation order is fixed, so results do not depend on the CPU or the thread count:
 * every element of C is summed over k in KC-deep blocks starting at k = 0; inside a block one
 * register lane holds it and takes one FMA per k, in order; then
 *   first block:  c = alpha*acc            (beta == 0: C is overwritten, NaN included)
 *                 c = alpha*acc + beta*c   (otherwise)
 *   later blocks: c = c + alpha*acc
 * with separate roundings for the multiplies and the adds (the file is built with
 * -ffp-contract=off). The AVX2 (6×16) and AVX-512 (6×32) micro-kernels compute exactly this,
 * as does gemm_reference below; a lane in the zero-padding of an edge tile is computed and
 * discarded. Threads split C into disjoint blocks of rows or columns, so each element is still
 * computed by one thread in that order.
 */
#define _GNU_SOURCE
#include "gemm.h"

#include <immintrin.h>
#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define KC 256  /* part of the result's definition: changing it changes every float */
#define MC 120  /* rows of A per packed block (a multiple of every MR) */
#define NC 1024 /* columns of B per packed slice (a multiple of every NR) */
#define MR 6
#define MAX_NR 32
#define MAX_THREADS 64

/* ----------------------------------------------------------------------------------------- */
/* one element's update, shared by every path */

static inline float update(float c, float acc, float alpha, float beta, int first) {
    float t = alpha * acc;
    if (!first) return c + t;
    return beta == 0.0f ? t : t + beta * c;
}

/* Edge tiles: the micro-kernel's accumulators go through here, element by element. */
static void store_edge(const float* acc, int nr, float* C, int ldc, int mr, int nc, float alpha,
                       float beta, int first) {
    for (int i = 0; i < mr; i++)
        for (int j = 0; j < nc; j++) {
            float* c = &C[(size_t)i * ldc + j];
            *c = update(*c, acc[i * nr + j], alpha, beta, first);
        }
}

/* ----------------------------------------------------------------------------------------- */
/* micro-kernels: a (MR rows × kc, element (i, k) at a[i*ars + k*aks]) times b (kc×NR, k-major
 * panel) into C's mr×nc tile. `a` is either A's packed panel (ars = 1, aks = MR) or, for a whole
 * panel of a row-major A, A itself (ars = lda, aks = 1): the same elements, so the same result. */

typedef void (*Ukernel)(int kc, const float* a, int ars, const float* b, float* C, int ldc, int mr,
                        int nc, float alpha, float beta, int first);

/* One k of row i: its broadcast element of a times both 8-wide halves of b's row. */
#define AVX2_ROW(i)                                  \
    do {                                             \
        __m256 ai = _mm256_broadcast_ss(a + (i) * ars); \
        lo##i = _mm256_fmadd_ps(ai, b0, lo##i);      \
        hi##i = _mm256_fmadd_ps(ai, b1, hi##i);      \
    } while (0)

__attribute__((target("avx2,fma"), always_inline)) static inline void avx2_tile(
    int kc, const float* a, int ars, int aks, const float* b, float* C, int ldc, int mr, int nc,
    float alpha, float beta, int first) {
    /* Twelve named accumulators, not an array: with an array gcc 12 also stored every accumulator
     * to the stack after each FMA (12 stores per k), and the kernel ran at ~44 GFLOP/s instead of
     * the ~90 its FMAs allow (one thread, 2-core AMD EPYC with AVX2). Same FMAs, same order. */
    __m256 lo0 = _mm256_setzero_ps(), lo1 = lo0, lo2 = lo0, lo3 = lo0, lo4 = lo0, lo5 = lo0;
    __m256 hi0 = lo0, hi1 = lo0, hi2 = lo0, hi3 = lo0, hi4 = lo0, hi5 = lo0;
    for (int k = 0; k < kc; k++, a += aks, b += 16) {
        __m256 b0 = _mm256_load_ps(b), b1 = _mm256_load_ps(b + 8);
        AVX2_ROW(0);
        AVX2_ROW(1);
        AVX2_ROW(2);
        AVX2_ROW(3);
        AVX2_ROW(4);
        AVX2_ROW(5);
    }
    __m256 c0[MR] = {lo0, lo1, lo2, lo3, lo4, lo5}, c1[MR] = {hi0, hi1, hi2, hi3, hi4, hi5};
    if (mr == MR && nc == 16) {
        __m256 va = _mm256_set1_ps(alpha), vb = _mm256_set1_ps(beta);
        for (int i = 0; i < MR; i++) {
            float* c = C + (size_t)i * ldc;
            __m256 t0 = _mm256_mul_ps(va, c0[i]), t1 = _mm256_mul_ps(va, c1[i]);
            if (!first) {
                t0 = _mm256_add_ps(_mm256_loadu_ps(c), t0);
                t1 = _mm256_add_ps(_mm256_loadu_ps(c + 8), t1);
            } else if (beta != 0.0f) {
                t0 = _mm256_add_ps(t0, _mm256_mul_ps(vb, _mm256_loadu_ps(c)));
                t1 = _mm256_add_ps(t1, _mm256_mul_ps(vb, _mm256_loadu_ps(c + 8)));
            }
            _mm256_storeu_ps(c, t0);
            _mm256_storeu_ps(c + 8, t1);
        }
        return;
    }
    float acc[MR * 16] __attribute__((aligned(32)));
    for (int i = 0; i < MR; i++) {
        _mm256_store_ps(acc + i * 16, c0[i]);
        _mm256_store_ps(acc + i * 16 + 8, c1[i]);
    }
    store_edge(acc, 16, C, ldc, mr, nc, alpha, beta, first);
}

/* One k of row i, AVX-512: both 16-wide halves of b's row, or (an edge tile of at most 16
 * columns) only the first: the second half's lanes would be zero-padding, computed and discarded. */
#define AVX512_ROW(i)                                \
    do {                                             \
        __m512 ai = _mm512_set1_ps(a[(i) * ars]);    \
        lo##i = _mm512_fmadd_ps(ai, b0, lo##i);      \
        hi##i = _mm512_fmadd_ps(ai, b1, hi##i);      \
    } while (0)
#define AVX512_HALF_ROW(i)                           \
    do {                                             \
        __m512 ai = _mm512_set1_ps(a[(i) * ars]);    \
        lo##i = _mm512_fmadd_ps(ai, b0, lo##i);      \
    } while (0)

__attribute__((target("avx512f"), always_inline)) static inline void avx512_tile(
    int kc, const float* a, int ars, int aks, const float* b, float* C, int ldc, int mr, int nc,
    float alpha, float beta, int first) {
    /* Named accumulators, as in the AVX2 kernel: with arrays gcc 12 zeroed two stack copies with
     * `rep stosq` on every call and went through them after the loop, a fixed cost that showed on
     * short k (Q·Kᵀ at k = 48 ran at 0.86 × OpenBLAS in `npm run bench -- engine`, against
     * cblas_sgemm called from bench/gemm_ref.c). The same FMAs in the same order per lane. */
    __m512 lo0 = _mm512_setzero_ps(), lo1 = lo0, lo2 = lo0, lo3 = lo0, lo4 = lo0, lo5 = lo0;
    __m512 hi0 = lo0, hi1 = lo0, hi2 = lo0, hi3 = lo0, hi4 = lo0, hi5 = lo0;
    if (nc <= 16) {
        /* a 6×16 tile: six chains still cover the FMA latency on one 512-bit pipe (AMD Zen 4) */
        for (int k = 0; k < kc; k++, a += aks, b += 32) {
            __m512 b0 = _mm512_load_ps(b);
            AVX512_HALF_ROW(0);
            AVX512_HALF_ROW(1);
            AVX512_HALF_ROW(2);
            AVX512_HALF_ROW(3);
            AVX512_HALF_ROW(4);
            AVX512_HALF_ROW(5);
        }
    } else {
        for (int k = 0; k < kc; k++, a += aks, b += 32) {
            __m512 b0 = _mm512_load_ps(b), b1 = _mm512_load_ps(b + 16);
            AVX512_ROW(0);
            AVX512_ROW(1);
            AVX512_ROW(2);
            AVX512_ROW(3);
            AVX512_ROW(4);
            AVX512_ROW(5);
        }
    }
    __m512 c0[MR] = {lo0, lo1, lo2, lo3, lo4, lo5}, c1[MR] = {hi0, hi1, hi2, hi3, hi4, hi5};
    if (mr == MR && nc == 32) {
        __m512 va = _mm512_set1_ps(alpha), vb = _mm512_set1_ps(beta);
        for (int i = 0; i < MR; i++) {
            float* c = C + (size_t)i * ldc;
            __m512 t0 = _mm512_mul_ps(va, c0[i]), t1 = _mm512_mul_ps(va, c1[i]);
            if (!first) {
                t0 = _mm512_add_ps(_mm512_loadu_ps(c), t0);
                t1 = _mm512_add_ps(_mm512_loadu_ps(c + 16), t1);
            } else if (beta != 0.0f) {
                t0 = _mm512_add_ps(t0, _mm512_mul_ps(vb, _mm512_loadu_ps(c)));
                t1 = _mm512_add_ps(t1, _mm512_mul_ps(vb, _mm512_loadu_ps(c + 16)));
            }
            _mm512_storeu_ps(c, t0);
            _mm512_storeu_ps(c + 16, t1);
        }
        return;
    }
    float acc[MR * 32] __attribute__((aligned(64)));
    for (int i = 0; i < MR; i++) {
        _mm512_store_ps(acc + i * 32, c0[i]);
        _mm512_store_ps(acc + i * 32 + 16, c1[i]);
    }
    store_edge(acc, 32, C, ldc, mr, nc, alpha, beta, first);
}

/* each body twice: strides known at compile time for the packed panel, run-time for A itself */
#define TILE_KERNELS(body, features)                                                             \
    __attribute__((target(features))) static void body##_packed(                                 \
        int kc, const float* a, int ars, const float* b, float* C, int ldc, int mr, int nc,   \
        float alpha, float beta, int first) {                                                  \
        (void)ars;                                                                             \
        body(kc, a, 1, MR, b, C, ldc, mr, nc, alpha, beta, first);                             \
    }                                                                                          \
    __attribute__((target(features))) static void body##_rows(                                   \
        int kc, const float* a, int ars, const float* b, float* C, int ldc, int mr, int nc,   \
        float alpha, float beta, int first) {                                                  \
        body(kc, a, ars, 1, b, C, ldc, mr, nc, alpha, beta, first);                            \
    }
TILE_KERNELS(avx2_tile, "avx2,fma")
TILE_KERNELS(avx512_tile, "avx512f")

typedef struct {
    const char* name;
    int nr;
    Ukernel packed, rows;
} Isa;

static const Isa ISA_AVX2 = {"avx2", 16, avx2_tile_packed, avx2_tile_rows};
static const Isa ISA_AVX512 = {"avx512", 32, avx512_tile_packed, avx512_tile_rows};

/* ----------------------------------------------------------------------------------------- */
/* packing (zero-padded to whole panels) */

typedef struct {
    bool tA, tB;
    int M, N, K;
    float alpha, beta;
    const float* A;
    int lda;
    const float* B;
    int ldb;
    float* C;
    int ldc;
} Gemm;

static inline float at_a(const Gemm* g, int i, int k) {
    return g->tA ? g->A[(size_t)k * g->lda + i] : g->A[(size_t)i * g->lda + k];
}

/* A whole panel of a row-major A is not packed: the kernel reads its MR rows where they are
 * (packing it cost as much as the multiply-adds at N = 48, where each element of A meets only 48
 * columns of B). Column-major panels and edge panels are packed, edges zero-padded. */
static inline bool reads_a_in_place(const Gemm* g, int rows) { return !g->tA && rows == MR; }

/* rows i0..i0+mc, k0..k0+kc of op(A) into MR-row panels: dst[panel][k][r] */
static void pack_a(float* dst, const Gemm* g, int i0, int mc, int k0, int kc) {
    for (int p = 0; p < mc; p += MR) {
        int rows = mc - p < MR ? mc - p : MR;
        if (reads_a_in_place(g, rows)) {
            dst += (size_t)MR * kc; /* the kernel reads this panel from A itself */
            continue;
        }
        if (g->tA && rows == MR) {
            /* a whole panel of a column-major A: MR neighbours from each row of A, copied as one
             * run (the element-wise loop below made S's dW = Gᵀ·X 0.96 × OpenBLAS; this, 1.02: `npm run
             * bench -- engine`, 1 thread, against cblas_sgemm called from bench/gemm_ref.c) */
            const float* src = g->A + (size_t)k0 * g->lda + (i0 + p);
            for (int k = 0; k < kc; k++, dst += MR, src += g->lda) memcpy(dst, src, MR * sizeof(float));
            continue;
        }
        for (int k = 0; k < kc; k++, dst += MR) {
            int r = 0;
            for (; r < rows; r++) dst[r] = at_a(g, i0 + p + r, k0 + k);
            for (; r < MR; r++) dst[r] = 0.0f;
        }
    }
}

/* k0..k0+kc, columns j0..j0+nc of op(B) into nr-column panels: dst[panel][k][c] */
static void pack_b(float* dst, const Gemm* g, int k0, int kc, int j0, int nc, int nr) {
    for (int p = 0; p < nc; p += nr) {
        int cols = nc - p < nr ? nc - p : nr;
        for (int k = 0; k < kc; k++, dst += nr) {
            int c = 0;
            if (g->tB) {
                const float* src = g->B + (size_t)(j0 + p) * g->ldb + (k0 + k);
                for (; c < cols; c++) dst[c] = src[(size_t)c * g->ldb];
            } else {
                const float* src = g->B + (size_t)(k0 + k) * g->ldb + (j0 + p);
                memcpy(dst, src, (size_t)cols * sizeof(float));
                c = cols;
            }
            for (; c < nr; c++) dst[c] = 0.0f;
        }
    }
}

/* ----------------------------------------------------------------------------------------- */
/* per-thread packing buffers (also used by callers' own threads: Node workers) */

static pthread_key_t buffers_key;
static pthread_once_t buffers_once = PTHREAD_ONCE_INIT;

static void free_buffers(void* p) { free(p); }
static void make_key(void) { pthread_key_create(&buffers_key, free_buffers); }

/* [MC×KC floats for A | KC×NC floats for B], 64-byte aligned; NULL if out of memory */
static float* thread_buffers(void) {
    pthread_once(&buffers_once, make_key);
    float* p = pthread_getspecific(buffers_key);
    if (p == NULL) {
        p = aligned_alloc(64, (size_t)(MC * KC + KC * NC) * sizeof(float));
        if (p != NULL) pthread_setspecific(buffers_key, p);
    }
    return p;
}

/* ----------------------------------------------------------------------------------------- */
/* the blocked loops over one rectangle of C */

static void gemm_block(const Gemm* g, const Isa* isa, int m0, int m1, int n0, int n1) {
    float* buf = thread_buffers();
    if (buf == NULL) abort(); /* 1.2 MB; Node would not survive failing this either */
    float *Ap = buf, *Bp = buf + MC * KC;
    int nr = isa->nr;
    for (int jc = n0; jc < n1; jc += NC) {
        int nc = n1 - jc < NC ? n1 - jc : NC;
        for (int pc = 0; pc < g->K; pc += KC) {
            int kc = g->K - pc < KC ? g->K - pc : KC;
            int first = pc == 0;
            pack_b(Bp, g, pc, kc, jc, nc, nr);
            for (int ic = m0; ic < m1; ic += MC) {
                int mc = m1 - ic < MC ? m1 - ic : MC;
                pack_a(Ap, g, ic, mc, pc, kc);
                for (int ir = 0; ir < mc; ir += MR) {
                    int nrows = mc - ir < MR ? mc - ir : MR;
                    for (int jr = 0; jr < nc; jr += nr) {
                        int ncols = nc - jr < nr ? nc - jr : nr;
                        float* C = g->C + (size_t)(ic + ir) * g->ldc + (jc + jr);
                        if (reads_a_in_place(g, nrows))
                            isa->rows(kc, g->A + (size_t)(ic + ir) * g->lda + pc, g->lda,
                                      Bp + (size_t)jr * kc, C, g->ldc, nrows, ncols, g->alpha,
                                      g->beta, first);
                        else
                            isa->packed(kc, Ap + (size_t)ir * kc, 1, Bp + (size_t)jr * kc, C,
                                        g->ldc, nrows, ncols, g->alpha, g->beta, first);
                    }
                }
            }
        }
    }
}

/* ----------------------------------------------------------------------------------------- */
/* threads: a fixed pool; the caller runs part 0, workers 1..n-1 */

typedef struct {
    void (*fn)(void* arg, int part, int parts);
    void* arg;
    int parts;
} Job;

static pthread_mutex_t pool_user = PTHREAD_MUTEX_INITIALIZER; /* one caller uses the pool */
static pthread_mutex_t pool_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pool_go = PTHREAD_COND_INITIALIZER, pool_done = PTHREAD_COND_INITIALIZER;
static Job pool_job;
static unsigned long pool_round;
static int pool_pending, pool_workers;

/* Decoding calls the pool every 20-100 µs; a sleeping worker takes longer than that to wake, so
 * a worker first spins this many rounds (about 50 µs) on pool_round before it sleeps. */
#define SPIN_ROUNDS 20000

static void* worker_main(void* arg) {
    int id = (int)(intptr_t)arg;
    unsigned long seen = 0;
    for (;;) {
        for (int i = 0; i < SPIN_ROUNDS && __atomic_load_n(&pool_round, __ATOMIC_ACQUIRE) == seen; i++)
            _mm_pause();
        pthread_mutex_lock(&pool_mu);
        while (pool_round == seen) pthread_cond_wait(&pool_go, &pool_mu);
        seen = pool_round;
        Job j = pool_job;
        pthread_mutex_unlock(&pool_mu);
        if (id < j.parts) j.fn(j.arg, id, j.parts);
        pthread_mutex_lock(&pool_mu);
        if (__atomic_sub_fetch(&pool_pending, 1, __ATOMIC_RELEASE) == 0) pthread_cond_signal(&pool_done);
        pthread_mutex_unlock(&pool_mu);
    }
    return NULL;
}

/* Starts workers up to n - 1 (never stops them: they sleep on a condition variable). */
static int ensure_workers(int n) {
    while (pool_workers < n - 1) {
        pthread_t t;
        if (pthread_create(&t, NULL, worker_main, (void*)(intptr_t)(pool_workers + 1)) != 0) break;
        pthread_detach(t);
        pool_workers++;
    }
    return pool_workers + 1;
}

static int gemm_threads = 1;
static const Isa* gemm_isa = NULL;

void gemm_set_threads(int n) { gemm_threads = n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : n; }
int gemm_get_threads(void) { return gemm_threads; }

/* Runs fn(arg, part, parts) for part = 0..parts-1, parts = min(max_parts, the GEMM threads),
 * part 0 on the calling thread. One caller at a time uses the pool; another (a Node worker
 * thread) runs all parts itself. Callers split work so that the result does not depend on parts. */
void gemm_parallel(int max_parts, void (*fn)(void* arg, int part, int parts), void* arg) {
    int want = gemm_threads < max_parts ? gemm_threads : max_parts;
    if (want > 1 && pthread_mutex_trylock(&pool_user) == 0) {
        int n = ensure_workers(want);
        pthread_mutex_lock(&pool_mu);
        pool_job = (Job){fn, arg, n};
        pool_pending = pool_workers;
        __atomic_store_n(&pool_round, pool_round + 1, __ATOMIC_RELEASE);
        pthread_cond_broadcast(&pool_go);
        pthread_mutex_unlock(&pool_mu);
        fn(arg, 0, n);
        for (int i = 0; i < SPIN_ROUNDS && __atomic_load_n(&pool_pending, __ATOMIC_ACQUIRE) > 0; i++) _mm_pause();
        pthread_mutex_lock(&pool_mu);
        while (pool_pending > 0) pthread_cond_wait(&pool_done, &pool_mu);
        pthread_mutex_unlock(&pool_mu);
        pthread_mutex_unlock(&pool_user);
        return;
    }
    fn(arg, 0, 1);
}

/* Below this many multiply-adds (about 15 µs of one core), waking a thread costs more than it
 * saves. On a 2-core EPYC, best of 7×30 calls, 1 → 2 threads: 128×48×128 (0.8M) 52-61 → 82-96
 * GFLOP/s with either vector width; the attention products of the XS model (256×48×256 and
 * 256×256×48, 3M) 60-84 → 95-148. */
#define THREAD_MIN_WORK (1L << 19)

typedef struct {
    const Gemm* g;
    const Isa* isa;
} GemmJob;

/* part t of parts: a strip of the longer side of C, in whole tiles (MR rows or 32 columns) */
static void gemm_part(void* arg, int t, int parts) {
    const GemmJob* j = arg;
    const Gemm* g = j->g;
    bool by_rows = g->M >= g->N;
    int len = by_rows ? g->M : g->N, unit = by_rows ? MR : MAX_NR;
    int tiles = (len + unit - 1) / unit;
    int a = (int)((long)tiles * t / parts) * unit, b = (int)((long)tiles * (t + 1) / parts) * unit;
    if (b > len) b = len;
    if (a >= b) return;
    if (by_rows) gemm_block(g, j->isa, a, b, 0, g->N);
    else gemm_block(g, j->isa, 0, g->M, a, b);
}

static void gemm_run(const Gemm* g, const Isa* isa) {
    long work = (long)g->M * g->N * g->K;
    GemmJob j = {g, isa};
    gemm_parallel(work >= THREAD_MIN_WORK ? MAX_THREADS : 1, gemm_part, &j);
}

/* ----------------------------------------------------------------------------------------- */
/* vector width */

static bool cpu_has_avx512(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f");
}

bool gemm_set_isa(const char* name) {
    if (strcmp(name, "auto") == 0) {
        gemm_isa = cpu_has_avx512() ? &ISA_AVX512 : &ISA_AVX2;
        return true;
    }
    if (strcmp(name, "avx2") == 0) {
        gemm_isa = &ISA_AVX2;
        return true;
    }
    if (strcmp(name, "avx512") == 0 && cpu_has_avx512()) {
        gemm_isa = &ISA_AVX512;
        return true;
    }
    return false;
}

const char* gemm_isa_name(void) {
    if (gemm_isa == NULL) gemm_set_isa("auto");
    return gemm_isa->name;
}

void gemm_own(bool transA, bool transB, int M, int N, int K, float alpha, const float* A, int lda,
              const float* B, int ldb, float beta, float* C, int ldc) {
    if (gemm_isa == NULL) gemm_set_isa("auto");
    /* A narrow C stays on the wide kernel even when its last panel is mostly padding: attention's
     * P·V at head size 48 (256×48×256) ran at 102 GFLOP/s with 64 columns computed for 48 and at
     * 44 on the 16-wide AVX2 kernel, on a 2-core AMD EPYC with AVX-512. */
    Gemm g = {transA, transB, M, N, K, alpha, beta, A, lda, B, ldb, C, ldc};
    gemm_run(&g, gemm_isa);
}

/* The definition above as plain loops (for tests): same blocks, one fmaf per k, same update. */
void gemm_reference(bool transA, bool transB, int M, int N, int K, float alpha, const float* A,
                    int lda, const float* B, int ldb, float beta, float* C, int ldc) {
    Gemm g = {transA, transB, M, N, K, alpha, beta, A, lda, B, ldb, C, ldc};
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            float* c = &C[(size_t)i * ldc + j];
            for (int pc = 0; pc < K; pc += KC) {
                int kc = K - pc < KC ? K - pc : KC;
                float acc = 0.0f;
                for (int k = pc; k < pc + kc; k++)
                    acc = fmaf(at_a(&g, i, k),
                               transB ? B[(size_t)j * ldb + k] : B[(size_t)k * ldb + j], acc);
                *c = update(*c, acc, alpha, beta, pc == 0);
            }
        }
}
