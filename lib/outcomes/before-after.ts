import { INDICATORS, type IndicatorCode } from "@/lib/indicators/codes";

// The follow-up of an intervention: for each indicator, the mean over the two years before the
// year it started and over the two years after it. The start year itself is left out: it mixes
// before and after. Pure, with unit tests.

export type IndicatorValue = { year: number; indicator: string; value: number };

export type Comparison = {
  indicator: IndicatorCode;
  before: number | null;
  after: number | null;
  beforeYears: number[];
  afterYears: number[];
};

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000 : null);

export function compareBeforeAfter(values: IndicatorValue[], startYear: number): Comparison[] {
  const beforeYears = [startYear - 2, startYear - 1];
  const afterYears = [startYear + 1, startYear + 2];
  return INDICATORS.map((indicator) => {
    const of = (years: number[]) => values.filter((v) => v.indicator === indicator && years.includes(v.year)).map((v) => v.value);
    return { indicator, before: mean(of(beforeYears)), after: mean(of(afterYears)), beforeYears, afterYears };
  });
}
