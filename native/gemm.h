/*
 * swirl's own SGEMM (native/gemm.c) and the optional OpenBLAS it can hand GEMM to instead
 * (native/openblas.c, loaded at run time with dlopen, so the addon never needs it to build).
 */
#ifndef SWIRL_GEMM_H
#define SWIRL_GEMM_H

#include <stdbool.h>

/* C = alpha * op(A) @ op(B) + beta * C with the fixed accumulation order described in gemm.c */
void gemm_own(bool transA, bool transB, int M, int N, int K, float alpha, const float* A, int lda,
              const float* B, int ldb, float beta, float* C, int ldc);
/* the same definition as plain scalar loops, for tests */
void gemm_reference(bool transA, bool transB, int M, int N, int K, float alpha, const float* A,
                    int lda, const float* B, int ldb, float beta, float* C, int ldc);
/* decoding's few rows against a row-stored B (C = alpha A Bᵀ + beta C), native/gemm_small.c,
 * and its definition as plain loops */
void gemm_small_m_nt(int M, int N, int K, float alpha, const float* A, int lda, const float* B,
                     int ldb, float beta, float* C, int ldc);
void gemm_small_m_nt_reference(int M, int N, int K, float alpha, const float* A, int lda,
                               const float* B, int ldb, float beta, float* C, int ldc);
/* "auto" (widest the CPU has), "avx2" or "avx512"; false if unknown or the CPU lacks it */
bool gemm_set_isa(const char* name);
const char* gemm_isa_name(void);
void gemm_set_threads(int n);
int gemm_get_threads(void);
/* fn(arg, part, parts) for every part, on up to max_parts of the GEMM threads (gemm.c) */
void gemm_parallel(int max_parts, void (*fn)(void* arg, int part, int parts), void* arg);

/* OpenBLAS, if libopenblas.so can be opened: true once loaded */
bool openblas_load(void);
void openblas_gemm(bool transA, bool transB, int M, int N, int K, float alpha, const float* A,
                   int lda, const float* B, int ldb, float beta, float* C, int ldc);
void openblas_gemv(bool trans, int M, int N, float alpha, const float* A, int lda, const float* x,
                   int incx, float beta, float* y, int incy);
void openblas_threads(int n);
const char* openblas_config(void);
const char* openblas_core(void);

#endif
