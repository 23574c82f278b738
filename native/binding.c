/*
 * N-API glue for native/kernels.c: one exported function per method of `Kernels`
 * (src/engine/kernels.ts), same names, same argument order. Float32Array/Int32Array arguments
 * are used in place (napi_get_typedarray_info gives the data pointer, byteOffset included), so
 * nothing is copied.
 *
 * Every call is checked before any memory is touched: argument count and types (TypeError),
 * sizes that are non-negative integers, and array lengths that cover the sizes asked, plus
 * indices read from Int32Arrays (targets, positions) (RangeError). A wrong call throws; it
 * never reads or writes outside the arrays it was given.
 *
 * This file is compiled without -mavx2 so that the CPU check in Init runs on any x86-64; the
 * kernels (a static library) are compiled with it.
 */
#define _POSIX_C_SOURCE 200809L
#define NAPI_VERSION 8
#include <node_api.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "gemm.h"
#include "kernels.h"

/* ----------------------------------------------------------------------------------------- */
/* argument parsing */

#define MAX_ARGS 13

/* One parsed argument; which field is set depends on its type letter. */
typedef struct {
    float* f;     /* 'F' Float32Array data */
    int32_t* i;   /* 'I' Int32Array data */
    size_t len;   /* 'F', 'I' element count */
    int n;        /* 'n' size: integer in [0, 2^31) */
    double d;     /* 'x' number */
    bool b;       /* 'b' boolean */
} Arg;

/* One call in progress: what it is called (for messages) and its parsed arguments. */
typedef struct {
    napi_env env;
    const char* fn;    /* method name, e.g. "softmaxForward" */
    const char* names; /* argument names separated by spaces, e.g. "y x R N causalT" */
    Arg a[MAX_ARGS];
} Call;

/* Copies the k-th space-separated word of names into out. */
static const char* arg_name(const char* names, int k, char* out, size_t cap) {
    const char* p = names;
    for (int i = 0; i < k && p; i++) { p = strchr(p, ' '); if (p) p++; }
    if (!p) { snprintf(out, cap, "#%d", k + 1); return out; }
    size_t n = strcspn(p, " ");
    if (n >= cap) n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
    return out;
}

/* Names what a JS value is, for error messages ("number", "Float64Array", ...). */
static const char* describe(napi_env env, napi_value v) {
    static const char* typed[] = {"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
                                  "Uint16Array", "Int32Array", "Uint32Array", "Float32Array",
                                  "Float64Array", "BigInt64Array", "BigUint64Array"};
    bool is = false;
    if (napi_is_typedarray(env, v, &is) == napi_ok && is) {
        napi_typedarray_type t;
        if (napi_get_typedarray_info(env, v, &t, NULL, NULL, NULL, NULL) == napi_ok &&
            (int)t >= 0 && (size_t)t < sizeof typed / sizeof typed[0])
            return typed[t];
        return "typed array";
    }
    napi_valuetype vt;
    if (napi_typeof(env, v, &vt) != napi_ok) return "unknown";
    switch (vt) {
        case napi_undefined: return "undefined";
        case napi_null: return "null";
        case napi_boolean: return "boolean";
        case napi_number: return "number";
        case napi_string: return "string";
        case napi_symbol: return "symbol";
        case napi_object: return "object";
        case napi_function: return "function";
        case napi_external: return "external";
        case napi_bigint: return "bigint";
    }
    return "unknown";
}

static bool type_error(Call* c, int k, const char* want, napi_value got) {
    char name[32], msg[256];
    snprintf(msg, sizeof msg, "swirl_native.%s: argument %d (%s) must be %s, got %s", c->fn, k + 1,
             arg_name(c->names, k, name, sizeof name), want, describe(c->env, got));
    napi_throw_type_error(c->env, NULL, msg);
    return false;
}

static bool range_error(Call* c, const char* msg) {
    char full[320];
    snprintf(full, sizeof full, "swirl_native.%s: %s", c->fn, msg);
    napi_throw_range_error(c->env, NULL, full);
    return false;
}

/* Reads the call's arguments by type letters: 'F' Float32Array, 'I' Int32Array, 'n' size,
 * 'x' number, 'b' boolean. Throws and returns false on a count or type mismatch. */
static bool parse(Call* c, napi_callback_info info, const char* types) {
    size_t want = strlen(types), argc = MAX_ARGS;
    napi_value argv[MAX_ARGS];
    if (napi_get_cb_info(c->env, info, &argc, argv, NULL, NULL) != napi_ok) return false;
    if (argc != want) {
        char msg[256];
        snprintf(msg, sizeof msg, "swirl_native.%s(%s) expects %zu arguments, got %zu", c->fn,
                 c->names, want, argc);
        napi_throw_type_error(c->env, NULL, msg);
        return false;
    }
    /* each getter fails (without throwing) on a value of the wrong type; describe() runs only then */
    for (size_t k = 0; k < want; k++) {
        Arg* a = &c->a[k];
        napi_value v = argv[k];
        switch (types[k]) {
            case 'F':
            case 'I': {
                napi_typedarray_type t;
                void* data = NULL;
                napi_typedarray_type want_t = types[k] == 'F' ? napi_float32_array : napi_int32_array;
                if (napi_get_typedarray_info(c->env, v, &t, &a->len, &data, NULL, NULL) != napi_ok || t != want_t)
                    return type_error(c, (int)k, types[k] == 'F' ? "a Float32Array" : "an Int32Array", v);
                if (types[k] == 'F') a->f = data; else a->i = data;
                break;
            }
            case 'n': {
                double d;
                if (napi_get_value_double(c->env, v, &d) != napi_ok)
                    return type_error(c, (int)k, "a non-negative integer", v);
                if (!(d >= 0 && d <= INT32_MAX && d == floor(d))) {
                    char name[32], msg[256];
                    snprintf(msg, sizeof msg, "argument %d (%s) must be an integer in [0, 2^31), got %g",
                             (int)k + 1, arg_name(c->names, (int)k, name, sizeof name), d);
                    return range_error(c, msg);
                }
                a->n = (int)d;
                break;
            }
            case 'x':
                if (napi_get_value_double(c->env, v, &a->d) != napi_ok) return type_error(c, (int)k, "a number", v);
                break;
            case 'b':
                if (napi_get_value_bool(c->env, v, &a->b) != napi_ok) return type_error(c, (int)k, "a boolean", v);
                break;
        }
    }
    return true;
}

/* Checks that array argument k holds at least `count` elements; `what` spells the count. */
static bool need(Call* c, int k, int64_t count, const char* what) {
    if ((int64_t)c->a[k].len >= count) return true;
    char name[32], msg[256];
    snprintf(msg, sizeof msg, "%s has %zu elements, needs %s = %lld",
             arg_name(c->names, k, name, sizeof name), c->a[k].len, what, (long long)count);
    return range_error(c, msg);
}

/* Checks a row-major rows×cols matrix stored in array argument k with leading dimension ld. */
static bool need_matrix(Call* c, int k, int ld, int64_t rows, int64_t cols, const char* shape) {
    if (rows == 0 || cols == 0) return true;
    char name[32], msg[256];
    arg_name(c->names, k, name, sizeof name);
    if (ld < cols) {
        snprintf(msg, sizeof msg, "%s is %s, so its leading dimension must be >= %lld, got %d",
                 name, shape, (long long)cols, ld);
        return range_error(c, msg);
    }
    if ((int64_t)c->a[k].len >= (rows - 1) * ld + cols) return true;
    snprintf(msg, sizeof msg, "%s is %s with leading dimension %d, so it needs %lld elements, has %zu",
             name, shape, ld, (long long)((rows - 1) * ld + cols), c->a[k].len);
    return range_error(c, msg);
}

/* ----------------------------------------------------------------------------------------- */
/* matmul */

typedef void (*GemmFn)(bool, bool, int, int, int, float, const float*, int, const float*, int,
                       float, float*, int);

static napi_value call_gemm(napi_env env, napi_callback_info info, const char* name, GemmFn fn) {
    Call c = {env, name, "transA transB M N K alpha A lda B ldb beta C ldc", {{0}}};
    if (!parse(&c, info, "bbnnnxFnFnxFn")) return NULL;
    Arg* a = c.a;
    bool tA = a[0].b, tB = a[1].b;
    int64_t M = a[2].n, N = a[3].n, K = a[4].n;
    if (M > 0 && N > 0 && K > 0) {
        if (!need_matrix(&c, 6, a[7].n, tA ? K : M, tA ? M : K, tA ? "K×M (transA)" : "M×K") ||
            !need_matrix(&c, 8, a[9].n, tB ? N : K, tB ? K : N, tB ? "N×K (transB)" : "K×N"))
            return NULL;
    }
    if (!need_matrix(&c, 11, a[12].n, M, N, "M×N")) return NULL;
    fn(tA, tB, a[2].n, a[3].n, a[4].n, (float)a[5].d, a[6].f, a[7].n, a[8].f, a[9].n,
       (float)a[10].d, a[11].f, a[12].n);
    return NULL;
}

static napi_value Sgemm(napi_env env, napi_callback_info info) {
    return call_gemm(env, info, "sgemm", sgemm);
}

/* what sgemm computes on the own kernels, as scalar loops (native/gemm.c, gemm_small.c), for the bit-identity tests */
static napi_value SgemmReference(napi_env env, napi_callback_info info) {
    return call_gemm(env, info, "sgemmReference", sgemm_reference);
}

/* ----------------------------------------------------------------------------------------- */
/* softmax family: (R, N) arrays */

static napi_value SoftmaxForward(napi_env env, napi_callback_info info) {
    Call c = {env, "softmaxForward", "y x R N causalT", {{0}}};
    if (!parse(&c, info, "FFnnn")) return NULL;
    Arg* a = c.a;
    int64_t RN = (int64_t)a[2].n * a[3].n;
    if (!need(&c, 0, RN, "R*N") || !need(&c, 1, RN, "R*N")) return NULL;
    softmax_forward(a[0].f, a[1].f, a[2].n, a[3].n, a[4].n);
    return NULL;
}

/* softmaxBackward, logSoftmaxBackward: (dx, y, dy, R, N) */
static bool parse_rn3(Call* c, napi_callback_info info) {
    if (!parse(c, info, "FFFnn")) return false;
    int64_t RN = (int64_t)c->a[3].n * c->a[4].n;
    return need(c, 0, RN, "R*N") && need(c, 1, RN, "R*N") && need(c, 2, RN, "R*N");
}

static napi_value SoftmaxBackward(napi_env env, napi_callback_info info) {
    Call c = {env, "softmaxBackward", "dx y dy R N", {{0}}};
    if (!parse_rn3(&c, info)) return NULL;
    softmax_backward(c.a[0].f, c.a[1].f, c.a[2].f, c.a[3].n, c.a[4].n);
    return NULL;
}

static napi_value LogSoftmaxForward(napi_env env, napi_callback_info info) {
    Call c = {env, "logSoftmaxForward", "y x R N", {{0}}};
    if (!parse(&c, info, "FFnn")) return NULL;
    Arg* a = c.a;
    int64_t RN = (int64_t)a[2].n * a[3].n;
    if (!need(&c, 0, RN, "R*N") || !need(&c, 1, RN, "R*N")) return NULL;
    log_softmax_forward(a[0].f, a[1].f, a[2].n, a[3].n);
    return NULL;
}

static napi_value LogSoftmaxBackward(napi_env env, napi_callback_info info) {
    Call c = {env, "logSoftmaxBackward", "dx y dy R N", {{0}}};
    if (!parse_rn3(&c, info)) return NULL;
    log_softmax_backward(c.a[0].f, c.a[1].f, c.a[2].f, c.a[3].n, c.a[4].n);
    return NULL;
}

/* ----------------------------------------------------------------------------------------- */
/* norms */

static napi_value RmsnormForward(napi_env env, napi_callback_info info) {
    Call c = {env, "rmsnormForward", "y rstd x w R N eps", {{0}}};
    if (!parse(&c, info, "FFFFnnx")) return NULL;
    Arg* a = c.a;
    int64_t R = a[4].n, N = a[5].n;
    if (!need(&c, 0, R * N, "R*N") || !need(&c, 1, R, "R") || !need(&c, 2, R * N, "R*N") ||
        !need(&c, 3, N, "N"))
        return NULL;
    rmsnorm_forward(a[0].f, a[1].f, a[2].f, a[3].f, a[4].n, a[5].n, (float)a[6].d);
    return NULL;
}

static napi_value RmsnormBackward(napi_env env, napi_callback_info info) {
    Call c = {env, "rmsnormBackward", "dx dw dy x w rstd R N", {{0}}};
    if (!parse(&c, info, "FFFFFFnn")) return NULL;
    Arg* a = c.a;
    int64_t R = a[6].n, N = a[7].n;
    if (!need(&c, 0, R * N, "R*N") || !need(&c, 1, N, "N") || !need(&c, 2, R * N, "R*N") ||
        !need(&c, 3, R * N, "R*N") || !need(&c, 4, N, "N") || !need(&c, 5, R, "R"))
        return NULL;
    rmsnorm_backward(a[0].f, a[1].f, a[2].f, a[3].f, a[4].f, a[5].f, a[6].n, a[7].n);
    return NULL;
}

static napi_value LayernormForward(napi_env env, napi_callback_info info) {
    Call c = {env, "layernormForward", "y mean rstd x w b R N eps", {{0}}};
    if (!parse(&c, info, "FFFFFFnnx")) return NULL;
    Arg* a = c.a;
    int64_t R = a[6].n, N = a[7].n;
    if (!need(&c, 0, R * N, "R*N") || !need(&c, 1, R, "R") || !need(&c, 2, R, "R") ||
        !need(&c, 3, R * N, "R*N") || !need(&c, 4, N, "N") || !need(&c, 5, N, "N"))
        return NULL;
    layernorm_forward(a[0].f, a[1].f, a[2].f, a[3].f, a[4].f, a[5].f, a[6].n, a[7].n, (float)a[8].d);
    return NULL;
}

static napi_value LayernormBackward(napi_env env, napi_callback_info info) {
    Call c = {env, "layernormBackward", "dx dw db dy x w mean rstd R N", {{0}}};
    if (!parse(&c, info, "FFFFFFFFnn")) return NULL;
    Arg* a = c.a;
    int64_t R = a[8].n, N = a[9].n;
    if (!need(&c, 0, R * N, "R*N") || !need(&c, 1, N, "N") || !need(&c, 2, N, "N") ||
        !need(&c, 3, R * N, "R*N") || !need(&c, 4, R * N, "R*N") || !need(&c, 5, N, "N") ||
        !need(&c, 6, R, "R") || !need(&c, 7, R, "R"))
        return NULL;
    layernorm_backward(a[0].f, a[1].f, a[2].f, a[3].f, a[4].f, a[5].f, a[6].f, a[7].f, a[8].n, a[9].n);
    return NULL;
}

/* ----------------------------------------------------------------------------------------- */
/* activations: flat arrays of n elements */

/* (out, in, n) and (dx, dy, x, n) shapes: every array needs n elements */
static bool parse_flat(Call* c, napi_callback_info info, const char* types) {
    if (!parse(c, info, types)) return false;
    int k = (int)strlen(types) - 1; /* n is last */
    for (int j = 0; j < k; j++)
        if (!need(c, j, c->a[k].n, "n")) return false;
    return true;
}

#define FLAT_KERNEL(Name, js, names, types, call)                 \
    static napi_value Name(napi_env env, napi_callback_info info) { \
        Call c = {env, js, names, {{0}}};                           \
        if (!parse_flat(&c, info, types)) return NULL;              \
        Arg* a = c.a;                                               \
        call;                                                       \
        return NULL;                                                \
    }

FLAT_KERNEL(SiluForward, "siluForward", "y x n", "FFn", silu_forward(a[0].f, a[1].f, a[2].n))
FLAT_KERNEL(SiluBackward, "siluBackward", "dx dy x n", "FFFn", silu_backward(a[0].f, a[1].f, a[2].f, a[3].n))
FLAT_KERNEL(GeluForward, "geluForward", "y x n", "FFn", gelu_forward(a[0].f, a[1].f, a[2].n))
FLAT_KERNEL(GeluBackward, "geluBackward", "dx dy x n", "FFFn", gelu_backward(a[0].f, a[1].f, a[2].f, a[3].n))
FLAT_KERNEL(SwigluForward, "swigluForward", "y a b n", "FFFn", swiglu_forward(a[0].f, a[1].f, a[2].f, a[3].n))
FLAT_KERNEL(SwigluBackward, "swigluBackward", "da db dy a b n", "FFFFFn",
            swiglu_backward(a[0].f, a[1].f, a[2].f, a[3].f, a[4].f, a[5].n))

/* ----------------------------------------------------------------------------------------- */
/* rotary embedding */

static napi_value AttendCached(napi_env env, napi_callback_info info) {
    Call c = {env, "attendCached", "att q k v kc vc row past L H Hkv D scale", {{0}}};
    if (!parse(&c, info, "FFFFFFnnnnnnx")) return NULL;
    Arg* a = c.a;
    int64_t row = a[6].n, past = a[7].n, L = a[8].n, H = a[9].n, Hkv = a[10].n, D = a[11].n;
    if (H == 0 || Hkv == 0 || D == 0 || H % Hkv != 0) {
        char msg[160];
        snprintf(msg, sizeof msg, "H (%lld) must be a positive multiple of Hkv (%lld), and D positive (%lld)",
                 (long long)H, (long long)Hkv, (long long)D);
        return range_error(&c, msg), NULL;
    }
    if (!need(&c, 0, (row + L) * H * D, "(row+L)*H*D") || !need(&c, 1, (row + L) * H * D, "(row+L)*H*D") ||
        !need(&c, 2, (row + L) * Hkv * D, "(row+L)*Hkv*D") || !need(&c, 3, (row + L) * Hkv * D, "(row+L)*Hkv*D") ||
        !need(&c, 4, (past + L) * Hkv * D, "(past+L)*Hkv*D") || !need(&c, 5, (past + L) * Hkv * D, "(past+L)*Hkv*D"))
        return NULL;
    if (L > 0) attend_cached(a[0].f, a[1].f, a[2].f, a[3].f, a[4].f, a[5].f, a[6].n, a[7].n, a[8].n, a[9].n, a[10].n, a[11].n, (float)a[12].d);
    return NULL;
}

static napi_value Rope(napi_env env, napi_callback_info info) {
    Call c = {env, "rope", "y x cos sin pos R H D inverse", {{0}}};
    if (!parse(&c, info, "FFFFInnnb")) return NULL;
    Arg* a = c.a;
    int64_t R = a[5].n, H = a[6].n, D = a[7].n, half = D / 2;
    char msg[200];
    if (D % 2 != 0) {
        snprintf(msg, sizeof msg, "D (head size) must be even, got %lld", (long long)D);
        return range_error(&c, msg), NULL;
    }
    if (!need(&c, 0, R * H * D, "R*H*D") || !need(&c, 1, R * H * D, "R*H*D") || !need(&c, 4, R, "R"))
        return NULL;
    if (R * H * half > 0) { /* every position must have a row in both tables */
        size_t rows = (a[2].len < a[3].len ? a[2].len : a[3].len) / (size_t)half;
        for (int64_t r = 0; r < R; r++) {
            int32_t p = a[4].i[r];
            if (p < 0 || (size_t)p >= rows) {
                snprintf(msg, sizeof msg, "pos[%lld] = %d is outside the cos/sin tables (%zu positions of D/2 = %lld)",
                         (long long)r, p, rows, (long long)half);
                return range_error(&c, msg), NULL;
            }
        }
    }
    rope(a[0].f, a[1].f, a[2].f, a[3].f, a[4].i, a[5].n, a[6].n, a[7].n, a[8].b);
    return NULL;
}

/* ----------------------------------------------------------------------------------------- */
/* cross-entropy */

/* Every target must be < V (negative ones mark skipped rows). */
static bool check_targets(Call* c, const int32_t* targets, int R, int V) {
    for (int r = 0; r < R; r++) {
        if (targets[r] >= V) {
            char msg[160];
            snprintf(msg, sizeof msg, "targets[%d] = %d is not below V = %d", r, targets[r], V);
            return range_error(c, msg);
        }
    }
    return true;
}

static napi_value CrossEntropyForward(napi_env env, napi_callback_info info) {
    Call c = {env, "crossEntropyForward", "losses logits targets R V", {{0}}};
    if (!parse(&c, info, "FFInn")) return NULL;
    Arg* a = c.a;
    int64_t R = a[3].n, V = a[4].n;
    if (!need(&c, 0, R, "R") || !need(&c, 1, R * V, "R*V") || !need(&c, 2, R, "R") ||
        !check_targets(&c, a[2].i, a[3].n, a[4].n))
        return NULL;
    cross_entropy_forward(a[0].f, a[1].f, a[2].i, a[3].n, a[4].n);
    return NULL;
}

static napi_value CrossEntropyBackward(napi_env env, napi_callback_info info) {
    Call c = {env, "crossEntropyBackward", "dlogits logits targets dlosses R V", {{0}}};
    if (!parse(&c, info, "FFIFnn")) return NULL;
    Arg* a = c.a;
    int64_t R = a[4].n, V = a[5].n;
    if (!need(&c, 0, R * V, "R*V") || !need(&c, 1, R * V, "R*V") || !need(&c, 2, R, "R") ||
        !need(&c, 3, R, "R") || !check_targets(&c, a[2].i, a[4].n, a[5].n))
        return NULL;
    cross_entropy_backward(a[0].f, a[1].f, a[2].i, a[3].f, a[4].n, a[5].n);
    return NULL;
}

/* ----------------------------------------------------------------------------------------- */
/* optimiser */

static napi_value Adamw(napi_env env, napi_callback_info info) {
    Call c = {env, "adamw", "p g m v n lr beta1 beta2 eps wd bc1 bc2", {{0}}};
    if (!parse(&c, info, "FFFFnxxxxxxx")) return NULL;
    Arg* a = c.a;
    for (int j = 0; j < 4; j++)
        if (!need(&c, j, a[4].n, "n")) return NULL;
    adamw(a[0].f, a[1].f, a[2].f, a[3].f, a[4].n, (float)a[5].d, (float)a[6].d, (float)a[7].d,
          (float)a[8].d, (float)a[9].d, (float)a[10].d, (float)a[11].d);
    return NULL;
}

/* ----------------------------------------------------------------------------------------- */
/* threads and facts */

static napi_value SetThreads(napi_env env, napi_callback_info info) {
    Call c = {env, "setThreads", "n", {{0}}};
    if (!parse(&c, info, "n")) return NULL;
    if (c.a[0].n < 1) return range_error(&c, "n must be at least 1"), NULL;
    gemm_set_threads(c.a[0].n);
    openblas_threads(c.a[0].n);
    return NULL;
}

/* setGemm(name): "auto" | "avx2" | "avx512" (own kernels) | "openblas" (if it can be loaded) */
static napi_value SetGemm(napi_env env, napi_callback_info info) {
    size_t argc = 1;
    napi_value argv[1];
    char name[32] = {0};
    size_t len = 0;
    napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
    if (argc != 1 || napi_get_value_string_utf8(env, argv[0], name, sizeof name, &len) != napi_ok) {
        napi_throw_type_error(env, NULL, "setGemm(name): name must be a string");
        return NULL;
    }
    if (!sgemm_select(name)) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "setGemm: \"%s\" is not available here (auto, avx2, avx512 if the CPU has it, "
                 "openblas if libopenblas.so is installed)", name);
        napi_throw_range_error(env, NULL, msg);
    }
    return NULL;
}

static void set_string(napi_env env, napi_value obj, const char* key, const char* s) {
    napi_value v;
    napi_create_string_utf8(env, s ? s : "unknown", NAPI_AUTO_LENGTH, &v);
    napi_set_named_property(env, obj, key, v);
}

static void set_int(napi_env env, napi_value obj, const char* key, int64_t n) {
    napi_value v;
    napi_create_int64(env, n, &v);
    napi_set_named_property(env, obj, key, v);
}

/* { gemm, blas, core, threads, cores } for `swirl doctor` */
static napi_value Info(napi_env env, napi_callback_info info) {
    Call c = {env, "info", "", {{0}}};
    if (!parse(&c, info, "")) return NULL;
    napi_value obj;
    napi_create_object(env, &obj);
    const char* kernel = sgemm_kernel();
    bool blas = strcmp(kernel, "openblas") == 0;
    char gemm[64];
    snprintf(gemm, sizeof gemm, blas ? "OpenBLAS" : "own (%s)", kernel);
    set_string(env, obj, "gemm", gemm);
    set_string(env, obj, "blas", blas ? openblas_config() : "none (own kernels)");
    if (blas) set_string(env, obj, "core", openblas_core());
    set_int(env, obj, "threads", gemm_get_threads());
    set_int(env, obj, "cores", sysconf(_SC_NPROCESSORS_ONLN));
    return obj;
}

/* ----------------------------------------------------------------------------------------- */
/* module */

static napi_value Init(napi_env env, napi_value exports) {
#if defined(__x86_64__) && defined(__GNUC__)
    /* the kernels are compiled with -mavx2 -mfma; refuse to load (so swirl falls back to the
     * pure-TypeScript backend) rather than die of an illegal instruction later */
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma")) {
        napi_throw_error(env, NULL, "swirl_native: this CPU lacks AVX2/FMA, which the kernels were built for");
        return NULL;
    }
#endif
    static const struct { const char* name; napi_callback fn; } methods[] = {
        {"sgemm", Sgemm}, {"sgemmReference", SgemmReference}, {"setGemm", SetGemm},
        {"softmaxForward", SoftmaxForward}, {"softmaxBackward", SoftmaxBackward},
        {"logSoftmaxForward", LogSoftmaxForward}, {"logSoftmaxBackward", LogSoftmaxBackward},
        {"rmsnormForward", RmsnormForward}, {"rmsnormBackward", RmsnormBackward},
        {"layernormForward", LayernormForward}, {"layernormBackward", LayernormBackward},
        {"siluForward", SiluForward}, {"siluBackward", SiluBackward},
        {"geluForward", GeluForward}, {"geluBackward", GeluBackward},
        {"swigluForward", SwigluForward}, {"swigluBackward", SwigluBackward},
        {"rope", Rope},
        {"attendCached", AttendCached},
        {"crossEntropyForward", CrossEntropyForward}, {"crossEntropyBackward", CrossEntropyBackward},
        {"adamw", Adamw},
        {"setThreads", SetThreads}, {"info", Info},
    };
    /* plain (enumerable) properties, so `{ ...addon }` in backends/native.ts copies them */
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        napi_value fn;
        if (napi_create_function(env, methods[i].name, NAPI_AUTO_LENGTH, methods[i].fn, NULL, &fn) != napi_ok ||
            napi_set_named_property(env, exports, methods[i].name, fn) != napi_ok)
            return NULL;
    }
    return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
