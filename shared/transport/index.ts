/**
 * `conclave/transport`: the one interface every transport implements (a Connection carries
 * encoded protobuf messages as bytes, with an explicit size limit) and the in-memory pair the
 * simulations use. The socket.io ends are `SocketIoServerTransport` in `conclave/coordinator`
 * and `connectSocketIo` in `conclave/worker`; a transport of your own implements Connection
 * (or extends EventedConnection, or wraps a byte stream in FramedConnection).
 *
 * ```ts
 * import { createMemoryPair, type Connection } from "conclave/transport";
 *
 * const [coordinatorEnd, workerEnd]: [Connection, Connection] = createMemoryPair("alice");
 * workerEnd.onMessage((bytes) => console.log(`got ${bytes.length} bytes`));
 * coordinatorEnd.send(new Uint8Array([1, 2, 3]));
 * ```
 */
export { DEFAULT_FRAME_BYTES, DEFAULT_MAX_MESSAGE_BYTES, ConnectionEvents, EventedConnection, MessageTooLargeError, type Connection } from "./transport";
export { createMemoryPair } from "./memory-transport";
export { FramedConnection, type FrameSocket } from "./framed-connection";
export { FRAME_HEADER_BYTES, FrameAssembler, splitIntoFrames, type FrameEvent } from "./frames";
