/** Learning rate for update number `step` (0-based). */
export function learningRate(s, step) {
    if (step < s.warmupSteps)
        return (s.maxLr * (step + 1)) / s.warmupSteps;
    if (step >= s.totalSteps)
        return s.minLr;
    const progress = (step - s.warmupSteps) / Math.max(1, s.totalSteps - s.warmupSteps);
    return s.minLr + 0.5 * (1 + Math.cos(Math.PI * progress)) * (s.maxLr - s.minLr);
}
//# sourceMappingURL=schedule.js.map