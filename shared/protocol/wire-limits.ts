/** Bounds on what a decoder accepts, whatever the frame size (docs/protocol.md, "Limits"). */
export const WIRE_LIMITS = { dims: 8, tensors: 4096, metrics: 64, capabilities: 32, features: 1 << 16, taskJsonChars: 1 << 20 } as const;
