import * as tf from "@tensorflow/tfjs";

/**
 * FedProx's proximal term (Li et al. 2020, "Federated Optimization in Heterogeneous
 * Networks", eq. 2): the local objective is F_k(w) + mu/2 * ||w - w_global||^2, with
 * w_global the weights the round started from (copied when local training begins). Its
 * gradient mu * (w - w_global) pulls the local model back towards the global one, which
 * limits client drift on non-IID data.
 */
export class ProximalTerm {
  private constructor(private readonly halfMu: number, private readonly anchors: readonly tf.Tensor[]) {}

  /** Anchors the term at the current values of `variables`; null when mu is absent or 0 (plain local training). */
  static anchor(mu: number | undefined, variables: readonly tf.Variable[]): ProximalTerm | null {
    if (mu === undefined || mu === 0) return null;
    if (!(Number.isFinite(mu) && mu > 0)) throw new RangeError(`proximalMu must be a finite number >= 0, got ${mu}`);
    // Copies of the values (never views of a variable's buffer, which training replaces).
    return new ProximalTerm(mu / 2, variables.map((v) => tf.tensor(Float32Array.from(v.dataSync() as Float32Array), v.shape, "float32")));
  }

  /** loss + mu/2 * sum over variables of ||v - anchor||^2 (call inside tf.tidy or optimizer.minimize). */
  addTo(loss: tf.Scalar, variables: readonly tf.Variable[]): tf.Scalar {
    let squares: tf.Tensor = tf.scalar(0);
    variables.forEach((v, i) => { squares = squares.add(v.sub(this.anchors[i]!).square().sum()); });
    return loss.add(squares.mul(this.halfMu)).asScalar();
  }

  dispose(): void {
    for (const a of this.anchors) a.dispose();
  }
}
