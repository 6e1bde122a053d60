export * from "./fixed-point";
export * from "./ring-arithmetic";
