/** One sample of Prometheus' text exposition format: `name{label="value",…} number`. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const sampleLine = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.]+(?:e[+-]?[0-9]+)?|nan|[+-]inf)(?: -?[0-9]+)?$/i;
const labelPair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/**
 * Parses Prometheus' text format (version 0.0.4): `# HELP` and `# TYPE` lines and samples. Throws on any other line,
 * so a test that parses a response also checks that it is well-formed.
 */
export function parsePrometheusText(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !/^# (HELP|TYPE) /.test(line))
    .map((line) => {
      const match = sampleLine.exec(line);
      if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(labelPair)].map((pair) => [pair[1]!, pair[2]!]));
      // Go's ParseFloat, which Prometheus uses, takes NaN and Inf in any case (prom-client writes "Nan").
      const text = match[3]!.toLowerCase();
      const value = text === 'nan' ? NaN : text === '+inf' ? Infinity : text === '-inf' ? -Infinity : Number(text);
      return { name: match[1]!, labels, value };
    });
}

/** The value of the first sample named `name` whose labels include `labels`; undefined when there is none. */
export function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.find((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
    ?.value;
}
