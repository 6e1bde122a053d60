/**
 * PySyft 0.2's own cases for fixed precision, with the same inputs:
 * test/torch/tensors/test_precision.py of OpenMined/PySyft (the stored copy
 * read is the 0.2.x file with `dtype` and the approximation tests, i.e. the
 * v0.2.9 line). Local fixed point truncates toward zero, as PySyft's does, so
 * its exact expected values (-0.2380, -0.4770) hold here too.
 */
import assert from "node:assert/strict";
import { FixedPrecisionTensor, RING_BITS, RingTensor, tensor } from "../../shared/syft/index";
import { assertClose, assertValues, fixture } from "./support";

describe("PySyft test_precision.py, same inputs", () => {
  it("test_wrap: fixPrecision() wraps integers held here", () => {
    const x = tensor([1, 2, 3]).fixPrecision();
    assert.ok(x instanceof FixedPrecisionTensor);
    assert.ok(x.child instanceof RingTensor);
  });

  it("test_encode_decode / test_inplace_encode_decode: [0.1, 0.2, 0.3] -> [100, 200, 300] -> [0.1, 0.2, 0.3]", () => {
    const x = tensor([0.1, 0.2, 0.3]).fixPrecision();
    assert.deepEqual(x.child.toArray(), [100, 200, 300]);
    assertValues(x.floatPrecision(), [0.1, 0.2, 0.3]);
  });

  for (const method of ["transpose", "matmul"] as const) {
    it(`test_methods_for_linear_module (${method}): fixed point agrees with plain [[1, 2], [3, 4]]`, async () => {
      const t = tensor([[1.0, 2], [3, 4]]);
      const fp = t.fixPrecision();
      const got = method === "transpose" ? await fp.transpose() : await fp.matmul(fp);
      const want = method === "transpose" ? t.transpose() : t.matmul(t);
      assertValues(got.floatPrecision(), want.toArray(), want.shape);
    });
  }

  describe("test_torch_add", () => {
    it("x + x on integers [200, 400, 600], negatives, and constants 4 and 4.2", async () => {
      const x = tensor([0.1, 0.2, 0.3]).fixPrecision();
      const y = await x.add(x);
      assert.deepEqual(y.child.toArray(), [200, 400, 600]);
      assertValues(y.floatPrecision(), [0.2, 0.4, 0.6]);
      const z = await tensor([-0.1, -0.2, 0.3]).fixPrecision().add(tensor([0.4, -0.5, -0.6]).fixPrecision());
      assertValues(z.floatPrecision(), [0.3, -0.7, -0.3]);
      const t = tensor([1.0, -2.0, 3.0]).fixPrecision();
      assertValues((await t.add(4)).floatPrecision(), [5, 2, 7]);
      assertClose((await t.add(4.2)).floatPrecision(), [5.2, 2.2, 7.2], 10e-3);
    });

    it("with an AdditiveSharingTensor on either side", async () => {
      const { alice, bob, james } = fixture();
      const t = tensor([1.0, -2.0, 3.0]);
      const y = await t.fixPrecision().share(bob, alice, { cryptoProvider: james });
      assertValues((await (await t.fixPrecision().add(y)).get()).floatPrecision(), [2, -4, 6]);
      const y2 = await t.fixPrecision().share(bob, alice, { cryptoProvider: james });
      assertValues((await (await y2.add(t.fixPrecision())).get()).floatPrecision(), [2, -4, 6]);
    });
  });

  it("test_torch_add_: x + x, and x + lr * x with lr = 0.5 -> [150, 300, 450]", async () => {
    const x = tensor([0.1, 0.2, 0.3]).fixPrecision();
    assert.deepEqual((await x.add(x)).child.toArray(), [200, 400, 600]);
    const lr = tensor(0.5).fixPrecision();
    const y = await x.add(await lr.mul(x));
    assert.deepEqual(y.child.toArray(), [150, 300, 450]);
    assertValues(y.floatPrecision(), [0.15, 0.3, 0.45]);
  });

  describe("test_torch_sub", () => {
    it("[0.5, 0.8, 1.3] - [0.1, 0.2, 0.3] -> [400, 600, 1000], and constants", async () => {
      const z = await tensor([0.5, 0.8, 1.3]).fixPrecision().sub(tensor([0.1, 0.2, 0.3]).fixPrecision());
      assert.deepEqual(z.child.toArray(), [400, 600, 1000]);
      assertValues(z.floatPrecision(), [0.4, 0.6, 1.0]);
      const t = tensor([1.0, -2.0, 3.0]).fixPrecision();
      assertValues((await t.sub(4)).floatPrecision(), [-3, -6, -1]);
      assertValues((await (await t.neg()).add(4)).floatPrecision(), [3, 6, 1]);
      assertClose((await t.sub(4.2)).floatPrecision(), [-3.2, -6.2, -1.2], 10e-3);
    });

    it("with an AdditiveSharingTensor: sub(y, x) and sub(x, y)", async () => {
      const { alice, bob, james } = fixture();
      const tx = tensor([1.0, -2.0, 3.0]), ty = tensor([0.1, 0.2, 0.3]);
      const y = await ty.fixPrecision().share(bob, alice, { cryptoProvider: james });
      assertValues((await (await y.sub(tx.fixPrecision())).get()).floatPrecision(), [-0.9, 2.2, -2.7]);
      const y2 = await ty.fixPrecision().share(bob, alice, { cryptoProvider: james });
      assertValues((await (await tx.fixPrecision().sub(y2)).get()).floatPrecision(), [0.9, -2.2, 2.7]);
    });
  });

  it("test_torch_sub_: x - x -> [0, 0, 0], and x - lr * x -> [50, 100, 150]", async () => {
    const x = tensor([0.1, 0.2, 0.3]).fixPrecision();
    assert.deepEqual((await x.sub(x)).child.toArray(), [0, 0, 0]);
    const y = await x.sub(await tensor(0.5).fixPrecision().mul(x));
    assert.deepEqual(y.child.toArray(), [50, 100, 150]);
    assertValues(y.floatPrecision(), [0.05, 0.1, 0.15]);
  });

  describe("test_torch_mul", () => {
    it("precision 2: 2.113^2 -> [445]; 2.113 * -0.113 -> -0.238; 11 * 11 at precision 2; 2.113 * (y + y) -> -0.477", async () => {
      const x = tensor([2.113]).fixPrecision({ precision: 2 });
      const y = await x.mul(x);
      assert.deepEqual(y.child.toArray(), [445]);
      assert.equal(y.precision, 2);
      assertValues(y.floatPrecision(), [4.45]);
      const a = tensor([2.113]).fixPrecision(), b = tensor([-0.113]).fixPrecision();
      const z = await a.mul(b);
      assert.equal(z.precision, 3);
      assertValues(z.floatPrecision(), [-0.238]);
      assertValues((await tensor([11.0]).fixPrecision({ precision: 2 }).mul(tensor([11.0]).fixPrecision({ precision: 2 }))).floatPrecision(), [121]);
      assertValues((await a.mul(await b.add(b))).floatPrecision(), [-0.477]);
    });

    it("with an AdditiveSharingTensor: [1, -2, 3] * [1, -2, -3]", async () => {
      const { alice, bob, james } = fixture();
      const y = await tensor([1.0, -2.0, -3.0]).fixPrecision().share(bob, alice, { cryptoProvider: james });
      assertValues((await (await tensor([1.0, -2.0, 3.0]).fixPrecision().mul(y)).get()).floatPrecision(), [1, 4, -9]);
    });
  });

  it("test_torch_div (both held here): [[9, 25.42], [3.3, 0]] / [[3, 6.2], [3.3, 4.7]] and with negatives", async () => {
    const x = tensor([[9.0, 25.42], [3.3, 0.0]]).fixPrecision(), y = tensor([[3.0, 6.2], [3.3, 4.7]]).fixPrecision();
    assertValues((await x.div(y)).floatPrecision(), [3, 4.1, 1, 0]);
    const xn = tensor([[-9.0, 25.42], [-3.3, 0.0]]).fixPrecision(), yn = tensor([[3.0, -6.2], [-3.3, 4.7]]).fixPrecision();
    assertValues((await xn.div(yn)).floatPrecision(), [-3, -4.1, 1, 0]);
  });

  it("test_inplace_operations (as new tensors): a = [5, 6], b = [2]: a / b, * b, + b, - b", async () => {
    const b = tensor([2.0]).fixPrecision();
    let a = await tensor([5.0, 6.0]).fixPrecision().div(b);
    assertValues(a.floatPrecision(), [2.5, 3]);
    a = await a.mul(b);
    assertValues(a.floatPrecision(), [5, 6]);
    a = await a.add(b);
    assertValues(a.floatPrecision(), [7, 8]);
    a = await a.sub(b);
    assertValues(a.floatPrecision(), [5, 6]);
  });

  it("test_torch_pow: m ** 3 as m * m * m", async () => {
    const x = tensor([[1, 2], [3, 4.0]]).fixPrecision();
    assertValues((await (await x.mul(x)).mul(x)).floatPrecision(), [1, 8, 27, 64]);
  });

  it("test_torch_matmul: m @ m held here, and held here @ shared", async () => {
    const { alice, bob, james } = fixture();
    const m = tensor([[1, 2], [3, 4.0]]);
    assertValues((await m.fixPrecision().matmul(m.fixPrecision())).floatPrecision(), [7, 10, 15, 22]);
    const y = await m.fixPrecision().share(bob, alice, { cryptoProvider: james });
    assertValues((await (await m.fixPrecision().matmul(y)).get()).floatPrecision(), [7, 10, 15, 22]);
  });

  it("test_torch_addmm / test_addmm: bias + inputs @ weight == [[10, 8]]", async () => {
    const weight = tensor([[1.0, 2], [4.0, 2]]).fixPrecision(), inputs = tensor([[1.0, 2]]).fixPrecision(), bias = tensor([1.0, 2]).fixPrecision();
    assertValues((await (await inputs.matmul(weight)).add(bias)).floatPrecision(), [10, 8], [1, 2]);
  });

  it("test_torch_dot: [1..5] . [3, 3, 3, 3, 3] == 45", async () => {
    const x = tensor([1.0, 2.0, 3.0, 4.0, 5.0]).fixPrecision(), y = tensor([3.0, 3.0, 3.0, 3.0, 3.0]).fixPrecision();
    assertValues((await (await x.mul(y)).sum()).floatPrecision(), [45]);
  });

  it("test_operate_with_integer_constants: [1.0] + 10, - 7, * 2, / 5", async () => {
    const x = tensor([1.0]).fixPrecision();
    assertValues((await x.add(10)).floatPrecision(), [11]);
    assertValues((await x.sub(7)).floatPrecision(), [-6]);
    assertValues((await x.mul(2)).floatPrecision(), [2]);
    assertValues((await x.div(5)).floatPrecision(), [0.2]);
  });

  it("test_fixed_precision_and_sharing: share(bob, alice), get, and x + x", async () => {
    const { alice, bob } = fixture();
    const x = await tensor([1, 2, 3, 4.0]).fixPrecision().share(bob, alice);
    assertValues((await x.get()).floatPrecision(), [1, 2, 3, 4]);
    const y = await tensor([1, 2, 3, 4.0]).fixPrecision().share(bob, alice);
    assertValues((await (await y.add(y)).get()).floatPrecision(), [2, 4, 6, 8]);
  });

  it("test_get_preserves_attributes: precision 1 survives share and get", async () => {
    const { alice, bob } = fixture();
    const x = await tensor([1, 2, 3, 4.0]).fixPrecision({ precision: 1 }).share(bob, alice);
    const back = await x.get();
    assert.equal(back.precision, 1);
    assertValues(back.floatPrecision(), [1, 2, 3, 4]);
  });

  it("test_dtype (long): fixed point lives in Z_2^64", () => {
    const x = tensor([3.1]).fixPrecision();
    assert.equal(RING_BITS, 64);
    assert.ok(x.child.values instanceof BigUint64Array);
  });

  // Not applicable, and why:
  // - parameter=True variants, test_fix_prec_registration, test_fix_prec_inplace_registration: no nn.Parameter,
  //   no registry, no in-place ops (every op returns a new tensor; the in-place cases are run as new tensors above).
  // - test_torch_div with an AdditiveSharingTensor numerator and a public tensor divisor: division of shares by a
  //   public tensor of different divisors is not in this API (divide by a public integer, or multiply by 1 / y).
  // - test_torch_inverse_approx, test_torch_exp_approx, test_torch_sigmoid_approx, test_torch_tanh_approx,
  //   test_torch_log_approx, test_comp: non-linear approximations and comparisons are not in this API.
  // - dtype "int" and field=2^16 (the 11 * 11 case runs at precision 2 in Z_2^64): the tensor chain has one ring;
  //   Z_2^32 serves secure aggregation (sharing.ts, protect-chain.ts).
});
