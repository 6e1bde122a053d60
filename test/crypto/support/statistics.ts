/** Chi-square goodness of fit against the uniform distribution, for the distribution tests. */

/** The chi-square statistic of observed counts against equal expected counts. */
export function chiSquareUniform(counts: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  const expected = total / counts.length;
  let stat = 0;
  for (let i = 0; i < counts.length; i++) stat += (counts[i]! - expected) ** 2 / expected;
  return stat;
}

/**
 * Upper critical value of chi-square with df degrees of freedom at the one-sided
 * normal quantile z (Wilson-Hilferty; accurate to a few percent for df >= 10).
 * z = 4.265 is p = 1e-5: a fixed-seed test fails only on a real defect.
 */
export function chiSquareCritical(df: number, z = 4.265): number {
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}
