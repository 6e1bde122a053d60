export * from "./kdf";
export * from "./prg";
export * from "./random";
export * from "./shamir";
export * from "./hash";
export * from "./share-seal";
export * from "./signatures";
export * from "./x25519";
