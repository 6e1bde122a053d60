import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace syft. */
export namespace syft {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a TensorData.
         * @deprecated Use syft.v1.TensorData.$Properties instead.
         */
        interface ITensorData extends syft.v1.TensorData.$Properties {
        }

        /** Represents a TensorData. */
        class TensorData {

            /**
             * Constructs a new TensorData.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.TensorData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TensorData shape. */
            shape: number[];

            /** TensorData data. */
            data: Uint8Array;

            /** TensorData ring. */
            ring: boolean;

            /**
             * Creates a new TensorData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TensorData instance
             */
            static create(properties: syft.v1.TensorData.$Shape): syft.v1.TensorData & syft.v1.TensorData.$Shape;
            static create(properties?: syft.v1.TensorData.$Properties): syft.v1.TensorData;

            /**
             * Encodes the specified TensorData message. Does not implicitly {@link syft.v1.TensorData.verify|verify} messages.
             * @param message TensorData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.TensorData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TensorData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.TensorData & syft.v1.TensorData.$Shape} TensorData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.TensorData & syft.v1.TensorData.$Shape;

            /**
             * Gets the type url for TensorData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TensorData {

            /** Properties of a TensorData. */
            interface $Properties {

                /** TensorData shape */
                shape?: (number[]|null);

                /** TensorData data */
                data?: (Uint8Array|null);

                /** TensorData ring */
                ring?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TensorData. */
            type $Shape = syft.v1.TensorData.$Properties;
        }

        /**
         * Properties of a ShareInfo.
         * @deprecated Use syft.v1.ShareInfo.$Properties instead.
         */
        interface IShareInfo extends syft.v1.ShareInfo.$Properties {
        }

        /** Represents a ShareInfo. */
        class ShareInfo {

            /**
             * Constructs a new ShareInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.ShareInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShareInfo group. */
            group: string;

            /** ShareInfo holders. */
            holders: string[];

            /** ShareInfo index. */
            index: number;

            /** ShareInfo cryptoProvider. */
            cryptoProvider: string;

            /**
             * Creates a new ShareInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareInfo instance
             */
            static create(properties: syft.v1.ShareInfo.$Shape): syft.v1.ShareInfo & syft.v1.ShareInfo.$Shape;
            static create(properties?: syft.v1.ShareInfo.$Properties): syft.v1.ShareInfo;

            /**
             * Encodes the specified ShareInfo message. Does not implicitly {@link syft.v1.ShareInfo.verify|verify} messages.
             * @param message ShareInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.ShareInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.ShareInfo & syft.v1.ShareInfo.$Shape} ShareInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.ShareInfo & syft.v1.ShareInfo.$Shape;

            /**
             * Gets the type url for ShareInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShareInfo {

            /** Properties of a ShareInfo. */
            interface $Properties {

                /** ShareInfo group */
                group?: (string|null);

                /** ShareInfo holders */
                holders?: (string[]|null);

                /** ShareInfo index */
                index?: (number|null);

                /** ShareInfo cryptoProvider */
                cryptoProvider?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareInfo. */
            type $Shape = syft.v1.ShareInfo.$Properties;
        }

        /**
         * Properties of a Party.
         * @deprecated Use syft.v1.Party.$Properties instead.
         */
        interface IParty extends syft.v1.Party.$Properties {
        }

        /** Represents a Party. */
        class Party {

            /**
             * Constructs a new Party.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Party.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Party id. */
            id: string;

            /** Party boxPublicKey. */
            boxPublicKey: Uint8Array;

            /**
             * Creates a new Party instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Party instance
             */
            static create(properties: syft.v1.Party.$Shape): syft.v1.Party & syft.v1.Party.$Shape;
            static create(properties?: syft.v1.Party.$Properties): syft.v1.Party;

            /**
             * Encodes the specified Party message. Does not implicitly {@link syft.v1.Party.verify|verify} messages.
             * @param message Party message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Party.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Party message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Party & syft.v1.Party.$Shape} Party
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Party & syft.v1.Party.$Shape;

            /**
             * Gets the type url for Party
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Party {

            /** Properties of a Party. */
            interface $Properties {

                /** Party id */
                id?: (string|null);

                /** Party boxPublicKey */
                boxPublicKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Party. */
            type $Shape = syft.v1.Party.$Properties;
        }

        /**
         * Properties of an Operand.
         * @deprecated Use syft.v1.Operand.$Properties instead.
         */
        interface IOperand extends syft.v1.Operand.$Properties {
        }

        /** Represents an Operand. */
        class Operand {

            /**
             * Constructs a new Operand.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Operand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Operand id. */
            id?: (string|null);

            /** Operand constant. */
            constant?: (syft.v1.TensorData.$Properties|null);

            /** Operand value. */
            value?: ("id"|"constant");

            /**
             * Creates a new Operand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Operand instance
             */
            static create(properties: syft.v1.Operand.$Shape): syft.v1.Operand & syft.v1.Operand.$Shape;
            static create(properties?: syft.v1.Operand.$Properties): syft.v1.Operand;

            /**
             * Encodes the specified Operand message. Does not implicitly {@link syft.v1.Operand.verify|verify} messages.
             * @param message Operand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Operand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Operand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Operand & syft.v1.Operand.$Shape} Operand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Operand & syft.v1.Operand.$Shape;

            /**
             * Gets the type url for Operand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Operand {

            /** Properties of an Operand. */
            interface $Properties {

                /** Operand id */
                id?: (string|null);

                /** Operand constant */
                constant?: (syft.v1.TensorData.$Properties|null);

                /** Operand value */
                value?: ("id"|"constant");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Operand. */
            type $Shape = {
              id?: string|null;
              constant?: syft.v1.TensorData.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; id?: null; constant?: null }|{ value?: "id"; id: string; constant?: null }|{ value?: "constant"; id?: null; constant: syft.v1.TensorData.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use syft.v1.Hello.$Properties instead.
         */
        interface IHello extends syft.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: syft.v1.Hello.$Shape): syft.v1.Hello & syft.v1.Hello.$Shape;
            static create(properties?: syft.v1.Hello.$Properties): syft.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link syft.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Hello & syft.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Hello & syft.v1.Hello.$Shape;

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = syft.v1.Hello.$Properties;
        }

        /**
         * Properties of a Store.
         * @deprecated Use syft.v1.Store.$Properties instead.
         */
        interface IStore extends syft.v1.Store.$Properties {
        }

        /** Represents a Store. */
        class Store {

            /**
             * Constructs a new Store.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Store.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Store tensor. */
            tensor?: (syft.v1.TensorData.$Properties|null);

            /**
             * Creates a new Store instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Store instance
             */
            static create(properties: syft.v1.Store.$Shape): syft.v1.Store & syft.v1.Store.$Shape;
            static create(properties?: syft.v1.Store.$Properties): syft.v1.Store;

            /**
             * Encodes the specified Store message. Does not implicitly {@link syft.v1.Store.verify|verify} messages.
             * @param message Store message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Store.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Store message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Store & syft.v1.Store.$Shape} Store
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Store & syft.v1.Store.$Shape;

            /**
             * Gets the type url for Store
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Store {

            /** Properties of a Store. */
            interface $Properties {

                /** Store tensor */
                tensor?: (syft.v1.TensorData.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Store. */
            type $Shape = syft.v1.Store.$Properties;
        }

        /**
         * Properties of a StoreShare.
         * @deprecated Use syft.v1.StoreShare.$Properties instead.
         */
        interface IStoreShare extends syft.v1.StoreShare.$Properties {
        }

        /** Represents a StoreShare. */
        class StoreShare {

            /**
             * Constructs a new StoreShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.StoreShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoreShare tensor. */
            tensor?: (syft.v1.TensorData.$Properties|null);

            /** StoreShare share. */
            share?: (syft.v1.ShareInfo.$Properties|null);

            /**
             * Creates a new StoreShare instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StoreShare instance
             */
            static create(properties: syft.v1.StoreShare.$Shape): syft.v1.StoreShare & syft.v1.StoreShare.$Shape;
            static create(properties?: syft.v1.StoreShare.$Properties): syft.v1.StoreShare;

            /**
             * Encodes the specified StoreShare message. Does not implicitly {@link syft.v1.StoreShare.verify|verify} messages.
             * @param message StoreShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.StoreShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoreShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.StoreShare & syft.v1.StoreShare.$Shape} StoreShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.StoreShare & syft.v1.StoreShare.$Shape;

            /**
             * Gets the type url for StoreShare
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoreShare {

            /** Properties of a StoreShare. */
            interface $Properties {

                /** StoreShare tensor */
                tensor?: (syft.v1.TensorData.$Properties|null);

                /** StoreShare share */
                share?: (syft.v1.ShareInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoreShare. */
            type $Shape = syft.v1.StoreShare.$Properties;
        }

        /**
         * Properties of a Get.
         * @deprecated Use syft.v1.Get.$Properties instead.
         */
        interface IGet extends syft.v1.Get.$Properties {
        }

        /** Represents a Get. */
        class Get {

            /**
             * Constructs a new Get.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Get.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Get id. */
            id: string;

            /** Get keep. */
            keep: boolean;

            /**
             * Creates a new Get instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Get instance
             */
            static create(properties: syft.v1.Get.$Shape): syft.v1.Get & syft.v1.Get.$Shape;
            static create(properties?: syft.v1.Get.$Properties): syft.v1.Get;

            /**
             * Encodes the specified Get message. Does not implicitly {@link syft.v1.Get.verify|verify} messages.
             * @param message Get message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Get.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Get message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Get & syft.v1.Get.$Shape} Get
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Get & syft.v1.Get.$Shape;

            /**
             * Gets the type url for Get
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Get {

            /** Properties of a Get. */
            interface $Properties {

                /** Get id */
                id?: (string|null);

                /** Get keep */
                keep?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Get. */
            type $Shape = syft.v1.Get.$Properties;
        }

        /**
         * Properties of a Delete.
         * @deprecated Use syft.v1.Delete.$Properties instead.
         */
        interface IDelete extends syft.v1.Delete.$Properties {
        }

        /** Represents a Delete. */
        class Delete {

            /**
             * Constructs a new Delete.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Delete.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Delete id. */
            id: string;

            /**
             * Creates a new Delete instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Delete instance
             */
            static create(properties: syft.v1.Delete.$Shape): syft.v1.Delete & syft.v1.Delete.$Shape;
            static create(properties?: syft.v1.Delete.$Properties): syft.v1.Delete;

            /**
             * Encodes the specified Delete message. Does not implicitly {@link syft.v1.Delete.verify|verify} messages.
             * @param message Delete message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Delete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Delete message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Delete & syft.v1.Delete.$Shape} Delete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Delete & syft.v1.Delete.$Shape;

            /**
             * Gets the type url for Delete
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Delete {

            /** Properties of a Delete. */
            interface $Properties {

                /** Delete id */
                id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Delete. */
            type $Shape = syft.v1.Delete.$Properties;
        }

        /** OpKind enum. */
        enum OpKind {

            /** OP_UNSPECIFIED value */
            OP_UNSPECIFIED = 0,

            /** ADD value */
            ADD = 1,

            /** SUB value */
            SUB = 2,

            /** MUL value */
            MUL = 3,

            /** MATMUL value */
            MATMUL = 4,

            /** NEG value */
            NEG = 5,

            /** SUM value */
            SUM = 6,

            /** TRANSPOSE value */
            TRANSPOSE = 7,

            /** TRUNCATE value */
            TRUNCATE = 8,

            /** MEAN value */
            MEAN = 9
        }

        /**
         * Properties of an Op.
         * @deprecated Use syft.v1.Op.$Properties instead.
         */
        interface IOp extends syft.v1.Op.$Properties {
        }

        /** Represents an Op. */
        class Op {

            /**
             * Constructs a new Op.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Op.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Op kind. */
            kind: syft.v1.OpKind;

            /** Op a. */
            a?: (syft.v1.Operand.$Properties|null);

            /** Op b. */
            b?: (syft.v1.Operand.$Properties|null);

            /** Op hasAxis. */
            hasAxis: boolean;

            /** Op axis. */
            axis: number;

            /** Op keepDims. */
            keepDims: boolean;

            /** Op divisor. */
            divisor: string;

            /** Op resultGroup. */
            resultGroup: string;

            /**
             * Creates a new Op instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Op instance
             */
            static create(properties: syft.v1.Op.$Shape): syft.v1.Op & syft.v1.Op.$Shape;
            static create(properties?: syft.v1.Op.$Properties): syft.v1.Op;

            /**
             * Encodes the specified Op message. Does not implicitly {@link syft.v1.Op.verify|verify} messages.
             * @param message Op message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Op.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Op message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Op & syft.v1.Op.$Shape} Op
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Op & syft.v1.Op.$Shape;

            /**
             * Gets the type url for Op
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Op {

            /** Properties of an Op. */
            interface $Properties {

                /** Op kind */
                kind?: (syft.v1.OpKind|null);

                /** Op a */
                a?: (syft.v1.Operand.$Properties|null);

                /** Op b */
                b?: (syft.v1.Operand.$Properties|null);

                /** Op hasAxis */
                hasAxis?: (boolean|null);

                /** Op axis */
                axis?: (number|null);

                /** Op keepDims */
                keepDims?: (boolean|null);

                /** Op divisor */
                divisor?: (string|null);

                /** Op resultGroup */
                resultGroup?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Op. */
            type $Shape = {
              kind?: syft.v1.OpKind|null;
              a?: syft.v1.Operand.$Shape|null;
              b?: syft.v1.Operand.$Shape|null;
              hasAxis?: boolean|null;
              axis?: number|null;
              keepDims?: boolean|null;
              divisor?: string|null;
              resultGroup?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an Encode.
         * @deprecated Use syft.v1.Encode.$Properties instead.
         */
        interface IEncode extends syft.v1.Encode.$Properties {
        }

        /** Represents an Encode. */
        class Encode {

            /**
             * Constructs a new Encode.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Encode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Encode id. */
            id: string;

            /** Encode precision. */
            precision: number;

            /** Encode maxAbs. */
            maxAbs: number;

            /**
             * Creates a new Encode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Encode instance
             */
            static create(properties: syft.v1.Encode.$Shape): syft.v1.Encode & syft.v1.Encode.$Shape;
            static create(properties?: syft.v1.Encode.$Properties): syft.v1.Encode;

            /**
             * Encodes the specified Encode message. Does not implicitly {@link syft.v1.Encode.verify|verify} messages.
             * @param message Encode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Encode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Encode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Encode & syft.v1.Encode.$Shape} Encode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Encode & syft.v1.Encode.$Shape;

            /**
             * Gets the type url for Encode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Encode {

            /** Properties of an Encode. */
            interface $Properties {

                /** Encode id */
                id?: (string|null);

                /** Encode precision */
                precision?: (number|null);

                /** Encode maxAbs */
                maxAbs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Encode. */
            type $Shape = syft.v1.Encode.$Properties;
        }

        /**
         * Properties of a ShareOut.
         * @deprecated Use syft.v1.ShareOut.$Properties instead.
         */
        interface IShareOut extends syft.v1.ShareOut.$Properties {
        }

        /** Represents a ShareOut. */
        class ShareOut {

            /**
             * Constructs a new ShareOut.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.ShareOut.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShareOut id. */
            id: string;

            /** ShareOut holders. */
            holders: syft.v1.Party.$Properties[];

            /** ShareOut group. */
            group: string;

            /** ShareOut cryptoProvider. */
            cryptoProvider: string;

            /**
             * Creates a new ShareOut instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareOut instance
             */
            static create(properties: syft.v1.ShareOut.$Shape): syft.v1.ShareOut & syft.v1.ShareOut.$Shape;
            static create(properties?: syft.v1.ShareOut.$Properties): syft.v1.ShareOut;

            /**
             * Encodes the specified ShareOut message. Does not implicitly {@link syft.v1.ShareOut.verify|verify} messages.
             * @param message ShareOut message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.ShareOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareOut message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.ShareOut & syft.v1.ShareOut.$Shape} ShareOut
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.ShareOut & syft.v1.ShareOut.$Shape;

            /**
             * Gets the type url for ShareOut
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShareOut {

            /** Properties of a ShareOut. */
            interface $Properties {

                /** ShareOut id */
                id?: (string|null);

                /** ShareOut holders */
                holders?: (syft.v1.Party.$Properties[]|null);

                /** ShareOut group */
                group?: (string|null);

                /** ShareOut cryptoProvider */
                cryptoProvider?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareOut. */
            type $Shape = syft.v1.ShareOut.$Properties;
        }

        /**
         * Properties of a StoreSealed.
         * @deprecated Use syft.v1.StoreSealed.$Properties instead.
         */
        interface IStoreSealed extends syft.v1.StoreSealed.$Properties {
        }

        /** Represents a StoreSealed. */
        class StoreSealed {

            /**
             * Constructs a new StoreSealed.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.StoreSealed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoreSealed from. */
            from: string;

            /** StoreSealed fromPublicKey. */
            fromPublicKey: Uint8Array;

            /** StoreSealed envelope. */
            envelope: Uint8Array;

            /** StoreSealed share. */
            share?: (syft.v1.ShareInfo.$Properties|null);

            /** StoreSealed shape. */
            shape: number[];

            /**
             * Creates a new StoreSealed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StoreSealed instance
             */
            static create(properties: syft.v1.StoreSealed.$Shape): syft.v1.StoreSealed & syft.v1.StoreSealed.$Shape;
            static create(properties?: syft.v1.StoreSealed.$Properties): syft.v1.StoreSealed;

            /**
             * Encodes the specified StoreSealed message. Does not implicitly {@link syft.v1.StoreSealed.verify|verify} messages.
             * @param message StoreSealed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.StoreSealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoreSealed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.StoreSealed & syft.v1.StoreSealed.$Shape} StoreSealed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.StoreSealed & syft.v1.StoreSealed.$Shape;

            /**
             * Gets the type url for StoreSealed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoreSealed {

            /** Properties of a StoreSealed. */
            interface $Properties {

                /** StoreSealed from */
                from?: (string|null);

                /** StoreSealed fromPublicKey */
                fromPublicKey?: (Uint8Array|null);

                /** StoreSealed envelope */
                envelope?: (Uint8Array|null);

                /** StoreSealed share */
                share?: (syft.v1.ShareInfo.$Properties|null);

                /** StoreSealed shape */
                shape?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoreSealed. */
            type $Shape = syft.v1.StoreSealed.$Properties;
        }

        /** TripleKind enum. */
        enum TripleKind {

            /** TRIPLE_UNSPECIFIED value */
            TRIPLE_UNSPECIFIED = 0,

            /** ELEMENTWISE value */
            ELEMENTWISE = 1,

            /** MATRIX value */
            MATRIX = 2
        }

        /**
         * Properties of a TripleRequest.
         * @deprecated Use syft.v1.TripleRequest.$Properties instead.
         */
        interface ITripleRequest extends syft.v1.TripleRequest.$Properties {
        }

        /** Represents a TripleRequest. */
        class TripleRequest {

            /**
             * Constructs a new TripleRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.TripleRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TripleRequest session. */
            session: string;

            /** TripleRequest kind. */
            kind: syft.v1.TripleKind;

            /** TripleRequest shapeA. */
            shapeA: number[];

            /** TripleRequest shapeB. */
            shapeB: number[];

            /** TripleRequest holders. */
            holders: syft.v1.Party.$Properties[];

            /**
             * Creates a new TripleRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TripleRequest instance
             */
            static create(properties: syft.v1.TripleRequest.$Shape): syft.v1.TripleRequest & syft.v1.TripleRequest.$Shape;
            static create(properties?: syft.v1.TripleRequest.$Properties): syft.v1.TripleRequest;

            /**
             * Encodes the specified TripleRequest message. Does not implicitly {@link syft.v1.TripleRequest.verify|verify} messages.
             * @param message TripleRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.TripleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TripleRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.TripleRequest & syft.v1.TripleRequest.$Shape} TripleRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.TripleRequest & syft.v1.TripleRequest.$Shape;

            /**
             * Gets the type url for TripleRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TripleRequest {

            /** Properties of a TripleRequest. */
            interface $Properties {

                /** TripleRequest session */
                session?: (string|null);

                /** TripleRequest kind */
                kind?: (syft.v1.TripleKind|null);

                /** TripleRequest shapeA */
                shapeA?: (number[]|null);

                /** TripleRequest shapeB */
                shapeB?: (number[]|null);

                /** TripleRequest holders */
                holders?: (syft.v1.Party.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TripleRequest. */
            type $Shape = syft.v1.TripleRequest.$Properties;
        }

        /**
         * Properties of a TruncationPairRequest.
         * @deprecated Use syft.v1.TruncationPairRequest.$Properties instead.
         */
        interface ITruncationPairRequest extends syft.v1.TruncationPairRequest.$Properties {
        }

        /** Represents a TruncationPairRequest. */
        class TruncationPairRequest {

            /**
             * Constructs a new TruncationPairRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.TruncationPairRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TruncationPairRequest session. */
            session: string;

            /** TruncationPairRequest size. */
            size: number;

            /** TruncationPairRequest divisor. */
            divisor: string;

            /** TruncationPairRequest holders. */
            holders: syft.v1.Party.$Properties[];

            /** TruncationPairRequest attempt. */
            attempt: number;

            /**
             * Creates a new TruncationPairRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TruncationPairRequest instance
             */
            static create(properties: syft.v1.TruncationPairRequest.$Shape): syft.v1.TruncationPairRequest & syft.v1.TruncationPairRequest.$Shape;
            static create(properties?: syft.v1.TruncationPairRequest.$Properties): syft.v1.TruncationPairRequest;

            /**
             * Encodes the specified TruncationPairRequest message. Does not implicitly {@link syft.v1.TruncationPairRequest.verify|verify} messages.
             * @param message TruncationPairRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.TruncationPairRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TruncationPairRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.TruncationPairRequest & syft.v1.TruncationPairRequest.$Shape} TruncationPairRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.TruncationPairRequest & syft.v1.TruncationPairRequest.$Shape;

            /**
             * Gets the type url for TruncationPairRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TruncationPairRequest {

            /** Properties of a TruncationPairRequest. */
            interface $Properties {

                /** TruncationPairRequest session */
                session?: (string|null);

                /** TruncationPairRequest size */
                size?: (number|null);

                /** TruncationPairRequest divisor */
                divisor?: (string|null);

                /** TruncationPairRequest holders */
                holders?: (syft.v1.Party.$Properties[]|null);

                /** TruncationPairRequest attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TruncationPairRequest. */
            type $Shape = syft.v1.TruncationPairRequest.$Properties;
        }

        /**
         * Properties of a BeaverOpen.
         * @deprecated Use syft.v1.BeaverOpen.$Properties instead.
         */
        interface IBeaverOpen extends syft.v1.BeaverOpen.$Properties {
        }

        /** Represents a BeaverOpen. */
        class BeaverOpen {

            /**
             * Constructs a new BeaverOpen.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.BeaverOpen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeaverOpen session. */
            session: string;

            /** BeaverOpen kind. */
            kind: syft.v1.TripleKind;

            /** BeaverOpen x. */
            x: string;

            /** BeaverOpen y. */
            y: string;

            /** BeaverOpen provider. */
            provider: string;

            /** BeaverOpen providerPublicKey. */
            providerPublicKey: Uint8Array;

            /** BeaverOpen envelope. */
            envelope: Uint8Array;

            /**
             * Creates a new BeaverOpen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeaverOpen instance
             */
            static create(properties: syft.v1.BeaverOpen.$Shape): syft.v1.BeaverOpen & syft.v1.BeaverOpen.$Shape;
            static create(properties?: syft.v1.BeaverOpen.$Properties): syft.v1.BeaverOpen;

            /**
             * Encodes the specified BeaverOpen message. Does not implicitly {@link syft.v1.BeaverOpen.verify|verify} messages.
             * @param message BeaverOpen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.BeaverOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeaverOpen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.BeaverOpen & syft.v1.BeaverOpen.$Shape} BeaverOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.BeaverOpen & syft.v1.BeaverOpen.$Shape;

            /**
             * Gets the type url for BeaverOpen
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeaverOpen {

            /** Properties of a BeaverOpen. */
            interface $Properties {

                /** BeaverOpen session */
                session?: (string|null);

                /** BeaverOpen kind */
                kind?: (syft.v1.TripleKind|null);

                /** BeaverOpen x */
                x?: (string|null);

                /** BeaverOpen y */
                y?: (string|null);

                /** BeaverOpen provider */
                provider?: (string|null);

                /** BeaverOpen providerPublicKey */
                providerPublicKey?: (Uint8Array|null);

                /** BeaverOpen envelope */
                envelope?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeaverOpen. */
            type $Shape = syft.v1.BeaverOpen.$Properties;
        }

        /**
         * Properties of a BeaverClose.
         * @deprecated Use syft.v1.BeaverClose.$Properties instead.
         */
        interface IBeaverClose extends syft.v1.BeaverClose.$Properties {
        }

        /** Represents a BeaverClose. */
        class BeaverClose {

            /**
             * Constructs a new BeaverClose.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.BeaverClose.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeaverClose session. */
            session: string;

            /** BeaverClose d. */
            d?: (syft.v1.TensorData.$Properties|null);

            /** BeaverClose e. */
            e?: (syft.v1.TensorData.$Properties|null);

            /** BeaverClose resultGroup. */
            resultGroup: string;

            /**
             * Creates a new BeaverClose instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeaverClose instance
             */
            static create(properties: syft.v1.BeaverClose.$Shape): syft.v1.BeaverClose & syft.v1.BeaverClose.$Shape;
            static create(properties?: syft.v1.BeaverClose.$Properties): syft.v1.BeaverClose;

            /**
             * Encodes the specified BeaverClose message. Does not implicitly {@link syft.v1.BeaverClose.verify|verify} messages.
             * @param message BeaverClose message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.BeaverClose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeaverClose message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.BeaverClose & syft.v1.BeaverClose.$Shape} BeaverClose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.BeaverClose & syft.v1.BeaverClose.$Shape;

            /**
             * Gets the type url for BeaverClose
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BeaverClose {

            /** Properties of a BeaverClose. */
            interface $Properties {

                /** BeaverClose session */
                session?: (string|null);

                /** BeaverClose d */
                d?: (syft.v1.TensorData.$Properties|null);

                /** BeaverClose e */
                e?: (syft.v1.TensorData.$Properties|null);

                /** BeaverClose resultGroup */
                resultGroup?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeaverClose. */
            type $Shape = syft.v1.BeaverClose.$Properties;
        }

        /**
         * Properties of a TruncOpen.
         * @deprecated Use syft.v1.TruncOpen.$Properties instead.
         */
        interface ITruncOpen extends syft.v1.TruncOpen.$Properties {
        }

        /** Represents a TruncOpen. */
        class TruncOpen {

            /**
             * Constructs a new TruncOpen.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.TruncOpen.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TruncOpen session. */
            session: string;

            /** TruncOpen x. */
            x: string;

            /** TruncOpen provider. */
            provider: string;

            /** TruncOpen providerPublicKey. */
            providerPublicKey: Uint8Array;

            /** TruncOpen envelope. */
            envelope: Uint8Array;

            /** TruncOpen offset. */
            offset: string;

            /** TruncOpen attempt. */
            attempt: number;

            /** TruncOpen indices. */
            indices: number[];

            /**
             * Creates a new TruncOpen instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TruncOpen instance
             */
            static create(properties: syft.v1.TruncOpen.$Shape): syft.v1.TruncOpen & syft.v1.TruncOpen.$Shape;
            static create(properties?: syft.v1.TruncOpen.$Properties): syft.v1.TruncOpen;

            /**
             * Encodes the specified TruncOpen message. Does not implicitly {@link syft.v1.TruncOpen.verify|verify} messages.
             * @param message TruncOpen message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.TruncOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TruncOpen message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.TruncOpen & syft.v1.TruncOpen.$Shape} TruncOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.TruncOpen & syft.v1.TruncOpen.$Shape;

            /**
             * Gets the type url for TruncOpen
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TruncOpen {

            /** Properties of a TruncOpen. */
            interface $Properties {

                /** TruncOpen session */
                session?: (string|null);

                /** TruncOpen x */
                x?: (string|null);

                /** TruncOpen provider */
                provider?: (string|null);

                /** TruncOpen providerPublicKey */
                providerPublicKey?: (Uint8Array|null);

                /** TruncOpen envelope */
                envelope?: (Uint8Array|null);

                /** TruncOpen offset */
                offset?: (string|null);

                /** TruncOpen attempt */
                attempt?: (number|null);

                /** TruncOpen indices */
                indices?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TruncOpen. */
            type $Shape = syft.v1.TruncOpen.$Properties;
        }

        /**
         * Properties of a TruncClose.
         * @deprecated Use syft.v1.TruncClose.$Properties instead.
         */
        interface ITruncClose extends syft.v1.TruncClose.$Properties {
        }

        /** Represents a TruncClose. */
        class TruncClose {

            /**
             * Constructs a new TruncClose.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.TruncClose.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TruncClose session. */
            session: string;

            /** TruncClose c. */
            c?: (syft.v1.TensorData.$Properties|null);

            /** TruncClose divisor. */
            divisor: string;

            /** TruncClose quotientOffset. */
            quotientOffset: string;

            /** TruncClose resultGroup. */
            resultGroup: string;

            /**
             * Creates a new TruncClose instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TruncClose instance
             */
            static create(properties: syft.v1.TruncClose.$Shape): syft.v1.TruncClose & syft.v1.TruncClose.$Shape;
            static create(properties?: syft.v1.TruncClose.$Properties): syft.v1.TruncClose;

            /**
             * Encodes the specified TruncClose message. Does not implicitly {@link syft.v1.TruncClose.verify|verify} messages.
             * @param message TruncClose message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.TruncClose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TruncClose message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.TruncClose & syft.v1.TruncClose.$Shape} TruncClose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.TruncClose & syft.v1.TruncClose.$Shape;

            /**
             * Gets the type url for TruncClose
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TruncClose {

            /** Properties of a TruncClose. */
            interface $Properties {

                /** TruncClose session */
                session?: (string|null);

                /** TruncClose c */
                c?: (syft.v1.TensorData.$Properties|null);

                /** TruncClose divisor */
                divisor?: (string|null);

                /** TruncClose quotientOffset */
                quotientOffset?: (string|null);

                /** TruncClose resultGroup */
                resultGroup?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TruncClose. */
            type $Shape = syft.v1.TruncClose.$Properties;
        }

        /**
         * Properties of a ModelSpec.
         * @deprecated Use syft.v1.ModelSpec.$Properties instead.
         */
        interface IModelSpec extends syft.v1.ModelSpec.$Properties {
        }

        /** Represents a ModelSpec. */
        class ModelSpec {

            /**
             * Constructs a new ModelSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.ModelSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelSpec kind. */
            kind: string;

            /** ModelSpec loss. */
            loss: string;

            /** ModelSpec inputShape. */
            inputShape: number[];

            /** ModelSpec layers. */
            layers: string[];

            /**
             * Creates a new ModelSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelSpec instance
             */
            static create(properties: syft.v1.ModelSpec.$Shape): syft.v1.ModelSpec & syft.v1.ModelSpec.$Shape;
            static create(properties?: syft.v1.ModelSpec.$Properties): syft.v1.ModelSpec;

            /**
             * Encodes the specified ModelSpec message. Does not implicitly {@link syft.v1.ModelSpec.verify|verify} messages.
             * @param message ModelSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.ModelSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.ModelSpec & syft.v1.ModelSpec.$Shape} ModelSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.ModelSpec & syft.v1.ModelSpec.$Shape;

            /**
             * Gets the type url for ModelSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelSpec {

            /** Properties of a ModelSpec. */
            interface $Properties {

                /** ModelSpec kind */
                kind?: (string|null);

                /** ModelSpec loss */
                loss?: (string|null);

                /** ModelSpec inputShape */
                inputShape?: (number[]|null);

                /** ModelSpec layers */
                layers?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelSpec. */
            type $Shape = syft.v1.ModelSpec.$Properties;
        }

        /**
         * Properties of a NamedTensor.
         * @deprecated Use syft.v1.NamedTensor.$Properties instead.
         */
        interface INamedTensor extends syft.v1.NamedTensor.$Properties {
        }

        /** Represents a NamedTensor. */
        class NamedTensor {

            /**
             * Constructs a new NamedTensor.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.NamedTensor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NamedTensor name. */
            name: string;

            /** NamedTensor tensor. */
            tensor?: (syft.v1.TensorData.$Properties|null);

            /**
             * Creates a new NamedTensor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NamedTensor instance
             */
            static create(properties: syft.v1.NamedTensor.$Shape): syft.v1.NamedTensor & syft.v1.NamedTensor.$Shape;
            static create(properties?: syft.v1.NamedTensor.$Properties): syft.v1.NamedTensor;

            /**
             * Encodes the specified NamedTensor message. Does not implicitly {@link syft.v1.NamedTensor.verify|verify} messages.
             * @param message NamedTensor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.NamedTensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NamedTensor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.NamedTensor & syft.v1.NamedTensor.$Shape} NamedTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.NamedTensor & syft.v1.NamedTensor.$Shape;

            /**
             * Gets the type url for NamedTensor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamedTensor {

            /** Properties of a NamedTensor. */
            interface $Properties {

                /** NamedTensor name */
                name?: (string|null);

                /** NamedTensor tensor */
                tensor?: (syft.v1.TensorData.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NamedTensor. */
            type $Shape = syft.v1.NamedTensor.$Properties;
        }

        /**
         * Properties of a ModelData.
         * @deprecated Use syft.v1.ModelData.$Properties instead.
         */
        interface IModelData extends syft.v1.ModelData.$Properties {
        }

        /** Represents a ModelData. */
        class ModelData {

            /**
             * Constructs a new ModelData.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.ModelData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelData spec. */
            spec?: (syft.v1.ModelSpec.$Properties|null);

            /** ModelData weights. */
            weights: syft.v1.NamedTensor.$Properties[];

            /**
             * Creates a new ModelData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelData instance
             */
            static create(properties: syft.v1.ModelData.$Shape): syft.v1.ModelData & syft.v1.ModelData.$Shape;
            static create(properties?: syft.v1.ModelData.$Properties): syft.v1.ModelData;

            /**
             * Encodes the specified ModelData message. Does not implicitly {@link syft.v1.ModelData.verify|verify} messages.
             * @param message ModelData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.ModelData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.ModelData & syft.v1.ModelData.$Shape} ModelData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.ModelData & syft.v1.ModelData.$Shape;

            /**
             * Gets the type url for ModelData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelData {

            /** Properties of a ModelData. */
            interface $Properties {

                /** ModelData spec */
                spec?: (syft.v1.ModelSpec.$Properties|null);

                /** ModelData weights */
                weights?: (syft.v1.NamedTensor.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelData. */
            type $Shape = syft.v1.ModelData.$Properties;
        }

        /**
         * Properties of a StoreModel.
         * @deprecated Use syft.v1.StoreModel.$Properties instead.
         */
        interface IStoreModel extends syft.v1.StoreModel.$Properties {
        }

        /** Represents a StoreModel. */
        class StoreModel {

            /**
             * Constructs a new StoreModel.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.StoreModel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoreModel model. */
            model?: (syft.v1.ModelData.$Properties|null);

            /**
             * Creates a new StoreModel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StoreModel instance
             */
            static create(properties: syft.v1.StoreModel.$Shape): syft.v1.StoreModel & syft.v1.StoreModel.$Shape;
            static create(properties?: syft.v1.StoreModel.$Properties): syft.v1.StoreModel;

            /**
             * Encodes the specified StoreModel message. Does not implicitly {@link syft.v1.StoreModel.verify|verify} messages.
             * @param message StoreModel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.StoreModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoreModel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.StoreModel & syft.v1.StoreModel.$Shape} StoreModel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.StoreModel & syft.v1.StoreModel.$Shape;

            /**
             * Gets the type url for StoreModel
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoreModel {

            /** Properties of a StoreModel. */
            interface $Properties {

                /** StoreModel model */
                model?: (syft.v1.ModelData.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoreModel. */
            type $Shape = syft.v1.StoreModel.$Properties;
        }

        /**
         * Properties of a TrainConfig.
         * @deprecated Use syft.v1.TrainConfig.$Properties instead.
         */
        interface ITrainConfig extends syft.v1.TrainConfig.$Properties {
        }

        /** Represents a TrainConfig. */
        class TrainConfig {

            /**
             * Constructs a new TrainConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.TrainConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrainConfig optimizer. */
            optimizer: string;

            /** TrainConfig learningRate. */
            learningRate: number;

            /** TrainConfig batchSize. */
            batchSize: number;

            /** TrainConfig epochs. */
            epochs: number;

            /** TrainConfig seed. */
            seed: number;

            /**
             * Creates a new TrainConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrainConfig instance
             */
            static create(properties: syft.v1.TrainConfig.$Shape): syft.v1.TrainConfig & syft.v1.TrainConfig.$Shape;
            static create(properties?: syft.v1.TrainConfig.$Properties): syft.v1.TrainConfig;

            /**
             * Encodes the specified TrainConfig message. Does not implicitly {@link syft.v1.TrainConfig.verify|verify} messages.
             * @param message TrainConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.TrainConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrainConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.TrainConfig & syft.v1.TrainConfig.$Shape} TrainConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.TrainConfig & syft.v1.TrainConfig.$Shape;

            /**
             * Gets the type url for TrainConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrainConfig {

            /** Properties of a TrainConfig. */
            interface $Properties {

                /** TrainConfig optimizer */
                optimizer?: (string|null);

                /** TrainConfig learningRate */
                learningRate?: (number|null);

                /** TrainConfig batchSize */
                batchSize?: (number|null);

                /** TrainConfig epochs */
                epochs?: (number|null);

                /** TrainConfig seed */
                seed?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrainConfig. */
            type $Shape = syft.v1.TrainConfig.$Properties;
        }

        /**
         * Properties of a Fit.
         * @deprecated Use syft.v1.Fit.$Properties instead.
         */
        interface IFit extends syft.v1.Fit.$Properties {
        }

        /** Represents a Fit. */
        class Fit {

            /**
             * Constructs a new Fit.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Fit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Fit model. */
            model: string;

            /** Fit x. */
            x: string;

            /** Fit y. */
            y: string;

            /** Fit config. */
            config?: (syft.v1.TrainConfig.$Properties|null);

            /**
             * Creates a new Fit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Fit instance
             */
            static create(properties: syft.v1.Fit.$Shape): syft.v1.Fit & syft.v1.Fit.$Shape;
            static create(properties?: syft.v1.Fit.$Properties): syft.v1.Fit;

            /**
             * Encodes the specified Fit message. Does not implicitly {@link syft.v1.Fit.verify|verify} messages.
             * @param message Fit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Fit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Fit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Fit & syft.v1.Fit.$Shape} Fit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Fit & syft.v1.Fit.$Shape;

            /**
             * Gets the type url for Fit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Fit {

            /** Properties of a Fit. */
            interface $Properties {

                /** Fit model */
                model?: (string|null);

                /** Fit x */
                x?: (string|null);

                /** Fit y */
                y?: (string|null);

                /** Fit config */
                config?: (syft.v1.TrainConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Fit. */
            type $Shape = syft.v1.Fit.$Properties;
        }

        /**
         * Properties of a Parameters.
         * @deprecated Use syft.v1.Parameters.$Properties instead.
         */
        interface IParameters extends syft.v1.Parameters.$Properties {
        }

        /** Represents a Parameters. */
        class Parameters {

            /**
             * Constructs a new Parameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Parameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Parameters model. */
            model: string;

            /**
             * Creates a new Parameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Parameters instance
             */
            static create(properties: syft.v1.Parameters.$Shape): syft.v1.Parameters & syft.v1.Parameters.$Shape;
            static create(properties?: syft.v1.Parameters.$Properties): syft.v1.Parameters;

            /**
             * Encodes the specified Parameters message. Does not implicitly {@link syft.v1.Parameters.verify|verify} messages.
             * @param message Parameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Parameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Parameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Parameters & syft.v1.Parameters.$Shape} Parameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Parameters & syft.v1.Parameters.$Shape;

            /**
             * Gets the type url for Parameters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Parameters {

            /** Properties of a Parameters. */
            interface $Properties {

                /** Parameters model */
                model?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Parameters. */
            type $Shape = syft.v1.Parameters.$Properties;
        }

        /**
         * Properties of a SetParameters.
         * @deprecated Use syft.v1.SetParameters.$Properties instead.
         */
        interface ISetParameters extends syft.v1.SetParameters.$Properties {
        }

        /** Represents a SetParameters. */
        class SetParameters {

            /**
             * Constructs a new SetParameters.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.SetParameters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetParameters model. */
            model: string;

            /** SetParameters tensor. */
            tensor: string;

            /**
             * Creates a new SetParameters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetParameters instance
             */
            static create(properties: syft.v1.SetParameters.$Shape): syft.v1.SetParameters & syft.v1.SetParameters.$Shape;
            static create(properties?: syft.v1.SetParameters.$Properties): syft.v1.SetParameters;

            /**
             * Encodes the specified SetParameters message. Does not implicitly {@link syft.v1.SetParameters.verify|verify} messages.
             * @param message SetParameters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.SetParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetParameters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.SetParameters & syft.v1.SetParameters.$Shape} SetParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.SetParameters & syft.v1.SetParameters.$Shape;

            /**
             * Gets the type url for SetParameters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetParameters {

            /** Properties of a SetParameters. */
            interface $Properties {

                /** SetParameters model */
                model?: (string|null);

                /** SetParameters tensor */
                tensor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetParameters. */
            type $Shape = syft.v1.SetParameters.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use syft.v1.Request.$Properties instead.
         */
        interface IRequest extends syft.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request id. */
            id: number;

            /** Request sender. */
            sender: string;

            /** Request hello. */
            hello?: (syft.v1.Hello.$Properties|null);

            /** Request store. */
            store?: (syft.v1.Store.$Properties|null);

            /** Request storeShare. */
            storeShare?: (syft.v1.StoreShare.$Properties|null);

            /** Request get. */
            get?: (syft.v1.Get.$Properties|null);

            /** Request delete. */
            delete?: (syft.v1.Delete.$Properties|null);

            /** Request op. */
            op?: (syft.v1.Op.$Properties|null);

            /** Request encode. */
            encode?: (syft.v1.Encode.$Properties|null);

            /** Request shareOut. */
            shareOut?: (syft.v1.ShareOut.$Properties|null);

            /** Request storeSealed. */
            storeSealed?: (syft.v1.StoreSealed.$Properties|null);

            /** Request triple. */
            triple?: (syft.v1.TripleRequest.$Properties|null);

            /** Request truncationPair. */
            truncationPair?: (syft.v1.TruncationPairRequest.$Properties|null);

            /** Request beaverOpen. */
            beaverOpen?: (syft.v1.BeaverOpen.$Properties|null);

            /** Request beaverClose. */
            beaverClose?: (syft.v1.BeaverClose.$Properties|null);

            /** Request truncOpen. */
            truncOpen?: (syft.v1.TruncOpen.$Properties|null);

            /** Request truncClose. */
            truncClose?: (syft.v1.TruncClose.$Properties|null);

            /** Request storeModel. */
            storeModel?: (syft.v1.StoreModel.$Properties|null);

            /** Request fit. */
            fit?: (syft.v1.Fit.$Properties|null);

            /** Request parameters. */
            parameters?: (syft.v1.Parameters.$Properties|null);

            /** Request setParameters. */
            setParameters?: (syft.v1.SetParameters.$Properties|null);

            /** Request body. */
            body?: ("hello"|"store"|"storeShare"|"get"|"delete"|"op"|"encode"|"shareOut"|"storeSealed"|"triple"|"truncationPair"|"beaverOpen"|"beaverClose"|"truncOpen"|"truncClose"|"storeModel"|"fit"|"parameters"|"setParameters");

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: syft.v1.Request.$Shape): syft.v1.Request & syft.v1.Request.$Shape;
            static create(properties?: syft.v1.Request.$Properties): syft.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link syft.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Request & syft.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Request & syft.v1.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request id */
                id?: (number|null);

                /** Request sender */
                sender?: (string|null);

                /** Request hello */
                hello?: (syft.v1.Hello.$Properties|null);

                /** Request store */
                store?: (syft.v1.Store.$Properties|null);

                /** Request storeShare */
                storeShare?: (syft.v1.StoreShare.$Properties|null);

                /** Request get */
                get?: (syft.v1.Get.$Properties|null);

                /** Request delete */
                "delete"?: (syft.v1.Delete.$Properties|null);

                /** Request op */
                op?: (syft.v1.Op.$Properties|null);

                /** Request encode */
                encode?: (syft.v1.Encode.$Properties|null);

                /** Request shareOut */
                shareOut?: (syft.v1.ShareOut.$Properties|null);

                /** Request storeSealed */
                storeSealed?: (syft.v1.StoreSealed.$Properties|null);

                /** Request triple */
                triple?: (syft.v1.TripleRequest.$Properties|null);

                /** Request truncationPair */
                truncationPair?: (syft.v1.TruncationPairRequest.$Properties|null);

                /** Request beaverOpen */
                beaverOpen?: (syft.v1.BeaverOpen.$Properties|null);

                /** Request beaverClose */
                beaverClose?: (syft.v1.BeaverClose.$Properties|null);

                /** Request truncOpen */
                truncOpen?: (syft.v1.TruncOpen.$Properties|null);

                /** Request truncClose */
                truncClose?: (syft.v1.TruncClose.$Properties|null);

                /** Request storeModel */
                storeModel?: (syft.v1.StoreModel.$Properties|null);

                /** Request fit */
                fit?: (syft.v1.Fit.$Properties|null);

                /** Request parameters */
                parameters?: (syft.v1.Parameters.$Properties|null);

                /** Request setParameters */
                setParameters?: (syft.v1.SetParameters.$Properties|null);

                /** Request body */
                body?: ("hello"|"store"|"storeShare"|"get"|"delete"|"op"|"encode"|"shareOut"|"storeSealed"|"triple"|"truncationPair"|"beaverOpen"|"beaverClose"|"truncOpen"|"truncClose"|"storeModel"|"fit"|"parameters"|"setParameters");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              id?: number|null;
              sender?: string|null;
              hello?: syft.v1.Hello.$Shape|null;
              store?: syft.v1.Store.$Shape|null;
              storeShare?: syft.v1.StoreShare.$Shape|null;
              get?: syft.v1.Get.$Shape|null;
              "delete"?: syft.v1.Delete.$Shape|null;
              op?: syft.v1.Op.$Shape|null;
              encode?: syft.v1.Encode.$Shape|null;
              shareOut?: syft.v1.ShareOut.$Shape|null;
              storeSealed?: syft.v1.StoreSealed.$Shape|null;
              triple?: syft.v1.TripleRequest.$Shape|null;
              truncationPair?: syft.v1.TruncationPairRequest.$Shape|null;
              beaverOpen?: syft.v1.BeaverOpen.$Shape|null;
              beaverClose?: syft.v1.BeaverClose.$Shape|null;
              truncOpen?: syft.v1.TruncOpen.$Shape|null;
              truncClose?: syft.v1.TruncClose.$Shape|null;
              storeModel?: syft.v1.StoreModel.$Shape|null;
              fit?: syft.v1.Fit.$Shape|null;
              parameters?: syft.v1.Parameters.$Shape|null;
              setParameters?: syft.v1.SetParameters.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "hello"; hello: syft.v1.Hello.$Shape; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "store"; hello?: null; store: syft.v1.Store.$Shape; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "storeShare"; hello?: null; store?: null; storeShare: syft.v1.StoreShare.$Shape; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "get"; hello?: null; store?: null; storeShare?: null; get: syft.v1.Get.$Shape; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "delete"; hello?: null; store?: null; storeShare?: null; get?: null; "delete": syft.v1.Delete.$Shape; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "op"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op: syft.v1.Op.$Shape; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "encode"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode: syft.v1.Encode.$Shape; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "shareOut"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut: syft.v1.ShareOut.$Shape; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "storeSealed"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed: syft.v1.StoreSealed.$Shape; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "triple"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple: syft.v1.TripleRequest.$Shape; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "truncationPair"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair: syft.v1.TruncationPairRequest.$Shape; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "beaverOpen"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen: syft.v1.BeaverOpen.$Shape; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "beaverClose"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose: syft.v1.BeaverClose.$Shape; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "truncOpen"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen: syft.v1.TruncOpen.$Shape; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "truncClose"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose: syft.v1.TruncClose.$Shape; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "storeModel"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel: syft.v1.StoreModel.$Shape; fit?: null; parameters?: null; setParameters?: null }|{ body?: "fit"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit: syft.v1.Fit.$Shape; parameters?: null; setParameters?: null }|{ body?: "parameters"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters: syft.v1.Parameters.$Shape; setParameters?: null }|{ body?: "setParameters"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters: syft.v1.SetParameters.$Shape })
            );
        }

        /**
         * Properties of a HelloReply.
         * @deprecated Use syft.v1.HelloReply.$Properties instead.
         */
        interface IHelloReply extends syft.v1.HelloReply.$Properties {
        }

        /** Represents a HelloReply. */
        class HelloReply {

            /**
             * Constructs a new HelloReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.HelloReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloReply workerId. */
            workerId: string;

            /** HelloReply boxPublicKey. */
            boxPublicKey: Uint8Array;

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloReply instance
             */
            static create(properties: syft.v1.HelloReply.$Shape): syft.v1.HelloReply & syft.v1.HelloReply.$Shape;
            static create(properties?: syft.v1.HelloReply.$Properties): syft.v1.HelloReply;

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link syft.v1.HelloReply.verify|verify} messages.
             * @param message HelloReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.HelloReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.HelloReply & syft.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.HelloReply & syft.v1.HelloReply.$Shape;

            /**
             * Gets the type url for HelloReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloReply {

            /** Properties of a HelloReply. */
            interface $Properties {

                /** HelloReply workerId */
                workerId?: (string|null);

                /** HelloReply boxPublicKey */
                boxPublicKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloReply. */
            type $Shape = syft.v1.HelloReply.$Properties;
        }

        /** ObjectKind enum. */
        enum ObjectKind {

            /** KIND_UNSPECIFIED value */
            KIND_UNSPECIFIED = 0,

            /** FLOAT value */
            FLOAT = 1,

            /** RING value */
            RING = 2,

            /** SHARE value */
            SHARE = 3,

            /** MODEL value */
            MODEL = 4
        }

        /**
         * Properties of an ObjectRef.
         * @deprecated Use syft.v1.ObjectRef.$Properties instead.
         */
        interface IObjectRef extends syft.v1.ObjectRef.$Properties {
        }

        /** Represents an ObjectRef. */
        class ObjectRef {

            /**
             * Constructs a new ObjectRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.ObjectRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ObjectRef id. */
            id: string;

            /** ObjectRef kind. */
            kind: syft.v1.ObjectKind;

            /** ObjectRef shape. */
            shape: number[];

            /**
             * Creates a new ObjectRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ObjectRef instance
             */
            static create(properties: syft.v1.ObjectRef.$Shape): syft.v1.ObjectRef & syft.v1.ObjectRef.$Shape;
            static create(properties?: syft.v1.ObjectRef.$Properties): syft.v1.ObjectRef;

            /**
             * Encodes the specified ObjectRef message. Does not implicitly {@link syft.v1.ObjectRef.verify|verify} messages.
             * @param message ObjectRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.ObjectRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ObjectRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.ObjectRef & syft.v1.ObjectRef.$Shape} ObjectRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.ObjectRef & syft.v1.ObjectRef.$Shape;

            /**
             * Gets the type url for ObjectRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ObjectRef {

            /** Properties of an ObjectRef. */
            interface $Properties {

                /** ObjectRef id */
                id?: (string|null);

                /** ObjectRef kind */
                kind?: (syft.v1.ObjectKind|null);

                /** ObjectRef shape */
                shape?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ObjectRef. */
            type $Shape = syft.v1.ObjectRef.$Properties;
        }

        /**
         * Properties of a GetReply.
         * @deprecated Use syft.v1.GetReply.$Properties instead.
         */
        interface IGetReply extends syft.v1.GetReply.$Properties {
        }

        /** Represents a GetReply. */
        class GetReply {

            /**
             * Constructs a new GetReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.GetReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetReply tensor. */
            tensor?: (syft.v1.TensorData.$Properties|null);

            /** GetReply model. */
            model?: (syft.v1.ModelData.$Properties|null);

            /** GetReply value. */
            value?: ("tensor"|"model");

            /**
             * Creates a new GetReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetReply instance
             */
            static create(properties: syft.v1.GetReply.$Shape): syft.v1.GetReply & syft.v1.GetReply.$Shape;
            static create(properties?: syft.v1.GetReply.$Properties): syft.v1.GetReply;

            /**
             * Encodes the specified GetReply message. Does not implicitly {@link syft.v1.GetReply.verify|verify} messages.
             * @param message GetReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.GetReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.GetReply & syft.v1.GetReply.$Shape} GetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.GetReply & syft.v1.GetReply.$Shape;

            /**
             * Gets the type url for GetReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetReply {

            /** Properties of a GetReply. */
            interface $Properties {

                /** GetReply tensor */
                tensor?: (syft.v1.TensorData.$Properties|null);

                /** GetReply model */
                model?: (syft.v1.ModelData.$Properties|null);

                /** GetReply value */
                value?: ("tensor"|"model");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a GetReply. */
            type $Shape = {
              tensor?: syft.v1.TensorData.$Shape|null;
              model?: syft.v1.ModelData.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; tensor?: null; model?: null }|{ value?: "tensor"; tensor: syft.v1.TensorData.$Shape; model?: null }|{ value?: "model"; tensor?: null; model: syft.v1.ModelData.$Shape })
            );
        }

        /**
         * Properties of a Sealed.
         * @deprecated Use syft.v1.Sealed.$Properties instead.
         */
        interface ISealed extends syft.v1.Sealed.$Properties {
        }

        /** Represents a Sealed. */
        class Sealed {

            /**
             * Constructs a new Sealed.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Sealed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sealed envelopes. */
            envelopes: Uint8Array[];

            /** Sealed senderPublicKey. */
            senderPublicKey: Uint8Array;

            /** Sealed ownShare. */
            ownShare: string;

            /**
             * Creates a new Sealed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sealed instance
             */
            static create(properties: syft.v1.Sealed.$Shape): syft.v1.Sealed & syft.v1.Sealed.$Shape;
            static create(properties?: syft.v1.Sealed.$Properties): syft.v1.Sealed;

            /**
             * Encodes the specified Sealed message. Does not implicitly {@link syft.v1.Sealed.verify|verify} messages.
             * @param message Sealed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Sealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sealed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Sealed & syft.v1.Sealed.$Shape} Sealed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Sealed & syft.v1.Sealed.$Shape;

            /**
             * Gets the type url for Sealed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sealed {

            /** Properties of a Sealed. */
            interface $Properties {

                /** Sealed envelopes */
                envelopes?: (Uint8Array[]|null);

                /** Sealed senderPublicKey */
                senderPublicKey?: (Uint8Array|null);

                /** Sealed ownShare */
                ownShare?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sealed. */
            type $Shape = syft.v1.Sealed.$Properties;
        }

        /**
         * Properties of an Opened.
         * @deprecated Use syft.v1.Opened.$Properties instead.
         */
        interface IOpened extends syft.v1.Opened.$Properties {
        }

        /** Represents an Opened. */
        class Opened {

            /**
             * Constructs a new Opened.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Opened.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Opened values. */
            values: syft.v1.TensorData.$Properties[];

            /**
             * Creates a new Opened instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Opened instance
             */
            static create(properties: syft.v1.Opened.$Shape): syft.v1.Opened & syft.v1.Opened.$Shape;
            static create(properties?: syft.v1.Opened.$Properties): syft.v1.Opened;

            /**
             * Encodes the specified Opened message. Does not implicitly {@link syft.v1.Opened.verify|verify} messages.
             * @param message Opened message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Opened.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Opened message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Opened & syft.v1.Opened.$Shape} Opened
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Opened & syft.v1.Opened.$Shape;

            /**
             * Gets the type url for Opened
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Opened {

            /** Properties of an Opened. */
            interface $Properties {

                /** Opened values */
                values?: (syft.v1.TensorData.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Opened. */
            type $Shape = syft.v1.Opened.$Properties;
        }

        /**
         * Properties of a FitReply.
         * @deprecated Use syft.v1.FitReply.$Properties instead.
         */
        interface IFitReply extends syft.v1.FitReply.$Properties {
        }

        /** Represents a FitReply. */
        class FitReply {

            /**
             * Constructs a new FitReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.FitReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FitReply loss. */
            loss: number;

            /** FitReply epochLosses. */
            epochLosses: number[];

            /** FitReply examples. */
            examples: number;

            /**
             * Creates a new FitReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FitReply instance
             */
            static create(properties: syft.v1.FitReply.$Shape): syft.v1.FitReply & syft.v1.FitReply.$Shape;
            static create(properties?: syft.v1.FitReply.$Properties): syft.v1.FitReply;

            /**
             * Encodes the specified FitReply message. Does not implicitly {@link syft.v1.FitReply.verify|verify} messages.
             * @param message FitReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.FitReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FitReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.FitReply & syft.v1.FitReply.$Shape} FitReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.FitReply & syft.v1.FitReply.$Shape;

            /**
             * Gets the type url for FitReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FitReply {

            /** Properties of a FitReply. */
            interface $Properties {

                /** FitReply loss */
                loss?: (number|null);

                /** FitReply epochLosses */
                epochLosses?: (number[]|null);

                /** FitReply examples */
                examples?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FitReply. */
            type $Shape = syft.v1.FitReply.$Properties;
        }

        /**
         * Properties of an Ok.
         * @deprecated Use syft.v1.Ok.$Properties instead.
         */
        interface IOk extends syft.v1.Ok.$Properties {
        }

        /** Represents an Ok. */
        class Ok {

            /**
             * Constructs a new Ok.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Ok.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Ok instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ok instance
             */
            static create(properties: syft.v1.Ok.$Shape): syft.v1.Ok & syft.v1.Ok.$Shape;
            static create(properties?: syft.v1.Ok.$Properties): syft.v1.Ok;

            /**
             * Encodes the specified Ok message. Does not implicitly {@link syft.v1.Ok.verify|verify} messages.
             * @param message Ok message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Ok & syft.v1.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Ok & syft.v1.Ok.$Shape;

            /**
             * Gets the type url for Ok
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ok {

            /** Properties of an Ok. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ok. */
            type $Shape = syft.v1.Ok.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_UNSPECIFIED value */
            ERROR_UNSPECIFIED = 0,

            /** MALFORMED value */
            MALFORMED = 1,

            /** NOT_FOUND value */
            NOT_FOUND = 2,

            /** REFUSED value */
            REFUSED = 3,

            /** BAD_REQUEST value */
            BAD_REQUEST = 4,

            /** OUT_OF_RANGE value */
            OUT_OF_RANGE = 5,

            /** NO_EXECUTOR value */
            NO_EXECUTOR = 6,

            /** BUSY value */
            BUSY = 7,

            /** INTERNAL value */
            INTERNAL = 8
        }

        /**
         * Properties of an Error.
         * @deprecated Use syft.v1.Error.$Properties instead.
         */
        interface IError extends syft.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: syft.v1.ErrorCode;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: syft.v1.Error.$Shape): syft.v1.Error & syft.v1.Error.$Shape;
            static create(properties?: syft.v1.Error.$Properties): syft.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link syft.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Error & syft.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Error & syft.v1.Error.$Shape;

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (syft.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = syft.v1.Error.$Properties;
        }

        /**
         * Properties of a Reply.
         * @deprecated Use syft.v1.Reply.$Properties instead.
         */
        interface IReply extends syft.v1.Reply.$Properties {
        }

        /** Represents a Reply. */
        class Reply {

            /**
             * Constructs a new Reply.
             * @param [properties] Properties to set
             */
            constructor(properties?: syft.v1.Reply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reply requestId. */
            requestId: number;

            /** Reply hello. */
            hello?: (syft.v1.HelloReply.$Properties|null);

            /** Reply object. */
            object?: (syft.v1.ObjectRef.$Properties|null);

            /** Reply got. */
            got?: (syft.v1.GetReply.$Properties|null);

            /** Reply ok. */
            ok?: (syft.v1.Ok.$Properties|null);

            /** Reply sealed. */
            sealed?: (syft.v1.Sealed.$Properties|null);

            /** Reply opened. */
            opened?: (syft.v1.Opened.$Properties|null);

            /** Reply fit. */
            fit?: (syft.v1.FitReply.$Properties|null);

            /** Reply error. */
            error?: (syft.v1.Error.$Properties|null);

            /** Reply body. */
            body?: ("hello"|"object"|"got"|"ok"|"sealed"|"opened"|"fit"|"error");

            /**
             * Creates a new Reply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reply instance
             */
            static create(properties: syft.v1.Reply.$Shape): syft.v1.Reply & syft.v1.Reply.$Shape;
            static create(properties?: syft.v1.Reply.$Properties): syft.v1.Reply;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link syft.v1.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: syft.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {syft.v1.Reply & syft.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): syft.v1.Reply & syft.v1.Reply.$Shape;

            /**
             * Gets the type url for Reply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reply {

            /** Properties of a Reply. */
            interface $Properties {

                /** Reply requestId */
                requestId?: (number|null);

                /** Reply hello */
                hello?: (syft.v1.HelloReply.$Properties|null);

                /** Reply object */
                object?: (syft.v1.ObjectRef.$Properties|null);

                /** Reply got */
                got?: (syft.v1.GetReply.$Properties|null);

                /** Reply ok */
                ok?: (syft.v1.Ok.$Properties|null);

                /** Reply sealed */
                sealed?: (syft.v1.Sealed.$Properties|null);

                /** Reply opened */
                opened?: (syft.v1.Opened.$Properties|null);

                /** Reply fit */
                fit?: (syft.v1.FitReply.$Properties|null);

                /** Reply error */
                error?: (syft.v1.Error.$Properties|null);

                /** Reply body */
                body?: ("hello"|"object"|"got"|"ok"|"sealed"|"opened"|"fit"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Reply. */
            type $Shape = {
              requestId?: number|null;
              hello?: syft.v1.HelloReply.$Shape|null;
              object?: syft.v1.ObjectRef.$Shape|null;
              got?: syft.v1.GetReply.$Shape|null;
              ok?: syft.v1.Ok.$Shape|null;
              sealed?: syft.v1.Sealed.$Shape|null;
              opened?: syft.v1.Opened.$Shape|null;
              fit?: syft.v1.FitReply.$Shape|null;
              error?: syft.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "hello"; hello: syft.v1.HelloReply.$Shape; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "object"; hello?: null; object: syft.v1.ObjectRef.$Shape; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "got"; hello?: null; object?: null; got: syft.v1.GetReply.$Shape; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "ok"; hello?: null; object?: null; got?: null; ok: syft.v1.Ok.$Shape; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "sealed"; hello?: null; object?: null; got?: null; ok?: null; sealed: syft.v1.Sealed.$Shape; opened?: null; fit?: null; error?: null }|{ body?: "opened"; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened: syft.v1.Opened.$Shape; fit?: null; error?: null }|{ body?: "fit"; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit: syft.v1.FitReply.$Shape; error?: null }|{ body?: "error"; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error: syft.v1.Error.$Shape })
            );
        }
    }
}
