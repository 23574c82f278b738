/*
 * swirl native kernels: the hot loops of the engine in plain C11; GEMM in native/gemm.c.
 *
 * Contract: each function computes exactly what its namesake in src/engine/backends/js.ts (the
 * living definition) computes, within float tolerance (src/engine/kernels.case.test.ts checks
 * it). No intrinsics: loops are written so gcc -O3 -mavx2 -mfma vectorises them by itself.
 * No -ffast-math either: it would let the compiler assume no NaN/inf, and the softmax relies on
 * -inf (masked logits) and NaN behaving as IEEE says. Without it gcc will not reorder a
 * floating-point sum, so float reductions below keep LANES independent partial sums, which it
 * can vectorise without changing the meaning; sums of exponentials (softmax, logsumexp) stay
 * scalar in double, where the rounding matters more than the speed.
 *
 * Conventions (as in llm.c): row-major, outputs first, then inputs, then sizes. Forward kernels
 * overwrite their outputs; backward kernels ACCUMULATE (+=) into the gradients (d prefix).
 * Arguments are checked (types, lengths) in native/binding.c before these are called.
 *
 * Dimension legend:
 *   R  rows (tokens, or query rows of attention)     N  row length (features, or keys)
 *   M, N, K  GEMM: C is M×N, op(A) is M×K, op(B) K×N  V  vocabulary size
 *   H  heads    D  head size (even)    n  flat element count
 */
#include "kernels.h"

#include "gemm.h"
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LANES 8 /* one AVX2 register of floats */

/* sum_j a[j], in LANES partial sums */
static float sum_f(const float* a, int n) {
    float acc[LANES] = {0};
    int j = 0;
    for (; j + LANES <= n; j += LANES)
        for (int l = 0; l < LANES; l++) acc[l] += a[j + l];
    float s = 0.0f;
    for (; j < n; j++) s += a[j];
    for (int l = 0; l < LANES; l++) s += acc[l];
    return s;
}

/* sum_j a[j] * b[j], in LANES partial sums */
static float dot_f(const float* a, const float* b, int n) {
    float acc[LANES] = {0};
    int j = 0;
    for (; j + LANES <= n; j += LANES)
        for (int l = 0; l < LANES; l++) acc[l] += a[j + l] * b[j + l];
    float s = 0.0f;
    for (; j < n; j++) s += a[j] * b[j];
    for (int l = 0; l < LANES; l++) s += acc[l];
    return s;
}

/* sum_j a[j] * b[j] * c[j], in LANES partial sums */
static float dot3_f(const float* a, const float* b, const float* c, int n) {
    float acc[LANES] = {0};
    int j = 0;
    for (; j + LANES <= n; j += LANES)
        for (int l = 0; l < LANES; l++) acc[l] += a[j + l] * b[j + l] * c[j + l];
    float s = 0.0f;
    for (; j < n; j++) s += a[j] * b[j] * c[j];
    for (int l = 0; l < LANES; l++) s += acc[l];
    return s;
}

/* sum_j (a[j] - m)^2, in LANES partial sums */
static float sqdev_f(const float* a, float m, int n) {
    float acc[LANES] = {0};
    int j = 0;
    for (; j + LANES <= n; j += LANES)
        for (int l = 0; l < LANES; l++) { float d = a[j + l] - m; acc[l] += d * d; }
    float s = 0.0f;
    for (; j < n; j++) { float d = a[j] - m; s += d * d; }
    for (int l = 0; l < LANES; l++) s += acc[l];
    return s;
}

/*
 * exp(x) that gcc vectorises (libm's expf is a call it cannot): x = n ln2 + r with |r| <= ln2/2,
 * exp(r) by Cephes' degree-6 polynomial, times 2^n built in the exponent bits. Within 2 ulp of
 * expf; exp(-inf) = 0, exp(NaN) = NaN, overflow gives inf and results below the smallest normal
 * float give 0 (expf would give a subnormal, < 1.2e-38). The softmax and SwiGLU loops spend most
 * of their time here.
 */
static inline float exp_f(float x) {
    const float hi = 88.3762626647949f, lo = -87.33654475f;
    float xc = x > hi ? hi : x;
    xc = xc < lo ? lo : xc;
    float n = floorf(xc * 1.44269504088896341f + 0.5f);
    float r = xc - n * 0.693359375f;
    r = r + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    int32_t bits = ((int32_t)n + 127) << 23;
    float scale;
    memcpy(&scale, &bits, sizeof scale);
    float y = p * scale;
    y = x > hi ? INFINITY : y;
    y = x < lo ? 0.0f : y;
    return x != x ? x : y;
}

/* max_j a[j]; NaNs are skipped, like the comparison in js.ts; -inf for n = 0 */
static float max_f(const float* a, int n) {
    float m = -INFINITY;
    for (int j = 0; j < n; j++) m = a[j] > m ? a[j] : m;
    return m;
}

/* ----------------------------------------------------------------------------------------- */
/* matmul */

/* Reference loop: C = alpha * op(A) @ op(B) + beta * C, in double. Define SWIRL_NAIVE_GEMM to use
 * it in place of the GEMM kernels, e.g. to tell a kernel problem from a glue problem. */
static void sgemm_naive(bool transA, bool transB, int M, int N, int K, float alpha,
                        const float* A, int lda, const float* B, int ldb, float beta, float* C,
                        int ldc) {
    for (int i = 0; i < M; i++) {
        for (int j = 0; j < N; j++) {
            double acc = 0.0;
            for (int k = 0; k < K; k++) {
                float a = transA ? A[(size_t)k * lda + i] : A[(size_t)i * lda + k];
                float b = transB ? B[(size_t)j * ldb + k] : B[(size_t)k * ldb + j];
                acc += (double)a * b;
            }
            float* c = &C[(size_t)i * ldc + j];
            *c = (float)(alpha * acc + (beta == 0.0f ? 0.0f : beta * *c)); /* beta 0 clears NaN */
        }
    }
}

/* decoding shapes with few rows: native/gemm_small.c */
#define SMALL_M 16

/* One row of output, B not transposed (the attention read-out at decode: probs·V): y = x B as
 * axpy sweeps, so each y[j] is summed over k in order; in 256-column chunks kept on the stack. */
static void gemv_row_nn(int N, int K, float alpha, const float* x, int incx, const float* B, int ldb,
                        float beta, float* y) {
    enum { CHUNK = 256 };
    float acc[CHUNK];
    for (int j0 = 0; j0 < N; j0 += CHUNK) {
        int n = N - j0 < CHUNK ? N - j0 : CHUNK;
        for (int j = 0; j < n; j++) acc[j] = 0.0f;
        for (int k = 0; k < K; k++) {
            float xk = x[(size_t)k * incx];
            const float* b = B + (size_t)k * ldb + j0;
            for (int j = 0; j < n; j++) acc[j] += xk * b[j];
        }
        for (int j = 0; j < n; j++) {
            float* c = &y[j0 + j];
            *c = alpha * acc[j] + (beta == 0.0f ? 0.0f : beta * *c);
        }
    }
}

/* OpenBLAS (SWIRL_GEMM=openblas): sgemm, with gemv for one row or one column of output. */
static void sgemm_openblas(bool transA, bool transB, int M, int N, int K, float alpha,
                           const float* A, int lda, const float* B, int ldb, float beta, float* C,
                           int ldc) {
    if ((M == 1 || N == 1) && beta == 0.0f) {
        /* gemv's beta = 0 may scale y by 0 (keeping NaN) in some OpenBLAS versions: clear it
         * here and let gemv add. sgemm's beta = 0 does store zeros, so it is left to BLAS. */
        for (int i = 0; i < M; i++)
            for (int j = 0; j < N; j++) C[(size_t)i * ldc + j] = 0.0f;
        beta = 1.0f;
    }
    if (M == 1) { /* y (N) = op(B)^T x, x the row of op(A) */
        int incx = transA ? lda : 1;
        if (transB) openblas_gemv(false, N, K, alpha, B, ldb, A, incx, beta, C, 1);
        else openblas_gemv(true, K, N, alpha, B, ldb, A, incx, beta, C, 1);
    } else if (N == 1) { /* y (M, stride ldc) = op(A) x, x the column of op(B) */
        int incx = transB ? 1 : ldb;
        if (transA) openblas_gemv(true, K, M, alpha, A, lda, B, incx, beta, C, ldc);
        else openblas_gemv(false, M, K, alpha, A, lda, B, incx, beta, C, ldc);
    } else {
        openblas_gemm(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
    }
}

static bool use_openblas = false;

bool sgemm_select(const char* name) {
    if (strcmp(name, "openblas") == 0) {
        if (!openblas_load()) return false;
        use_openblas = true;
        return true;
    }
    if (!gemm_set_isa(name)) return false;
    use_openblas = false;
    return true;
}

const char* sgemm_kernel(void) { return use_openblas ? "openblas" : gemm_isa_name(); }

void sgemm(bool transA, bool transB, int M, int N, int K, float alpha, const float* A, int lda,
           const float* B, int ldb, float beta, float* C, int ldc) {
#ifdef SWIRL_NAIVE_GEMM
    sgemm_naive(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
    return;
#else
    (void)sgemm_naive;
#endif
    if (M == 0 || N == 0) return;
    if (K == 0 || alpha == 0.0f) { /* nothing to multiply: C = beta * C (beta 0 clears NaN) */
        for (int i = 0; i < M; i++)
            for (int j = 0; j < N; j++) {
                float* c = &C[(size_t)i * ldc + j];
                *c = beta == 0.0f ? 0.0f : beta * *c;
            }
        return;
    }
    if (use_openblas) {
        sgemm_openblas(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
        return;
    }
    /* The shapes of decoding: few rows times a weight matrix stored as rows, and one row of
     * attention probabilities times V. Packing would cost more than the product. */
    if (!transA && transB && (M == 1 || (M <= SMALL_M && N >= 64))) {
        gemm_small_m_nt(M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
        return;
    }
    if (M == 1 && !transB) {
        gemv_row_nn(N, K, alpha, A, transA ? lda : 1, B, ldb, beta, C);
        return;
    }
    gemm_own(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
}

/* What sgemm computes on its own kernels, as plain loops (for tests): the same choice of path,
 * each path's definition. */
void sgemm_reference(bool transA, bool transB, int M, int N, int K, float alpha, const float* A,
                     int lda, const float* B, int ldb, float beta, float* C, int ldc) {
    if (M == 0 || N == 0 || K == 0 || alpha == 0.0f) {
        sgemm(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
    } else if (!transA && transB && (M == 1 || (M <= SMALL_M && N >= 64))) {
        gemm_small_m_nt_reference(M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
    } else if (M == 1 && !transB) {
        gemv_row_nn(N, K, alpha, A, transA ? lda : 1, B, ldb, beta, C); /* plain loops already */
    } else {
        gemm_reference(transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc);
    }
}

/* ----------------------------------------------------------------------------------------- */
/* softmax family */

/* y, x: (R, N). With causalT > 0, row r is query i = r mod causalT of a block of causalT
 * queries against N keys, and sees keys j <= i + N - causalT; the rest of y is exactly 0
 * (x there is never read, so it may hold anything, NaN included). */
void softmax_forward(float* y, const float* x, int R, int N, int causalT) {
    for (int r = 0; r < R; r++) {
        const float* xr = x + (size_t)r * N;
        float* yr = y + (size_t)r * N;
        int last = causalT > 0 ? (r % causalT) + N - causalT : N - 1; /* last visible column */
        float max = max_f(xr, last + 1);
        for (int j = 0; j <= last; j++) yr[j] = exp_f(xr[j] - max); /* vectorised */
        double sum = 0.0;
        for (int j = 0; j <= last; j++) sum += yr[j];
        float inv = (float)(1.0 / sum);
        for (int j = 0; j <= last; j++) yr[j] *= inv;
        for (int j = last + 1; j < N; j++) yr[j] = 0.0f;
    }
}

/* dx, y, dy: (R, N).  dx += y * (dy - sum(dy * y)) per row */
void softmax_backward(float* dx, const float* y, const float* dy, int R, int N) {
    for (int r = 0; r < R; r++) {
        size_t o = (size_t)r * N;
        float dot = dot_f(dy + o, y + o, N);
        for (int j = 0; j < N; j++) dx[o + j] += y[o + j] * (dy[o + j] - dot);
    }
}

/* y, x: (R, N).  y = x - logsumexp(x) per row */
void log_softmax_forward(float* y, const float* x, int R, int N) {
    for (int r = 0; r < R; r++) {
        const float* xr = x + (size_t)r * N;
        float* yr = y + (size_t)r * N;
        float max = max_f(xr, N);
        double sum = 0.0;
        for (int j = 0; j < N; j++) sum += expf(xr[j] - max);
        double lse = max + log(sum);
        for (int j = 0; j < N; j++) yr[j] = (float)(xr[j] - lse);
    }
}

/* dx, y, dy: (R, N).  dx += dy - exp(y) * sum(dy), y the forward output */
void log_softmax_backward(float* dx, const float* y, const float* dy, int R, int N) {
    for (int r = 0; r < R; r++) {
        size_t o = (size_t)r * N;
        double sum = 0.0;
        for (int j = 0; j < N; j++) sum += dy[o + j];
        float s = (float)sum;
        for (int j = 0; j < N; j++) dx[o + j] += dy[o + j] - expf(y[o + j]) * s;
    }
}

/* ----------------------------------------------------------------------------------------- */
/* norms */

/* y, x: (R, N); w: (N); rstd: (R).  y = x / rms(x) * w */
void rmsnorm_forward(float* y, float* rstd, const float* x, const float* w, int R, int N, float eps) {
    for (int r = 0; r < R; r++) {
        size_t o = (size_t)r * N;
        float ss = dot_f(x + o, x + o, N);
        float s = (float)(1.0 / sqrt((double)ss / N + eps));
        rstd[r] = s;
        for (int j = 0; j < N; j++) y[o + j] = x[o + j] * s * w[j];
    }
}

/* dx, dy, x: (R, N); dw, w: (N); rstd: (R).
 * y_j = x_j s w_j  =>  dx_i = s w_i dy_i - s^3 x_i / N * sum_j(w_j dy_j x_j),  dw_j = dy_j x_j s */
void rmsnorm_backward(float* dx, float* dw, const float* dy, const float* x, const float* w,
                      const float* rstd, int R, int N) {
    for (int r = 0; r < R; r++) {
        size_t o = (size_t)r * N;
        float s = rstd[r];
        float dot = dot3_f(w, dy + o, x + o, N);
        for (int j = 0; j < N; j++) dw[j] += dy[o + j] * x[o + j] * s;
        float c = s * s * s * dot / N;
        for (int j = 0; j < N; j++) dx[o + j] += s * w[j] * dy[o + j] - c * x[o + j];
    }
}

/* y, x: (R, N); w, b: (N); mean, rstd: (R).  y = (x - mean) * rstd * w + b */
void layernorm_forward(float* y, float* mean, float* rstd, const float* x, const float* w,
                       const float* b, int R, int N, float eps) {
    for (int r = 0; r < R; r++) {
        size_t o = (size_t)r * N;
        float m = sum_f(x + o, N) / N;
        float s = (float)(1.0 / sqrt((double)sqdev_f(x + o, m, N) / N + eps));
        mean[r] = m;
        rstd[r] = s;
        for (int j = 0; j < N; j++) y[o + j] = (x[o + j] - m) * s * w[j] + b[j];
    }
}

/* dx, dy, x: (R, N); dw, db, w: (N); mean, rstd: (R).  With norm = (x - mean) * rstd and
 * dnorm = w * dy:  dx = rstd * (dnorm - mean(dnorm) - norm * mean(dnorm * norm)) */
void layernorm_backward(float* dx, float* dw, float* db, const float* dy, const float* x,
                        const float* w, const float* mean, const float* rstd, int R, int N) {
    for (int r = 0; r < R; r++) {
        size_t o = (size_t)r * N;
        float m = mean[r], s = rstd[r];
        float accA[LANES] = {0}, accB[LANES] = {0};
        float dnormMean = 0.0f, dnormDotNorm = 0.0f;
        int j = 0;
        for (; j + LANES <= N; j += LANES)
            for (int l = 0; l < LANES; l++) {
                float dnorm = w[j + l] * dy[o + j + l];
                accA[l] += dnorm;
                accB[l] += dnorm * ((x[o + j + l] - m) * s);
            }
        for (; j < N; j++) {
            float dnorm = w[j] * dy[o + j];
            dnormMean += dnorm;
            dnormDotNorm += dnorm * ((x[o + j] - m) * s);
        }
        for (int l = 0; l < LANES; l++) { dnormMean += accA[l]; dnormDotNorm += accB[l]; }
        dnormMean /= N;
        dnormDotNorm /= N;
        for (j = 0; j < N; j++) {
            float norm = (x[o + j] - m) * s;
            dw[j] += norm * dy[o + j];
            db[j] += dy[o + j];
            dx[o + j] += s * (w[j] * dy[o + j] - dnormMean - norm * dnormDotNorm);
        }
    }
}

/* ----------------------------------------------------------------------------------------- */
/* activations (all flat, n elements) */

static inline float sigmoidf(float v) { return 1.0f / (1.0f + exp_f(-v)); }

/* y = x * sigmoid(x) */
void silu_forward(float* y, const float* x, int n) {
    for (int i = 0; i < n; i++) y[i] = x[i] * sigmoidf(x[i]);
}

void silu_backward(float* dx, const float* dy, const float* x, int n) {
    for (int i = 0; i < n; i++) {
        float s = sigmoidf(x[i]);
        dx[i] += dy[i] * s * (1.0f + x[i] * (1.0f - s));
    }
}

#define GELU_C 0.7978845608028654f /* sqrt(2 / pi) */

/* y = 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), as GPT-2 */
void gelu_forward(float* y, const float* x, int n) {
    for (int i = 0; i < n; i++) {
        float v = x[i];
        y[i] = 0.5f * v * (1.0f + tanhf(GELU_C * (v + 0.044715f * v * v * v)));
    }
}

void gelu_backward(float* dx, const float* dy, const float* x, int n) {
    for (int i = 0; i < n; i++) {
        float v = x[i];
        float t = tanhf(GELU_C * (v + 0.044715f * v * v * v));
        float du = GELU_C * (1.0f + 3.0f * 0.044715f * v * v);
        dx[i] += dy[i] * (0.5f * (1.0f + t) + 0.5f * v * (1.0f - t * t) * du);
    }
}

/* y = silu(a) * b */
void swiglu_forward(float* y, const float* a, const float* b, int n) {
    for (int i = 0; i < n; i++) y[i] = a[i] * sigmoidf(a[i]) * b[i];
}

void swiglu_backward(float* da, float* db, const float* dy, const float* a, const float* b, int n) {
    for (int i = 0; i < n; i++) {
        float s = sigmoidf(a[i]);
        db[i] += dy[i] * a[i] * s;
        da[i] += dy[i] * b[i] * s * (1.0f + a[i] * (1.0f - s));
    }
}

/* ----------------------------------------------------------------------------------------- */
/* rotary embedding */

/* ----------------------------------------------------------------------------------------- */
/* attention against a KV cache (inference) */

/* Scores and probabilities of one head, per thread (the demo decodes on two worker threads of
 * one process); grown as needed and kept for the thread's life. */
static _Thread_local float* attend_buf = NULL;
static _Thread_local size_t attend_cap = 0;

/* att, q: (R, H*D); k, v: (R, Hkv*D); kc, vc: (capacity, Hkv*D). Appends rows row..row+L-1 of k
 * and v to the cache at position past, then for each head h (reading K/V head h / (H/Hkv)):
 * att[row+i, h] = softmax(scale * q_h K^T) V over the past+L cached positions, query i seeing
 * positions <= past + i. The same sgemm and softmax_forward calls as the composition in
 * src/engine/backends/js.ts, so the result is theirs bit for bit. */
void attend_cached(float* att, const float* q, const float* k, const float* v, float* kc, float* vc,
                   int row, int past, int L, int H, int Hkv, int D, float scale) {
    const int HD = H * D, KV = Hkv * D, N = past + L, group = H / Hkv;
    memcpy(kc + (size_t)past * KV, k + (size_t)row * KV, sizeof(float) * (size_t)L * KV);
    memcpy(vc + (size_t)past * KV, v + (size_t)row * KV, sizeof(float) * (size_t)L * KV);
    size_t need = 2 * (size_t)L * N;
    if (need > attend_cap) {
        float* grown = realloc(attend_buf, sizeof(float) * need);
        if (grown == NULL) abort(); /* a few MB at most: the context is short */
        attend_buf = grown;
        attend_cap = need;
    }
    float* scores = attend_buf;
    float* probs = attend_buf + (size_t)L * N;
    for (int h = 0; h < H; h++) {
        const int ko = (h / group) * D;
        sgemm(false, true, L, N, D, scale, q + (size_t)row * HD + h * D, HD, kc + ko, KV, 0.0f, scores, N);
        softmax_forward(probs, scores, L, N, L);
        sgemm(false, false, L, D, N, 1.0f, probs, N, vc + ko, KV, 0.0f, att + (size_t)row * HD + h * D, HD);
    }
}

/* y, x: (R, H, D), y may alias x; cos_t, sin_t: (maxPos, D/2); pos: (R).
 * Adjacent pairs (2i, 2i+1) of each head rotate by theta = pos[r] * freq_i, or by -theta when
 * inverse (the backward pass). */
void rope(float* y, const float* x, const float* cos_t, const float* sin_t, const int32_t* pos,
          int R, int H, int D, bool inverse) {
    int half = D / 2;
    float sign = inverse ? -1.0f : 1.0f;
    for (int r = 0; r < R; r++) {
        const float* c = cos_t + (size_t)pos[r] * half;
        const float* sn = sin_t + (size_t)pos[r] * half;
        for (int h = 0; h < H; h++) {
            size_t o = ((size_t)r * H + h) * D;
            for (int i = 0; i < half; i++) {
                float s = sign * sn[i];
                float x0 = x[o + 2 * i], x1 = x[o + 2 * i + 1]; /* read both before writing */
                y[o + 2 * i] = x0 * c[i] - x1 * s;
                y[o + 2 * i + 1] = x0 * s + x1 * c[i];
            }
        }
    }
}

/* ----------------------------------------------------------------------------------------- */
/* cross-entropy */

/* losses: (R); logits: (R, V); targets: (R).  losses[r] = logsumexp(logits[r]) - logits[r, t];
 * rows with t < 0 get 0 */
void cross_entropy_forward(float* losses, const float* logits, const int32_t* targets, int R, int V) {
    for (int r = 0; r < R; r++) {
        int t = targets[r];
        if (t < 0) { losses[r] = 0.0f; continue; }
        const float* lr = logits + (size_t)r * V;
        float max = max_f(lr, V);
        double sum = 0.0;
        for (int j = 0; j < V; j++) sum += expf(lr[j] - max);
        losses[r] = (float)(max + log(sum) - lr[t]);
    }
}

/* dlogits, logits: (R, V); targets, dlosses: (R).
 * dlogits[r] += (softmax(logits[r]) - onehot(t)) * dlosses[r]; rows with t < 0 or dlosses 0 skip */
void cross_entropy_backward(float* dlogits, const float* logits, const int32_t* targets,
                            const float* dlosses, int R, int V) {
    for (int r = 0; r < R; r++) {
        int t = targets[r];
        float g = dlosses[r];
        if (t < 0 || g == 0.0f) continue;
        const float* lr = logits + (size_t)r * V;
        float* dr = dlogits + (size_t)r * V;
        float max = max_f(lr, V);
        double sum = 0.0;
        for (int j = 0; j < V; j++) sum += expf(lr[j] - max);
        float ginv = (float)(g / sum);
        for (int j = 0; j < V; j++) dr[j] += ginv * expf(lr[j] - max);
        dr[t] -= g;
    }
}

/* ----------------------------------------------------------------------------------------- */
/* optimiser */

/* p, g, m, v: (n).  One AdamW step in place; bc1 = 1 - beta1^t, bc2 = 1 - beta2^t; decoupled
 * weight decay (lr * wd * p). */
void adamw(float* p, const float* g, float* m, float* v, int n, float lr, float beta1, float beta2,
           float eps, float wd, float bc1, float bc2) {
    for (int i = 0; i < n; i++) {
        float gi = g[i];
        m[i] = beta1 * m[i] + (1.0f - beta1) * gi;
        v[i] = beta2 * v[i] + (1.0f - beta2) * gi * gi;
        float mhat = m[i] / bc1;
        float vhat = v[i] / bc2;
        p[i] -= lr * (mhat / (sqrtf(vhat) + eps) + wd * p[i]);
    }
}
