import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace conclave. */
export namespace conclave {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Meta.
         * @deprecated Use conclave.v1.Meta.$Properties instead.
         */
        interface IMeta extends conclave.v1.Meta.$Properties {
        }

        /** Represents a Meta. */
        class Meta {

            /**
             * Constructs a new Meta.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Meta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Meta runId. */
            runId: string;

            /** Meta round. */
            round: number;

            /** Meta messageId. */
            messageId: number;

            /** Meta replyTo. */
            replyTo: number;

            /** Meta sender. */
            sender: string;

            /**
             * Creates a new Meta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Meta instance
             */
            static create(properties: conclave.v1.Meta.$Shape): conclave.v1.Meta & conclave.v1.Meta.$Shape;
            static create(properties?: conclave.v1.Meta.$Properties): conclave.v1.Meta;

            /**
             * Encodes the specified Meta message. Does not implicitly {@link conclave.v1.Meta.verify|verify} messages.
             * @param message Meta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Meta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Meta & conclave.v1.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Meta & conclave.v1.Meta.$Shape;

            /**
             * Gets the type url for Meta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Meta {

            /** Properties of a Meta. */
            interface $Properties {

                /** Meta runId */
                runId?: (string|null);

                /** Meta round */
                round?: (number|null);

                /** Meta messageId */
                messageId?: (number|null);

                /** Meta replyTo */
                replyTo?: (number|null);

                /** Meta sender */
                sender?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Meta. */
            type $Shape = conclave.v1.Meta.$Properties;
        }

        /** DType enum. */
        enum DType {

            /** DTYPE_UNSPECIFIED value */
            DTYPE_UNSPECIFIED = 0,

            /** FLOAT32 value */
            FLOAT32 = 1,

            /** UINT32 value */
            UINT32 = 2
        }

        /**
         * Properties of a Tensor.
         * @deprecated Use conclave.v1.Tensor.$Properties instead.
         */
        interface ITensor extends conclave.v1.Tensor.$Properties {
        }

        /** Represents a Tensor. */
        class Tensor {

            /**
             * Constructs a new Tensor.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Tensor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Tensor name. */
            name: string;

            /** Tensor shape. */
            shape: number[];

            /** Tensor dtype. */
            dtype: conclave.v1.DType;

            /** Tensor data. */
            data: Uint8Array;

            /**
             * Creates a new Tensor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tensor instance
             */
            static create(properties: conclave.v1.Tensor.$Shape): conclave.v1.Tensor & conclave.v1.Tensor.$Shape;
            static create(properties?: conclave.v1.Tensor.$Properties): conclave.v1.Tensor;

            /**
             * Encodes the specified Tensor message. Does not implicitly {@link conclave.v1.Tensor.verify|verify} messages.
             * @param message Tensor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Tensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tensor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Tensor & conclave.v1.Tensor.$Shape} Tensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Tensor & conclave.v1.Tensor.$Shape;

            /**
             * Gets the type url for Tensor
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Tensor {

            /** Properties of a Tensor. */
            interface $Properties {

                /** Tensor name */
                name?: (string|null);

                /** Tensor shape */
                shape?: (number[]|null);

                /** Tensor dtype */
                dtype?: (conclave.v1.DType|null);

                /** Tensor data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Tensor. */
            type $Shape = conclave.v1.Tensor.$Properties;
        }

        /**
         * Properties of a Join.
         * @deprecated Use conclave.v1.Join.$Properties instead.
         */
        interface IJoin extends conclave.v1.Join.$Properties {
        }

        /** Represents a Join. */
        class Join {

            /**
             * Constructs a new Join.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Join.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Join protocolVersion. */
            protocolVersion: number;

            /** Join workerName. */
            workerName: string;

            /** Join capabilities. */
            capabilities: string[];

            /** Join backend. */
            backend: string;

            /** Join numExamples. */
            numExamples: number;

            /** Join task. */
            task: string;

            /** Join identityKey. */
            identityKey: Uint8Array;

            /**
             * Creates a new Join instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Join instance
             */
            static create(properties: conclave.v1.Join.$Shape): conclave.v1.Join & conclave.v1.Join.$Shape;
            static create(properties?: conclave.v1.Join.$Properties): conclave.v1.Join;

            /**
             * Encodes the specified Join message. Does not implicitly {@link conclave.v1.Join.verify|verify} messages.
             * @param message Join message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Join.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Join message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Join & conclave.v1.Join.$Shape} Join
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Join & conclave.v1.Join.$Shape;

            /**
             * Gets the type url for Join
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Join {

            /** Properties of a Join. */
            interface $Properties {

                /** Join protocolVersion */
                protocolVersion?: (number|null);

                /** Join workerName */
                workerName?: (string|null);

                /** Join capabilities */
                capabilities?: (string[]|null);

                /** Join backend */
                backend?: (string|null);

                /** Join numExamples */
                numExamples?: (number|null);

                /** Join task */
                task?: (string|null);

                /** Join identityKey */
                identityKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Join. */
            type $Shape = conclave.v1.Join.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use conclave.v1.Welcome.$Properties instead.
         */
        interface IWelcome extends conclave.v1.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome protocolVersion. */
            protocolVersion: number;

            /** Welcome workerId. */
            workerId: string;

            /** Welcome runId. */
            runId: string;

            /** Welcome task. */
            task: string;

            /** Welcome maxMessageBytes. */
            maxMessageBytes: number;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: conclave.v1.Welcome.$Shape): conclave.v1.Welcome & conclave.v1.Welcome.$Shape;
            static create(properties?: conclave.v1.Welcome.$Properties): conclave.v1.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link conclave.v1.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Welcome & conclave.v1.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Welcome & conclave.v1.Welcome.$Shape;

            /**
             * Gets the type url for Welcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome protocolVersion */
                protocolVersion?: (number|null);

                /** Welcome workerId */
                workerId?: (string|null);

                /** Welcome runId */
                runId?: (string|null);

                /** Welcome task */
                task?: (string|null);

                /** Welcome maxMessageBytes */
                maxMessageBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = conclave.v1.Welcome.$Properties;
        }

        /**
         * Properties of a TrainConfig.
         * @deprecated Use conclave.v1.TrainConfig.$Properties instead.
         */
        interface ITrainConfig extends conclave.v1.TrainConfig.$Properties {
        }

        /** Represents a TrainConfig. */
        class TrainConfig {

            /**
             * Constructs a new TrainConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.TrainConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrainConfig optimizer. */
            optimizer: string;

            /** TrainConfig learningRate. */
            learningRate: number;

            /** TrainConfig batchSize. */
            batchSize: number;

            /** TrainConfig localEpochs. */
            localEpochs: number;

            /** TrainConfig seed. */
            seed: number;

            /** TrainConfig proximalMu. */
            proximalMu: number;

            /**
             * Creates a new TrainConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrainConfig instance
             */
            static create(properties: conclave.v1.TrainConfig.$Shape): conclave.v1.TrainConfig & conclave.v1.TrainConfig.$Shape;
            static create(properties?: conclave.v1.TrainConfig.$Properties): conclave.v1.TrainConfig;

            /**
             * Encodes the specified TrainConfig message. Does not implicitly {@link conclave.v1.TrainConfig.verify|verify} messages.
             * @param message TrainConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.TrainConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrainConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.TrainConfig & conclave.v1.TrainConfig.$Shape} TrainConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.TrainConfig & conclave.v1.TrainConfig.$Shape;

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

                /** TrainConfig localEpochs */
                localEpochs?: (number|null);

                /** TrainConfig seed */
                seed?: (number|null);

                /** TrainConfig proximalMu */
                proximalMu?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrainConfig. */
            type $Shape = conclave.v1.TrainConfig.$Properties;
        }

        /**
         * Properties of a Protection.
         * @deprecated Use conclave.v1.Protection.$Properties instead.
         */
        interface IProtection extends conclave.v1.Protection.$Properties {
        }

        /** Represents a Protection. */
        class Protection {

            /**
             * Constructs a new Protection.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Protection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Protection secureAggregation. */
            secureAggregation: string;

            /** Protection clipNorm. */
            clipNorm: number;

            /** Protection dpMode. */
            dpMode: string;

            /** Protection noiseStd. */
            noiseStd: number;

            /** Protection ringNoiseSigma2. */
            ringNoiseSigma2: number;

            /** Protection clipRange. */
            clipRange: number;

            /** Protection scale. */
            scale: number;

            /** Protection weighted. */
            weighted: boolean;

            /** Protection maxExamples. */
            maxExamples: number;

            /**
             * Creates a new Protection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Protection instance
             */
            static create(properties: conclave.v1.Protection.$Shape): conclave.v1.Protection & conclave.v1.Protection.$Shape;
            static create(properties?: conclave.v1.Protection.$Properties): conclave.v1.Protection;

            /**
             * Encodes the specified Protection message. Does not implicitly {@link conclave.v1.Protection.verify|verify} messages.
             * @param message Protection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Protection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Protection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Protection & conclave.v1.Protection.$Shape} Protection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Protection & conclave.v1.Protection.$Shape;

            /**
             * Gets the type url for Protection
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Protection {

            /** Properties of a Protection. */
            interface $Properties {

                /** Protection secureAggregation */
                secureAggregation?: (string|null);

                /** Protection clipNorm */
                clipNorm?: (number|null);

                /** Protection dpMode */
                dpMode?: (string|null);

                /** Protection noiseStd */
                noiseStd?: (number|null);

                /** Protection ringNoiseSigma2 */
                ringNoiseSigma2?: (number|null);

                /** Protection clipRange */
                clipRange?: (number|null);

                /** Protection scale */
                scale?: (number|null);

                /** Protection weighted */
                weighted?: (boolean|null);

                /** Protection maxExamples */
                maxExamples?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Protection. */
            type $Shape = conclave.v1.Protection.$Properties;
        }

        /**
         * Properties of a Standardisation.
         * @deprecated Use conclave.v1.Standardisation.$Properties instead.
         */
        interface IStandardisation extends conclave.v1.Standardisation.$Properties {
        }

        /** Represents a Standardisation. */
        class Standardisation {

            /**
             * Constructs a new Standardisation.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Standardisation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Standardisation mean. */
            mean: number[];

            /** Standardisation std. */
            std: number[];

            /**
             * Creates a new Standardisation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Standardisation instance
             */
            static create(properties: conclave.v1.Standardisation.$Shape): conclave.v1.Standardisation & conclave.v1.Standardisation.$Shape;
            static create(properties?: conclave.v1.Standardisation.$Properties): conclave.v1.Standardisation;

            /**
             * Encodes the specified Standardisation message. Does not implicitly {@link conclave.v1.Standardisation.verify|verify} messages.
             * @param message Standardisation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Standardisation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Standardisation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Standardisation & conclave.v1.Standardisation.$Shape} Standardisation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Standardisation & conclave.v1.Standardisation.$Shape;

            /**
             * Gets the type url for Standardisation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Standardisation {

            /** Properties of a Standardisation. */
            interface $Properties {

                /** Standardisation mean */
                mean?: (number[]|null);

                /** Standardisation std */
                std?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Standardisation. */
            type $Shape = conclave.v1.Standardisation.$Properties;
        }

        /**
         * Properties of a RoundStart.
         * @deprecated Use conclave.v1.RoundStart.$Properties instead.
         */
        interface IRoundStart extends conclave.v1.RoundStart.$Properties {
        }

        /** Represents a RoundStart. */
        class RoundStart {

            /**
             * Constructs a new RoundStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.RoundStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoundStart weights. */
            weights: conclave.v1.Tensor.$Properties[];

            /** RoundStart train. */
            train?: (conclave.v1.TrainConfig.$Properties|null);

            /** RoundStart protection. */
            protection?: (conclave.v1.Protection.$Properties|null);

            /** RoundStart deadlineMs. */
            deadlineMs: number;

            /** RoundStart standardisation. */
            standardisation?: (conclave.v1.Standardisation.$Properties|null);

            /**
             * Creates a new RoundStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoundStart instance
             */
            static create(properties: conclave.v1.RoundStart.$Shape): conclave.v1.RoundStart & conclave.v1.RoundStart.$Shape;
            static create(properties?: conclave.v1.RoundStart.$Properties): conclave.v1.RoundStart;

            /**
             * Encodes the specified RoundStart message. Does not implicitly {@link conclave.v1.RoundStart.verify|verify} messages.
             * @param message RoundStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.RoundStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoundStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.RoundStart & conclave.v1.RoundStart.$Shape} RoundStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.RoundStart & conclave.v1.RoundStart.$Shape;

            /**
             * Gets the type url for RoundStart
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoundStart {

            /** Properties of a RoundStart. */
            interface $Properties {

                /** RoundStart weights */
                weights?: (conclave.v1.Tensor.$Properties[]|null);

                /** RoundStart train */
                train?: (conclave.v1.TrainConfig.$Properties|null);

                /** RoundStart protection */
                protection?: (conclave.v1.Protection.$Properties|null);

                /** RoundStart deadlineMs */
                deadlineMs?: (number|null);

                /** RoundStart standardisation */
                standardisation?: (conclave.v1.Standardisation.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoundStart. */
            type $Shape = conclave.v1.RoundStart.$Properties;
        }

        /**
         * Properties of a StatsRequest.
         * @deprecated Use conclave.v1.StatsRequest.$Properties instead.
         */
        interface IStatsRequest extends conclave.v1.StatsRequest.$Properties {
        }

        /** Represents a StatsRequest. */
        class StatsRequest {

            /**
             * Constructs a new StatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.StatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatsRequest protection. */
            protection?: (conclave.v1.Protection.$Properties|null);

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatsRequest instance
             */
            static create(properties: conclave.v1.StatsRequest.$Shape): conclave.v1.StatsRequest & conclave.v1.StatsRequest.$Shape;
            static create(properties?: conclave.v1.StatsRequest.$Properties): conclave.v1.StatsRequest;

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link conclave.v1.StatsRequest.verify|verify} messages.
             * @param message StatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.StatsRequest & conclave.v1.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.StatsRequest & conclave.v1.StatsRequest.$Shape;

            /**
             * Gets the type url for StatsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatsRequest {

            /** Properties of a StatsRequest. */
            interface $Properties {

                /** StatsRequest protection */
                protection?: (conclave.v1.Protection.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsRequest. */
            type $Shape = conclave.v1.StatsRequest.$Properties;
        }

        /**
         * Properties of a StatsResult.
         * @deprecated Use conclave.v1.StatsResult.$Properties instead.
         */
        interface IStatsResult extends conclave.v1.StatsResult.$Properties {
        }

        /** Represents a StatsResult. */
        class StatsResult {

            /**
             * Constructs a new StatsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.StatsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatsResult values. */
            values: number[];

            /** StatsResult numExamples. */
            numExamples: number;

            /**
             * Creates a new StatsResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatsResult instance
             */
            static create(properties: conclave.v1.StatsResult.$Shape): conclave.v1.StatsResult & conclave.v1.StatsResult.$Shape;
            static create(properties?: conclave.v1.StatsResult.$Properties): conclave.v1.StatsResult;

            /**
             * Encodes the specified StatsResult message. Does not implicitly {@link conclave.v1.StatsResult.verify|verify} messages.
             * @param message StatsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.StatsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.StatsResult & conclave.v1.StatsResult.$Shape} StatsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.StatsResult & conclave.v1.StatsResult.$Shape;

            /**
             * Gets the type url for StatsResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatsResult {

            /** Properties of a StatsResult. */
            interface $Properties {

                /** StatsResult values */
                values?: (number[]|null);

                /** StatsResult numExamples */
                numExamples?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsResult. */
            type $Shape = conclave.v1.StatsResult.$Properties;
        }

        /**
         * Properties of a TrainResult.
         * @deprecated Use conclave.v1.TrainResult.$Properties instead.
         */
        interface ITrainResult extends conclave.v1.TrainResult.$Properties {
        }

        /** Represents a TrainResult. */
        class TrainResult {

            /**
             * Constructs a new TrainResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.TrainResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrainResult update. */
            update: conclave.v1.Tensor.$Properties[];

            /** TrainResult numExamples. */
            numExamples: number;

            /** TrainResult metrics. */
            metrics: { [k: string]: number };

            /** TrainResult trainSeconds. */
            trainSeconds: number;

            /**
             * Creates a new TrainResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrainResult instance
             */
            static create(properties: conclave.v1.TrainResult.$Shape): conclave.v1.TrainResult & conclave.v1.TrainResult.$Shape;
            static create(properties?: conclave.v1.TrainResult.$Properties): conclave.v1.TrainResult;

            /**
             * Encodes the specified TrainResult message. Does not implicitly {@link conclave.v1.TrainResult.verify|verify} messages.
             * @param message TrainResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.TrainResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrainResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.TrainResult & conclave.v1.TrainResult.$Shape} TrainResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.TrainResult & conclave.v1.TrainResult.$Shape;

            /**
             * Gets the type url for TrainResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrainResult {

            /** Properties of a TrainResult. */
            interface $Properties {

                /** TrainResult update */
                update?: (conclave.v1.Tensor.$Properties[]|null);

                /** TrainResult numExamples */
                numExamples?: (number|null);

                /** TrainResult metrics */
                metrics?: ({ [k: string]: number }|null);

                /** TrainResult trainSeconds */
                trainSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrainResult. */
            type $Shape = conclave.v1.TrainResult.$Properties;
        }

        /**
         * Properties of an EvaluateRequest.
         * @deprecated Use conclave.v1.EvaluateRequest.$Properties instead.
         */
        interface IEvaluateRequest extends conclave.v1.EvaluateRequest.$Properties {
        }

        /** Represents an EvaluateRequest. */
        class EvaluateRequest {

            /**
             * Constructs a new EvaluateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.EvaluateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvaluateRequest weights. */
            weights: conclave.v1.Tensor.$Properties[];

            /** EvaluateRequest standardisation. */
            standardisation?: (conclave.v1.Standardisation.$Properties|null);

            /**
             * Creates a new EvaluateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvaluateRequest instance
             */
            static create(properties: conclave.v1.EvaluateRequest.$Shape): conclave.v1.EvaluateRequest & conclave.v1.EvaluateRequest.$Shape;
            static create(properties?: conclave.v1.EvaluateRequest.$Properties): conclave.v1.EvaluateRequest;

            /**
             * Encodes the specified EvaluateRequest message. Does not implicitly {@link conclave.v1.EvaluateRequest.verify|verify} messages.
             * @param message EvaluateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.EvaluateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvaluateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.EvaluateRequest & conclave.v1.EvaluateRequest.$Shape} EvaluateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.EvaluateRequest & conclave.v1.EvaluateRequest.$Shape;

            /**
             * Gets the type url for EvaluateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvaluateRequest {

            /** Properties of an EvaluateRequest. */
            interface $Properties {

                /** EvaluateRequest weights */
                weights?: (conclave.v1.Tensor.$Properties[]|null);

                /** EvaluateRequest standardisation */
                standardisation?: (conclave.v1.Standardisation.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvaluateRequest. */
            type $Shape = conclave.v1.EvaluateRequest.$Properties;
        }

        /**
         * Properties of an EvaluateResult.
         * @deprecated Use conclave.v1.EvaluateResult.$Properties instead.
         */
        interface IEvaluateResult extends conclave.v1.EvaluateResult.$Properties {
        }

        /** Represents an EvaluateResult. */
        class EvaluateResult {

            /**
             * Constructs a new EvaluateResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.EvaluateResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvaluateResult numExamples. */
            numExamples: number;

            /** EvaluateResult loss. */
            loss: number;

            /** EvaluateResult metrics. */
            metrics: { [k: string]: number };

            /**
             * Creates a new EvaluateResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvaluateResult instance
             */
            static create(properties: conclave.v1.EvaluateResult.$Shape): conclave.v1.EvaluateResult & conclave.v1.EvaluateResult.$Shape;
            static create(properties?: conclave.v1.EvaluateResult.$Properties): conclave.v1.EvaluateResult;

            /**
             * Encodes the specified EvaluateResult message. Does not implicitly {@link conclave.v1.EvaluateResult.verify|verify} messages.
             * @param message EvaluateResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.EvaluateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvaluateResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.EvaluateResult & conclave.v1.EvaluateResult.$Shape} EvaluateResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.EvaluateResult & conclave.v1.EvaluateResult.$Shape;

            /**
             * Gets the type url for EvaluateResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvaluateResult {

            /** Properties of an EvaluateResult. */
            interface $Properties {

                /** EvaluateResult numExamples */
                numExamples?: (number|null);

                /** EvaluateResult loss */
                loss?: (number|null);

                /** EvaluateResult metrics */
                metrics?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvaluateResult. */
            type $Shape = conclave.v1.EvaluateResult.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_UNSPECIFIED value */
            ERROR_UNSPECIFIED = 0,

            /** PROTOCOL_VERSION_MISMATCH value */
            PROTOCOL_VERSION_MISMATCH = 1,

            /** MALFORMED_MESSAGE value */
            MALFORMED_MESSAGE = 2,

            /** MESSAGE_TOO_LARGE value */
            MESSAGE_TOO_LARGE = 3,

            /** UNKNOWN_TASK value */
            UNKNOWN_TASK = 4,

            /** WRONG_ROUND value */
            WRONG_ROUND = 5,

            /** WRONG_STAGE value */
            WRONG_STAGE = 6,

            /** INVALID_UPDATE value */
            INVALID_UPDATE = 7,

            /** NOT_ADMITTED value */
            NOT_ADMITTED = 8,

            /** TRAINING_FAILED value */
            TRAINING_FAILED = 9,

            /** SECAGG_REFUSED value */
            SECAGG_REFUSED = 10,

            /** ROUND_ABORTED value */
            ROUND_ABORTED = 11,

            /** INTERNAL value */
            INTERNAL = 12
        }

        /**
         * Properties of an Error.
         * @deprecated Use conclave.v1.Error.$Properties instead.
         */
        interface IError extends conclave.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: conclave.v1.ErrorCode;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: conclave.v1.Error.$Shape): conclave.v1.Error & conclave.v1.Error.$Shape;
            static create(properties?: conclave.v1.Error.$Properties): conclave.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link conclave.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Error & conclave.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Error & conclave.v1.Error.$Shape;

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
                code?: (conclave.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = conclave.v1.Error.$Properties;
        }

        /**
         * Properties of a Bye.
         * @deprecated Use conclave.v1.Bye.$Properties instead.
         */
        interface IBye extends conclave.v1.Bye.$Properties {
        }

        /** Represents a Bye. */
        class Bye {

            /**
             * Constructs a new Bye.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Bye.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Bye reason. */
            reason: string;

            /**
             * Creates a new Bye instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Bye instance
             */
            static create(properties: conclave.v1.Bye.$Shape): conclave.v1.Bye & conclave.v1.Bye.$Shape;
            static create(properties?: conclave.v1.Bye.$Properties): conclave.v1.Bye;

            /**
             * Encodes the specified Bye message. Does not implicitly {@link conclave.v1.Bye.verify|verify} messages.
             * @param message Bye message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Bye.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Bye message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Bye & conclave.v1.Bye.$Shape} Bye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Bye & conclave.v1.Bye.$Shape;

            /**
             * Gets the type url for Bye
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Bye {

            /** Properties of a Bye. */
            interface $Properties {

                /** Bye reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Bye. */
            type $Shape = conclave.v1.Bye.$Properties;
        }

        /**
         * Properties of a SecAggParticipant.
         * @deprecated Use conclave.v1.SecAggParticipant.$Properties instead.
         */
        interface ISecAggParticipant extends conclave.v1.SecAggParticipant.$Properties {
        }

        /** Represents a SecAggParticipant. */
        class SecAggParticipant {

            /**
             * Constructs a new SecAggParticipant.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.SecAggParticipant.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecAggParticipant id. */
            id: number;

            /** SecAggParticipant identityKey. */
            identityKey: Uint8Array;

            /**
             * Creates a new SecAggParticipant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecAggParticipant instance
             */
            static create(properties: conclave.v1.SecAggParticipant.$Shape): conclave.v1.SecAggParticipant & conclave.v1.SecAggParticipant.$Shape;
            static create(properties?: conclave.v1.SecAggParticipant.$Properties): conclave.v1.SecAggParticipant;

            /**
             * Encodes the specified SecAggParticipant message. Does not implicitly {@link conclave.v1.SecAggParticipant.verify|verify} messages.
             * @param message SecAggParticipant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.SecAggParticipant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecAggParticipant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.SecAggParticipant & conclave.v1.SecAggParticipant.$Shape} SecAggParticipant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.SecAggParticipant & conclave.v1.SecAggParticipant.$Shape;

            /**
             * Gets the type url for SecAggParticipant
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecAggParticipant {

            /** Properties of a SecAggParticipant. */
            interface $Properties {

                /** SecAggParticipant id */
                id?: (number|null);

                /** SecAggParticipant identityKey */
                identityKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecAggParticipant. */
            type $Shape = conclave.v1.SecAggParticipant.$Properties;
        }

        /**
         * Properties of a KeyAdvertisement.
         * @deprecated Use conclave.v1.KeyAdvertisement.$Properties instead.
         */
        interface IKeyAdvertisement extends conclave.v1.KeyAdvertisement.$Properties {
        }

        /** Represents a KeyAdvertisement. */
        class KeyAdvertisement {

            /**
             * Constructs a new KeyAdvertisement.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.KeyAdvertisement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyAdvertisement sender. */
            sender: number;

            /** KeyAdvertisement encryptionPublicKey. */
            encryptionPublicKey: Uint8Array;

            /** KeyAdvertisement maskPublicKey. */
            maskPublicKey: Uint8Array;

            /** KeyAdvertisement signature. */
            signature: Uint8Array;

            /**
             * Creates a new KeyAdvertisement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyAdvertisement instance
             */
            static create(properties: conclave.v1.KeyAdvertisement.$Shape): conclave.v1.KeyAdvertisement & conclave.v1.KeyAdvertisement.$Shape;
            static create(properties?: conclave.v1.KeyAdvertisement.$Properties): conclave.v1.KeyAdvertisement;

            /**
             * Encodes the specified KeyAdvertisement message. Does not implicitly {@link conclave.v1.KeyAdvertisement.verify|verify} messages.
             * @param message KeyAdvertisement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.KeyAdvertisement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyAdvertisement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.KeyAdvertisement & conclave.v1.KeyAdvertisement.$Shape} KeyAdvertisement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.KeyAdvertisement & conclave.v1.KeyAdvertisement.$Shape;

            /**
             * Gets the type url for KeyAdvertisement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyAdvertisement {

            /** Properties of a KeyAdvertisement. */
            interface $Properties {

                /** KeyAdvertisement sender */
                sender?: (number|null);

                /** KeyAdvertisement encryptionPublicKey */
                encryptionPublicKey?: (Uint8Array|null);

                /** KeyAdvertisement maskPublicKey */
                maskPublicKey?: (Uint8Array|null);

                /** KeyAdvertisement signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyAdvertisement. */
            type $Shape = conclave.v1.KeyAdvertisement.$Properties;
        }

        /**
         * Properties of an EncryptedShare.
         * @deprecated Use conclave.v1.EncryptedShare.$Properties instead.
         */
        interface IEncryptedShare extends conclave.v1.EncryptedShare.$Properties {
        }

        /** Represents an EncryptedShare. */
        class EncryptedShare {

            /**
             * Constructs a new EncryptedShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.EncryptedShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EncryptedShare sender. */
            sender: number;

            /** EncryptedShare receiver. */
            receiver: number;

            /** EncryptedShare ciphertext. */
            ciphertext: Uint8Array;

            /**
             * Creates a new EncryptedShare instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EncryptedShare instance
             */
            static create(properties: conclave.v1.EncryptedShare.$Shape): conclave.v1.EncryptedShare & conclave.v1.EncryptedShare.$Shape;
            static create(properties?: conclave.v1.EncryptedShare.$Properties): conclave.v1.EncryptedShare;

            /**
             * Encodes the specified EncryptedShare message. Does not implicitly {@link conclave.v1.EncryptedShare.verify|verify} messages.
             * @param message EncryptedShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.EncryptedShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EncryptedShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.EncryptedShare & conclave.v1.EncryptedShare.$Shape} EncryptedShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.EncryptedShare & conclave.v1.EncryptedShare.$Shape;

            /**
             * Gets the type url for EncryptedShare
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EncryptedShare {

            /** Properties of an EncryptedShare. */
            interface $Properties {

                /** EncryptedShare sender */
                sender?: (number|null);

                /** EncryptedShare receiver */
                receiver?: (number|null);

                /** EncryptedShare ciphertext */
                ciphertext?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EncryptedShare. */
            type $Shape = conclave.v1.EncryptedShare.$Properties;
        }

        /**
         * Properties of a RevealedShare.
         * @deprecated Use conclave.v1.RevealedShare.$Properties instead.
         */
        interface IRevealedShare extends conclave.v1.RevealedShare.$Properties {
        }

        /** Represents a RevealedShare. */
        class RevealedShare {

            /**
             * Constructs a new RevealedShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.RevealedShare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RevealedShare owner. */
            owner: number;

            /** RevealedShare share. */
            share: Uint8Array;

            /**
             * Creates a new RevealedShare instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RevealedShare instance
             */
            static create(properties: conclave.v1.RevealedShare.$Shape): conclave.v1.RevealedShare & conclave.v1.RevealedShare.$Shape;
            static create(properties?: conclave.v1.RevealedShare.$Properties): conclave.v1.RevealedShare;

            /**
             * Encodes the specified RevealedShare message. Does not implicitly {@link conclave.v1.RevealedShare.verify|verify} messages.
             * @param message RevealedShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.RevealedShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RevealedShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.RevealedShare & conclave.v1.RevealedShare.$Shape} RevealedShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.RevealedShare & conclave.v1.RevealedShare.$Shape;

            /**
             * Gets the type url for RevealedShare
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RevealedShare {

            /** Properties of a RevealedShare. */
            interface $Properties {

                /** RevealedShare owner */
                owner?: (number|null);

                /** RevealedShare share */
                share?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RevealedShare. */
            type $Shape = conclave.v1.RevealedShare.$Properties;
        }

        /**
         * Properties of an AdvertiseKeysRequest.
         * @deprecated Use conclave.v1.AdvertiseKeysRequest.$Properties instead.
         */
        interface IAdvertiseKeysRequest extends conclave.v1.AdvertiseKeysRequest.$Properties {
        }

        /** Represents an AdvertiseKeysRequest. */
        class AdvertiseKeysRequest {

            /**
             * Constructs a new AdvertiseKeysRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.AdvertiseKeysRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdvertiseKeysRequest receiver. */
            receiver: number;

            /** AdvertiseKeysRequest participants. */
            participants: conclave.v1.SecAggParticipant.$Properties[];

            /** AdvertiseKeysRequest neighbors. */
            neighbors: number;

            /** AdvertiseKeysRequest threshold. */
            threshold: number;

            /** AdvertiseKeysRequest vectorLength. */
            vectorLength: number;

            /** AdvertiseKeysRequest graphSeed. */
            graphSeed: Uint8Array;

            /** AdvertiseKeysRequest participantIds. */
            participantIds: number[];

            /** AdvertiseKeysRequest participantCount. */
            participantCount: number;

            /** AdvertiseKeysRequest participantFirst. */
            participantFirst: number;

            /**
             * Creates a new AdvertiseKeysRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdvertiseKeysRequest instance
             */
            static create(properties: conclave.v1.AdvertiseKeysRequest.$Shape): conclave.v1.AdvertiseKeysRequest & conclave.v1.AdvertiseKeysRequest.$Shape;
            static create(properties?: conclave.v1.AdvertiseKeysRequest.$Properties): conclave.v1.AdvertiseKeysRequest;

            /**
             * Encodes the specified AdvertiseKeysRequest message. Does not implicitly {@link conclave.v1.AdvertiseKeysRequest.verify|verify} messages.
             * @param message AdvertiseKeysRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.AdvertiseKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdvertiseKeysRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.AdvertiseKeysRequest & conclave.v1.AdvertiseKeysRequest.$Shape} AdvertiseKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.AdvertiseKeysRequest & conclave.v1.AdvertiseKeysRequest.$Shape;

            /**
             * Gets the type url for AdvertiseKeysRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdvertiseKeysRequest {

            /** Properties of an AdvertiseKeysRequest. */
            interface $Properties {

                /** AdvertiseKeysRequest receiver */
                receiver?: (number|null);

                /** AdvertiseKeysRequest participants */
                participants?: (conclave.v1.SecAggParticipant.$Properties[]|null);

                /** AdvertiseKeysRequest neighbors */
                neighbors?: (number|null);

                /** AdvertiseKeysRequest threshold */
                threshold?: (number|null);

                /** AdvertiseKeysRequest vectorLength */
                vectorLength?: (number|null);

                /** AdvertiseKeysRequest graphSeed */
                graphSeed?: (Uint8Array|null);

                /** AdvertiseKeysRequest participantIds */
                participantIds?: (number[]|null);

                /** AdvertiseKeysRequest participantCount */
                participantCount?: (number|null);

                /** AdvertiseKeysRequest participantFirst */
                participantFirst?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdvertiseKeysRequest. */
            type $Shape = conclave.v1.AdvertiseKeysRequest.$Properties;
        }

        /**
         * Properties of a ShareKeysRequest.
         * @deprecated Use conclave.v1.ShareKeysRequest.$Properties instead.
         */
        interface IShareKeysRequest extends conclave.v1.ShareKeysRequest.$Properties {
        }

        /** Represents a ShareKeysRequest. */
        class ShareKeysRequest {

            /**
             * Constructs a new ShareKeysRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.ShareKeysRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShareKeysRequest receiver. */
            receiver: number;

            /** ShareKeysRequest advertisements. */
            advertisements: conclave.v1.KeyAdvertisement.$Properties[];

            /**
             * Creates a new ShareKeysRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareKeysRequest instance
             */
            static create(properties: conclave.v1.ShareKeysRequest.$Shape): conclave.v1.ShareKeysRequest & conclave.v1.ShareKeysRequest.$Shape;
            static create(properties?: conclave.v1.ShareKeysRequest.$Properties): conclave.v1.ShareKeysRequest;

            /**
             * Encodes the specified ShareKeysRequest message. Does not implicitly {@link conclave.v1.ShareKeysRequest.verify|verify} messages.
             * @param message ShareKeysRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.ShareKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareKeysRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.ShareKeysRequest & conclave.v1.ShareKeysRequest.$Shape} ShareKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.ShareKeysRequest & conclave.v1.ShareKeysRequest.$Shape;

            /**
             * Gets the type url for ShareKeysRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShareKeysRequest {

            /** Properties of a ShareKeysRequest. */
            interface $Properties {

                /** ShareKeysRequest receiver */
                receiver?: (number|null);

                /** ShareKeysRequest advertisements */
                advertisements?: (conclave.v1.KeyAdvertisement.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareKeysRequest. */
            type $Shape = conclave.v1.ShareKeysRequest.$Properties;
        }

        /**
         * Properties of a MaskedInputRequest.
         * @deprecated Use conclave.v1.MaskedInputRequest.$Properties instead.
         */
        interface IMaskedInputRequest extends conclave.v1.MaskedInputRequest.$Properties {
        }

        /** Represents a MaskedInputRequest. */
        class MaskedInputRequest {

            /**
             * Constructs a new MaskedInputRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.MaskedInputRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MaskedInputRequest receiver. */
            receiver: number;

            /** MaskedInputRequest shares. */
            shares: conclave.v1.EncryptedShare.$Properties[];

            /**
             * Creates a new MaskedInputRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MaskedInputRequest instance
             */
            static create(properties: conclave.v1.MaskedInputRequest.$Shape): conclave.v1.MaskedInputRequest & conclave.v1.MaskedInputRequest.$Shape;
            static create(properties?: conclave.v1.MaskedInputRequest.$Properties): conclave.v1.MaskedInputRequest;

            /**
             * Encodes the specified MaskedInputRequest message. Does not implicitly {@link conclave.v1.MaskedInputRequest.verify|verify} messages.
             * @param message MaskedInputRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.MaskedInputRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MaskedInputRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.MaskedInputRequest & conclave.v1.MaskedInputRequest.$Shape} MaskedInputRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.MaskedInputRequest & conclave.v1.MaskedInputRequest.$Shape;

            /**
             * Gets the type url for MaskedInputRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MaskedInputRequest {

            /** Properties of a MaskedInputRequest. */
            interface $Properties {

                /** MaskedInputRequest receiver */
                receiver?: (number|null);

                /** MaskedInputRequest shares */
                shares?: (conclave.v1.EncryptedShare.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MaskedInputRequest. */
            type $Shape = conclave.v1.MaskedInputRequest.$Properties;
        }

        /**
         * Properties of an UnmaskRequest.
         * @deprecated Use conclave.v1.UnmaskRequest.$Properties instead.
         */
        interface IUnmaskRequest extends conclave.v1.UnmaskRequest.$Properties {
        }

        /** Represents an UnmaskRequest. */
        class UnmaskRequest {

            /**
             * Constructs a new UnmaskRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.UnmaskRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnmaskRequest receiver. */
            receiver: number;

            /** UnmaskRequest survivors. */
            survivors: number[];

            /** UnmaskRequest dropped. */
            dropped: number[];

            /**
             * Creates a new UnmaskRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnmaskRequest instance
             */
            static create(properties: conclave.v1.UnmaskRequest.$Shape): conclave.v1.UnmaskRequest & conclave.v1.UnmaskRequest.$Shape;
            static create(properties?: conclave.v1.UnmaskRequest.$Properties): conclave.v1.UnmaskRequest;

            /**
             * Encodes the specified UnmaskRequest message. Does not implicitly {@link conclave.v1.UnmaskRequest.verify|verify} messages.
             * @param message UnmaskRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.UnmaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnmaskRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.UnmaskRequest & conclave.v1.UnmaskRequest.$Shape} UnmaskRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.UnmaskRequest & conclave.v1.UnmaskRequest.$Shape;

            /**
             * Gets the type url for UnmaskRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnmaskRequest {

            /** Properties of an UnmaskRequest. */
            interface $Properties {

                /** UnmaskRequest receiver */
                receiver?: (number|null);

                /** UnmaskRequest survivors */
                survivors?: (number[]|null);

                /** UnmaskRequest dropped */
                dropped?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnmaskRequest. */
            type $Shape = conclave.v1.UnmaskRequest.$Properties;
        }

        /**
         * Properties of a SecAggRequest.
         * @deprecated Use conclave.v1.SecAggRequest.$Properties instead.
         */
        interface ISecAggRequest extends conclave.v1.SecAggRequest.$Properties {
        }

        /** Represents a SecAggRequest. */
        class SecAggRequest {

            /**
             * Constructs a new SecAggRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.SecAggRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecAggRequest protocol. */
            protocol: string;

            /** SecAggRequest advertiseKeys. */
            advertiseKeys?: (conclave.v1.AdvertiseKeysRequest.$Properties|null);

            /** SecAggRequest shareKeys. */
            shareKeys?: (conclave.v1.ShareKeysRequest.$Properties|null);

            /** SecAggRequest maskedInput. */
            maskedInput?: (conclave.v1.MaskedInputRequest.$Properties|null);

            /** SecAggRequest unmask. */
            unmask?: (conclave.v1.UnmaskRequest.$Properties|null);

            /** SecAggRequest stage. */
            stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask");

            /**
             * Creates a new SecAggRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecAggRequest instance
             */
            static create(properties: conclave.v1.SecAggRequest.$Shape): conclave.v1.SecAggRequest & conclave.v1.SecAggRequest.$Shape;
            static create(properties?: conclave.v1.SecAggRequest.$Properties): conclave.v1.SecAggRequest;

            /**
             * Encodes the specified SecAggRequest message. Does not implicitly {@link conclave.v1.SecAggRequest.verify|verify} messages.
             * @param message SecAggRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.SecAggRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecAggRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.SecAggRequest & conclave.v1.SecAggRequest.$Shape} SecAggRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.SecAggRequest & conclave.v1.SecAggRequest.$Shape;

            /**
             * Gets the type url for SecAggRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecAggRequest {

            /** Properties of a SecAggRequest. */
            interface $Properties {

                /** SecAggRequest protocol */
                protocol?: (string|null);

                /** SecAggRequest advertiseKeys */
                advertiseKeys?: (conclave.v1.AdvertiseKeysRequest.$Properties|null);

                /** SecAggRequest shareKeys */
                shareKeys?: (conclave.v1.ShareKeysRequest.$Properties|null);

                /** SecAggRequest maskedInput */
                maskedInput?: (conclave.v1.MaskedInputRequest.$Properties|null);

                /** SecAggRequest unmask */
                unmask?: (conclave.v1.UnmaskRequest.$Properties|null);

                /** SecAggRequest stage */
                stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SecAggRequest. */
            type $Shape = {
              protocol?: string|null;
              advertiseKeys?: conclave.v1.AdvertiseKeysRequest.$Shape|null;
              shareKeys?: conclave.v1.ShareKeysRequest.$Shape|null;
              maskedInput?: conclave.v1.MaskedInputRequest.$Shape|null;
              unmask?: conclave.v1.UnmaskRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v1.AdvertiseKeysRequest.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v1.ShareKeysRequest.$Shape; maskedInput?: null; unmask?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v1.MaskedInputRequest.$Shape; unmask?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v1.UnmaskRequest.$Shape })
            );
        }

        /**
         * Properties of an AdvertiseKeysReply.
         * @deprecated Use conclave.v1.AdvertiseKeysReply.$Properties instead.
         */
        interface IAdvertiseKeysReply extends conclave.v1.AdvertiseKeysReply.$Properties {
        }

        /** Represents an AdvertiseKeysReply. */
        class AdvertiseKeysReply {

            /**
             * Constructs a new AdvertiseKeysReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.AdvertiseKeysReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdvertiseKeysReply sender. */
            sender: number;

            /** AdvertiseKeysReply encryptionPublicKey. */
            encryptionPublicKey: Uint8Array;

            /** AdvertiseKeysReply maskPublicKey. */
            maskPublicKey: Uint8Array;

            /** AdvertiseKeysReply signature. */
            signature: Uint8Array;

            /**
             * Creates a new AdvertiseKeysReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdvertiseKeysReply instance
             */
            static create(properties: conclave.v1.AdvertiseKeysReply.$Shape): conclave.v1.AdvertiseKeysReply & conclave.v1.AdvertiseKeysReply.$Shape;
            static create(properties?: conclave.v1.AdvertiseKeysReply.$Properties): conclave.v1.AdvertiseKeysReply;

            /**
             * Encodes the specified AdvertiseKeysReply message. Does not implicitly {@link conclave.v1.AdvertiseKeysReply.verify|verify} messages.
             * @param message AdvertiseKeysReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.AdvertiseKeysReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdvertiseKeysReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.AdvertiseKeysReply & conclave.v1.AdvertiseKeysReply.$Shape} AdvertiseKeysReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.AdvertiseKeysReply & conclave.v1.AdvertiseKeysReply.$Shape;

            /**
             * Gets the type url for AdvertiseKeysReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdvertiseKeysReply {

            /** Properties of an AdvertiseKeysReply. */
            interface $Properties {

                /** AdvertiseKeysReply sender */
                sender?: (number|null);

                /** AdvertiseKeysReply encryptionPublicKey */
                encryptionPublicKey?: (Uint8Array|null);

                /** AdvertiseKeysReply maskPublicKey */
                maskPublicKey?: (Uint8Array|null);

                /** AdvertiseKeysReply signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdvertiseKeysReply. */
            type $Shape = conclave.v1.AdvertiseKeysReply.$Properties;
        }

        /**
         * Properties of a ShareKeysReply.
         * @deprecated Use conclave.v1.ShareKeysReply.$Properties instead.
         */
        interface IShareKeysReply extends conclave.v1.ShareKeysReply.$Properties {
        }

        /** Represents a ShareKeysReply. */
        class ShareKeysReply {

            /**
             * Constructs a new ShareKeysReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.ShareKeysReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShareKeysReply sender. */
            sender: number;

            /** ShareKeysReply shares. */
            shares: conclave.v1.EncryptedShare.$Properties[];

            /**
             * Creates a new ShareKeysReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareKeysReply instance
             */
            static create(properties: conclave.v1.ShareKeysReply.$Shape): conclave.v1.ShareKeysReply & conclave.v1.ShareKeysReply.$Shape;
            static create(properties?: conclave.v1.ShareKeysReply.$Properties): conclave.v1.ShareKeysReply;

            /**
             * Encodes the specified ShareKeysReply message. Does not implicitly {@link conclave.v1.ShareKeysReply.verify|verify} messages.
             * @param message ShareKeysReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.ShareKeysReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareKeysReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.ShareKeysReply & conclave.v1.ShareKeysReply.$Shape} ShareKeysReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.ShareKeysReply & conclave.v1.ShareKeysReply.$Shape;

            /**
             * Gets the type url for ShareKeysReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShareKeysReply {

            /** Properties of a ShareKeysReply. */
            interface $Properties {

                /** ShareKeysReply sender */
                sender?: (number|null);

                /** ShareKeysReply shares */
                shares?: (conclave.v1.EncryptedShare.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareKeysReply. */
            type $Shape = conclave.v1.ShareKeysReply.$Properties;
        }

        /**
         * Properties of a MaskedInputReply.
         * @deprecated Use conclave.v1.MaskedInputReply.$Properties instead.
         */
        interface IMaskedInputReply extends conclave.v1.MaskedInputReply.$Properties {
        }

        /** Represents a MaskedInputReply. */
        class MaskedInputReply {

            /**
             * Constructs a new MaskedInputReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.MaskedInputReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MaskedInputReply sender. */
            sender: number;

            /** MaskedInputReply maskedInput. */
            maskedInput: Uint8Array;

            /**
             * Creates a new MaskedInputReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MaskedInputReply instance
             */
            static create(properties: conclave.v1.MaskedInputReply.$Shape): conclave.v1.MaskedInputReply & conclave.v1.MaskedInputReply.$Shape;
            static create(properties?: conclave.v1.MaskedInputReply.$Properties): conclave.v1.MaskedInputReply;

            /**
             * Encodes the specified MaskedInputReply message. Does not implicitly {@link conclave.v1.MaskedInputReply.verify|verify} messages.
             * @param message MaskedInputReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.MaskedInputReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MaskedInputReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.MaskedInputReply & conclave.v1.MaskedInputReply.$Shape} MaskedInputReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.MaskedInputReply & conclave.v1.MaskedInputReply.$Shape;

            /**
             * Gets the type url for MaskedInputReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MaskedInputReply {

            /** Properties of a MaskedInputReply. */
            interface $Properties {

                /** MaskedInputReply sender */
                sender?: (number|null);

                /** MaskedInputReply maskedInput */
                maskedInput?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MaskedInputReply. */
            type $Shape = conclave.v1.MaskedInputReply.$Properties;
        }

        /**
         * Properties of an UnmaskReply.
         * @deprecated Use conclave.v1.UnmaskReply.$Properties instead.
         */
        interface IUnmaskReply extends conclave.v1.UnmaskReply.$Properties {
        }

        /** Represents an UnmaskReply. */
        class UnmaskReply {

            /**
             * Constructs a new UnmaskReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.UnmaskReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnmaskReply sender. */
            sender: number;

            /** UnmaskReply selfMaskShares. */
            selfMaskShares: conclave.v1.RevealedShare.$Properties[];

            /** UnmaskReply maskKeyShares. */
            maskKeyShares: conclave.v1.RevealedShare.$Properties[];

            /**
             * Creates a new UnmaskReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnmaskReply instance
             */
            static create(properties: conclave.v1.UnmaskReply.$Shape): conclave.v1.UnmaskReply & conclave.v1.UnmaskReply.$Shape;
            static create(properties?: conclave.v1.UnmaskReply.$Properties): conclave.v1.UnmaskReply;

            /**
             * Encodes the specified UnmaskReply message. Does not implicitly {@link conclave.v1.UnmaskReply.verify|verify} messages.
             * @param message UnmaskReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.UnmaskReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnmaskReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.UnmaskReply & conclave.v1.UnmaskReply.$Shape} UnmaskReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.UnmaskReply & conclave.v1.UnmaskReply.$Shape;

            /**
             * Gets the type url for UnmaskReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnmaskReply {

            /** Properties of an UnmaskReply. */
            interface $Properties {

                /** UnmaskReply sender */
                sender?: (number|null);

                /** UnmaskReply selfMaskShares */
                selfMaskShares?: (conclave.v1.RevealedShare.$Properties[]|null);

                /** UnmaskReply maskKeyShares */
                maskKeyShares?: (conclave.v1.RevealedShare.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnmaskReply. */
            type $Shape = conclave.v1.UnmaskReply.$Properties;
        }

        /**
         * Properties of a SecAggReply.
         * @deprecated Use conclave.v1.SecAggReply.$Properties instead.
         */
        interface ISecAggReply extends conclave.v1.SecAggReply.$Properties {
        }

        /** Represents a SecAggReply. */
        class SecAggReply {

            /**
             * Constructs a new SecAggReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.SecAggReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecAggReply protocol. */
            protocol: string;

            /** SecAggReply advertiseKeys. */
            advertiseKeys?: (conclave.v1.AdvertiseKeysReply.$Properties|null);

            /** SecAggReply shareKeys. */
            shareKeys?: (conclave.v1.ShareKeysReply.$Properties|null);

            /** SecAggReply maskedInput. */
            maskedInput?: (conclave.v1.MaskedInputReply.$Properties|null);

            /** SecAggReply unmask. */
            unmask?: (conclave.v1.UnmaskReply.$Properties|null);

            /** SecAggReply stage. */
            stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask");

            /**
             * Creates a new SecAggReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecAggReply instance
             */
            static create(properties: conclave.v1.SecAggReply.$Shape): conclave.v1.SecAggReply & conclave.v1.SecAggReply.$Shape;
            static create(properties?: conclave.v1.SecAggReply.$Properties): conclave.v1.SecAggReply;

            /**
             * Encodes the specified SecAggReply message. Does not implicitly {@link conclave.v1.SecAggReply.verify|verify} messages.
             * @param message SecAggReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.SecAggReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecAggReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.SecAggReply & conclave.v1.SecAggReply.$Shape} SecAggReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.SecAggReply & conclave.v1.SecAggReply.$Shape;

            /**
             * Gets the type url for SecAggReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecAggReply {

            /** Properties of a SecAggReply. */
            interface $Properties {

                /** SecAggReply protocol */
                protocol?: (string|null);

                /** SecAggReply advertiseKeys */
                advertiseKeys?: (conclave.v1.AdvertiseKeysReply.$Properties|null);

                /** SecAggReply shareKeys */
                shareKeys?: (conclave.v1.ShareKeysReply.$Properties|null);

                /** SecAggReply maskedInput */
                maskedInput?: (conclave.v1.MaskedInputReply.$Properties|null);

                /** SecAggReply unmask */
                unmask?: (conclave.v1.UnmaskReply.$Properties|null);

                /** SecAggReply stage */
                stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SecAggReply. */
            type $Shape = {
              protocol?: string|null;
              advertiseKeys?: conclave.v1.AdvertiseKeysReply.$Shape|null;
              shareKeys?: conclave.v1.ShareKeysReply.$Shape|null;
              maskedInput?: conclave.v1.MaskedInputReply.$Shape|null;
              unmask?: conclave.v1.UnmaskReply.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v1.AdvertiseKeysReply.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v1.ShareKeysReply.$Shape; maskedInput?: null; unmask?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v1.MaskedInputReply.$Shape; unmask?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v1.UnmaskReply.$Shape })
            );
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use conclave.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends conclave.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope meta. */
            meta?: (conclave.v1.Meta.$Properties|null);

            /** Envelope join. */
            join?: (conclave.v1.Join.$Properties|null);

            /** Envelope welcome. */
            welcome?: (conclave.v1.Welcome.$Properties|null);

            /** Envelope roundStart. */
            roundStart?: (conclave.v1.RoundStart.$Properties|null);

            /** Envelope trainResult. */
            trainResult?: (conclave.v1.TrainResult.$Properties|null);

            /** Envelope evaluateRequest. */
            evaluateRequest?: (conclave.v1.EvaluateRequest.$Properties|null);

            /** Envelope evaluateResult. */
            evaluateResult?: (conclave.v1.EvaluateResult.$Properties|null);

            /** Envelope error. */
            error?: (conclave.v1.Error.$Properties|null);

            /** Envelope bye. */
            bye?: (conclave.v1.Bye.$Properties|null);

            /** Envelope secaggRequest. */
            secaggRequest?: (conclave.v1.SecAggRequest.$Properties|null);

            /** Envelope secaggReply. */
            secaggReply?: (conclave.v1.SecAggReply.$Properties|null);

            /** Envelope statsRequest. */
            statsRequest?: (conclave.v1.StatsRequest.$Properties|null);

            /** Envelope statsResult. */
            statsResult?: (conclave.v1.StatsResult.$Properties|null);

            /** Envelope body. */
            body?: ("join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: conclave.v1.Envelope.$Shape): conclave.v1.Envelope & conclave.v1.Envelope.$Shape;
            static create(properties?: conclave.v1.Envelope.$Properties): conclave.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link conclave.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v1.Envelope & conclave.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v1.Envelope & conclave.v1.Envelope.$Shape;

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope meta */
                meta?: (conclave.v1.Meta.$Properties|null);

                /** Envelope join */
                join?: (conclave.v1.Join.$Properties|null);

                /** Envelope welcome */
                welcome?: (conclave.v1.Welcome.$Properties|null);

                /** Envelope roundStart */
                roundStart?: (conclave.v1.RoundStart.$Properties|null);

                /** Envelope trainResult */
                trainResult?: (conclave.v1.TrainResult.$Properties|null);

                /** Envelope evaluateRequest */
                evaluateRequest?: (conclave.v1.EvaluateRequest.$Properties|null);

                /** Envelope evaluateResult */
                evaluateResult?: (conclave.v1.EvaluateResult.$Properties|null);

                /** Envelope error */
                error?: (conclave.v1.Error.$Properties|null);

                /** Envelope bye */
                bye?: (conclave.v1.Bye.$Properties|null);

                /** Envelope secaggRequest */
                secaggRequest?: (conclave.v1.SecAggRequest.$Properties|null);

                /** Envelope secaggReply */
                secaggReply?: (conclave.v1.SecAggReply.$Properties|null);

                /** Envelope statsRequest */
                statsRequest?: (conclave.v1.StatsRequest.$Properties|null);

                /** Envelope statsResult */
                statsResult?: (conclave.v1.StatsResult.$Properties|null);

                /** Envelope body */
                body?: ("join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              meta?: conclave.v1.Meta.$Shape|null;
              join?: conclave.v1.Join.$Shape|null;
              welcome?: conclave.v1.Welcome.$Shape|null;
              roundStart?: conclave.v1.RoundStart.$Shape|null;
              trainResult?: conclave.v1.TrainResult.$Shape|null;
              evaluateRequest?: conclave.v1.EvaluateRequest.$Shape|null;
              evaluateResult?: conclave.v1.EvaluateResult.$Shape|null;
              error?: conclave.v1.Error.$Shape|null;
              bye?: conclave.v1.Bye.$Shape|null;
              secaggRequest?: conclave.v1.SecAggRequest.$Shape|null;
              secaggReply?: conclave.v1.SecAggReply.$Shape|null;
              statsRequest?: conclave.v1.StatsRequest.$Shape|null;
              statsResult?: conclave.v1.StatsResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "join"; join: conclave.v1.Join.$Shape; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "welcome"; join?: null; welcome: conclave.v1.Welcome.$Shape; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "roundStart"; join?: null; welcome?: null; roundStart: conclave.v1.RoundStart.$Shape; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "trainResult"; join?: null; welcome?: null; roundStart?: null; trainResult: conclave.v1.TrainResult.$Shape; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "evaluateRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest: conclave.v1.EvaluateRequest.$Shape; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "evaluateResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult: conclave.v1.EvaluateResult.$Shape; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "error"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error: conclave.v1.Error.$Shape; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "bye"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye: conclave.v1.Bye.$Shape; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "secaggRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest: conclave.v1.SecAggRequest.$Shape; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "secaggReply"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply: conclave.v1.SecAggReply.$Shape; statsRequest?: null; statsResult?: null }|{ body?: "statsRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest: conclave.v1.StatsRequest.$Shape; statsResult?: null }|{ body?: "statsResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult: conclave.v1.StatsResult.$Shape })
            );
        }
    }
}
