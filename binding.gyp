# node-gyp build of the native backend (run by scripts/build-native.mjs at `npm install`); it needs
# only a C compiler. Two targets: the kernels, compiled with AVX2/FMA (portable flags, not
# -march=native; the AVX-512 GEMM micro-kernel has its own target attribute and is chosen at run
# time), and the N-API glue, compiled without them so its CPU check can refuse to load on an older
# CPU. No -ffast-math: the softmax relies on IEEE -inf/NaN. -ffp-contract=off keeps every a*b+c
# two roundings unless the source asks for an FMA, so the fixed accumulation order of the GEMM
# (native/gemm.c) is the compiler's too. -fno-math-errno only lets gcc inline sqrtf (errno is
# never read); -fno-trapping-math lets it vectorise loops with a select in them (exp_f's range
# checks): results stay IEEE's, only floating-point exception flags (never read) may differ.
# OpenBLAS is not linked: native/openblas.c opens it at run time when asked for.
{
  "targets": [
    {
      "target_name": "swirl_kernels",
      "type": "static_library",
      "sources": ["native/kernels.c", "native/gemm.c", "native/gemm_small.c", "native/openblas.c"],
      "cflags": ["-O3", "-std=c11", "-fPIC", "-pthread", "-ffp-contract=off", "-fno-math-errno", "-fno-trapping-math"],
      "conditions": [
        ["target_arch=='x64'", { "cflags": ["-mavx2", "-mfma"] }]
      ]
    },
    {
      "target_name": "swirl_native",
      "sources": ["native/binding.c"],
      "dependencies": ["swirl_kernels"],
      "cflags": ["-O3", "-std=c11", "-pthread"],
      "libraries": ["-lm", "-ldl", "-lpthread"]
    }
  ]
}
