/*
 * The products of decoding: C = alpha * A @ Bᵀ + beta * C for few rows of A (M sequences, one
 * token each) against a weight matrix B stored as N rows of K. A packed GEMM would copy all of B
 * for a product that reads it once; here each row of B is loaded once per four rows of A, and A
 * (M×K, a few KB) stays in L1.
 *
 * Fixed order, whatever the CPU (AVX2 and FMA are the addon's floor): every element is summed in
 * 8 lanes, lane l taking k = l, l+8, l+16, … below K8 = K - K mod 8 with one FMA each, in order;
 * then t = ((s0 + s1) + s2) + … + s7; then the remaining k, one FMA each; then
 * c = alpha*t (beta == 0, NaN in C cleared) or alpha*t + beta*c.
 *
 * Register blocking: 4 rows of A × 3 rows of B = 12 accumulators, 7 loads per 12 FMAs; rows left
 * over (all rows when M < 4, as for one sequence or one attention query) take 4 columns at a
 * time, four independent FMA chains. The blocking changes which elements are computed together,
 * never the order within one.
 */
#include "gemm.h"

#include <immintrin.h>
#include <math.h>
#include <stddef.h>

static inline float lanes_sum(__m256 v) {
    float s[8];
    _mm256_storeu_ps(s, v);
    float t = s[0];
    for (int l = 1; l < 8; l++) t += s[l];
    return t;
}

/* the rest of one element after its 8-lane part: tail k, then the update */
static inline void finish(float* c, __m256 lanes, const float* a, const float* b, int k0, int K,
                          float alpha, float beta) {
    float t = lanes_sum(lanes);
    for (int k = k0; k < K; k++) t = fmaf(a[k], b[k], t);
    *c = beta == 0.0f ? alpha * t : alpha * t + beta * *c;
}

static void one_element(const float* a, const float* b, int K8, int K, float alpha, float beta,
                        float* c) {
    __m256 s = _mm256_setzero_ps();
    for (int k = 0; k < K8; k += 8) s = _mm256_fmadd_ps(_mm256_loadu_ps(a + k), _mm256_loadu_ps(b + k), s);
    finish(c, s, a, b, K8, K, alpha, beta);
}

/* one row of A against columns j..j+3: four independent chains instead of one */
static void one_row_four_cols(const float* a, const float* B, int ldb, int j, int K8, int K,
                              float alpha, float beta, float* c) {
    const float* b0 = B + (size_t)j * ldb;
    const float* b1 = b0 + ldb;
    const float* b2 = b1 + ldb;
    const float* b3 = b2 + ldb;
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    for (int k = 0; k < K8; k += 8) {
        __m256 x = _mm256_loadu_ps(a + k);
        s0 = _mm256_fmadd_ps(x, _mm256_loadu_ps(b0 + k), s0);
        s1 = _mm256_fmadd_ps(x, _mm256_loadu_ps(b1 + k), s1);
        s2 = _mm256_fmadd_ps(x, _mm256_loadu_ps(b2 + k), s2);
        s3 = _mm256_fmadd_ps(x, _mm256_loadu_ps(b3 + k), s3);
    }
    finish(c, s0, a, b0, K8, K, alpha, beta); finish(c + 1, s1, a, b1, K8, K, alpha, beta);
    finish(c + 2, s2, a, b2, K8, K, alpha, beta); finish(c + 3, s3, a, b3, K8, K, alpha, beta);
}

static void small_cols(int M, int N, int K, float alpha, const float* A, int lda, const float* B,
                       int ldb, float beta, float* C, int ldc) {
    const int K8 = K - K % 8, M4 = M - M % 4;
    int j = 0;
    for (; M4 > 0 && j + 3 <= N; j += 3) {
        const float* b0 = B + (size_t)j * ldb;
        const float* b1 = b0 + ldb;
        const float* b2 = b1 + ldb;
        for (int i = 0; i < M4; i += 4) {
            const float* a0 = A + (size_t)i * lda;
            const float* a1 = a0 + lda;
            const float* a2 = a1 + lda;
            const float* a3 = a2 + lda;
            __m256 s00 = _mm256_setzero_ps(), s01 = s00, s02 = s00, s10 = s00, s11 = s00, s12 = s00;
            __m256 s20 = s00, s21 = s00, s22 = s00, s30 = s00, s31 = s00, s32 = s00;
            for (int k = 0; k < K8; k += 8) {
                __m256 v0 = _mm256_loadu_ps(b0 + k), v1 = _mm256_loadu_ps(b1 + k), v2 = _mm256_loadu_ps(b2 + k);
                __m256 x = _mm256_loadu_ps(a0 + k);
                s00 = _mm256_fmadd_ps(x, v0, s00); s01 = _mm256_fmadd_ps(x, v1, s01); s02 = _mm256_fmadd_ps(x, v2, s02);
                x = _mm256_loadu_ps(a1 + k);
                s10 = _mm256_fmadd_ps(x, v0, s10); s11 = _mm256_fmadd_ps(x, v1, s11); s12 = _mm256_fmadd_ps(x, v2, s12);
                x = _mm256_loadu_ps(a2 + k);
                s20 = _mm256_fmadd_ps(x, v0, s20); s21 = _mm256_fmadd_ps(x, v1, s21); s22 = _mm256_fmadd_ps(x, v2, s22);
                x = _mm256_loadu_ps(a3 + k);
                s30 = _mm256_fmadd_ps(x, v0, s30); s31 = _mm256_fmadd_ps(x, v1, s31); s32 = _mm256_fmadd_ps(x, v2, s32);
            }
            float* c = C + (size_t)i * ldc + j;
            finish(c, s00, a0, b0, K8, K, alpha, beta); finish(c + 1, s01, a0, b1, K8, K, alpha, beta); finish(c + 2, s02, a0, b2, K8, K, alpha, beta);
            c += ldc;
            finish(c, s10, a1, b0, K8, K, alpha, beta); finish(c + 1, s11, a1, b1, K8, K, alpha, beta); finish(c + 2, s12, a1, b2, K8, K, alpha, beta);
            c += ldc;
            finish(c, s20, a2, b0, K8, K, alpha, beta); finish(c + 1, s21, a2, b1, K8, K, alpha, beta); finish(c + 2, s22, a2, b2, K8, K, alpha, beta);
            c += ldc;
            finish(c, s30, a3, b0, K8, K, alpha, beta); finish(c + 1, s31, a3, b1, K8, K, alpha, beta); finish(c + 2, s32, a3, b2, K8, K, alpha, beta);
        }
    }
    /* columns the 4×3 blocks left, for the first M4 rows */
    for (int jj = j; jj < N; jj++)
        for (int i = 0; i < M4; i++)
            one_element(A + (size_t)i * lda, B + (size_t)jj * ldb, K8, K, alpha, beta, &C[(size_t)i * ldc + jj]);
    /* rows the 4-row blocks left (all of them when M < 4), four columns at a time */
    for (int i = M4; i < M; i++) {
        const float* a = A + (size_t)i * lda;
        float* c = C + (size_t)i * ldc;
        int jj = 0;
        for (; jj + 4 <= N; jj += 4) one_row_four_cols(a, B, ldb, jj, K8, K, alpha, beta, c + jj);
        for (; jj < N; jj++) one_element(a, B + (size_t)jj * ldb, K8, K, alpha, beta, c + jj);
    }
}

typedef struct {
    int M, N, K, lda, ldb, ldc;
    float alpha, beta;
    const float *A, *B;
    float* C;
} SmallJob;

/* part t of parts: a strip of columns, in multiples of 12 (whole 3- and 4-column blocks) */
static void small_part(void* arg, int t, int parts) {
    const SmallJob* j = arg;
    int units = (j->N + 11) / 12;
    int a = units * t / parts * 12, b = units * (t + 1) / parts * 12;
    if (b > j->N) b = j->N;
    if (a < b)
        small_cols(j->M, b - a, j->K, j->alpha, j->A, j->lda, j->B + (size_t)a * j->ldb, j->ldb, j->beta,
                   j->C + a, j->ldc);
}

/* Below this many multiply-adds (about 7 µs of one core; a spinning worker takes about 1 µs to
 * start) a second thread saves nothing. One row of the M bench model (8 layers, d 512) decodes at
 * 163 tok/s on one thread and 277 on two from this size up: a weight matrix read once per token
 * is limited by one core's memory bandwidth. */
#define SMALL_THREAD_MIN_WORK (1L << 18)

void gemm_small_m_nt(int M, int N, int K, float alpha, const float* A, int lda, const float* B,
                     int ldb, float beta, float* C, int ldc) {
    SmallJob j = {M, N, K, lda, ldb, ldc, alpha, beta, A, B, C};
    long work = (long)M * N * K;
    gemm_parallel(work >= SMALL_THREAD_MIN_WORK ? 64 : 1, small_part, &j);
}

/* The same definition as plain loops (for tests). */
void gemm_small_m_nt_reference(int M, int N, int K, float alpha, const float* A, int lda,
                               const float* B, int ldb, float beta, float* C, int ldc) {
    const int K8 = K - K % 8;
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            const float* a = A + (size_t)i * lda;
            const float* b = B + (size_t)j * ldb;
            float s[8] = {0};
            for (int k = 0; k < K8; k++) s[k % 8] = fmaf(a[k], b[k], s[k % 8]);
            float t = s[0];
            for (int l = 1; l < 8; l++) t += s[l];
            for (int k = K8; k < K; k++) t = fmaf(a[k], b[k], t);
            float* c = &C[(size_t)i * ldc + j];
            *c = beta == 0.0f ? alpha * t : alpha * t + beta * *c;
        }
}
