export * from "./kdf";
export * from "./prg";
export * from "./random";
export * from "./shamir";
export * from "./share-box";
export * from "./signatures";
export * from "./x25519";
