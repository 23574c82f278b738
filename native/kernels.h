/*
 * The C kernels behind the native backend: one function per method of `Kernels`
 * (src/engine/kernels.ts), same argument order (outputs, inputs, sizes). No argument checking
 * here: native/binding.c checks types and bounds before calling in.
 */
#ifndef SWIRL_KERNELS_H
#define SWIRL_KERNELS_H

#include <stdbool.h>
#include <stdint.h>

/* GEMM kernel in use: "auto", "avx2", "avx512" (own) or "openblas"; false if not available */
bool sgemm_select(const char* name);
const char* sgemm_kernel(void);
void sgemm(bool transA, bool transB, int M, int N, int K, float alpha, const float* A, int lda,
           const float* B, int ldb, float beta, float* C, int ldc);
/* sgemm's result on its own kernels as plain loops (for tests) */
void sgemm_reference(bool transA, bool transB, int M, int N, int K, float alpha, const float* A,
                     int lda, const float* B, int ldb, float beta, float* C, int ldc);

void softmax_forward(float* y, const float* x, int R, int N, int causalT);
void softmax_backward(float* dx, const float* y, const float* dy, int R, int N);
void log_softmax_forward(float* y, const float* x, int R, int N);
void log_softmax_backward(float* dx, const float* y, const float* dy, int R, int N);

void rmsnorm_forward(float* y, float* rstd, const float* x, const float* w, int R, int N, float eps);
void rmsnorm_backward(float* dx, float* dw, const float* dy, const float* x, const float* w,
                      const float* rstd, int R, int N);
void layernorm_forward(float* y, float* mean, float* rstd, const float* x, const float* w,
                       const float* b, int R, int N, float eps);
void layernorm_backward(float* dx, float* dw, float* db, const float* dy, const float* x,
                        const float* w, const float* mean, const float* rstd, int R, int N);

void silu_forward(float* y, const float* x, int n);
void silu_backward(float* dx, const float* dy, const float* x, int n);
void gelu_forward(float* y, const float* x, int n);
void gelu_backward(float* dx, const float* dy, const float* x, int n);
void swiglu_forward(float* y, const float* a, const float* b, int n);
void swiglu_backward(float* da, float* db, const float* dy, const float* a, const float* b, int n);

void attend_cached(float* att, const float* q, const float* k, const float* v, float* kc, float* vc,
                   int row, int past, int L, int H, int Hkv, int D, float scale);

void rope(float* y, const float* x, const float* cos_t, const float* sin_t, const int32_t* pos,
          int R, int H, int D, bool inverse);

void cross_entropy_forward(float* losses, const float* logits, const int32_t* targets, int R, int V);
void cross_entropy_backward(float* dlogits, const float* logits, const int32_t* targets,
                            const float* dlosses, int R, int V);

void adamw(float* p, const float* g, float* m, float* v, int n, float lr, float beta1, float beta2,
           float eps, float wd, float bc1, float bc2);

#endif
