/*
 * OpenBLAS as an option, opened at run time: the addon builds and runs without it, and with it
 * installed SWIRL_GEMM=openblas (or the bench) can hand GEMM to it. Only the five entry points
 * swirl uses are looked up; the CBLAS enum values are the standard's.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

#include "gemm.h"

enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112 };

static void (*p_sgemm)(int, int, int, int, int, int, float, const float*, int, const float*, int,
                       float, float*, int);
static void (*p_sgemv)(int, int, int, int, float, const float*, int, const float*, int, float,
                       float*, int);
static void (*p_set_threads)(int);
static char* (*p_config)(void);
static char* (*p_core)(void);

bool openblas_load(void) {
    if (p_sgemm != NULL) return true;
    static const char* names[] = {"libopenblas.so.0", "libopenblas.so", "libopenblasp.so.0"};
    void* h = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && h == NULL; i++)
        h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (h == NULL) return false;
    *(void**)&p_sgemv = dlsym(h, "cblas_sgemv");
    *(void**)&p_set_threads = dlsym(h, "openblas_set_num_threads");
    *(void**)&p_config = dlsym(h, "openblas_get_config");
    *(void**)&p_core = dlsym(h, "openblas_get_corename");
    void* gemm = dlsym(h, "cblas_sgemm");
    if (gemm == NULL || p_sgemv == NULL) return false;
    *(void**)&p_sgemm = gemm;
    return true;
}

void openblas_gemm(bool transA, bool transB, int M, int N, int K, float alpha, const float* A,
                   int lda, const float* B, int ldb, float beta, float* C, int ldc) {
    p_sgemm(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, M, N, K, alpha, A, lda,
            B, ldb, beta, C, ldc);
}

void openblas_gemv(bool trans, int M, int N, float alpha, const float* A, int lda, const float* x,
                   int incx, float beta, float* y, int incy) {
    p_sgemv(ROW_MAJOR, trans ? TRANS : NO_TRANS, M, N, alpha, A, lda, x, incx, beta, y, incy);
}

void openblas_threads(int n) {
    if (p_set_threads != NULL) p_set_threads(n);
}

const char* openblas_config(void) { return p_config != NULL ? p_config() : NULL; }
const char* openblas_core(void) { return p_core != NULL ? p_core() : NULL; }
