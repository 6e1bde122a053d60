import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace conclave. */
export namespace conclave {

    /** Namespace v2. */
    namespace v2 {

        /**
         * Properties of a Meta.
         * @deprecated Use conclave.v2.Meta.$Properties instead.
         */
        interface IMeta extends conclave.v2.Meta.$Properties {
        }

        /** Represents a Meta. */
        class Meta {

            /**
             * Constructs a new Meta.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Meta.$Properties);

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
            static create(properties: conclave.v2.Meta.$Shape): conclave.v2.Meta & conclave.v2.Meta.$Shape;
            static create(properties?: conclave.v2.Meta.$Properties): conclave.v2.Meta;

            /**
             * Encodes the specified Meta message. Does not implicitly {@link conclave.v2.Meta.verify|verify} messages.
             * @param message Meta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Meta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Meta & conclave.v2.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Meta & conclave.v2.Meta.$Shape;

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
            type $Shape = conclave.v2.Meta.$Properties;
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
         * @deprecated Use conclave.v2.Tensor.$Properties instead.
         */
        interface ITensor extends conclave.v2.Tensor.$Properties {
        }

        /** Represents a Tensor. */
        class Tensor {

            /**
             * Constructs a new Tensor.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Tensor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Tensor name. */
            name: string;

            /** Tensor shape. */
            shape: number[];

            /** Tensor dtype. */
            dtype: conclave.v2.DType;

            /** Tensor data. */
            data: Uint8Array;

            /**
             * Creates a new Tensor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tensor instance
             */
            static create(properties: conclave.v2.Tensor.$Shape): conclave.v2.Tensor & conclave.v2.Tensor.$Shape;
            static create(properties?: conclave.v2.Tensor.$Properties): conclave.v2.Tensor;

            /**
             * Encodes the specified Tensor message. Does not implicitly {@link conclave.v2.Tensor.verify|verify} messages.
             * @param message Tensor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Tensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tensor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Tensor & conclave.v2.Tensor.$Shape} Tensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Tensor & conclave.v2.Tensor.$Shape;

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
                dtype?: (conclave.v2.DType|null);

                /** Tensor data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Tensor. */
            type $Shape = conclave.v2.Tensor.$Properties;
        }

        /**
         * Properties of a Challenge.
         * @deprecated Use conclave.v2.Challenge.$Properties instead.
         */
        interface IChallenge extends conclave.v2.Challenge.$Properties {
        }

        /** Represents a Challenge. */
        class Challenge {

            /**
             * Constructs a new Challenge.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Challenge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Challenge protocolVersion. */
            protocolVersion: number;

            /** Challenge runId. */
            runId: string;

            /** Challenge nonce. */
            nonce: Uint8Array;

            /** Challenge coordinatorKey. */
            coordinatorKey: Uint8Array;

            /** Challenge signature. */
            signature: Uint8Array;

            /** Challenge federation. */
            federation: string;

            /**
             * Creates a new Challenge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Challenge instance
             */
            static create(properties: conclave.v2.Challenge.$Shape): conclave.v2.Challenge & conclave.v2.Challenge.$Shape;
            static create(properties?: conclave.v2.Challenge.$Properties): conclave.v2.Challenge;

            /**
             * Encodes the specified Challenge message. Does not implicitly {@link conclave.v2.Challenge.verify|verify} messages.
             * @param message Challenge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Challenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Challenge message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Challenge & conclave.v2.Challenge.$Shape} Challenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Challenge & conclave.v2.Challenge.$Shape;

            /**
             * Gets the type url for Challenge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Challenge {

            /** Properties of a Challenge. */
            interface $Properties {

                /** Challenge protocolVersion */
                protocolVersion?: (number|null);

                /** Challenge runId */
                runId?: (string|null);

                /** Challenge nonce */
                nonce?: (Uint8Array|null);

                /** Challenge coordinatorKey */
                coordinatorKey?: (Uint8Array|null);

                /** Challenge signature */
                signature?: (Uint8Array|null);

                /** Challenge federation */
                federation?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Challenge. */
            type $Shape = conclave.v2.Challenge.$Properties;
        }

        /**
         * Properties of a Join.
         * @deprecated Use conclave.v2.Join.$Properties instead.
         */
        interface IJoin extends conclave.v2.Join.$Properties {
        }

        /** Represents a Join. */
        class Join {

            /**
             * Constructs a new Join.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Join.$Properties);

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

            /** Join proof. */
            proof: Uint8Array;

            /** Join taskDigest. */
            taskDigest: string;

            /**
             * Creates a new Join instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Join instance
             */
            static create(properties: conclave.v2.Join.$Shape): conclave.v2.Join & conclave.v2.Join.$Shape;
            static create(properties?: conclave.v2.Join.$Properties): conclave.v2.Join;

            /**
             * Encodes the specified Join message. Does not implicitly {@link conclave.v2.Join.verify|verify} messages.
             * @param message Join message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Join.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Join message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Join & conclave.v2.Join.$Shape} Join
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Join & conclave.v2.Join.$Shape;

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

                /** Join proof */
                proof?: (Uint8Array|null);

                /** Join taskDigest */
                taskDigest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Join. */
            type $Shape = conclave.v2.Join.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use conclave.v2.Welcome.$Properties instead.
         */
        interface IWelcome extends conclave.v2.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Welcome.$Properties);

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

            /** Welcome taskJson. */
            taskJson: string;

            /** Welcome taskDigest. */
            taskDigest: string;

            /** Welcome participantId. */
            participantId: number;

            /** Welcome rounds. */
            rounds: number;

            /** Welcome nextRound. */
            nextRound: number;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: conclave.v2.Welcome.$Shape): conclave.v2.Welcome & conclave.v2.Welcome.$Shape;
            static create(properties?: conclave.v2.Welcome.$Properties): conclave.v2.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link conclave.v2.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Welcome & conclave.v2.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Welcome & conclave.v2.Welcome.$Shape;

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

                /** Welcome taskJson */
                taskJson?: (string|null);

                /** Welcome taskDigest */
                taskDigest?: (string|null);

                /** Welcome participantId */
                participantId?: (number|null);

                /** Welcome rounds */
                rounds?: (number|null);

                /** Welcome nextRound */
                nextRound?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = conclave.v2.Welcome.$Properties;
        }

        /**
         * Properties of a TrainConfig.
         * @deprecated Use conclave.v2.TrainConfig.$Properties instead.
         */
        interface ITrainConfig extends conclave.v2.TrainConfig.$Properties {
        }

        /** Represents a TrainConfig. */
        class TrainConfig {

            /**
             * Constructs a new TrainConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.TrainConfig.$Properties);

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
            static create(properties: conclave.v2.TrainConfig.$Shape): conclave.v2.TrainConfig & conclave.v2.TrainConfig.$Shape;
            static create(properties?: conclave.v2.TrainConfig.$Properties): conclave.v2.TrainConfig;

            /**
             * Encodes the specified TrainConfig message. Does not implicitly {@link conclave.v2.TrainConfig.verify|verify} messages.
             * @param message TrainConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.TrainConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrainConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.TrainConfig & conclave.v2.TrainConfig.$Shape} TrainConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.TrainConfig & conclave.v2.TrainConfig.$Shape;

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
            type $Shape = conclave.v2.TrainConfig.$Properties;
        }

        /**
         * Properties of a Protection.
         * @deprecated Use conclave.v2.Protection.$Properties instead.
         */
        interface IProtection extends conclave.v2.Protection.$Properties {
        }

        /** Represents a Protection. */
        class Protection {

            /**
             * Constructs a new Protection.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Protection.$Properties);

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

            /** Protection noiseMultiplier. */
            noiseMultiplier: number;

            /** Protection delta. */
            delta: number;

            /** Protection noiseShares. */
            noiseShares: number;

            /**
             * Creates a new Protection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Protection instance
             */
            static create(properties: conclave.v2.Protection.$Shape): conclave.v2.Protection & conclave.v2.Protection.$Shape;
            static create(properties?: conclave.v2.Protection.$Properties): conclave.v2.Protection;

            /**
             * Encodes the specified Protection message. Does not implicitly {@link conclave.v2.Protection.verify|verify} messages.
             * @param message Protection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Protection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Protection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Protection & conclave.v2.Protection.$Shape} Protection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Protection & conclave.v2.Protection.$Shape;

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

                /** Protection noiseMultiplier */
                noiseMultiplier?: (number|null);

                /** Protection delta */
                delta?: (number|null);

                /** Protection noiseShares */
                noiseShares?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Protection. */
            type $Shape = conclave.v2.Protection.$Properties;
        }

        /**
         * Properties of a Standardisation.
         * @deprecated Use conclave.v2.Standardisation.$Properties instead.
         */
        interface IStandardisation extends conclave.v2.Standardisation.$Properties {
        }

        /** Represents a Standardisation. */
        class Standardisation {

            /**
             * Constructs a new Standardisation.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Standardisation.$Properties);

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
            static create(properties: conclave.v2.Standardisation.$Shape): conclave.v2.Standardisation & conclave.v2.Standardisation.$Shape;
            static create(properties?: conclave.v2.Standardisation.$Properties): conclave.v2.Standardisation;

            /**
             * Encodes the specified Standardisation message. Does not implicitly {@link conclave.v2.Standardisation.verify|verify} messages.
             * @param message Standardisation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Standardisation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Standardisation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Standardisation & conclave.v2.Standardisation.$Shape} Standardisation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Standardisation & conclave.v2.Standardisation.$Shape;

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
            type $Shape = conclave.v2.Standardisation.$Properties;
        }

        /**
         * Properties of a RoundStart.
         * @deprecated Use conclave.v2.RoundStart.$Properties instead.
         */
        interface IRoundStart extends conclave.v2.RoundStart.$Properties {
        }

        /** Represents a RoundStart. */
        class RoundStart {

            /**
             * Constructs a new RoundStart.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.RoundStart.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoundStart weights. */
            weights: conclave.v2.Tensor.$Properties[];

            /** RoundStart train. */
            train?: (conclave.v2.TrainConfig.$Properties|null);

            /** RoundStart protection. */
            protection?: (conclave.v2.Protection.$Properties|null);

            /** RoundStart deadlineMs. */
            deadlineMs: number;

            /** RoundStart standardisation. */
            standardisation?: (conclave.v2.Standardisation.$Properties|null);

            /**
             * Creates a new RoundStart instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoundStart instance
             */
            static create(properties: conclave.v2.RoundStart.$Shape): conclave.v2.RoundStart & conclave.v2.RoundStart.$Shape;
            static create(properties?: conclave.v2.RoundStart.$Properties): conclave.v2.RoundStart;

            /**
             * Encodes the specified RoundStart message. Does not implicitly {@link conclave.v2.RoundStart.verify|verify} messages.
             * @param message RoundStart message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.RoundStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoundStart message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.RoundStart & conclave.v2.RoundStart.$Shape} RoundStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.RoundStart & conclave.v2.RoundStart.$Shape;

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
                weights?: (conclave.v2.Tensor.$Properties[]|null);

                /** RoundStart train */
                train?: (conclave.v2.TrainConfig.$Properties|null);

                /** RoundStart protection */
                protection?: (conclave.v2.Protection.$Properties|null);

                /** RoundStart deadlineMs */
                deadlineMs?: (number|null);

                /** RoundStart standardisation */
                standardisation?: (conclave.v2.Standardisation.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoundStart. */
            type $Shape = conclave.v2.RoundStart.$Properties;
        }

        /**
         * Properties of a StatsRequest.
         * @deprecated Use conclave.v2.StatsRequest.$Properties instead.
         */
        interface IStatsRequest extends conclave.v2.StatsRequest.$Properties {
        }

        /** Represents a StatsRequest. */
        class StatsRequest {

            /**
             * Constructs a new StatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.StatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatsRequest protection. */
            protection?: (conclave.v2.Protection.$Properties|null);

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatsRequest instance
             */
            static create(properties: conclave.v2.StatsRequest.$Shape): conclave.v2.StatsRequest & conclave.v2.StatsRequest.$Shape;
            static create(properties?: conclave.v2.StatsRequest.$Properties): conclave.v2.StatsRequest;

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link conclave.v2.StatsRequest.verify|verify} messages.
             * @param message StatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.StatsRequest & conclave.v2.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.StatsRequest & conclave.v2.StatsRequest.$Shape;

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
                protection?: (conclave.v2.Protection.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsRequest. */
            type $Shape = conclave.v2.StatsRequest.$Properties;
        }

        /**
         * Properties of a StatsResult.
         * @deprecated Use conclave.v2.StatsResult.$Properties instead.
         */
        interface IStatsResult extends conclave.v2.StatsResult.$Properties {
        }

        /** Represents a StatsResult. */
        class StatsResult {

            /**
             * Constructs a new StatsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.StatsResult.$Properties);

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
            static create(properties: conclave.v2.StatsResult.$Shape): conclave.v2.StatsResult & conclave.v2.StatsResult.$Shape;
            static create(properties?: conclave.v2.StatsResult.$Properties): conclave.v2.StatsResult;

            /**
             * Encodes the specified StatsResult message. Does not implicitly {@link conclave.v2.StatsResult.verify|verify} messages.
             * @param message StatsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.StatsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.StatsResult & conclave.v2.StatsResult.$Shape} StatsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.StatsResult & conclave.v2.StatsResult.$Shape;

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
            type $Shape = conclave.v2.StatsResult.$Properties;
        }

        /**
         * Properties of a PrivacySpent.
         * @deprecated Use conclave.v2.PrivacySpent.$Properties instead.
         */
        interface IPrivacySpent extends conclave.v2.PrivacySpent.$Properties {
        }

        /** Represents a PrivacySpent. */
        class PrivacySpent {

            /**
             * Constructs a new PrivacySpent.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.PrivacySpent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PrivacySpent epsilon. */
            epsilon: number;

            /** PrivacySpent delta. */
            delta: number;

            /** PrivacySpent rounds. */
            rounds: number;

            /**
             * Creates a new PrivacySpent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrivacySpent instance
             */
            static create(properties: conclave.v2.PrivacySpent.$Shape): conclave.v2.PrivacySpent & conclave.v2.PrivacySpent.$Shape;
            static create(properties?: conclave.v2.PrivacySpent.$Properties): conclave.v2.PrivacySpent;

            /**
             * Encodes the specified PrivacySpent message. Does not implicitly {@link conclave.v2.PrivacySpent.verify|verify} messages.
             * @param message PrivacySpent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.PrivacySpent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrivacySpent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.PrivacySpent & conclave.v2.PrivacySpent.$Shape} PrivacySpent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.PrivacySpent & conclave.v2.PrivacySpent.$Shape;

            /**
             * Gets the type url for PrivacySpent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PrivacySpent {

            /** Properties of a PrivacySpent. */
            interface $Properties {

                /** PrivacySpent epsilon */
                epsilon?: (number|null);

                /** PrivacySpent delta */
                delta?: (number|null);

                /** PrivacySpent rounds */
                rounds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PrivacySpent. */
            type $Shape = conclave.v2.PrivacySpent.$Properties;
        }

        /**
         * Properties of a TrainResult.
         * @deprecated Use conclave.v2.TrainResult.$Properties instead.
         */
        interface ITrainResult extends conclave.v2.TrainResult.$Properties {
        }

        /** Represents a TrainResult. */
        class TrainResult {

            /**
             * Constructs a new TrainResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.TrainResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrainResult update. */
            update: conclave.v2.Tensor.$Properties[];

            /** TrainResult numExamples. */
            numExamples: number;

            /** TrainResult metrics. */
            metrics: { [k: string]: number };

            /** TrainResult trainSeconds. */
            trainSeconds: number;

            /** TrainResult privacy. */
            privacy?: (conclave.v2.PrivacySpent.$Properties|null);

            /**
             * Creates a new TrainResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrainResult instance
             */
            static create(properties: conclave.v2.TrainResult.$Shape): conclave.v2.TrainResult & conclave.v2.TrainResult.$Shape;
            static create(properties?: conclave.v2.TrainResult.$Properties): conclave.v2.TrainResult;

            /**
             * Encodes the specified TrainResult message. Does not implicitly {@link conclave.v2.TrainResult.verify|verify} messages.
             * @param message TrainResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.TrainResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrainResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.TrainResult & conclave.v2.TrainResult.$Shape} TrainResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.TrainResult & conclave.v2.TrainResult.$Shape;

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
                update?: (conclave.v2.Tensor.$Properties[]|null);

                /** TrainResult numExamples */
                numExamples?: (number|null);

                /** TrainResult metrics */
                metrics?: ({ [k: string]: number }|null);

                /** TrainResult trainSeconds */
                trainSeconds?: (number|null);

                /** TrainResult privacy */
                privacy?: (conclave.v2.PrivacySpent.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrainResult. */
            type $Shape = conclave.v2.TrainResult.$Properties;
        }

        /**
         * Properties of an EvaluateRequest.
         * @deprecated Use conclave.v2.EvaluateRequest.$Properties instead.
         */
        interface IEvaluateRequest extends conclave.v2.EvaluateRequest.$Properties {
        }

        /** Represents an EvaluateRequest. */
        class EvaluateRequest {

            /**
             * Constructs a new EvaluateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.EvaluateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvaluateRequest weights. */
            weights: conclave.v2.Tensor.$Properties[];

            /** EvaluateRequest standardisation. */
            standardisation?: (conclave.v2.Standardisation.$Properties|null);

            /** EvaluateRequest protection. */
            protection?: (conclave.v2.Protection.$Properties|null);

            /**
             * Creates a new EvaluateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvaluateRequest instance
             */
            static create(properties: conclave.v2.EvaluateRequest.$Shape): conclave.v2.EvaluateRequest & conclave.v2.EvaluateRequest.$Shape;
            static create(properties?: conclave.v2.EvaluateRequest.$Properties): conclave.v2.EvaluateRequest;

            /**
             * Encodes the specified EvaluateRequest message. Does not implicitly {@link conclave.v2.EvaluateRequest.verify|verify} messages.
             * @param message EvaluateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.EvaluateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvaluateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.EvaluateRequest & conclave.v2.EvaluateRequest.$Shape} EvaluateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.EvaluateRequest & conclave.v2.EvaluateRequest.$Shape;

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
                weights?: (conclave.v2.Tensor.$Properties[]|null);

                /** EvaluateRequest standardisation */
                standardisation?: (conclave.v2.Standardisation.$Properties|null);

                /** EvaluateRequest protection */
                protection?: (conclave.v2.Protection.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvaluateRequest. */
            type $Shape = conclave.v2.EvaluateRequest.$Properties;
        }

        /**
         * Properties of an EvaluateResult.
         * @deprecated Use conclave.v2.EvaluateResult.$Properties instead.
         */
        interface IEvaluateResult extends conclave.v2.EvaluateResult.$Properties {
        }

        /** Represents an EvaluateResult. */
        class EvaluateResult {

            /**
             * Constructs a new EvaluateResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.EvaluateResult.$Properties);

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
            static create(properties: conclave.v2.EvaluateResult.$Shape): conclave.v2.EvaluateResult & conclave.v2.EvaluateResult.$Shape;
            static create(properties?: conclave.v2.EvaluateResult.$Properties): conclave.v2.EvaluateResult;

            /**
             * Encodes the specified EvaluateResult message. Does not implicitly {@link conclave.v2.EvaluateResult.verify|verify} messages.
             * @param message EvaluateResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.EvaluateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvaluateResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.EvaluateResult & conclave.v2.EvaluateResult.$Shape} EvaluateResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.EvaluateResult & conclave.v2.EvaluateResult.$Shape;

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
            type $Shape = conclave.v2.EvaluateResult.$Properties;
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
            INTERNAL = 12,

            /** POLICY_REFUSED value */
            POLICY_REFUSED = 13,

            /** RATE_LIMITED value */
            RATE_LIMITED = 14,

            /** EVALUATION_FAILED value */
            EVALUATION_FAILED = 15
        }

        /**
         * Properties of an Error.
         * @deprecated Use conclave.v2.Error.$Properties instead.
         */
        interface IError extends conclave.v2.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: conclave.v2.ErrorCode;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: conclave.v2.Error.$Shape): conclave.v2.Error & conclave.v2.Error.$Shape;
            static create(properties?: conclave.v2.Error.$Properties): conclave.v2.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link conclave.v2.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Error & conclave.v2.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Error & conclave.v2.Error.$Shape;

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
                code?: (conclave.v2.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = conclave.v2.Error.$Properties;
        }

        /** RunOutcome enum. */
        enum RunOutcome {

            /** OUTCOME_UNSPECIFIED value */
            OUTCOME_UNSPECIFIED = 0,

            /** FINISHED value */
            FINISHED = 1,

            /** STOPPED_EARLY value */
            STOPPED_EARLY = 2,

            /** FAILED value */
            FAILED = 3,

            /** RESTARTING value */
            RESTARTING = 4
        }

        /**
         * Properties of a Bye.
         * @deprecated Use conclave.v2.Bye.$Properties instead.
         */
        interface IBye extends conclave.v2.Bye.$Properties {
        }

        /** Represents a Bye. */
        class Bye {

            /**
             * Constructs a new Bye.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Bye.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Bye reason. */
            reason: string;

            /** Bye outcome. */
            outcome: conclave.v2.RunOutcome;

            /** Bye roundsCompleted. */
            roundsCompleted: number;

            /** Bye roundsPlanned. */
            roundsPlanned: number;

            /**
             * Creates a new Bye instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Bye instance
             */
            static create(properties: conclave.v2.Bye.$Shape): conclave.v2.Bye & conclave.v2.Bye.$Shape;
            static create(properties?: conclave.v2.Bye.$Properties): conclave.v2.Bye;

            /**
             * Encodes the specified Bye message. Does not implicitly {@link conclave.v2.Bye.verify|verify} messages.
             * @param message Bye message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Bye.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Bye message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Bye & conclave.v2.Bye.$Shape} Bye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Bye & conclave.v2.Bye.$Shape;

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

                /** Bye outcome */
                outcome?: (conclave.v2.RunOutcome|null);

                /** Bye roundsCompleted */
                roundsCompleted?: (number|null);

                /** Bye roundsPlanned */
                roundsPlanned?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Bye. */
            type $Shape = conclave.v2.Bye.$Properties;
        }

        /**
         * Properties of an IdSet.
         * @deprecated Use conclave.v2.IdSet.$Properties instead.
         */
        interface IIdSet extends conclave.v2.IdSet.$Properties {
        }

        /** Represents an IdSet. */
        class IdSet {

            /**
             * Constructs a new IdSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.IdSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdSet ranges. */
            ranges: number[];

            /**
             * Creates a new IdSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdSet instance
             */
            static create(properties: conclave.v2.IdSet.$Shape): conclave.v2.IdSet & conclave.v2.IdSet.$Shape;
            static create(properties?: conclave.v2.IdSet.$Properties): conclave.v2.IdSet;

            /**
             * Encodes the specified IdSet message. Does not implicitly {@link conclave.v2.IdSet.verify|verify} messages.
             * @param message IdSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.IdSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.IdSet & conclave.v2.IdSet.$Shape} IdSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.IdSet & conclave.v2.IdSet.$Shape;

            /**
             * Gets the type url for IdSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdSet {

            /** Properties of an IdSet. */
            interface $Properties {

                /** IdSet ranges */
                ranges?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdSet. */
            type $Shape = conclave.v2.IdSet.$Properties;
        }

        /**
         * Properties of a KeyAdvertisement.
         * @deprecated Use conclave.v2.KeyAdvertisement.$Properties instead.
         */
        interface IKeyAdvertisement extends conclave.v2.KeyAdvertisement.$Properties {
        }

        /** Represents a KeyAdvertisement. */
        class KeyAdvertisement {

            /**
             * Constructs a new KeyAdvertisement.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.KeyAdvertisement.$Properties);

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

            /** KeyAdvertisement selfMaskCommitment. */
            selfMaskCommitment: Uint8Array;

            /**
             * Creates a new KeyAdvertisement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyAdvertisement instance
             */
            static create(properties: conclave.v2.KeyAdvertisement.$Shape): conclave.v2.KeyAdvertisement & conclave.v2.KeyAdvertisement.$Shape;
            static create(properties?: conclave.v2.KeyAdvertisement.$Properties): conclave.v2.KeyAdvertisement;

            /**
             * Encodes the specified KeyAdvertisement message. Does not implicitly {@link conclave.v2.KeyAdvertisement.verify|verify} messages.
             * @param message KeyAdvertisement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.KeyAdvertisement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyAdvertisement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.KeyAdvertisement & conclave.v2.KeyAdvertisement.$Shape} KeyAdvertisement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.KeyAdvertisement & conclave.v2.KeyAdvertisement.$Shape;

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

                /** KeyAdvertisement selfMaskCommitment */
                selfMaskCommitment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyAdvertisement. */
            type $Shape = conclave.v2.KeyAdvertisement.$Properties;
        }

        /**
         * Properties of an EncryptedShare.
         * @deprecated Use conclave.v2.EncryptedShare.$Properties instead.
         */
        interface IEncryptedShare extends conclave.v2.EncryptedShare.$Properties {
        }

        /** Represents an EncryptedShare. */
        class EncryptedShare {

            /**
             * Constructs a new EncryptedShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.EncryptedShare.$Properties);

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
            static create(properties: conclave.v2.EncryptedShare.$Shape): conclave.v2.EncryptedShare & conclave.v2.EncryptedShare.$Shape;
            static create(properties?: conclave.v2.EncryptedShare.$Properties): conclave.v2.EncryptedShare;

            /**
             * Encodes the specified EncryptedShare message. Does not implicitly {@link conclave.v2.EncryptedShare.verify|verify} messages.
             * @param message EncryptedShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.EncryptedShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EncryptedShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.EncryptedShare & conclave.v2.EncryptedShare.$Shape} EncryptedShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.EncryptedShare & conclave.v2.EncryptedShare.$Shape;

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
            type $Shape = conclave.v2.EncryptedShare.$Properties;
        }

        /**
         * Properties of a RevealedShare.
         * @deprecated Use conclave.v2.RevealedShare.$Properties instead.
         */
        interface IRevealedShare extends conclave.v2.RevealedShare.$Properties {
        }

        /** Represents a RevealedShare. */
        class RevealedShare {

            /**
             * Constructs a new RevealedShare.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.RevealedShare.$Properties);

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
            static create(properties: conclave.v2.RevealedShare.$Shape): conclave.v2.RevealedShare & conclave.v2.RevealedShare.$Shape;
            static create(properties?: conclave.v2.RevealedShare.$Properties): conclave.v2.RevealedShare;

            /**
             * Encodes the specified RevealedShare message. Does not implicitly {@link conclave.v2.RevealedShare.verify|verify} messages.
             * @param message RevealedShare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.RevealedShare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RevealedShare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.RevealedShare & conclave.v2.RevealedShare.$Shape} RevealedShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.RevealedShare & conclave.v2.RevealedShare.$Shape;

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
            type $Shape = conclave.v2.RevealedShare.$Properties;
        }

        /**
         * Properties of a ConsistencySignature.
         * @deprecated Use conclave.v2.ConsistencySignature.$Properties instead.
         */
        interface IConsistencySignature extends conclave.v2.ConsistencySignature.$Properties {
        }

        /** Represents a ConsistencySignature. */
        class ConsistencySignature {

            /**
             * Constructs a new ConsistencySignature.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.ConsistencySignature.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsistencySignature signer. */
            signer: number;

            /** ConsistencySignature signature. */
            signature: Uint8Array;

            /**
             * Creates a new ConsistencySignature instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsistencySignature instance
             */
            static create(properties: conclave.v2.ConsistencySignature.$Shape): conclave.v2.ConsistencySignature & conclave.v2.ConsistencySignature.$Shape;
            static create(properties?: conclave.v2.ConsistencySignature.$Properties): conclave.v2.ConsistencySignature;

            /**
             * Encodes the specified ConsistencySignature message. Does not implicitly {@link conclave.v2.ConsistencySignature.verify|verify} messages.
             * @param message ConsistencySignature message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.ConsistencySignature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsistencySignature message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.ConsistencySignature & conclave.v2.ConsistencySignature.$Shape} ConsistencySignature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.ConsistencySignature & conclave.v2.ConsistencySignature.$Shape;

            /**
             * Gets the type url for ConsistencySignature
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsistencySignature {

            /** Properties of a ConsistencySignature. */
            interface $Properties {

                /** ConsistencySignature signer */
                signer?: (number|null);

                /** ConsistencySignature signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsistencySignature. */
            type $Shape = conclave.v2.ConsistencySignature.$Properties;
        }

        /**
         * Properties of an AdvertiseKeysRequest.
         * @deprecated Use conclave.v2.AdvertiseKeysRequest.$Properties instead.
         */
        interface IAdvertiseKeysRequest extends conclave.v2.AdvertiseKeysRequest.$Properties {
        }

        /** Represents an AdvertiseKeysRequest. */
        class AdvertiseKeysRequest {

            /**
             * Constructs a new AdvertiseKeysRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.AdvertiseKeysRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdvertiseKeysRequest receiver. */
            receiver: number;

            /** AdvertiseKeysRequest participants. */
            participants?: (conclave.v2.IdSet.$Properties|null);

            /** AdvertiseKeysRequest neighbors. */
            neighbors: number;

            /** AdvertiseKeysRequest threshold. */
            threshold: number;

            /** AdvertiseKeysRequest collusionBound. */
            collusionBound: number;

            /** AdvertiseKeysRequest vectorLength. */
            vectorLength: number;

            /** AdvertiseKeysRequest purpose. */
            purpose: string;

            /**
             * Creates a new AdvertiseKeysRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdvertiseKeysRequest instance
             */
            static create(properties: conclave.v2.AdvertiseKeysRequest.$Shape): conclave.v2.AdvertiseKeysRequest & conclave.v2.AdvertiseKeysRequest.$Shape;
            static create(properties?: conclave.v2.AdvertiseKeysRequest.$Properties): conclave.v2.AdvertiseKeysRequest;

            /**
             * Encodes the specified AdvertiseKeysRequest message. Does not implicitly {@link conclave.v2.AdvertiseKeysRequest.verify|verify} messages.
             * @param message AdvertiseKeysRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.AdvertiseKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdvertiseKeysRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.AdvertiseKeysRequest & conclave.v2.AdvertiseKeysRequest.$Shape} AdvertiseKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.AdvertiseKeysRequest & conclave.v2.AdvertiseKeysRequest.$Shape;

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
                participants?: (conclave.v2.IdSet.$Properties|null);

                /** AdvertiseKeysRequest neighbors */
                neighbors?: (number|null);

                /** AdvertiseKeysRequest threshold */
                threshold?: (number|null);

                /** AdvertiseKeysRequest collusionBound */
                collusionBound?: (number|null);

                /** AdvertiseKeysRequest vectorLength */
                vectorLength?: (number|null);

                /** AdvertiseKeysRequest purpose */
                purpose?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdvertiseKeysRequest. */
            type $Shape = conclave.v2.AdvertiseKeysRequest.$Properties;
        }

        /**
         * Properties of a ShareKeysRequest.
         * @deprecated Use conclave.v2.ShareKeysRequest.$Properties instead.
         */
        interface IShareKeysRequest extends conclave.v2.ShareKeysRequest.$Properties {
        }

        /** Represents a ShareKeysRequest. */
        class ShareKeysRequest {

            /**
             * Constructs a new ShareKeysRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.ShareKeysRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShareKeysRequest receiver. */
            receiver: number;

            /** ShareKeysRequest advertisements. */
            advertisements: conclave.v2.KeyAdvertisement.$Properties[];

            /**
             * Creates a new ShareKeysRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareKeysRequest instance
             */
            static create(properties: conclave.v2.ShareKeysRequest.$Shape): conclave.v2.ShareKeysRequest & conclave.v2.ShareKeysRequest.$Shape;
            static create(properties?: conclave.v2.ShareKeysRequest.$Properties): conclave.v2.ShareKeysRequest;

            /**
             * Encodes the specified ShareKeysRequest message. Does not implicitly {@link conclave.v2.ShareKeysRequest.verify|verify} messages.
             * @param message ShareKeysRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.ShareKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareKeysRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.ShareKeysRequest & conclave.v2.ShareKeysRequest.$Shape} ShareKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.ShareKeysRequest & conclave.v2.ShareKeysRequest.$Shape;

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
                advertisements?: (conclave.v2.KeyAdvertisement.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareKeysRequest. */
            type $Shape = conclave.v2.ShareKeysRequest.$Properties;
        }

        /**
         * Properties of a MaskedInputRequest.
         * @deprecated Use conclave.v2.MaskedInputRequest.$Properties instead.
         */
        interface IMaskedInputRequest extends conclave.v2.MaskedInputRequest.$Properties {
        }

        /** Represents a MaskedInputRequest. */
        class MaskedInputRequest {

            /**
             * Constructs a new MaskedInputRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.MaskedInputRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MaskedInputRequest receiver. */
            receiver: number;

            /** MaskedInputRequest shares. */
            shares: conclave.v2.EncryptedShare.$Properties[];

            /**
             * Creates a new MaskedInputRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MaskedInputRequest instance
             */
            static create(properties: conclave.v2.MaskedInputRequest.$Shape): conclave.v2.MaskedInputRequest & conclave.v2.MaskedInputRequest.$Shape;
            static create(properties?: conclave.v2.MaskedInputRequest.$Properties): conclave.v2.MaskedInputRequest;

            /**
             * Encodes the specified MaskedInputRequest message. Does not implicitly {@link conclave.v2.MaskedInputRequest.verify|verify} messages.
             * @param message MaskedInputRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.MaskedInputRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MaskedInputRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.MaskedInputRequest & conclave.v2.MaskedInputRequest.$Shape} MaskedInputRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.MaskedInputRequest & conclave.v2.MaskedInputRequest.$Shape;

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
                shares?: (conclave.v2.EncryptedShare.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MaskedInputRequest. */
            type $Shape = conclave.v2.MaskedInputRequest.$Properties;
        }

        /**
         * Properties of a ConsistencyCheckRequest.
         * @deprecated Use conclave.v2.ConsistencyCheckRequest.$Properties instead.
         */
        interface IConsistencyCheckRequest extends conclave.v2.ConsistencyCheckRequest.$Properties {
        }

        /** Represents a ConsistencyCheckRequest. */
        class ConsistencyCheckRequest {

            /**
             * Constructs a new ConsistencyCheckRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.ConsistencyCheckRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsistencyCheckRequest receiver. */
            receiver: number;

            /** ConsistencyCheckRequest survivors. */
            survivors?: (conclave.v2.IdSet.$Properties|null);

            /**
             * Creates a new ConsistencyCheckRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsistencyCheckRequest instance
             */
            static create(properties: conclave.v2.ConsistencyCheckRequest.$Shape): conclave.v2.ConsistencyCheckRequest & conclave.v2.ConsistencyCheckRequest.$Shape;
            static create(properties?: conclave.v2.ConsistencyCheckRequest.$Properties): conclave.v2.ConsistencyCheckRequest;

            /**
             * Encodes the specified ConsistencyCheckRequest message. Does not implicitly {@link conclave.v2.ConsistencyCheckRequest.verify|verify} messages.
             * @param message ConsistencyCheckRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.ConsistencyCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsistencyCheckRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.ConsistencyCheckRequest & conclave.v2.ConsistencyCheckRequest.$Shape} ConsistencyCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.ConsistencyCheckRequest & conclave.v2.ConsistencyCheckRequest.$Shape;

            /**
             * Gets the type url for ConsistencyCheckRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsistencyCheckRequest {

            /** Properties of a ConsistencyCheckRequest. */
            interface $Properties {

                /** ConsistencyCheckRequest receiver */
                receiver?: (number|null);

                /** ConsistencyCheckRequest survivors */
                survivors?: (conclave.v2.IdSet.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsistencyCheckRequest. */
            type $Shape = conclave.v2.ConsistencyCheckRequest.$Properties;
        }

        /**
         * Properties of an UnmaskRequest.
         * @deprecated Use conclave.v2.UnmaskRequest.$Properties instead.
         */
        interface IUnmaskRequest extends conclave.v2.UnmaskRequest.$Properties {
        }

        /** Represents an UnmaskRequest. */
        class UnmaskRequest {

            /**
             * Constructs a new UnmaskRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.UnmaskRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnmaskRequest receiver. */
            receiver: number;

            /** UnmaskRequest survivors. */
            survivors?: (conclave.v2.IdSet.$Properties|null);

            /** UnmaskRequest signatures. */
            signatures: conclave.v2.ConsistencySignature.$Properties[];

            /**
             * Creates a new UnmaskRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnmaskRequest instance
             */
            static create(properties: conclave.v2.UnmaskRequest.$Shape): conclave.v2.UnmaskRequest & conclave.v2.UnmaskRequest.$Shape;
            static create(properties?: conclave.v2.UnmaskRequest.$Properties): conclave.v2.UnmaskRequest;

            /**
             * Encodes the specified UnmaskRequest message. Does not implicitly {@link conclave.v2.UnmaskRequest.verify|verify} messages.
             * @param message UnmaskRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.UnmaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnmaskRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.UnmaskRequest & conclave.v2.UnmaskRequest.$Shape} UnmaskRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.UnmaskRequest & conclave.v2.UnmaskRequest.$Shape;

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
                survivors?: (conclave.v2.IdSet.$Properties|null);

                /** UnmaskRequest signatures */
                signatures?: (conclave.v2.ConsistencySignature.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnmaskRequest. */
            type $Shape = conclave.v2.UnmaskRequest.$Properties;
        }

        /**
         * Properties of a SecAggRequest.
         * @deprecated Use conclave.v2.SecAggRequest.$Properties instead.
         */
        interface ISecAggRequest extends conclave.v2.SecAggRequest.$Properties {
        }

        /** Represents a SecAggRequest. */
        class SecAggRequest {

            /**
             * Constructs a new SecAggRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.SecAggRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecAggRequest protocol. */
            protocol: string;

            /** SecAggRequest advertiseKeys. */
            advertiseKeys?: (conclave.v2.AdvertiseKeysRequest.$Properties|null);

            /** SecAggRequest shareKeys. */
            shareKeys?: (conclave.v2.ShareKeysRequest.$Properties|null);

            /** SecAggRequest maskedInput. */
            maskedInput?: (conclave.v2.MaskedInputRequest.$Properties|null);

            /** SecAggRequest unmask. */
            unmask?: (conclave.v2.UnmaskRequest.$Properties|null);

            /** SecAggRequest consistencyCheck. */
            consistencyCheck?: (conclave.v2.ConsistencyCheckRequest.$Properties|null);

            /** SecAggRequest stage. */
            stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck");

            /**
             * Creates a new SecAggRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecAggRequest instance
             */
            static create(properties: conclave.v2.SecAggRequest.$Shape): conclave.v2.SecAggRequest & conclave.v2.SecAggRequest.$Shape;
            static create(properties?: conclave.v2.SecAggRequest.$Properties): conclave.v2.SecAggRequest;

            /**
             * Encodes the specified SecAggRequest message. Does not implicitly {@link conclave.v2.SecAggRequest.verify|verify} messages.
             * @param message SecAggRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.SecAggRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecAggRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.SecAggRequest & conclave.v2.SecAggRequest.$Shape} SecAggRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.SecAggRequest & conclave.v2.SecAggRequest.$Shape;

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
                advertiseKeys?: (conclave.v2.AdvertiseKeysRequest.$Properties|null);

                /** SecAggRequest shareKeys */
                shareKeys?: (conclave.v2.ShareKeysRequest.$Properties|null);

                /** SecAggRequest maskedInput */
                maskedInput?: (conclave.v2.MaskedInputRequest.$Properties|null);

                /** SecAggRequest unmask */
                unmask?: (conclave.v2.UnmaskRequest.$Properties|null);

                /** SecAggRequest consistencyCheck */
                consistencyCheck?: (conclave.v2.ConsistencyCheckRequest.$Properties|null);

                /** SecAggRequest stage */
                stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SecAggRequest. */
            type $Shape = {
              protocol?: string|null;
              advertiseKeys?: conclave.v2.AdvertiseKeysRequest.$Shape|null;
              shareKeys?: conclave.v2.ShareKeysRequest.$Shape|null;
              maskedInput?: conclave.v2.MaskedInputRequest.$Shape|null;
              unmask?: conclave.v2.UnmaskRequest.$Shape|null;
              consistencyCheck?: conclave.v2.ConsistencyCheckRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v2.AdvertiseKeysRequest.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v2.ShareKeysRequest.$Shape; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v2.MaskedInputRequest.$Shape; unmask?: null; consistencyCheck?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v2.UnmaskRequest.$Shape; consistencyCheck?: null }|{ stage?: "consistencyCheck"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck: conclave.v2.ConsistencyCheckRequest.$Shape })
            );
        }

        /**
         * Properties of an AdvertiseKeysReply.
         * @deprecated Use conclave.v2.AdvertiseKeysReply.$Properties instead.
         */
        interface IAdvertiseKeysReply extends conclave.v2.AdvertiseKeysReply.$Properties {
        }

        /** Represents an AdvertiseKeysReply. */
        class AdvertiseKeysReply {

            /**
             * Constructs a new AdvertiseKeysReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.AdvertiseKeysReply.$Properties);

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

            /** AdvertiseKeysReply selfMaskCommitment. */
            selfMaskCommitment: Uint8Array;

            /**
             * Creates a new AdvertiseKeysReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdvertiseKeysReply instance
             */
            static create(properties: conclave.v2.AdvertiseKeysReply.$Shape): conclave.v2.AdvertiseKeysReply & conclave.v2.AdvertiseKeysReply.$Shape;
            static create(properties?: conclave.v2.AdvertiseKeysReply.$Properties): conclave.v2.AdvertiseKeysReply;

            /**
             * Encodes the specified AdvertiseKeysReply message. Does not implicitly {@link conclave.v2.AdvertiseKeysReply.verify|verify} messages.
             * @param message AdvertiseKeysReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.AdvertiseKeysReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdvertiseKeysReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.AdvertiseKeysReply & conclave.v2.AdvertiseKeysReply.$Shape} AdvertiseKeysReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.AdvertiseKeysReply & conclave.v2.AdvertiseKeysReply.$Shape;

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

                /** AdvertiseKeysReply selfMaskCommitment */
                selfMaskCommitment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdvertiseKeysReply. */
            type $Shape = conclave.v2.AdvertiseKeysReply.$Properties;
        }

        /**
         * Properties of a ShareKeysReply.
         * @deprecated Use conclave.v2.ShareKeysReply.$Properties instead.
         */
        interface IShareKeysReply extends conclave.v2.ShareKeysReply.$Properties {
        }

        /** Represents a ShareKeysReply. */
        class ShareKeysReply {

            /**
             * Constructs a new ShareKeysReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.ShareKeysReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShareKeysReply sender. */
            sender: number;

            /** ShareKeysReply shares. */
            shares: conclave.v2.EncryptedShare.$Properties[];

            /**
             * Creates a new ShareKeysReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareKeysReply instance
             */
            static create(properties: conclave.v2.ShareKeysReply.$Shape): conclave.v2.ShareKeysReply & conclave.v2.ShareKeysReply.$Shape;
            static create(properties?: conclave.v2.ShareKeysReply.$Properties): conclave.v2.ShareKeysReply;

            /**
             * Encodes the specified ShareKeysReply message. Does not implicitly {@link conclave.v2.ShareKeysReply.verify|verify} messages.
             * @param message ShareKeysReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.ShareKeysReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareKeysReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.ShareKeysReply & conclave.v2.ShareKeysReply.$Shape} ShareKeysReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.ShareKeysReply & conclave.v2.ShareKeysReply.$Shape;

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
                shares?: (conclave.v2.EncryptedShare.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShareKeysReply. */
            type $Shape = conclave.v2.ShareKeysReply.$Properties;
        }

        /**
         * Properties of a MaskedInputReply.
         * @deprecated Use conclave.v2.MaskedInputReply.$Properties instead.
         */
        interface IMaskedInputReply extends conclave.v2.MaskedInputReply.$Properties {
        }

        /** Represents a MaskedInputReply. */
        class MaskedInputReply {

            /**
             * Constructs a new MaskedInputReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.MaskedInputReply.$Properties);

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
            static create(properties: conclave.v2.MaskedInputReply.$Shape): conclave.v2.MaskedInputReply & conclave.v2.MaskedInputReply.$Shape;
            static create(properties?: conclave.v2.MaskedInputReply.$Properties): conclave.v2.MaskedInputReply;

            /**
             * Encodes the specified MaskedInputReply message. Does not implicitly {@link conclave.v2.MaskedInputReply.verify|verify} messages.
             * @param message MaskedInputReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.MaskedInputReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MaskedInputReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.MaskedInputReply & conclave.v2.MaskedInputReply.$Shape} MaskedInputReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.MaskedInputReply & conclave.v2.MaskedInputReply.$Shape;

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
            type $Shape = conclave.v2.MaskedInputReply.$Properties;
        }

        /**
         * Properties of a ConsistencyCheckReply.
         * @deprecated Use conclave.v2.ConsistencyCheckReply.$Properties instead.
         */
        interface IConsistencyCheckReply extends conclave.v2.ConsistencyCheckReply.$Properties {
        }

        /** Represents a ConsistencyCheckReply. */
        class ConsistencyCheckReply {

            /**
             * Constructs a new ConsistencyCheckReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.ConsistencyCheckReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsistencyCheckReply sender. */
            sender: number;

            /** ConsistencyCheckReply signature. */
            signature: Uint8Array;

            /**
             * Creates a new ConsistencyCheckReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsistencyCheckReply instance
             */
            static create(properties: conclave.v2.ConsistencyCheckReply.$Shape): conclave.v2.ConsistencyCheckReply & conclave.v2.ConsistencyCheckReply.$Shape;
            static create(properties?: conclave.v2.ConsistencyCheckReply.$Properties): conclave.v2.ConsistencyCheckReply;

            /**
             * Encodes the specified ConsistencyCheckReply message. Does not implicitly {@link conclave.v2.ConsistencyCheckReply.verify|verify} messages.
             * @param message ConsistencyCheckReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.ConsistencyCheckReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsistencyCheckReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.ConsistencyCheckReply & conclave.v2.ConsistencyCheckReply.$Shape} ConsistencyCheckReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.ConsistencyCheckReply & conclave.v2.ConsistencyCheckReply.$Shape;

            /**
             * Gets the type url for ConsistencyCheckReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsistencyCheckReply {

            /** Properties of a ConsistencyCheckReply. */
            interface $Properties {

                /** ConsistencyCheckReply sender */
                sender?: (number|null);

                /** ConsistencyCheckReply signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsistencyCheckReply. */
            type $Shape = conclave.v2.ConsistencyCheckReply.$Properties;
        }

        /**
         * Properties of an UnmaskReply.
         * @deprecated Use conclave.v2.UnmaskReply.$Properties instead.
         */
        interface IUnmaskReply extends conclave.v2.UnmaskReply.$Properties {
        }

        /** Represents an UnmaskReply. */
        class UnmaskReply {

            /**
             * Constructs a new UnmaskReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.UnmaskReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnmaskReply sender. */
            sender: number;

            /** UnmaskReply selfMaskShares. */
            selfMaskShares: conclave.v2.RevealedShare.$Properties[];

            /** UnmaskReply maskKeyShares. */
            maskKeyShares: conclave.v2.RevealedShare.$Properties[];

            /**
             * Creates a new UnmaskReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnmaskReply instance
             */
            static create(properties: conclave.v2.UnmaskReply.$Shape): conclave.v2.UnmaskReply & conclave.v2.UnmaskReply.$Shape;
            static create(properties?: conclave.v2.UnmaskReply.$Properties): conclave.v2.UnmaskReply;

            /**
             * Encodes the specified UnmaskReply message. Does not implicitly {@link conclave.v2.UnmaskReply.verify|verify} messages.
             * @param message UnmaskReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.UnmaskReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnmaskReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.UnmaskReply & conclave.v2.UnmaskReply.$Shape} UnmaskReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.UnmaskReply & conclave.v2.UnmaskReply.$Shape;

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
                selfMaskShares?: (conclave.v2.RevealedShare.$Properties[]|null);

                /** UnmaskReply maskKeyShares */
                maskKeyShares?: (conclave.v2.RevealedShare.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnmaskReply. */
            type $Shape = conclave.v2.UnmaskReply.$Properties;
        }

        /**
         * Properties of a SecAggReply.
         * @deprecated Use conclave.v2.SecAggReply.$Properties instead.
         */
        interface ISecAggReply extends conclave.v2.SecAggReply.$Properties {
        }

        /** Represents a SecAggReply. */
        class SecAggReply {

            /**
             * Constructs a new SecAggReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.SecAggReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecAggReply protocol. */
            protocol: string;

            /** SecAggReply advertiseKeys. */
            advertiseKeys?: (conclave.v2.AdvertiseKeysReply.$Properties|null);

            /** SecAggReply shareKeys. */
            shareKeys?: (conclave.v2.ShareKeysReply.$Properties|null);

            /** SecAggReply maskedInput. */
            maskedInput?: (conclave.v2.MaskedInputReply.$Properties|null);

            /** SecAggReply unmask. */
            unmask?: (conclave.v2.UnmaskReply.$Properties|null);

            /** SecAggReply consistencyCheck. */
            consistencyCheck?: (conclave.v2.ConsistencyCheckReply.$Properties|null);

            /** SecAggReply stage. */
            stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck");

            /**
             * Creates a new SecAggReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecAggReply instance
             */
            static create(properties: conclave.v2.SecAggReply.$Shape): conclave.v2.SecAggReply & conclave.v2.SecAggReply.$Shape;
            static create(properties?: conclave.v2.SecAggReply.$Properties): conclave.v2.SecAggReply;

            /**
             * Encodes the specified SecAggReply message. Does not implicitly {@link conclave.v2.SecAggReply.verify|verify} messages.
             * @param message SecAggReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.SecAggReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecAggReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.SecAggReply & conclave.v2.SecAggReply.$Shape} SecAggReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.SecAggReply & conclave.v2.SecAggReply.$Shape;

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
                advertiseKeys?: (conclave.v2.AdvertiseKeysReply.$Properties|null);

                /** SecAggReply shareKeys */
                shareKeys?: (conclave.v2.ShareKeysReply.$Properties|null);

                /** SecAggReply maskedInput */
                maskedInput?: (conclave.v2.MaskedInputReply.$Properties|null);

                /** SecAggReply unmask */
                unmask?: (conclave.v2.UnmaskReply.$Properties|null);

                /** SecAggReply consistencyCheck */
                consistencyCheck?: (conclave.v2.ConsistencyCheckReply.$Properties|null);

                /** SecAggReply stage */
                stage?: ("advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SecAggReply. */
            type $Shape = {
              protocol?: string|null;
              advertiseKeys?: conclave.v2.AdvertiseKeysReply.$Shape|null;
              shareKeys?: conclave.v2.ShareKeysReply.$Shape|null;
              maskedInput?: conclave.v2.MaskedInputReply.$Shape|null;
              unmask?: conclave.v2.UnmaskReply.$Shape|null;
              consistencyCheck?: conclave.v2.ConsistencyCheckReply.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v2.AdvertiseKeysReply.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v2.ShareKeysReply.$Shape; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v2.MaskedInputReply.$Shape; unmask?: null; consistencyCheck?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v2.UnmaskReply.$Shape; consistencyCheck?: null }|{ stage?: "consistencyCheck"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck: conclave.v2.ConsistencyCheckReply.$Shape })
            );
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use conclave.v2.Envelope.$Properties instead.
         */
        interface IEnvelope extends conclave.v2.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: conclave.v2.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope meta. */
            meta?: (conclave.v2.Meta.$Properties|null);

            /** Envelope join. */
            join?: (conclave.v2.Join.$Properties|null);

            /** Envelope welcome. */
            welcome?: (conclave.v2.Welcome.$Properties|null);

            /** Envelope roundStart. */
            roundStart?: (conclave.v2.RoundStart.$Properties|null);

            /** Envelope trainResult. */
            trainResult?: (conclave.v2.TrainResult.$Properties|null);

            /** Envelope evaluateRequest. */
            evaluateRequest?: (conclave.v2.EvaluateRequest.$Properties|null);

            /** Envelope evaluateResult. */
            evaluateResult?: (conclave.v2.EvaluateResult.$Properties|null);

            /** Envelope error. */
            error?: (conclave.v2.Error.$Properties|null);

            /** Envelope bye. */
            bye?: (conclave.v2.Bye.$Properties|null);

            /** Envelope secaggRequest. */
            secaggRequest?: (conclave.v2.SecAggRequest.$Properties|null);

            /** Envelope secaggReply. */
            secaggReply?: (conclave.v2.SecAggReply.$Properties|null);

            /** Envelope statsRequest. */
            statsRequest?: (conclave.v2.StatsRequest.$Properties|null);

            /** Envelope statsResult. */
            statsResult?: (conclave.v2.StatsResult.$Properties|null);

            /** Envelope challenge. */
            challenge?: (conclave.v2.Challenge.$Properties|null);

            /** Envelope body. */
            body?: ("join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult"|"challenge");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: conclave.v2.Envelope.$Shape): conclave.v2.Envelope & conclave.v2.Envelope.$Shape;
            static create(properties?: conclave.v2.Envelope.$Properties): conclave.v2.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link conclave.v2.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: conclave.v2.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {conclave.v2.Envelope & conclave.v2.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): conclave.v2.Envelope & conclave.v2.Envelope.$Shape;

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
                meta?: (conclave.v2.Meta.$Properties|null);

                /** Envelope join */
                join?: (conclave.v2.Join.$Properties|null);

                /** Envelope welcome */
                welcome?: (conclave.v2.Welcome.$Properties|null);

                /** Envelope roundStart */
                roundStart?: (conclave.v2.RoundStart.$Properties|null);

                /** Envelope trainResult */
                trainResult?: (conclave.v2.TrainResult.$Properties|null);

                /** Envelope evaluateRequest */
                evaluateRequest?: (conclave.v2.EvaluateRequest.$Properties|null);

                /** Envelope evaluateResult */
                evaluateResult?: (conclave.v2.EvaluateResult.$Properties|null);

                /** Envelope error */
                error?: (conclave.v2.Error.$Properties|null);

                /** Envelope bye */
                bye?: (conclave.v2.Bye.$Properties|null);

                /** Envelope secaggRequest */
                secaggRequest?: (conclave.v2.SecAggRequest.$Properties|null);

                /** Envelope secaggReply */
                secaggReply?: (conclave.v2.SecAggReply.$Properties|null);

                /** Envelope statsRequest */
                statsRequest?: (conclave.v2.StatsRequest.$Properties|null);

                /** Envelope statsResult */
                statsResult?: (conclave.v2.StatsResult.$Properties|null);

                /** Envelope challenge */
                challenge?: (conclave.v2.Challenge.$Properties|null);

                /** Envelope body */
                body?: ("join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult"|"challenge");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              meta?: conclave.v2.Meta.$Shape|null;
              join?: conclave.v2.Join.$Shape|null;
              welcome?: conclave.v2.Welcome.$Shape|null;
              roundStart?: conclave.v2.RoundStart.$Shape|null;
              trainResult?: conclave.v2.TrainResult.$Shape|null;
              evaluateRequest?: conclave.v2.EvaluateRequest.$Shape|null;
              evaluateResult?: conclave.v2.EvaluateResult.$Shape|null;
              error?: conclave.v2.Error.$Shape|null;
              bye?: conclave.v2.Bye.$Shape|null;
              secaggRequest?: conclave.v2.SecAggRequest.$Shape|null;
              secaggReply?: conclave.v2.SecAggReply.$Shape|null;
              statsRequest?: conclave.v2.StatsRequest.$Shape|null;
              statsResult?: conclave.v2.StatsResult.$Shape|null;
              challenge?: conclave.v2.Challenge.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "join"; join: conclave.v2.Join.$Shape; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "welcome"; join?: null; welcome: conclave.v2.Welcome.$Shape; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "roundStart"; join?: null; welcome?: null; roundStart: conclave.v2.RoundStart.$Shape; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "trainResult"; join?: null; welcome?: null; roundStart?: null; trainResult: conclave.v2.TrainResult.$Shape; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "evaluateRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest: conclave.v2.EvaluateRequest.$Shape; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "evaluateResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult: conclave.v2.EvaluateResult.$Shape; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "error"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error: conclave.v2.Error.$Shape; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "bye"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye: conclave.v2.Bye.$Shape; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "secaggRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest: conclave.v2.SecAggRequest.$Shape; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "secaggReply"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply: conclave.v2.SecAggReply.$Shape; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "statsRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest: conclave.v2.StatsRequest.$Shape; statsResult?: null; challenge?: null }|{ body?: "statsResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult: conclave.v2.StatsResult.$Shape; challenge?: null }|{ body?: "challenge"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge: conclave.v2.Challenge.$Shape })
            );
        }
    }
}
