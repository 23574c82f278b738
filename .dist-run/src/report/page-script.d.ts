/**
 * The report page's own script, run in the browser after Chart.js. It reads the data from the
 * `<script type="application/json" id="report-data">` block, draws the charts and builds the
 * trajectory browser. Every piece of run data reaches the DOM through textContent or
 * setAttribute, never innerHTML, so model output cannot inject markup or script.
 * Kept as a string (not compiled TypeScript) because the project's tsconfig has no DOM types.
 */
export declare const PAGE_SCRIPT: string;
