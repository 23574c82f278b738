# node-gyp build of the native backend (run by scripts/build-native.mjs at `npm install`).
# Two targets: the kernels, compiled with AVX2/FMA (portable flags, not -march=native), and the
# N-API glue, compiled without them so its CPU check can refuse to load on an older CPU.
# No -ffast-math: the softmax relies on IEEE -inf/NaN. -fno-math-errno only lets gcc inline
# sqrtf (errno is never read); -fno-trapping-math lets it vectorise loops with a select in them
# (exp_f's range checks): results stay IEEE's, only floating-point exception flags (never read)
# may differ. OpenBLAS's cblas.h is on the default path on Debian/Ubuntu and
# in /usr/include/openblas on Fedora/Arch.
{
  "targets": [
    {
      "target_name": "swirl_kernels",
      "type": "static_library",
      "sources": ["native/kernels.c"],
      "include_dirs": ["/usr/include/openblas"],
      "cflags": ["-O3", "-std=c11", "-fPIC", "-fno-math-errno", "-fno-trapping-math"],
      "conditions": [
        ["target_arch=='x64'", { "cflags": ["-mavx2", "-mfma"] }]
      ]
    },
    {
      "target_name": "swirl_native",
      "sources": ["native/binding.c"],
      "dependencies": ["swirl_kernels"],
      "include_dirs": ["/usr/include/openblas"],
      "cflags": ["-O3", "-std=c11"],
      "libraries": ["-lopenblas", "-lm"]
    }
  ]
}
