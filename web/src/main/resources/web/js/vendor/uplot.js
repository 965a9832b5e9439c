// uPlot from the org.webjars.npm:uplot WebJar (see the root pom's uplot.version; index.html loads its CSS).
export { default } from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
