import * as tf from "@tensorflow/tfjs";
import type { LayerSpec } from "../../shared/task/layer-spec";
import type { ModelSpec } from "../../shared/task/task-spec";
import { weightLayout, type WeightSlot } from "../../shared/task/weight-layout";

/**
 * A tfjs Sequential model from a checked ModelSpec, built with tfjs's own layer
 * factories (never from a deserialised topology: only the closed LayerSpec
 * list reaches tfjs), with zero initialisers (no draw from tfjs's unseeded
 * RNG; the real values come from setWeights). Returns the model and its
 * variables in weightLayout order, checked against the layout's shapes.
 */
export interface BuiltModel {
  readonly model: tf.Sequential;
  readonly layout: readonly WeightSlot[];
  /** One per layout slot, in layout order. */
  readonly variables: readonly tf.Variable[];
}

export function buildModel(spec: ModelSpec): BuiltModel {
  const layout = weightLayout(spec);
  const model = tf.sequential();
  try {
    spec.layers.forEach((layer, i) => model.add(makeLayer(layer, i === 0 ? [...spec.inputShape] : undefined)));
    const variables: tf.Variable[] = [];
    let k = 0;
    model.layers.forEach((layer, li) => {
      for (const w of layer.weights) {
        const slot = layout[k];
        const v = w.read();
        const short = slot?.name.slice(slot.name.lastIndexOf("/") + 1);
        if (slot === undefined || slot.layer !== li || !(v instanceof tf.Variable) || !w.originalName.endsWith(`/${short}`) || v.shape.join("x") !== slot.shape.join("x")) {
          throw new Error(`tfjs weight ${w.originalName} [${v.shape.join(", ")}] of layer ${li} does not match the layout's ${slot?.name ?? "end"} [${slot?.shape.join(", ") ?? ""}]`);
        }
        variables.push(v);
        k++;
      }
    });
    if (k !== layout.length) throw new Error(`tfjs model has ${k} weights, layout expects ${layout.length}`);
    return { model, layout, variables };
  } catch (err) {
    model.dispose();
    throw err;
  }
}

function makeLayer(layer: LayerSpec, inputShape: number[] | undefined): tf.layers.Layer {
  const first = inputShape !== undefined ? { inputShape } : {};
  const zeros = { kernelInitializer: "zeros", biasInitializer: "zeros" } as const;
  const name = layer.name;
  switch (layer.type) {
    case "dense":
      return tf.layers.dense({ name, units: layer.units, activation: layer.activation, useBias: layer.useBias, ...zeros, ...first });
    case "conv2d":
      return tf.layers.conv2d({
        name, filters: layer.filters, kernelSize: [...layer.kernelSize], strides: [...layer.strides], padding: layer.padding,
        activation: layer.activation, useBias: layer.useBias, dataFormat: "channelsLast", ...zeros, ...first,
      });
    case "maxPooling2d":
      return tf.layers.maxPooling2d({ name, poolSize: [...layer.poolSize], strides: [...layer.strides], padding: layer.padding, dataFormat: "channelsLast", ...first });
    case "averagePooling2d":
      return tf.layers.averagePooling2d({ name, poolSize: [...layer.poolSize], strides: [...layer.strides], padding: layer.padding, dataFormat: "channelsLast", ...first });
    case "globalAveragePooling2d":
      return tf.layers.globalAveragePooling2d({ name, dataFormat: "channelsLast", ...first });
    case "globalMaxPooling2d":
      return tf.layers.globalMaxPooling2d({ name, dataFormat: "channelsLast", ...first });
    case "flatten":
      return tf.layers.flatten({ name, ...first });
    case "dropout":
      return tf.layers.dropout({ name, rate: layer.rate, ...first });
    case "batchNormalization":
      return tf.layers.batchNormalization({
        name, axis: -1, momentum: layer.momentum, epsilon: layer.epsilon, center: layer.center, scale: layer.scale,
        betaInitializer: "zeros", gammaInitializer: "ones", movingMeanInitializer: "zeros", movingVarianceInitializer: "ones", ...first,
      });
    case "embedding":
      return tf.layers.embedding({ name, inputDim: layer.inputDim, outputDim: layer.outputDim, embeddingsInitializer: "zeros", ...first });
    case "activation":
      return tf.layers.activation({ name, activation: layer.activation, ...first });
    case "reshape":
      return tf.layers.reshape({ name, targetShape: [...layer.targetShape], ...first });
  }
}
