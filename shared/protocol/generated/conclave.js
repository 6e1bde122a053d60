/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.conclave = (function() {

    /**
     * Namespace conclave.
     * @exports conclave
     * @namespace
     */
    var conclave = {};

    conclave.v2 = (function() {

        /**
         * Namespace v2.
         * @memberof conclave
         * @namespace
         */
        var v2 = {};

        v2.Meta = (function() {

            /**
             * Properties of a Meta.
             * @typedef {Object} conclave.v2.Meta.$Properties
             * @property {string|null} [runId] Meta runId
             * @property {number|null} [round] Meta round
             * @property {number|null} [messageId] Meta messageId
             * @property {number|null} [replyTo] Meta replyTo
             * @property {string|null} [sender] Meta sender
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Meta.
             * @memberof conclave.v2
             * @interface IMeta
             * @augments conclave.v2.Meta.$Properties
             * @deprecated Use conclave.v2.Meta.$Properties instead.
             */

            /**
             * Shape of a Meta.
             * @typedef {conclave.v2.Meta.$Properties} conclave.v2.Meta.$Shape
             */

            /**
             * Constructs a new Meta.
             * @memberof conclave.v2
             * @classdesc Represents a Meta.
             * @constructor
             * @param {conclave.v2.Meta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Meta = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Meta runId.
             * @member {string} runId
             * @memberof conclave.v2.Meta
             * @instance
             */
            Meta.prototype.runId = "";

            /**
             * Meta round.
             * @member {number} round
             * @memberof conclave.v2.Meta
             * @instance
             */
            Meta.prototype.round = 0;

            /**
             * Meta messageId.
             * @member {number} messageId
             * @memberof conclave.v2.Meta
             * @instance
             */
            Meta.prototype.messageId = 0;

            /**
             * Meta replyTo.
             * @member {number} replyTo
             * @memberof conclave.v2.Meta
             * @instance
             */
            Meta.prototype.replyTo = 0;

            /**
             * Meta sender.
             * @member {string} sender
             * @memberof conclave.v2.Meta
             * @instance
             */
            Meta.prototype.sender = "";

            /**
             * Creates a new Meta instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Meta
             * @static
             * @param {conclave.v2.Meta.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Meta} Meta instance
             * @type {{
             *   (properties: conclave.v2.Meta.$Shape): conclave.v2.Meta & conclave.v2.Meta.$Shape;
             *   (properties?: conclave.v2.Meta.$Properties): conclave.v2.Meta;
             * }}
             */
            Meta.create = function(properties) {
                return new Meta(properties);
            };

            /**
             * Encodes the specified Meta message. Does not implicitly {@link conclave.v2.Meta.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Meta
             * @static
             * @param {conclave.v2.Meta.$Properties} message Meta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Meta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.messageId);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.replyTo);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.sender);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Meta message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Meta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Meta & conclave.v2.Meta.$Shape} Meta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Meta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Meta();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replyTo = value;
                            else
                                delete message.replyTo;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Meta
             * @function getTypeUrl
             * @memberof conclave.v2.Meta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Meta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Meta";
            };

            return Meta;
        })();

        /**
         * DType enum.
         * @name conclave.v2.DType
         * @enum {number}
         * @property {number} DTYPE_UNSPECIFIED=0 DTYPE_UNSPECIFIED value
         * @property {number} FLOAT32=1 FLOAT32 value
         * @property {number} UINT32=2 UINT32 value
         */
        v2.DType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DTYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FLOAT32"] = 1;
            values[valuesById[2] = "UINT32"] = 2;
            return values;
        })();

        v2.Tensor = (function() {

            /**
             * Properties of a Tensor.
             * @typedef {Object} conclave.v2.Tensor.$Properties
             * @property {string|null} [name] Tensor name
             * @property {Array.<number>|null} [shape] Tensor shape
             * @property {conclave.v2.DType|null} [dtype] Tensor dtype
             * @property {Uint8Array|null} [data] Tensor data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tensor.
             * @memberof conclave.v2
             * @interface ITensor
             * @augments conclave.v2.Tensor.$Properties
             * @deprecated Use conclave.v2.Tensor.$Properties instead.
             */

            /**
             * Shape of a Tensor.
             * @typedef {conclave.v2.Tensor.$Properties} conclave.v2.Tensor.$Shape
             */

            /**
             * Constructs a new Tensor.
             * @memberof conclave.v2
             * @classdesc Represents a Tensor.
             * @constructor
             * @param {conclave.v2.Tensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Tensor = function (properties) {
                this.shape = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Tensor name.
             * @member {string} name
             * @memberof conclave.v2.Tensor
             * @instance
             */
            Tensor.prototype.name = "";

            /**
             * Tensor shape.
             * @member {Array.<number>} shape
             * @memberof conclave.v2.Tensor
             * @instance
             */
            Tensor.prototype.shape = $util.emptyArray;

            /**
             * Tensor dtype.
             * @member {conclave.v2.DType} dtype
             * @memberof conclave.v2.Tensor
             * @instance
             */
            Tensor.prototype.dtype = 0;

            /**
             * Tensor data.
             * @member {Uint8Array} data
             * @memberof conclave.v2.Tensor
             * @instance
             */
            Tensor.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Tensor instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Tensor
             * @static
             * @param {conclave.v2.Tensor.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Tensor} Tensor instance
             * @type {{
             *   (properties: conclave.v2.Tensor.$Shape): conclave.v2.Tensor & conclave.v2.Tensor.$Shape;
             *   (properties?: conclave.v2.Tensor.$Properties): conclave.v2.Tensor;
             * }}
             */
            Tensor.create = function(properties) {
                return new Tensor(properties);
            };

            /**
             * Encodes the specified Tensor message. Does not implicitly {@link conclave.v2.Tensor.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Tensor
             * @static
             * @param {conclave.v2.Tensor.$Properties} message Tensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.shape != null && message.shape.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.shape);
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.dtype);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Tensor message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Tensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Tensor & conclave.v2.Tensor.$Shape} Tensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Tensor();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.shape && message.shape.length))
                                    message.shape = [];
                                reader.uint32s(message.shape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.dtype = value;
                            else
                                delete message.dtype;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Tensor
             * @function getTypeUrl
             * @memberof conclave.v2.Tensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Tensor";
            };

            return Tensor;
        })();

        v2.Challenge = (function() {

            /**
             * Properties of a Challenge.
             * @typedef {Object} conclave.v2.Challenge.$Properties
             * @property {number|null} [protocolVersion] Challenge protocolVersion
             * @property {string|null} [runId] Challenge runId
             * @property {Uint8Array|null} [nonce] Challenge nonce
             * @property {Uint8Array|null} [coordinatorKey] Challenge coordinatorKey
             * @property {Uint8Array|null} [signature] Challenge signature
             * @property {string|null} [federation] Challenge federation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Challenge.
             * @memberof conclave.v2
             * @interface IChallenge
             * @augments conclave.v2.Challenge.$Properties
             * @deprecated Use conclave.v2.Challenge.$Properties instead.
             */

            /**
             * Shape of a Challenge.
             * @typedef {conclave.v2.Challenge.$Properties} conclave.v2.Challenge.$Shape
             */

            /**
             * Constructs a new Challenge.
             * @memberof conclave.v2
             * @classdesc Represents a Challenge.
             * @constructor
             * @param {conclave.v2.Challenge.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Challenge = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Challenge protocolVersion.
             * @member {number} protocolVersion
             * @memberof conclave.v2.Challenge
             * @instance
             */
            Challenge.prototype.protocolVersion = 0;

            /**
             * Challenge runId.
             * @member {string} runId
             * @memberof conclave.v2.Challenge
             * @instance
             */
            Challenge.prototype.runId = "";

            /**
             * Challenge nonce.
             * @member {Uint8Array} nonce
             * @memberof conclave.v2.Challenge
             * @instance
             */
            Challenge.prototype.nonce = $util.newBuffer([]);

            /**
             * Challenge coordinatorKey.
             * @member {Uint8Array} coordinatorKey
             * @memberof conclave.v2.Challenge
             * @instance
             */
            Challenge.prototype.coordinatorKey = $util.newBuffer([]);

            /**
             * Challenge signature.
             * @member {Uint8Array} signature
             * @memberof conclave.v2.Challenge
             * @instance
             */
            Challenge.prototype.signature = $util.newBuffer([]);

            /**
             * Challenge federation.
             * @member {string} federation
             * @memberof conclave.v2.Challenge
             * @instance
             */
            Challenge.prototype.federation = "";

            /**
             * Creates a new Challenge instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Challenge
             * @static
             * @param {conclave.v2.Challenge.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Challenge} Challenge instance
             * @type {{
             *   (properties: conclave.v2.Challenge.$Shape): conclave.v2.Challenge & conclave.v2.Challenge.$Shape;
             *   (properties?: conclave.v2.Challenge.$Properties): conclave.v2.Challenge;
             * }}
             */
            Challenge.create = function(properties) {
                return new Challenge(properties);
            };

            /**
             * Encodes the specified Challenge message. Does not implicitly {@link conclave.v2.Challenge.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Challenge
             * @static
             * @param {conclave.v2.Challenge.$Properties} message Challenge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Challenge.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                if (message.coordinatorKey != null && $Object.hasOwnProperty.call(message, "coordinatorKey") && message.coordinatorKey.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.coordinatorKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
                if (message.federation != null && $Object.hasOwnProperty.call(message, "federation") && message.federation !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.federation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Challenge message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Challenge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Challenge & conclave.v2.Challenge.$Shape} Challenge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Challenge.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Challenge();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.coordinatorKey = value;
                            else
                                delete message.coordinatorKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.federation = value;
                            else
                                delete message.federation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Challenge
             * @function getTypeUrl
             * @memberof conclave.v2.Challenge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Challenge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Challenge";
            };

            return Challenge;
        })();

        v2.Join = (function() {

            /**
             * Properties of a Join.
             * @typedef {Object} conclave.v2.Join.$Properties
             * @property {number|null} [protocolVersion] Join protocolVersion
             * @property {string|null} [workerName] Join workerName
             * @property {Array.<string>|null} [capabilities] Join capabilities
             * @property {string|null} [backend] Join backend
             * @property {number|null} [numExamples] Join numExamples
             * @property {string|null} [task] Join task
             * @property {Uint8Array|null} [identityKey] Join identityKey
             * @property {Uint8Array|null} [proof] Join proof
             * @property {string|null} [taskDigest] Join taskDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Join.
             * @memberof conclave.v2
             * @interface IJoin
             * @augments conclave.v2.Join.$Properties
             * @deprecated Use conclave.v2.Join.$Properties instead.
             */

            /**
             * Shape of a Join.
             * @typedef {conclave.v2.Join.$Properties} conclave.v2.Join.$Shape
             */

            /**
             * Constructs a new Join.
             * @memberof conclave.v2
             * @classdesc Represents a Join.
             * @constructor
             * @param {conclave.v2.Join.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Join = function (properties) {
                this.capabilities = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Join protocolVersion.
             * @member {number} protocolVersion
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.protocolVersion = 0;

            /**
             * Join workerName.
             * @member {string} workerName
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.workerName = "";

            /**
             * Join capabilities.
             * @member {Array.<string>} capabilities
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.capabilities = $util.emptyArray;

            /**
             * Join backend.
             * @member {string} backend
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.backend = "";

            /**
             * Join numExamples.
             * @member {number} numExamples
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.numExamples = 0;

            /**
             * Join task.
             * @member {string} task
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.task = "";

            /**
             * Join identityKey.
             * @member {Uint8Array} identityKey
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.identityKey = $util.newBuffer([]);

            /**
             * Join proof.
             * @member {Uint8Array} proof
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.proof = $util.newBuffer([]);

            /**
             * Join taskDigest.
             * @member {string} taskDigest
             * @memberof conclave.v2.Join
             * @instance
             */
            Join.prototype.taskDigest = "";

            /**
             * Creates a new Join instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Join
             * @static
             * @param {conclave.v2.Join.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Join} Join instance
             * @type {{
             *   (properties: conclave.v2.Join.$Shape): conclave.v2.Join & conclave.v2.Join.$Shape;
             *   (properties?: conclave.v2.Join.$Properties): conclave.v2.Join;
             * }}
             */
            Join.create = function(properties) {
                return new Join(properties);
            };

            /**
             * Encodes the specified Join message. Does not implicitly {@link conclave.v2.Join.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Join
             * @static
             * @param {conclave.v2.Join.$Properties} message Join message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Join.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.workerName != null && $Object.hasOwnProperty.call(message, "workerName") && message.workerName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workerName);
                if (message.capabilities != null && message.capabilities.length)
                    for (var i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.capabilities[i]);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.backend);
                if (message.numExamples != null && $Object.hasOwnProperty.call(message, "numExamples") && message.numExamples !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.numExamples);
                if (message.task != null && $Object.hasOwnProperty.call(message, "task") && message.task !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.task);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.identityKey);
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.proof);
                if (message.taskDigest != null && $Object.hasOwnProperty.call(message, "taskDigest") && message.taskDigest !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.taskDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Join message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Join
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Join & conclave.v2.Join.$Shape} Join
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Join.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Join();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerName = value;
                            else
                                delete message.workerName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numExamples = value;
                            else
                                delete message.numExamples;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task = value;
                            else
                                delete message.task;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proof = value;
                            else
                                delete message.proof;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskDigest = value;
                            else
                                delete message.taskDigest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Join
             * @function getTypeUrl
             * @memberof conclave.v2.Join
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Join.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Join";
            };

            return Join;
        })();

        v2.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} conclave.v2.Welcome.$Properties
             * @property {number|null} [protocolVersion] Welcome protocolVersion
             * @property {string|null} [workerId] Welcome workerId
             * @property {string|null} [runId] Welcome runId
             * @property {string|null} [task] Welcome task
             * @property {number|null} [maxMessageBytes] Welcome maxMessageBytes
             * @property {string|null} [taskJson] Welcome taskJson
             * @property {string|null} [taskDigest] Welcome taskDigest
             * @property {number|null} [participantId] Welcome participantId
             * @property {number|null} [rounds] Welcome rounds
             * @property {number|null} [nextRound] Welcome nextRound
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof conclave.v2
             * @interface IWelcome
             * @augments conclave.v2.Welcome.$Properties
             * @deprecated Use conclave.v2.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {conclave.v2.Welcome.$Properties} conclave.v2.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof conclave.v2
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {conclave.v2.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Welcome = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome protocolVersion.
             * @member {number} protocolVersion
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.protocolVersion = 0;

            /**
             * Welcome workerId.
             * @member {string} workerId
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.workerId = "";

            /**
             * Welcome runId.
             * @member {string} runId
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.runId = "";

            /**
             * Welcome task.
             * @member {string} task
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.task = "";

            /**
             * Welcome maxMessageBytes.
             * @member {number} maxMessageBytes
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.maxMessageBytes = 0;

            /**
             * Welcome taskJson.
             * @member {string} taskJson
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.taskJson = "";

            /**
             * Welcome taskDigest.
             * @member {string} taskDigest
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.taskDigest = "";

            /**
             * Welcome participantId.
             * @member {number} participantId
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.participantId = 0;

            /**
             * Welcome rounds.
             * @member {number} rounds
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.rounds = 0;

            /**
             * Welcome nextRound.
             * @member {number} nextRound
             * @memberof conclave.v2.Welcome
             * @instance
             */
            Welcome.prototype.nextRound = 0;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Welcome
             * @static
             * @param {conclave.v2.Welcome.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Welcome} Welcome instance
             * @type {{
             *   (properties: conclave.v2.Welcome.$Shape): conclave.v2.Welcome & conclave.v2.Welcome.$Shape;
             *   (properties?: conclave.v2.Welcome.$Properties): conclave.v2.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link conclave.v2.Welcome.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Welcome
             * @static
             * @param {conclave.v2.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workerId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.runId);
                if (message.task != null && $Object.hasOwnProperty.call(message, "task") && message.task !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.task);
                if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes") && message.maxMessageBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxMessageBytes);
                if (message.taskJson != null && $Object.hasOwnProperty.call(message, "taskJson") && message.taskJson !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.taskJson);
                if (message.taskDigest != null && $Object.hasOwnProperty.call(message, "taskDigest") && message.taskDigest !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.taskDigest);
                if (message.participantId != null && $Object.hasOwnProperty.call(message, "participantId") && message.participantId !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.participantId);
                if (message.rounds != null && $Object.hasOwnProperty.call(message, "rounds") && message.rounds !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.rounds);
                if (message.nextRound != null && $Object.hasOwnProperty.call(message, "nextRound") && message.nextRound !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.nextRound);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Welcome & conclave.v2.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Welcome();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task = value;
                            else
                                delete message.task;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMessageBytes = value;
                            else
                                delete message.maxMessageBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskJson = value;
                            else
                                delete message.taskJson;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskDigest = value;
                            else
                                delete message.taskDigest;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.participantId = value;
                            else
                                delete message.participantId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rounds = value;
                            else
                                delete message.rounds;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nextRound = value;
                            else
                                delete message.nextRound;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof conclave.v2.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Welcome";
            };

            return Welcome;
        })();

        v2.TrainConfig = (function() {

            /**
             * Properties of a TrainConfig.
             * @typedef {Object} conclave.v2.TrainConfig.$Properties
             * @property {string|null} [optimizer] TrainConfig optimizer
             * @property {number|null} [learningRate] TrainConfig learningRate
             * @property {number|null} [batchSize] TrainConfig batchSize
             * @property {number|null} [localEpochs] TrainConfig localEpochs
             * @property {number|null} [seed] TrainConfig seed
             * @property {number|null} [proximalMu] TrainConfig proximalMu
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrainConfig.
             * @memberof conclave.v2
             * @interface ITrainConfig
             * @augments conclave.v2.TrainConfig.$Properties
             * @deprecated Use conclave.v2.TrainConfig.$Properties instead.
             */

            /**
             * Shape of a TrainConfig.
             * @typedef {conclave.v2.TrainConfig.$Properties} conclave.v2.TrainConfig.$Shape
             */

            /**
             * Constructs a new TrainConfig.
             * @memberof conclave.v2
             * @classdesc Represents a TrainConfig.
             * @constructor
             * @param {conclave.v2.TrainConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TrainConfig = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrainConfig optimizer.
             * @member {string} optimizer
             * @memberof conclave.v2.TrainConfig
             * @instance
             */
            TrainConfig.prototype.optimizer = "";

            /**
             * TrainConfig learningRate.
             * @member {number} learningRate
             * @memberof conclave.v2.TrainConfig
             * @instance
             */
            TrainConfig.prototype.learningRate = 0;

            /**
             * TrainConfig batchSize.
             * @member {number} batchSize
             * @memberof conclave.v2.TrainConfig
             * @instance
             */
            TrainConfig.prototype.batchSize = 0;

            /**
             * TrainConfig localEpochs.
             * @member {number} localEpochs
             * @memberof conclave.v2.TrainConfig
             * @instance
             */
            TrainConfig.prototype.localEpochs = 0;

            /**
             * TrainConfig seed.
             * @member {number} seed
             * @memberof conclave.v2.TrainConfig
             * @instance
             */
            TrainConfig.prototype.seed = 0;

            /**
             * TrainConfig proximalMu.
             * @member {number} proximalMu
             * @memberof conclave.v2.TrainConfig
             * @instance
             */
            TrainConfig.prototype.proximalMu = 0;

            /**
             * Creates a new TrainConfig instance using the specified properties.
             * @function create
             * @memberof conclave.v2.TrainConfig
             * @static
             * @param {conclave.v2.TrainConfig.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.TrainConfig} TrainConfig instance
             * @type {{
             *   (properties: conclave.v2.TrainConfig.$Shape): conclave.v2.TrainConfig & conclave.v2.TrainConfig.$Shape;
             *   (properties?: conclave.v2.TrainConfig.$Properties): conclave.v2.TrainConfig;
             * }}
             */
            TrainConfig.create = function(properties) {
                return new TrainConfig(properties);
            };

            /**
             * Encodes the specified TrainConfig message. Does not implicitly {@link conclave.v2.TrainConfig.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.TrainConfig
             * @static
             * @param {conclave.v2.TrainConfig.$Properties} message TrainConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrainConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.optimizer != null && $Object.hasOwnProperty.call(message, "optimizer") && message.optimizer !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.optimizer);
                if (message.learningRate != null && $Object.hasOwnProperty.call(message, "learningRate") && !$Object.is(message.learningRate, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.learningRate);
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.batchSize);
                if (message.localEpochs != null && $Object.hasOwnProperty.call(message, "localEpochs") && message.localEpochs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.localEpochs);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && message.seed !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.seed);
                if (message.proximalMu != null && $Object.hasOwnProperty.call(message, "proximalMu") && !$Object.is(message.proximalMu, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.proximalMu);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TrainConfig message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.TrainConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.TrainConfig & conclave.v2.TrainConfig.$Shape} TrainConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrainConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.TrainConfig();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.optimizer = value;
                            else
                                delete message.optimizer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.learningRate = value;
                            else
                                delete message.learningRate;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSize = value;
                            else
                                delete message.batchSize;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.localEpochs = value;
                            else
                                delete message.localEpochs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.proximalMu = value;
                            else
                                delete message.proximalMu;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TrainConfig
             * @function getTypeUrl
             * @memberof conclave.v2.TrainConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.TrainConfig";
            };

            return TrainConfig;
        })();

        v2.Protection = (function() {

            /**
             * Properties of a Protection.
             * @typedef {Object} conclave.v2.Protection.$Properties
             * @property {string|null} [secureAggregation] Protection secureAggregation
             * @property {number|null} [clipNorm] Protection clipNorm
             * @property {string|null} [dpMode] Protection dpMode
             * @property {number|null} [noiseStd] Protection noiseStd
             * @property {number|null} [ringNoiseSigma2] Protection ringNoiseSigma2
             * @property {number|null} [clipRange] Protection clipRange
             * @property {number|null} [scale] Protection scale
             * @property {boolean|null} [weighted] Protection weighted
             * @property {number|null} [maxExamples] Protection maxExamples
             * @property {number|null} [noiseMultiplier] Protection noiseMultiplier
             * @property {number|null} [delta] Protection delta
             * @property {number|null} [noiseShares] Protection noiseShares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Protection.
             * @memberof conclave.v2
             * @interface IProtection
             * @augments conclave.v2.Protection.$Properties
             * @deprecated Use conclave.v2.Protection.$Properties instead.
             */

            /**
             * Shape of a Protection.
             * @typedef {conclave.v2.Protection.$Properties} conclave.v2.Protection.$Shape
             */

            /**
             * Constructs a new Protection.
             * @memberof conclave.v2
             * @classdesc Represents a Protection.
             * @constructor
             * @param {conclave.v2.Protection.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Protection = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Protection secureAggregation.
             * @member {string} secureAggregation
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.secureAggregation = "";

            /**
             * Protection clipNorm.
             * @member {number} clipNorm
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.clipNorm = 0;

            /**
             * Protection dpMode.
             * @member {string} dpMode
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.dpMode = "";

            /**
             * Protection noiseStd.
             * @member {number} noiseStd
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.noiseStd = 0;

            /**
             * Protection ringNoiseSigma2.
             * @member {number} ringNoiseSigma2
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.ringNoiseSigma2 = 0;

            /**
             * Protection clipRange.
             * @member {number} clipRange
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.clipRange = 0;

            /**
             * Protection scale.
             * @member {number} scale
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.scale = 0;

            /**
             * Protection weighted.
             * @member {boolean} weighted
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.weighted = false;

            /**
             * Protection maxExamples.
             * @member {number} maxExamples
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.maxExamples = 0;

            /**
             * Protection noiseMultiplier.
             * @member {number} noiseMultiplier
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.noiseMultiplier = 0;

            /**
             * Protection delta.
             * @member {number} delta
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.delta = 0;

            /**
             * Protection noiseShares.
             * @member {number} noiseShares
             * @memberof conclave.v2.Protection
             * @instance
             */
            Protection.prototype.noiseShares = 0;

            /**
             * Creates a new Protection instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Protection
             * @static
             * @param {conclave.v2.Protection.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Protection} Protection instance
             * @type {{
             *   (properties: conclave.v2.Protection.$Shape): conclave.v2.Protection & conclave.v2.Protection.$Shape;
             *   (properties?: conclave.v2.Protection.$Properties): conclave.v2.Protection;
             * }}
             */
            Protection.create = function(properties) {
                return new Protection(properties);
            };

            /**
             * Encodes the specified Protection message. Does not implicitly {@link conclave.v2.Protection.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Protection
             * @static
             * @param {conclave.v2.Protection.$Properties} message Protection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Protection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.secureAggregation != null && $Object.hasOwnProperty.call(message, "secureAggregation") && message.secureAggregation !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.secureAggregation);
                if (message.clipNorm != null && $Object.hasOwnProperty.call(message, "clipNorm") && !$Object.is(message.clipNorm, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.clipNorm);
                if (message.dpMode != null && $Object.hasOwnProperty.call(message, "dpMode") && message.dpMode !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.dpMode);
                if (message.noiseStd != null && $Object.hasOwnProperty.call(message, "noiseStd") && !$Object.is(message.noiseStd, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.noiseStd);
                if (message.ringNoiseSigma2 != null && $Object.hasOwnProperty.call(message, "ringNoiseSigma2") && !$Object.is(message.ringNoiseSigma2, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.ringNoiseSigma2);
                if (message.clipRange != null && $Object.hasOwnProperty.call(message, "clipRange") && !$Object.is(message.clipRange, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.clipRange);
                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale") && !$Object.is(message.scale, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.scale);
                if (message.weighted != null && $Object.hasOwnProperty.call(message, "weighted") && message.weighted !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.weighted);
                if (message.maxExamples != null && $Object.hasOwnProperty.call(message, "maxExamples") && message.maxExamples !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxExamples);
                if (message.noiseMultiplier != null && $Object.hasOwnProperty.call(message, "noiseMultiplier") && !$Object.is(message.noiseMultiplier, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.noiseMultiplier);
                if (message.delta != null && $Object.hasOwnProperty.call(message, "delta") && !$Object.is(message.delta, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.delta);
                if (message.noiseShares != null && $Object.hasOwnProperty.call(message, "noiseShares") && message.noiseShares !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.noiseShares);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Protection message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Protection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Protection & conclave.v2.Protection.$Shape} Protection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Protection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Protection();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.secureAggregation = value;
                            else
                                delete message.secureAggregation;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.clipNorm = value;
                            else
                                delete message.clipNorm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dpMode = value;
                            else
                                delete message.dpMode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.noiseStd = value;
                            else
                                delete message.noiseStd;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ringNoiseSigma2 = value;
                            else
                                delete message.ringNoiseSigma2;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.clipRange = value;
                            else
                                delete message.clipRange;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.scale = value;
                            else
                                delete message.scale;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.weighted = value;
                            else
                                delete message.weighted;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxExamples = value;
                            else
                                delete message.maxExamples;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.noiseMultiplier = value;
                            else
                                delete message.noiseMultiplier;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.delta = value;
                            else
                                delete message.delta;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.noiseShares = value;
                            else
                                delete message.noiseShares;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Protection
             * @function getTypeUrl
             * @memberof conclave.v2.Protection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Protection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Protection";
            };

            return Protection;
        })();

        v2.Standardisation = (function() {

            /**
             * Properties of a Standardisation.
             * @typedef {Object} conclave.v2.Standardisation.$Properties
             * @property {Array.<number>|null} [mean] Standardisation mean
             * @property {Array.<number>|null} [std] Standardisation std
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Standardisation.
             * @memberof conclave.v2
             * @interface IStandardisation
             * @augments conclave.v2.Standardisation.$Properties
             * @deprecated Use conclave.v2.Standardisation.$Properties instead.
             */

            /**
             * Shape of a Standardisation.
             * @typedef {conclave.v2.Standardisation.$Properties} conclave.v2.Standardisation.$Shape
             */

            /**
             * Constructs a new Standardisation.
             * @memberof conclave.v2
             * @classdesc Represents a Standardisation.
             * @constructor
             * @param {conclave.v2.Standardisation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Standardisation = function (properties) {
                this.mean = [];
                this.std = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Standardisation mean.
             * @member {Array.<number>} mean
             * @memberof conclave.v2.Standardisation
             * @instance
             */
            Standardisation.prototype.mean = $util.emptyArray;

            /**
             * Standardisation std.
             * @member {Array.<number>} std
             * @memberof conclave.v2.Standardisation
             * @instance
             */
            Standardisation.prototype.std = $util.emptyArray;

            /**
             * Creates a new Standardisation instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Standardisation
             * @static
             * @param {conclave.v2.Standardisation.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Standardisation} Standardisation instance
             * @type {{
             *   (properties: conclave.v2.Standardisation.$Shape): conclave.v2.Standardisation & conclave.v2.Standardisation.$Shape;
             *   (properties?: conclave.v2.Standardisation.$Properties): conclave.v2.Standardisation;
             * }}
             */
            Standardisation.create = function(properties) {
                return new Standardisation(properties);
            };

            /**
             * Encodes the specified Standardisation message. Does not implicitly {@link conclave.v2.Standardisation.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Standardisation
             * @static
             * @param {conclave.v2.Standardisation.$Properties} message Standardisation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Standardisation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mean != null && message.mean.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).doubles(message.mean);
                if (message.std != null && message.std.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.std);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Standardisation message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Standardisation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Standardisation & conclave.v2.Standardisation.$Shape} Standardisation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Standardisation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Standardisation();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.mean && message.mean.length))
                                    message.mean = [];
                                reader.doubles(message.mean);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.mean && message.mean.length))
                                message.mean = [];
                            message.mean.push(reader.double());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.std && message.std.length))
                                    message.std = [];
                                reader.doubles(message.std);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.std && message.std.length))
                                message.std = [];
                            message.std.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Standardisation
             * @function getTypeUrl
             * @memberof conclave.v2.Standardisation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Standardisation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Standardisation";
            };

            return Standardisation;
        })();

        v2.RoundStart = (function() {

            /**
             * Properties of a RoundStart.
             * @typedef {Object} conclave.v2.RoundStart.$Properties
             * @property {Array.<conclave.v2.Tensor.$Properties>|null} [weights] RoundStart weights
             * @property {conclave.v2.TrainConfig.$Properties|null} [train] RoundStart train
             * @property {conclave.v2.Protection.$Properties|null} [protection] RoundStart protection
             * @property {number|null} [deadlineMs] RoundStart deadlineMs
             * @property {conclave.v2.Standardisation.$Properties|null} [standardisation] RoundStart standardisation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoundStart.
             * @memberof conclave.v2
             * @interface IRoundStart
             * @augments conclave.v2.RoundStart.$Properties
             * @deprecated Use conclave.v2.RoundStart.$Properties instead.
             */

            /**
             * Shape of a RoundStart.
             * @typedef {conclave.v2.RoundStart.$Properties} conclave.v2.RoundStart.$Shape
             */

            /**
             * Constructs a new RoundStart.
             * @memberof conclave.v2
             * @classdesc Represents a RoundStart.
             * @constructor
             * @param {conclave.v2.RoundStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RoundStart = function (properties) {
                this.weights = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RoundStart weights.
             * @member {Array.<conclave.v2.Tensor.$Properties>} weights
             * @memberof conclave.v2.RoundStart
             * @instance
             */
            RoundStart.prototype.weights = $util.emptyArray;

            /**
             * RoundStart train.
             * @member {conclave.v2.TrainConfig.$Properties|null|undefined} train
             * @memberof conclave.v2.RoundStart
             * @instance
             */
            RoundStart.prototype.train = null;

            /**
             * RoundStart protection.
             * @member {conclave.v2.Protection.$Properties|null|undefined} protection
             * @memberof conclave.v2.RoundStart
             * @instance
             */
            RoundStart.prototype.protection = null;

            /**
             * RoundStart deadlineMs.
             * @member {number} deadlineMs
             * @memberof conclave.v2.RoundStart
             * @instance
             */
            RoundStart.prototype.deadlineMs = 0;

            /**
             * RoundStart standardisation.
             * @member {conclave.v2.Standardisation.$Properties|null|undefined} standardisation
             * @memberof conclave.v2.RoundStart
             * @instance
             */
            RoundStart.prototype.standardisation = null;

            /**
             * Creates a new RoundStart instance using the specified properties.
             * @function create
             * @memberof conclave.v2.RoundStart
             * @static
             * @param {conclave.v2.RoundStart.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.RoundStart} RoundStart instance
             * @type {{
             *   (properties: conclave.v2.RoundStart.$Shape): conclave.v2.RoundStart & conclave.v2.RoundStart.$Shape;
             *   (properties?: conclave.v2.RoundStart.$Properties): conclave.v2.RoundStart;
             * }}
             */
            RoundStart.create = function(properties) {
                return new RoundStart(properties);
            };

            /**
             * Encodes the specified RoundStart message. Does not implicitly {@link conclave.v2.RoundStart.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.RoundStart
             * @static
             * @param {conclave.v2.RoundStart.$Properties} message RoundStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoundStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.weights != null && message.weights.length)
                    for (var i = 0; i < message.weights.length; ++i)
                        $root.conclave.v2.Tensor.encode(message.weights[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.train != null && $Object.hasOwnProperty.call(message, "train"))
                    $root.conclave.v2.TrainConfig.encode(message.train, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.protection != null && $Object.hasOwnProperty.call(message, "protection"))
                    $root.conclave.v2.Protection.encode(message.protection, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && message.deadlineMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deadlineMs);
                if (message.standardisation != null && $Object.hasOwnProperty.call(message, "standardisation"))
                    $root.conclave.v2.Standardisation.encode(message.standardisation, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RoundStart message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.RoundStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.RoundStart & conclave.v2.RoundStart.$Shape} RoundStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoundStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.RoundStart();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.weights && message.weights.length))
                                message.weights = [];
                            message.weights.push($root.conclave.v2.Tensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.train = $root.conclave.v2.TrainConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.train);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.protection = $root.conclave.v2.Protection.decode(reader, reader.size(), $undefined, _depth + 1, message.protection);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.standardisation = $root.conclave.v2.Standardisation.decode(reader, reader.size(), $undefined, _depth + 1, message.standardisation);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for RoundStart
             * @function getTypeUrl
             * @memberof conclave.v2.RoundStart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoundStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.RoundStart";
            };

            return RoundStart;
        })();

        v2.StatsRequest = (function() {

            /**
             * Properties of a StatsRequest.
             * @typedef {Object} conclave.v2.StatsRequest.$Properties
             * @property {conclave.v2.Protection.$Properties|null} [protection] StatsRequest protection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsRequest.
             * @memberof conclave.v2
             * @interface IStatsRequest
             * @augments conclave.v2.StatsRequest.$Properties
             * @deprecated Use conclave.v2.StatsRequest.$Properties instead.
             */

            /**
             * Shape of a StatsRequest.
             * @typedef {conclave.v2.StatsRequest.$Properties} conclave.v2.StatsRequest.$Shape
             */

            /**
             * Constructs a new StatsRequest.
             * @memberof conclave.v2
             * @classdesc Represents a StatsRequest.
             * @constructor
             * @param {conclave.v2.StatsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StatsRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatsRequest protection.
             * @member {conclave.v2.Protection.$Properties|null|undefined} protection
             * @memberof conclave.v2.StatsRequest
             * @instance
             */
            StatsRequest.prototype.protection = null;

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.StatsRequest
             * @static
             * @param {conclave.v2.StatsRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.StatsRequest} StatsRequest instance
             * @type {{
             *   (properties: conclave.v2.StatsRequest.$Shape): conclave.v2.StatsRequest & conclave.v2.StatsRequest.$Shape;
             *   (properties?: conclave.v2.StatsRequest.$Properties): conclave.v2.StatsRequest;
             * }}
             */
            StatsRequest.create = function(properties) {
                return new StatsRequest(properties);
            };

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link conclave.v2.StatsRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.StatsRequest
             * @static
             * @param {conclave.v2.StatsRequest.$Properties} message StatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protection != null && $Object.hasOwnProperty.call(message, "protection"))
                    $root.conclave.v2.Protection.encode(message.protection, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.StatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.StatsRequest & conclave.v2.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.StatsRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.protection = $root.conclave.v2.Protection.decode(reader, reader.size(), $undefined, _depth + 1, message.protection);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for StatsRequest
             * @function getTypeUrl
             * @memberof conclave.v2.StatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.StatsRequest";
            };

            return StatsRequest;
        })();

        v2.StatsResult = (function() {

            /**
             * Properties of a StatsResult.
             * @typedef {Object} conclave.v2.StatsResult.$Properties
             * @property {Array.<number>|null} [values] StatsResult values
             * @property {number|null} [numExamples] StatsResult numExamples
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsResult.
             * @memberof conclave.v2
             * @interface IStatsResult
             * @augments conclave.v2.StatsResult.$Properties
             * @deprecated Use conclave.v2.StatsResult.$Properties instead.
             */

            /**
             * Shape of a StatsResult.
             * @typedef {conclave.v2.StatsResult.$Properties} conclave.v2.StatsResult.$Shape
             */

            /**
             * Constructs a new StatsResult.
             * @memberof conclave.v2
             * @classdesc Represents a StatsResult.
             * @constructor
             * @param {conclave.v2.StatsResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StatsResult = function (properties) {
                this.values = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatsResult values.
             * @member {Array.<number>} values
             * @memberof conclave.v2.StatsResult
             * @instance
             */
            StatsResult.prototype.values = $util.emptyArray;

            /**
             * StatsResult numExamples.
             * @member {number} numExamples
             * @memberof conclave.v2.StatsResult
             * @instance
             */
            StatsResult.prototype.numExamples = 0;

            /**
             * Creates a new StatsResult instance using the specified properties.
             * @function create
             * @memberof conclave.v2.StatsResult
             * @static
             * @param {conclave.v2.StatsResult.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.StatsResult} StatsResult instance
             * @type {{
             *   (properties: conclave.v2.StatsResult.$Shape): conclave.v2.StatsResult & conclave.v2.StatsResult.$Shape;
             *   (properties?: conclave.v2.StatsResult.$Properties): conclave.v2.StatsResult;
             * }}
             */
            StatsResult.create = function(properties) {
                return new StatsResult(properties);
            };

            /**
             * Encodes the specified StatsResult message. Does not implicitly {@link conclave.v2.StatsResult.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.StatsResult
             * @static
             * @param {conclave.v2.StatsResult.$Properties} message StatsResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).doubles(message.values);
                if (message.numExamples != null && $Object.hasOwnProperty.call(message, "numExamples") && message.numExamples !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.numExamples);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsResult message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.StatsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.StatsResult & conclave.v2.StatsResult.$Shape} StatsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.StatsResult();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.values && message.values.length))
                                    message.values = [];
                                reader.doubles(message.values);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.double());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numExamples = value;
                            else
                                delete message.numExamples;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for StatsResult
             * @function getTypeUrl
             * @memberof conclave.v2.StatsResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatsResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.StatsResult";
            };

            return StatsResult;
        })();

        v2.PrivacySpent = (function() {

            /**
             * Properties of a PrivacySpent.
             * @typedef {Object} conclave.v2.PrivacySpent.$Properties
             * @property {number|null} [epsilon] PrivacySpent epsilon
             * @property {number|null} [delta] PrivacySpent delta
             * @property {number|null} [rounds] PrivacySpent rounds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PrivacySpent.
             * @memberof conclave.v2
             * @interface IPrivacySpent
             * @augments conclave.v2.PrivacySpent.$Properties
             * @deprecated Use conclave.v2.PrivacySpent.$Properties instead.
             */

            /**
             * Shape of a PrivacySpent.
             * @typedef {conclave.v2.PrivacySpent.$Properties} conclave.v2.PrivacySpent.$Shape
             */

            /**
             * Constructs a new PrivacySpent.
             * @memberof conclave.v2
             * @classdesc Represents a PrivacySpent.
             * @constructor
             * @param {conclave.v2.PrivacySpent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PrivacySpent = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PrivacySpent epsilon.
             * @member {number} epsilon
             * @memberof conclave.v2.PrivacySpent
             * @instance
             */
            PrivacySpent.prototype.epsilon = 0;

            /**
             * PrivacySpent delta.
             * @member {number} delta
             * @memberof conclave.v2.PrivacySpent
             * @instance
             */
            PrivacySpent.prototype.delta = 0;

            /**
             * PrivacySpent rounds.
             * @member {number} rounds
             * @memberof conclave.v2.PrivacySpent
             * @instance
             */
            PrivacySpent.prototype.rounds = 0;

            /**
             * Creates a new PrivacySpent instance using the specified properties.
             * @function create
             * @memberof conclave.v2.PrivacySpent
             * @static
             * @param {conclave.v2.PrivacySpent.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.PrivacySpent} PrivacySpent instance
             * @type {{
             *   (properties: conclave.v2.PrivacySpent.$Shape): conclave.v2.PrivacySpent & conclave.v2.PrivacySpent.$Shape;
             *   (properties?: conclave.v2.PrivacySpent.$Properties): conclave.v2.PrivacySpent;
             * }}
             */
            PrivacySpent.create = function(properties) {
                return new PrivacySpent(properties);
            };

            /**
             * Encodes the specified PrivacySpent message. Does not implicitly {@link conclave.v2.PrivacySpent.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.PrivacySpent
             * @static
             * @param {conclave.v2.PrivacySpent.$Properties} message PrivacySpent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrivacySpent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.epsilon != null && $Object.hasOwnProperty.call(message, "epsilon") && !$Object.is(message.epsilon, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.epsilon);
                if (message.delta != null && $Object.hasOwnProperty.call(message, "delta") && !$Object.is(message.delta, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.delta);
                if (message.rounds != null && $Object.hasOwnProperty.call(message, "rounds") && message.rounds !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rounds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PrivacySpent message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.PrivacySpent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.PrivacySpent & conclave.v2.PrivacySpent.$Shape} PrivacySpent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrivacySpent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.PrivacySpent();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.epsilon = value;
                            else
                                delete message.epsilon;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.delta = value;
                            else
                                delete message.delta;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rounds = value;
                            else
                                delete message.rounds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PrivacySpent
             * @function getTypeUrl
             * @memberof conclave.v2.PrivacySpent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PrivacySpent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.PrivacySpent";
            };

            return PrivacySpent;
        })();

        v2.TrainResult = (function() {

            /**
             * Properties of a TrainResult.
             * @typedef {Object} conclave.v2.TrainResult.$Properties
             * @property {Array.<conclave.v2.Tensor.$Properties>|null} [update] TrainResult update
             * @property {number|null} [numExamples] TrainResult numExamples
             * @property {Object.<string,number>|null} [metrics] TrainResult metrics
             * @property {number|null} [trainSeconds] TrainResult trainSeconds
             * @property {conclave.v2.PrivacySpent.$Properties|null} [privacy] TrainResult privacy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrainResult.
             * @memberof conclave.v2
             * @interface ITrainResult
             * @augments conclave.v2.TrainResult.$Properties
             * @deprecated Use conclave.v2.TrainResult.$Properties instead.
             */

            /**
             * Shape of a TrainResult.
             * @typedef {conclave.v2.TrainResult.$Properties} conclave.v2.TrainResult.$Shape
             */

            /**
             * Constructs a new TrainResult.
             * @memberof conclave.v2
             * @classdesc Represents a TrainResult.
             * @constructor
             * @param {conclave.v2.TrainResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TrainResult = function (properties) {
                this.update = [];
                this.metrics = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrainResult update.
             * @member {Array.<conclave.v2.Tensor.$Properties>} update
             * @memberof conclave.v2.TrainResult
             * @instance
             */
            TrainResult.prototype.update = $util.emptyArray;

            /**
             * TrainResult numExamples.
             * @member {number} numExamples
             * @memberof conclave.v2.TrainResult
             * @instance
             */
            TrainResult.prototype.numExamples = 0;

            /**
             * TrainResult metrics.
             * @member {Object.<string,number>} metrics
             * @memberof conclave.v2.TrainResult
             * @instance
             */
            TrainResult.prototype.metrics = $util.emptyObject;

            /**
             * TrainResult trainSeconds.
             * @member {number} trainSeconds
             * @memberof conclave.v2.TrainResult
             * @instance
             */
            TrainResult.prototype.trainSeconds = 0;

            /**
             * TrainResult privacy.
             * @member {conclave.v2.PrivacySpent.$Properties|null|undefined} privacy
             * @memberof conclave.v2.TrainResult
             * @instance
             */
            TrainResult.prototype.privacy = null;

            /**
             * Creates a new TrainResult instance using the specified properties.
             * @function create
             * @memberof conclave.v2.TrainResult
             * @static
             * @param {conclave.v2.TrainResult.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.TrainResult} TrainResult instance
             * @type {{
             *   (properties: conclave.v2.TrainResult.$Shape): conclave.v2.TrainResult & conclave.v2.TrainResult.$Shape;
             *   (properties?: conclave.v2.TrainResult.$Properties): conclave.v2.TrainResult;
             * }}
             */
            TrainResult.create = function(properties) {
                return new TrainResult(properties);
            };

            /**
             * Encodes the specified TrainResult message. Does not implicitly {@link conclave.v2.TrainResult.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.TrainResult
             * @static
             * @param {conclave.v2.TrainResult.$Properties} message TrainResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrainResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.update != null && message.update.length)
                    for (var i = 0; i < message.update.length; ++i)
                        $root.conclave.v2.Tensor.encode(message.update[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.numExamples != null && $Object.hasOwnProperty.call(message, "numExamples") && message.numExamples !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.numExamples);
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                    for (var keys = $Object.keys(message.metrics), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.metrics[keys[i]]).ldelim();
                if (message.trainSeconds != null && $Object.hasOwnProperty.call(message, "trainSeconds") && !$Object.is(message.trainSeconds, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.trainSeconds);
                if (message.privacy != null && $Object.hasOwnProperty.call(message, "privacy"))
                    $root.conclave.v2.PrivacySpent.encode(message.privacy, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TrainResult message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.TrainResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.TrainResult & conclave.v2.TrainResult.$Shape} TrainResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrainResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.TrainResult();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.update && message.update.length))
                                message.update = [];
                            message.update.push($root.conclave.v2.Tensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numExamples = value;
                            else
                                delete message.numExamples;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.metrics === $util.emptyObject)
                                message.metrics = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metrics, key);
                            message.metrics[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.trainSeconds = value;
                            else
                                delete message.trainSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.privacy = $root.conclave.v2.PrivacySpent.decode(reader, reader.size(), $undefined, _depth + 1, message.privacy);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TrainResult
             * @function getTypeUrl
             * @memberof conclave.v2.TrainResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.TrainResult";
            };

            return TrainResult;
        })();

        v2.EvaluateRequest = (function() {

            /**
             * Properties of an EvaluateRequest.
             * @typedef {Object} conclave.v2.EvaluateRequest.$Properties
             * @property {Array.<conclave.v2.Tensor.$Properties>|null} [weights] EvaluateRequest weights
             * @property {conclave.v2.Standardisation.$Properties|null} [standardisation] EvaluateRequest standardisation
             * @property {conclave.v2.Protection.$Properties|null} [protection] EvaluateRequest protection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvaluateRequest.
             * @memberof conclave.v2
             * @interface IEvaluateRequest
             * @augments conclave.v2.EvaluateRequest.$Properties
             * @deprecated Use conclave.v2.EvaluateRequest.$Properties instead.
             */

            /**
             * Shape of an EvaluateRequest.
             * @typedef {conclave.v2.EvaluateRequest.$Properties} conclave.v2.EvaluateRequest.$Shape
             */

            /**
             * Constructs a new EvaluateRequest.
             * @memberof conclave.v2
             * @classdesc Represents an EvaluateRequest.
             * @constructor
             * @param {conclave.v2.EvaluateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EvaluateRequest = function (properties) {
                this.weights = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvaluateRequest weights.
             * @member {Array.<conclave.v2.Tensor.$Properties>} weights
             * @memberof conclave.v2.EvaluateRequest
             * @instance
             */
            EvaluateRequest.prototype.weights = $util.emptyArray;

            /**
             * EvaluateRequest standardisation.
             * @member {conclave.v2.Standardisation.$Properties|null|undefined} standardisation
             * @memberof conclave.v2.EvaluateRequest
             * @instance
             */
            EvaluateRequest.prototype.standardisation = null;

            /**
             * EvaluateRequest protection.
             * @member {conclave.v2.Protection.$Properties|null|undefined} protection
             * @memberof conclave.v2.EvaluateRequest
             * @instance
             */
            EvaluateRequest.prototype.protection = null;

            /**
             * Creates a new EvaluateRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.EvaluateRequest
             * @static
             * @param {conclave.v2.EvaluateRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.EvaluateRequest} EvaluateRequest instance
             * @type {{
             *   (properties: conclave.v2.EvaluateRequest.$Shape): conclave.v2.EvaluateRequest & conclave.v2.EvaluateRequest.$Shape;
             *   (properties?: conclave.v2.EvaluateRequest.$Properties): conclave.v2.EvaluateRequest;
             * }}
             */
            EvaluateRequest.create = function(properties) {
                return new EvaluateRequest(properties);
            };

            /**
             * Encodes the specified EvaluateRequest message. Does not implicitly {@link conclave.v2.EvaluateRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.EvaluateRequest
             * @static
             * @param {conclave.v2.EvaluateRequest.$Properties} message EvaluateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvaluateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.weights != null && message.weights.length)
                    for (var i = 0; i < message.weights.length; ++i)
                        $root.conclave.v2.Tensor.encode(message.weights[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.standardisation != null && $Object.hasOwnProperty.call(message, "standardisation"))
                    $root.conclave.v2.Standardisation.encode(message.standardisation, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.protection != null && $Object.hasOwnProperty.call(message, "protection"))
                    $root.conclave.v2.Protection.encode(message.protection, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EvaluateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.EvaluateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.EvaluateRequest & conclave.v2.EvaluateRequest.$Shape} EvaluateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvaluateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.EvaluateRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.weights && message.weights.length))
                                message.weights = [];
                            message.weights.push($root.conclave.v2.Tensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.standardisation = $root.conclave.v2.Standardisation.decode(reader, reader.size(), $undefined, _depth + 1, message.standardisation);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.protection = $root.conclave.v2.Protection.decode(reader, reader.size(), $undefined, _depth + 1, message.protection);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for EvaluateRequest
             * @function getTypeUrl
             * @memberof conclave.v2.EvaluateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvaluateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.EvaluateRequest";
            };

            return EvaluateRequest;
        })();

        v2.EvaluateResult = (function() {

            /**
             * Properties of an EvaluateResult.
             * @typedef {Object} conclave.v2.EvaluateResult.$Properties
             * @property {number|null} [numExamples] EvaluateResult numExamples
             * @property {number|null} [loss] EvaluateResult loss
             * @property {Object.<string,number>|null} [metrics] EvaluateResult metrics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvaluateResult.
             * @memberof conclave.v2
             * @interface IEvaluateResult
             * @augments conclave.v2.EvaluateResult.$Properties
             * @deprecated Use conclave.v2.EvaluateResult.$Properties instead.
             */

            /**
             * Shape of an EvaluateResult.
             * @typedef {conclave.v2.EvaluateResult.$Properties} conclave.v2.EvaluateResult.$Shape
             */

            /**
             * Constructs a new EvaluateResult.
             * @memberof conclave.v2
             * @classdesc Represents an EvaluateResult.
             * @constructor
             * @param {conclave.v2.EvaluateResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EvaluateResult = function (properties) {
                this.metrics = {};
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvaluateResult numExamples.
             * @member {number} numExamples
             * @memberof conclave.v2.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.numExamples = 0;

            /**
             * EvaluateResult loss.
             * @member {number} loss
             * @memberof conclave.v2.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.loss = 0;

            /**
             * EvaluateResult metrics.
             * @member {Object.<string,number>} metrics
             * @memberof conclave.v2.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.metrics = $util.emptyObject;

            /**
             * Creates a new EvaluateResult instance using the specified properties.
             * @function create
             * @memberof conclave.v2.EvaluateResult
             * @static
             * @param {conclave.v2.EvaluateResult.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.EvaluateResult} EvaluateResult instance
             * @type {{
             *   (properties: conclave.v2.EvaluateResult.$Shape): conclave.v2.EvaluateResult & conclave.v2.EvaluateResult.$Shape;
             *   (properties?: conclave.v2.EvaluateResult.$Properties): conclave.v2.EvaluateResult;
             * }}
             */
            EvaluateResult.create = function(properties) {
                return new EvaluateResult(properties);
            };

            /**
             * Encodes the specified EvaluateResult message. Does not implicitly {@link conclave.v2.EvaluateResult.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.EvaluateResult
             * @static
             * @param {conclave.v2.EvaluateResult.$Properties} message EvaluateResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvaluateResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.numExamples != null && $Object.hasOwnProperty.call(message, "numExamples") && message.numExamples !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.numExamples);
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss") && !$Object.is(message.loss, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.loss);
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                    for (var keys = $Object.keys(message.metrics), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.metrics[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EvaluateResult message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.EvaluateResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.EvaluateResult & conclave.v2.EvaluateResult.$Shape} EvaluateResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvaluateResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.EvaluateResult();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numExamples = value;
                            else
                                delete message.numExamples;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.loss = value;
                            else
                                delete message.loss;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.metrics === $util.emptyObject)
                                message.metrics = {};
                            var end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                var tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metrics, key);
                            message.metrics[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for EvaluateResult
             * @function getTypeUrl
             * @memberof conclave.v2.EvaluateResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvaluateResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.EvaluateResult";
            };

            return EvaluateResult;
        })();

        /**
         * ErrorCode enum.
         * @name conclave.v2.ErrorCode
         * @enum {number}
         * @property {number} ERROR_UNSPECIFIED=0 ERROR_UNSPECIFIED value
         * @property {number} PROTOCOL_VERSION_MISMATCH=1 PROTOCOL_VERSION_MISMATCH value
         * @property {number} MALFORMED_MESSAGE=2 MALFORMED_MESSAGE value
         * @property {number} MESSAGE_TOO_LARGE=3 MESSAGE_TOO_LARGE value
         * @property {number} UNKNOWN_TASK=4 UNKNOWN_TASK value
         * @property {number} WRONG_ROUND=5 WRONG_ROUND value
         * @property {number} WRONG_STAGE=6 WRONG_STAGE value
         * @property {number} INVALID_UPDATE=7 INVALID_UPDATE value
         * @property {number} NOT_ADMITTED=8 NOT_ADMITTED value
         * @property {number} TRAINING_FAILED=9 TRAINING_FAILED value
         * @property {number} SECAGG_REFUSED=10 SECAGG_REFUSED value
         * @property {number} ROUND_ABORTED=11 ROUND_ABORTED value
         * @property {number} INTERNAL=12 INTERNAL value
         * @property {number} POLICY_REFUSED=13 POLICY_REFUSED value
         * @property {number} RATE_LIMITED=14 RATE_LIMITED value
         * @property {number} EVALUATION_FAILED=15 EVALUATION_FAILED value
         */
        v2.ErrorCode = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROTOCOL_VERSION_MISMATCH"] = 1;
            values[valuesById[2] = "MALFORMED_MESSAGE"] = 2;
            values[valuesById[3] = "MESSAGE_TOO_LARGE"] = 3;
            values[valuesById[4] = "UNKNOWN_TASK"] = 4;
            values[valuesById[5] = "WRONG_ROUND"] = 5;
            values[valuesById[6] = "WRONG_STAGE"] = 6;
            values[valuesById[7] = "INVALID_UPDATE"] = 7;
            values[valuesById[8] = "NOT_ADMITTED"] = 8;
            values[valuesById[9] = "TRAINING_FAILED"] = 9;
            values[valuesById[10] = "SECAGG_REFUSED"] = 10;
            values[valuesById[11] = "ROUND_ABORTED"] = 11;
            values[valuesById[12] = "INTERNAL"] = 12;
            values[valuesById[13] = "POLICY_REFUSED"] = 13;
            values[valuesById[14] = "RATE_LIMITED"] = 14;
            values[valuesById[15] = "EVALUATION_FAILED"] = 15;
            return values;
        })();

        v2.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} conclave.v2.Error.$Properties
             * @property {conclave.v2.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof conclave.v2
             * @interface IError
             * @augments conclave.v2.Error.$Properties
             * @deprecated Use conclave.v2.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {conclave.v2.Error.$Properties} conclave.v2.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof conclave.v2
             * @classdesc Represents an Error.
             * @constructor
             * @param {conclave.v2.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Error = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {conclave.v2.ErrorCode} code
             * @memberof conclave.v2.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof conclave.v2.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Error
             * @static
             * @param {conclave.v2.Error.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Error} Error instance
             * @type {{
             *   (properties: conclave.v2.Error.$Shape): conclave.v2.Error & conclave.v2.Error.$Shape;
             *   (properties?: conclave.v2.Error.$Properties): conclave.v2.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link conclave.v2.Error.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Error
             * @static
             * @param {conclave.v2.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Error & conclave.v2.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Error();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof conclave.v2.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Error";
            };

            return Error;
        })();

        /**
         * RunOutcome enum.
         * @name conclave.v2.RunOutcome
         * @enum {number}
         * @property {number} OUTCOME_UNSPECIFIED=0 OUTCOME_UNSPECIFIED value
         * @property {number} FINISHED=1 FINISHED value
         * @property {number} STOPPED_EARLY=2 STOPPED_EARLY value
         * @property {number} FAILED=3 FAILED value
         * @property {number} RESTARTING=4 RESTARTING value
         */
        v2.RunOutcome = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FINISHED"] = 1;
            values[valuesById[2] = "STOPPED_EARLY"] = 2;
            values[valuesById[3] = "FAILED"] = 3;
            values[valuesById[4] = "RESTARTING"] = 4;
            return values;
        })();

        v2.Bye = (function() {

            /**
             * Properties of a Bye.
             * @typedef {Object} conclave.v2.Bye.$Properties
             * @property {string|null} [reason] Bye reason
             * @property {conclave.v2.RunOutcome|null} [outcome] Bye outcome
             * @property {number|null} [roundsCompleted] Bye roundsCompleted
             * @property {number|null} [roundsPlanned] Bye roundsPlanned
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Bye.
             * @memberof conclave.v2
             * @interface IBye
             * @augments conclave.v2.Bye.$Properties
             * @deprecated Use conclave.v2.Bye.$Properties instead.
             */

            /**
             * Shape of a Bye.
             * @typedef {conclave.v2.Bye.$Properties} conclave.v2.Bye.$Shape
             */

            /**
             * Constructs a new Bye.
             * @memberof conclave.v2
             * @classdesc Represents a Bye.
             * @constructor
             * @param {conclave.v2.Bye.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Bye = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Bye reason.
             * @member {string} reason
             * @memberof conclave.v2.Bye
             * @instance
             */
            Bye.prototype.reason = "";

            /**
             * Bye outcome.
             * @member {conclave.v2.RunOutcome} outcome
             * @memberof conclave.v2.Bye
             * @instance
             */
            Bye.prototype.outcome = 0;

            /**
             * Bye roundsCompleted.
             * @member {number} roundsCompleted
             * @memberof conclave.v2.Bye
             * @instance
             */
            Bye.prototype.roundsCompleted = 0;

            /**
             * Bye roundsPlanned.
             * @member {number} roundsPlanned
             * @memberof conclave.v2.Bye
             * @instance
             */
            Bye.prototype.roundsPlanned = 0;

            /**
             * Creates a new Bye instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Bye
             * @static
             * @param {conclave.v2.Bye.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Bye} Bye instance
             * @type {{
             *   (properties: conclave.v2.Bye.$Shape): conclave.v2.Bye & conclave.v2.Bye.$Shape;
             *   (properties?: conclave.v2.Bye.$Properties): conclave.v2.Bye;
             * }}
             */
            Bye.create = function(properties) {
                return new Bye(properties);
            };

            /**
             * Encodes the specified Bye message. Does not implicitly {@link conclave.v2.Bye.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Bye
             * @static
             * @param {conclave.v2.Bye.$Properties} message Bye message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Bye.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.outcome);
                if (message.roundsCompleted != null && $Object.hasOwnProperty.call(message, "roundsCompleted") && message.roundsCompleted !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.roundsCompleted);
                if (message.roundsPlanned != null && $Object.hasOwnProperty.call(message, "roundsPlanned") && message.roundsPlanned !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.roundsPlanned);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Bye message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Bye
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Bye & conclave.v2.Bye.$Shape} Bye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Bye.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Bye();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.roundsCompleted = value;
                            else
                                delete message.roundsCompleted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.roundsPlanned = value;
                            else
                                delete message.roundsPlanned;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Bye
             * @function getTypeUrl
             * @memberof conclave.v2.Bye
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Bye.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Bye";
            };

            return Bye;
        })();

        v2.IdSet = (function() {

            /**
             * Properties of an IdSet.
             * @typedef {Object} conclave.v2.IdSet.$Properties
             * @property {Array.<number>|null} [ranges] IdSet ranges
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdSet.
             * @memberof conclave.v2
             * @interface IIdSet
             * @augments conclave.v2.IdSet.$Properties
             * @deprecated Use conclave.v2.IdSet.$Properties instead.
             */

            /**
             * Shape of an IdSet.
             * @typedef {conclave.v2.IdSet.$Properties} conclave.v2.IdSet.$Shape
             */

            /**
             * Constructs a new IdSet.
             * @memberof conclave.v2
             * @classdesc Represents an IdSet.
             * @constructor
             * @param {conclave.v2.IdSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var IdSet = function (properties) {
                this.ranges = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdSet ranges.
             * @member {Array.<number>} ranges
             * @memberof conclave.v2.IdSet
             * @instance
             */
            IdSet.prototype.ranges = $util.emptyArray;

            /**
             * Creates a new IdSet instance using the specified properties.
             * @function create
             * @memberof conclave.v2.IdSet
             * @static
             * @param {conclave.v2.IdSet.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.IdSet} IdSet instance
             * @type {{
             *   (properties: conclave.v2.IdSet.$Shape): conclave.v2.IdSet & conclave.v2.IdSet.$Shape;
             *   (properties?: conclave.v2.IdSet.$Properties): conclave.v2.IdSet;
             * }}
             */
            IdSet.create = function(properties) {
                return new IdSet(properties);
            };

            /**
             * Encodes the specified IdSet message. Does not implicitly {@link conclave.v2.IdSet.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.IdSet
             * @static
             * @param {conclave.v2.IdSet.$Properties} message IdSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ranges != null && message.ranges.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.ranges);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdSet message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.IdSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.IdSet & conclave.v2.IdSet.$Shape} IdSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.IdSet();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.ranges && message.ranges.length))
                                    message.ranges = [];
                                reader.uint32s(message.ranges);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ranges && message.ranges.length))
                                message.ranges = [];
                            message.ranges.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for IdSet
             * @function getTypeUrl
             * @memberof conclave.v2.IdSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.IdSet";
            };

            return IdSet;
        })();

        v2.KeyAdvertisement = (function() {

            /**
             * Properties of a KeyAdvertisement.
             * @typedef {Object} conclave.v2.KeyAdvertisement.$Properties
             * @property {number|null} [sender] KeyAdvertisement sender
             * @property {Uint8Array|null} [encryptionPublicKey] KeyAdvertisement encryptionPublicKey
             * @property {Uint8Array|null} [maskPublicKey] KeyAdvertisement maskPublicKey
             * @property {Uint8Array|null} [signature] KeyAdvertisement signature
             * @property {Uint8Array|null} [selfMaskCommitment] KeyAdvertisement selfMaskCommitment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyAdvertisement.
             * @memberof conclave.v2
             * @interface IKeyAdvertisement
             * @augments conclave.v2.KeyAdvertisement.$Properties
             * @deprecated Use conclave.v2.KeyAdvertisement.$Properties instead.
             */

            /**
             * Shape of a KeyAdvertisement.
             * @typedef {conclave.v2.KeyAdvertisement.$Properties} conclave.v2.KeyAdvertisement.$Shape
             */

            /**
             * Constructs a new KeyAdvertisement.
             * @memberof conclave.v2
             * @classdesc Represents a KeyAdvertisement.
             * @constructor
             * @param {conclave.v2.KeyAdvertisement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KeyAdvertisement = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyAdvertisement sender.
             * @member {number} sender
             * @memberof conclave.v2.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.sender = 0;

            /**
             * KeyAdvertisement encryptionPublicKey.
             * @member {Uint8Array} encryptionPublicKey
             * @memberof conclave.v2.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.encryptionPublicKey = $util.newBuffer([]);

            /**
             * KeyAdvertisement maskPublicKey.
             * @member {Uint8Array} maskPublicKey
             * @memberof conclave.v2.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.maskPublicKey = $util.newBuffer([]);

            /**
             * KeyAdvertisement signature.
             * @member {Uint8Array} signature
             * @memberof conclave.v2.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.signature = $util.newBuffer([]);

            /**
             * KeyAdvertisement selfMaskCommitment.
             * @member {Uint8Array} selfMaskCommitment
             * @memberof conclave.v2.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.selfMaskCommitment = $util.newBuffer([]);

            /**
             * Creates a new KeyAdvertisement instance using the specified properties.
             * @function create
             * @memberof conclave.v2.KeyAdvertisement
             * @static
             * @param {conclave.v2.KeyAdvertisement.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.KeyAdvertisement} KeyAdvertisement instance
             * @type {{
             *   (properties: conclave.v2.KeyAdvertisement.$Shape): conclave.v2.KeyAdvertisement & conclave.v2.KeyAdvertisement.$Shape;
             *   (properties?: conclave.v2.KeyAdvertisement.$Properties): conclave.v2.KeyAdvertisement;
             * }}
             */
            KeyAdvertisement.create = function(properties) {
                return new KeyAdvertisement(properties);
            };

            /**
             * Encodes the specified KeyAdvertisement message. Does not implicitly {@link conclave.v2.KeyAdvertisement.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.KeyAdvertisement
             * @static
             * @param {conclave.v2.KeyAdvertisement.$Properties} message KeyAdvertisement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyAdvertisement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sender);
                if (message.encryptionPublicKey != null && $Object.hasOwnProperty.call(message, "encryptionPublicKey") && message.encryptionPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.encryptionPublicKey);
                if (message.maskPublicKey != null && $Object.hasOwnProperty.call(message, "maskPublicKey") && message.maskPublicKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.maskPublicKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.selfMaskCommitment != null && $Object.hasOwnProperty.call(message, "selfMaskCommitment") && message.selfMaskCommitment.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.selfMaskCommitment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyAdvertisement message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.KeyAdvertisement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.KeyAdvertisement & conclave.v2.KeyAdvertisement.$Shape} KeyAdvertisement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyAdvertisement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.KeyAdvertisement();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.encryptionPublicKey = value;
                            else
                                delete message.encryptionPublicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.maskPublicKey = value;
                            else
                                delete message.maskPublicKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.selfMaskCommitment = value;
                            else
                                delete message.selfMaskCommitment;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for KeyAdvertisement
             * @function getTypeUrl
             * @memberof conclave.v2.KeyAdvertisement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyAdvertisement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.KeyAdvertisement";
            };

            return KeyAdvertisement;
        })();

        v2.EncryptedShare = (function() {

            /**
             * Properties of an EncryptedShare.
             * @typedef {Object} conclave.v2.EncryptedShare.$Properties
             * @property {number|null} [sender] EncryptedShare sender
             * @property {number|null} [receiver] EncryptedShare receiver
             * @property {Uint8Array|null} [ciphertext] EncryptedShare ciphertext
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EncryptedShare.
             * @memberof conclave.v2
             * @interface IEncryptedShare
             * @augments conclave.v2.EncryptedShare.$Properties
             * @deprecated Use conclave.v2.EncryptedShare.$Properties instead.
             */

            /**
             * Shape of an EncryptedShare.
             * @typedef {conclave.v2.EncryptedShare.$Properties} conclave.v2.EncryptedShare.$Shape
             */

            /**
             * Constructs a new EncryptedShare.
             * @memberof conclave.v2
             * @classdesc Represents an EncryptedShare.
             * @constructor
             * @param {conclave.v2.EncryptedShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var EncryptedShare = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EncryptedShare sender.
             * @member {number} sender
             * @memberof conclave.v2.EncryptedShare
             * @instance
             */
            EncryptedShare.prototype.sender = 0;

            /**
             * EncryptedShare receiver.
             * @member {number} receiver
             * @memberof conclave.v2.EncryptedShare
             * @instance
             */
            EncryptedShare.prototype.receiver = 0;

            /**
             * EncryptedShare ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof conclave.v2.EncryptedShare
             * @instance
             */
            EncryptedShare.prototype.ciphertext = $util.newBuffer([]);

            /**
             * Creates a new EncryptedShare instance using the specified properties.
             * @function create
             * @memberof conclave.v2.EncryptedShare
             * @static
             * @param {conclave.v2.EncryptedShare.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.EncryptedShare} EncryptedShare instance
             * @type {{
             *   (properties: conclave.v2.EncryptedShare.$Shape): conclave.v2.EncryptedShare & conclave.v2.EncryptedShare.$Shape;
             *   (properties?: conclave.v2.EncryptedShare.$Properties): conclave.v2.EncryptedShare;
             * }}
             */
            EncryptedShare.create = function(properties) {
                return new EncryptedShare(properties);
            };

            /**
             * Encodes the specified EncryptedShare message. Does not implicitly {@link conclave.v2.EncryptedShare.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.EncryptedShare
             * @static
             * @param {conclave.v2.EncryptedShare.$Properties} message EncryptedShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EncryptedShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sender);
                if (message.receiver != null && $Object.hasOwnProperty.call(message, "receiver") && message.receiver !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.receiver);
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ciphertext);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EncryptedShare message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.EncryptedShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.EncryptedShare & conclave.v2.EncryptedShare.$Shape} EncryptedShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EncryptedShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.EncryptedShare();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiver = value;
                            else
                                delete message.receiver;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for EncryptedShare
             * @function getTypeUrl
             * @memberof conclave.v2.EncryptedShare
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EncryptedShare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.EncryptedShare";
            };

            return EncryptedShare;
        })();

        v2.RevealedShare = (function() {

            /**
             * Properties of a RevealedShare.
             * @typedef {Object} conclave.v2.RevealedShare.$Properties
             * @property {number|null} [owner] RevealedShare owner
             * @property {Uint8Array|null} [share] RevealedShare share
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RevealedShare.
             * @memberof conclave.v2
             * @interface IRevealedShare
             * @augments conclave.v2.RevealedShare.$Properties
             * @deprecated Use conclave.v2.RevealedShare.$Properties instead.
             */

            /**
             * Shape of a RevealedShare.
             * @typedef {conclave.v2.RevealedShare.$Properties} conclave.v2.RevealedShare.$Shape
             */

            /**
             * Constructs a new RevealedShare.
             * @memberof conclave.v2
             * @classdesc Represents a RevealedShare.
             * @constructor
             * @param {conclave.v2.RevealedShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var RevealedShare = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RevealedShare owner.
             * @member {number} owner
             * @memberof conclave.v2.RevealedShare
             * @instance
             */
            RevealedShare.prototype.owner = 0;

            /**
             * RevealedShare share.
             * @member {Uint8Array} share
             * @memberof conclave.v2.RevealedShare
             * @instance
             */
            RevealedShare.prototype.share = $util.newBuffer([]);

            /**
             * Creates a new RevealedShare instance using the specified properties.
             * @function create
             * @memberof conclave.v2.RevealedShare
             * @static
             * @param {conclave.v2.RevealedShare.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.RevealedShare} RevealedShare instance
             * @type {{
             *   (properties: conclave.v2.RevealedShare.$Shape): conclave.v2.RevealedShare & conclave.v2.RevealedShare.$Shape;
             *   (properties?: conclave.v2.RevealedShare.$Properties): conclave.v2.RevealedShare;
             * }}
             */
            RevealedShare.create = function(properties) {
                return new RevealedShare(properties);
            };

            /**
             * Encodes the specified RevealedShare message. Does not implicitly {@link conclave.v2.RevealedShare.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.RevealedShare
             * @static
             * @param {conclave.v2.RevealedShare.$Properties} message RevealedShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RevealedShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.owner);
                if (message.share != null && $Object.hasOwnProperty.call(message, "share") && message.share.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.share);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RevealedShare message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.RevealedShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.RevealedShare & conclave.v2.RevealedShare.$Shape} RevealedShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RevealedShare.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.RevealedShare();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.owner = value;
                            else
                                delete message.owner;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.share = value;
                            else
                                delete message.share;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for RevealedShare
             * @function getTypeUrl
             * @memberof conclave.v2.RevealedShare
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RevealedShare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.RevealedShare";
            };

            return RevealedShare;
        })();

        v2.ConsistencySignature = (function() {

            /**
             * Properties of a ConsistencySignature.
             * @typedef {Object} conclave.v2.ConsistencySignature.$Properties
             * @property {number|null} [signer] ConsistencySignature signer
             * @property {Uint8Array|null} [signature] ConsistencySignature signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsistencySignature.
             * @memberof conclave.v2
             * @interface IConsistencySignature
             * @augments conclave.v2.ConsistencySignature.$Properties
             * @deprecated Use conclave.v2.ConsistencySignature.$Properties instead.
             */

            /**
             * Shape of a ConsistencySignature.
             * @typedef {conclave.v2.ConsistencySignature.$Properties} conclave.v2.ConsistencySignature.$Shape
             */

            /**
             * Constructs a new ConsistencySignature.
             * @memberof conclave.v2
             * @classdesc Represents a ConsistencySignature.
             * @constructor
             * @param {conclave.v2.ConsistencySignature.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ConsistencySignature = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsistencySignature signer.
             * @member {number} signer
             * @memberof conclave.v2.ConsistencySignature
             * @instance
             */
            ConsistencySignature.prototype.signer = 0;

            /**
             * ConsistencySignature signature.
             * @member {Uint8Array} signature
             * @memberof conclave.v2.ConsistencySignature
             * @instance
             */
            ConsistencySignature.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new ConsistencySignature instance using the specified properties.
             * @function create
             * @memberof conclave.v2.ConsistencySignature
             * @static
             * @param {conclave.v2.ConsistencySignature.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.ConsistencySignature} ConsistencySignature instance
             * @type {{
             *   (properties: conclave.v2.ConsistencySignature.$Shape): conclave.v2.ConsistencySignature & conclave.v2.ConsistencySignature.$Shape;
             *   (properties?: conclave.v2.ConsistencySignature.$Properties): conclave.v2.ConsistencySignature;
             * }}
             */
            ConsistencySignature.create = function(properties) {
                return new ConsistencySignature(properties);
            };

            /**
             * Encodes the specified ConsistencySignature message. Does not implicitly {@link conclave.v2.ConsistencySignature.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.ConsistencySignature
             * @static
             * @param {conclave.v2.ConsistencySignature.$Properties} message ConsistencySignature message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsistencySignature.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.signer);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsistencySignature message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.ConsistencySignature
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.ConsistencySignature & conclave.v2.ConsistencySignature.$Shape} ConsistencySignature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsistencySignature.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.ConsistencySignature();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.signer = value;
                            else
                                delete message.signer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ConsistencySignature
             * @function getTypeUrl
             * @memberof conclave.v2.ConsistencySignature
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsistencySignature.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.ConsistencySignature";
            };

            return ConsistencySignature;
        })();

        v2.AdvertiseKeysRequest = (function() {

            /**
             * Properties of an AdvertiseKeysRequest.
             * @typedef {Object} conclave.v2.AdvertiseKeysRequest.$Properties
             * @property {number|null} [receiver] AdvertiseKeysRequest receiver
             * @property {conclave.v2.IdSet.$Properties|null} [participants] AdvertiseKeysRequest participants
             * @property {number|null} [neighbors] AdvertiseKeysRequest neighbors
             * @property {number|null} [threshold] AdvertiseKeysRequest threshold
             * @property {number|null} [collusionBound] AdvertiseKeysRequest collusionBound
             * @property {number|null} [vectorLength] AdvertiseKeysRequest vectorLength
             * @property {string|null} [purpose] AdvertiseKeysRequest purpose
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdvertiseKeysRequest.
             * @memberof conclave.v2
             * @interface IAdvertiseKeysRequest
             * @augments conclave.v2.AdvertiseKeysRequest.$Properties
             * @deprecated Use conclave.v2.AdvertiseKeysRequest.$Properties instead.
             */

            /**
             * Shape of an AdvertiseKeysRequest.
             * @typedef {conclave.v2.AdvertiseKeysRequest.$Properties} conclave.v2.AdvertiseKeysRequest.$Shape
             */

            /**
             * Constructs a new AdvertiseKeysRequest.
             * @memberof conclave.v2
             * @classdesc Represents an AdvertiseKeysRequest.
             * @constructor
             * @param {conclave.v2.AdvertiseKeysRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AdvertiseKeysRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdvertiseKeysRequest receiver.
             * @member {number} receiver
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.receiver = 0;

            /**
             * AdvertiseKeysRequest participants.
             * @member {conclave.v2.IdSet.$Properties|null|undefined} participants
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.participants = null;

            /**
             * AdvertiseKeysRequest neighbors.
             * @member {number} neighbors
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.neighbors = 0;

            /**
             * AdvertiseKeysRequest threshold.
             * @member {number} threshold
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.threshold = 0;

            /**
             * AdvertiseKeysRequest collusionBound.
             * @member {number} collusionBound
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.collusionBound = 0;

            /**
             * AdvertiseKeysRequest vectorLength.
             * @member {number} vectorLength
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.vectorLength = 0;

            /**
             * AdvertiseKeysRequest purpose.
             * @member {string} purpose
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.purpose = "";

            /**
             * Creates a new AdvertiseKeysRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @static
             * @param {conclave.v2.AdvertiseKeysRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.AdvertiseKeysRequest} AdvertiseKeysRequest instance
             * @type {{
             *   (properties: conclave.v2.AdvertiseKeysRequest.$Shape): conclave.v2.AdvertiseKeysRequest & conclave.v2.AdvertiseKeysRequest.$Shape;
             *   (properties?: conclave.v2.AdvertiseKeysRequest.$Properties): conclave.v2.AdvertiseKeysRequest;
             * }}
             */
            AdvertiseKeysRequest.create = function(properties) {
                return new AdvertiseKeysRequest(properties);
            };

            /**
             * Encodes the specified AdvertiseKeysRequest message. Does not implicitly {@link conclave.v2.AdvertiseKeysRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @static
             * @param {conclave.v2.AdvertiseKeysRequest.$Properties} message AdvertiseKeysRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdvertiseKeysRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receiver != null && $Object.hasOwnProperty.call(message, "receiver") && message.receiver !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.receiver);
                if (message.participants != null && $Object.hasOwnProperty.call(message, "participants"))
                    $root.conclave.v2.IdSet.encode(message.participants, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.neighbors != null && $Object.hasOwnProperty.call(message, "neighbors") && message.neighbors !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.neighbors);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.threshold);
                if (message.collusionBound != null && $Object.hasOwnProperty.call(message, "collusionBound") && message.collusionBound !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.collusionBound);
                if (message.vectorLength != null && $Object.hasOwnProperty.call(message, "vectorLength") && message.vectorLength !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.vectorLength);
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.purpose);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdvertiseKeysRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.AdvertiseKeysRequest & conclave.v2.AdvertiseKeysRequest.$Shape} AdvertiseKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdvertiseKeysRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.AdvertiseKeysRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiver = value;
                            else
                                delete message.receiver;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.participants = $root.conclave.v2.IdSet.decode(reader, reader.size(), $undefined, _depth + 1, message.participants);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.neighbors = value;
                            else
                                delete message.neighbors;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.collusionBound = value;
                            else
                                delete message.collusionBound;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vectorLength = value;
                            else
                                delete message.vectorLength;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.purpose = value;
                            else
                                delete message.purpose;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AdvertiseKeysRequest
             * @function getTypeUrl
             * @memberof conclave.v2.AdvertiseKeysRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdvertiseKeysRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.AdvertiseKeysRequest";
            };

            return AdvertiseKeysRequest;
        })();

        v2.ShareKeysRequest = (function() {

            /**
             * Properties of a ShareKeysRequest.
             * @typedef {Object} conclave.v2.ShareKeysRequest.$Properties
             * @property {number|null} [receiver] ShareKeysRequest receiver
             * @property {Array.<conclave.v2.KeyAdvertisement.$Properties>|null} [advertisements] ShareKeysRequest advertisements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareKeysRequest.
             * @memberof conclave.v2
             * @interface IShareKeysRequest
             * @augments conclave.v2.ShareKeysRequest.$Properties
             * @deprecated Use conclave.v2.ShareKeysRequest.$Properties instead.
             */

            /**
             * Shape of a ShareKeysRequest.
             * @typedef {conclave.v2.ShareKeysRequest.$Properties} conclave.v2.ShareKeysRequest.$Shape
             */

            /**
             * Constructs a new ShareKeysRequest.
             * @memberof conclave.v2
             * @classdesc Represents a ShareKeysRequest.
             * @constructor
             * @param {conclave.v2.ShareKeysRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ShareKeysRequest = function (properties) {
                this.advertisements = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShareKeysRequest receiver.
             * @member {number} receiver
             * @memberof conclave.v2.ShareKeysRequest
             * @instance
             */
            ShareKeysRequest.prototype.receiver = 0;

            /**
             * ShareKeysRequest advertisements.
             * @member {Array.<conclave.v2.KeyAdvertisement.$Properties>} advertisements
             * @memberof conclave.v2.ShareKeysRequest
             * @instance
             */
            ShareKeysRequest.prototype.advertisements = $util.emptyArray;

            /**
             * Creates a new ShareKeysRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.ShareKeysRequest
             * @static
             * @param {conclave.v2.ShareKeysRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.ShareKeysRequest} ShareKeysRequest instance
             * @type {{
             *   (properties: conclave.v2.ShareKeysRequest.$Shape): conclave.v2.ShareKeysRequest & conclave.v2.ShareKeysRequest.$Shape;
             *   (properties?: conclave.v2.ShareKeysRequest.$Properties): conclave.v2.ShareKeysRequest;
             * }}
             */
            ShareKeysRequest.create = function(properties) {
                return new ShareKeysRequest(properties);
            };

            /**
             * Encodes the specified ShareKeysRequest message. Does not implicitly {@link conclave.v2.ShareKeysRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.ShareKeysRequest
             * @static
             * @param {conclave.v2.ShareKeysRequest.$Properties} message ShareKeysRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareKeysRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receiver != null && $Object.hasOwnProperty.call(message, "receiver") && message.receiver !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.receiver);
                if (message.advertisements != null && message.advertisements.length)
                    for (var i = 0; i < message.advertisements.length; ++i)
                        $root.conclave.v2.KeyAdvertisement.encode(message.advertisements[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareKeysRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.ShareKeysRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.ShareKeysRequest & conclave.v2.ShareKeysRequest.$Shape} ShareKeysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareKeysRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.ShareKeysRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiver = value;
                            else
                                delete message.receiver;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.advertisements && message.advertisements.length))
                                message.advertisements = [];
                            message.advertisements.push($root.conclave.v2.KeyAdvertisement.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ShareKeysRequest
             * @function getTypeUrl
             * @memberof conclave.v2.ShareKeysRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShareKeysRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.ShareKeysRequest";
            };

            return ShareKeysRequest;
        })();

        v2.MaskedInputRequest = (function() {

            /**
             * Properties of a MaskedInputRequest.
             * @typedef {Object} conclave.v2.MaskedInputRequest.$Properties
             * @property {number|null} [receiver] MaskedInputRequest receiver
             * @property {Array.<conclave.v2.EncryptedShare.$Properties>|null} [shares] MaskedInputRequest shares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MaskedInputRequest.
             * @memberof conclave.v2
             * @interface IMaskedInputRequest
             * @augments conclave.v2.MaskedInputRequest.$Properties
             * @deprecated Use conclave.v2.MaskedInputRequest.$Properties instead.
             */

            /**
             * Shape of a MaskedInputRequest.
             * @typedef {conclave.v2.MaskedInputRequest.$Properties} conclave.v2.MaskedInputRequest.$Shape
             */

            /**
             * Constructs a new MaskedInputRequest.
             * @memberof conclave.v2
             * @classdesc Represents a MaskedInputRequest.
             * @constructor
             * @param {conclave.v2.MaskedInputRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MaskedInputRequest = function (properties) {
                this.shares = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MaskedInputRequest receiver.
             * @member {number} receiver
             * @memberof conclave.v2.MaskedInputRequest
             * @instance
             */
            MaskedInputRequest.prototype.receiver = 0;

            /**
             * MaskedInputRequest shares.
             * @member {Array.<conclave.v2.EncryptedShare.$Properties>} shares
             * @memberof conclave.v2.MaskedInputRequest
             * @instance
             */
            MaskedInputRequest.prototype.shares = $util.emptyArray;

            /**
             * Creates a new MaskedInputRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.MaskedInputRequest
             * @static
             * @param {conclave.v2.MaskedInputRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.MaskedInputRequest} MaskedInputRequest instance
             * @type {{
             *   (properties: conclave.v2.MaskedInputRequest.$Shape): conclave.v2.MaskedInputRequest & conclave.v2.MaskedInputRequest.$Shape;
             *   (properties?: conclave.v2.MaskedInputRequest.$Properties): conclave.v2.MaskedInputRequest;
             * }}
             */
            MaskedInputRequest.create = function(properties) {
                return new MaskedInputRequest(properties);
            };

            /**
             * Encodes the specified MaskedInputRequest message. Does not implicitly {@link conclave.v2.MaskedInputRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.MaskedInputRequest
             * @static
             * @param {conclave.v2.MaskedInputRequest.$Properties} message MaskedInputRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MaskedInputRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receiver != null && $Object.hasOwnProperty.call(message, "receiver") && message.receiver !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.receiver);
                if (message.shares != null && message.shares.length)
                    for (var i = 0; i < message.shares.length; ++i)
                        $root.conclave.v2.EncryptedShare.encode(message.shares[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MaskedInputRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.MaskedInputRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.MaskedInputRequest & conclave.v2.MaskedInputRequest.$Shape} MaskedInputRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MaskedInputRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.MaskedInputRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiver = value;
                            else
                                delete message.receiver;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shares && message.shares.length))
                                message.shares = [];
                            message.shares.push($root.conclave.v2.EncryptedShare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MaskedInputRequest
             * @function getTypeUrl
             * @memberof conclave.v2.MaskedInputRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MaskedInputRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.MaskedInputRequest";
            };

            return MaskedInputRequest;
        })();

        v2.ConsistencyCheckRequest = (function() {

            /**
             * Properties of a ConsistencyCheckRequest.
             * @typedef {Object} conclave.v2.ConsistencyCheckRequest.$Properties
             * @property {number|null} [receiver] ConsistencyCheckRequest receiver
             * @property {conclave.v2.IdSet.$Properties|null} [survivors] ConsistencyCheckRequest survivors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsistencyCheckRequest.
             * @memberof conclave.v2
             * @interface IConsistencyCheckRequest
             * @augments conclave.v2.ConsistencyCheckRequest.$Properties
             * @deprecated Use conclave.v2.ConsistencyCheckRequest.$Properties instead.
             */

            /**
             * Shape of a ConsistencyCheckRequest.
             * @typedef {conclave.v2.ConsistencyCheckRequest.$Properties} conclave.v2.ConsistencyCheckRequest.$Shape
             */

            /**
             * Constructs a new ConsistencyCheckRequest.
             * @memberof conclave.v2
             * @classdesc Represents a ConsistencyCheckRequest.
             * @constructor
             * @param {conclave.v2.ConsistencyCheckRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ConsistencyCheckRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsistencyCheckRequest receiver.
             * @member {number} receiver
             * @memberof conclave.v2.ConsistencyCheckRequest
             * @instance
             */
            ConsistencyCheckRequest.prototype.receiver = 0;

            /**
             * ConsistencyCheckRequest survivors.
             * @member {conclave.v2.IdSet.$Properties|null|undefined} survivors
             * @memberof conclave.v2.ConsistencyCheckRequest
             * @instance
             */
            ConsistencyCheckRequest.prototype.survivors = null;

            /**
             * Creates a new ConsistencyCheckRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.ConsistencyCheckRequest
             * @static
             * @param {conclave.v2.ConsistencyCheckRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.ConsistencyCheckRequest} ConsistencyCheckRequest instance
             * @type {{
             *   (properties: conclave.v2.ConsistencyCheckRequest.$Shape): conclave.v2.ConsistencyCheckRequest & conclave.v2.ConsistencyCheckRequest.$Shape;
             *   (properties?: conclave.v2.ConsistencyCheckRequest.$Properties): conclave.v2.ConsistencyCheckRequest;
             * }}
             */
            ConsistencyCheckRequest.create = function(properties) {
                return new ConsistencyCheckRequest(properties);
            };

            /**
             * Encodes the specified ConsistencyCheckRequest message. Does not implicitly {@link conclave.v2.ConsistencyCheckRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.ConsistencyCheckRequest
             * @static
             * @param {conclave.v2.ConsistencyCheckRequest.$Properties} message ConsistencyCheckRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsistencyCheckRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receiver != null && $Object.hasOwnProperty.call(message, "receiver") && message.receiver !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.receiver);
                if (message.survivors != null && $Object.hasOwnProperty.call(message, "survivors"))
                    $root.conclave.v2.IdSet.encode(message.survivors, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsistencyCheckRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.ConsistencyCheckRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.ConsistencyCheckRequest & conclave.v2.ConsistencyCheckRequest.$Shape} ConsistencyCheckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsistencyCheckRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.ConsistencyCheckRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiver = value;
                            else
                                delete message.receiver;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.survivors = $root.conclave.v2.IdSet.decode(reader, reader.size(), $undefined, _depth + 1, message.survivors);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ConsistencyCheckRequest
             * @function getTypeUrl
             * @memberof conclave.v2.ConsistencyCheckRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsistencyCheckRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.ConsistencyCheckRequest";
            };

            return ConsistencyCheckRequest;
        })();

        v2.UnmaskRequest = (function() {

            /**
             * Properties of an UnmaskRequest.
             * @typedef {Object} conclave.v2.UnmaskRequest.$Properties
             * @property {number|null} [receiver] UnmaskRequest receiver
             * @property {conclave.v2.IdSet.$Properties|null} [survivors] UnmaskRequest survivors
             * @property {Array.<conclave.v2.ConsistencySignature.$Properties>|null} [signatures] UnmaskRequest signatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnmaskRequest.
             * @memberof conclave.v2
             * @interface IUnmaskRequest
             * @augments conclave.v2.UnmaskRequest.$Properties
             * @deprecated Use conclave.v2.UnmaskRequest.$Properties instead.
             */

            /**
             * Shape of an UnmaskRequest.
             * @typedef {conclave.v2.UnmaskRequest.$Properties} conclave.v2.UnmaskRequest.$Shape
             */

            /**
             * Constructs a new UnmaskRequest.
             * @memberof conclave.v2
             * @classdesc Represents an UnmaskRequest.
             * @constructor
             * @param {conclave.v2.UnmaskRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UnmaskRequest = function (properties) {
                this.signatures = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnmaskRequest receiver.
             * @member {number} receiver
             * @memberof conclave.v2.UnmaskRequest
             * @instance
             */
            UnmaskRequest.prototype.receiver = 0;

            /**
             * UnmaskRequest survivors.
             * @member {conclave.v2.IdSet.$Properties|null|undefined} survivors
             * @memberof conclave.v2.UnmaskRequest
             * @instance
             */
            UnmaskRequest.prototype.survivors = null;

            /**
             * UnmaskRequest signatures.
             * @member {Array.<conclave.v2.ConsistencySignature.$Properties>} signatures
             * @memberof conclave.v2.UnmaskRequest
             * @instance
             */
            UnmaskRequest.prototype.signatures = $util.emptyArray;

            /**
             * Creates a new UnmaskRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.UnmaskRequest
             * @static
             * @param {conclave.v2.UnmaskRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.UnmaskRequest} UnmaskRequest instance
             * @type {{
             *   (properties: conclave.v2.UnmaskRequest.$Shape): conclave.v2.UnmaskRequest & conclave.v2.UnmaskRequest.$Shape;
             *   (properties?: conclave.v2.UnmaskRequest.$Properties): conclave.v2.UnmaskRequest;
             * }}
             */
            UnmaskRequest.create = function(properties) {
                return new UnmaskRequest(properties);
            };

            /**
             * Encodes the specified UnmaskRequest message. Does not implicitly {@link conclave.v2.UnmaskRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.UnmaskRequest
             * @static
             * @param {conclave.v2.UnmaskRequest.$Properties} message UnmaskRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnmaskRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receiver != null && $Object.hasOwnProperty.call(message, "receiver") && message.receiver !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.receiver);
                if (message.survivors != null && $Object.hasOwnProperty.call(message, "survivors"))
                    $root.conclave.v2.IdSet.encode(message.survivors, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.signatures != null && message.signatures.length)
                    for (var i = 0; i < message.signatures.length; ++i)
                        $root.conclave.v2.ConsistencySignature.encode(message.signatures[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnmaskRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.UnmaskRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.UnmaskRequest & conclave.v2.UnmaskRequest.$Shape} UnmaskRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnmaskRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.UnmaskRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.receiver = value;
                            else
                                delete message.receiver;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.survivors = $root.conclave.v2.IdSet.decode(reader, reader.size(), $undefined, _depth + 1, message.survivors);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push($root.conclave.v2.ConsistencySignature.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UnmaskRequest
             * @function getTypeUrl
             * @memberof conclave.v2.UnmaskRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnmaskRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.UnmaskRequest";
            };

            return UnmaskRequest;
        })();

        v2.SecAggRequest = (function() {

            /**
             * Properties of a SecAggRequest.
             * @typedef {Object} conclave.v2.SecAggRequest.$Properties
             * @property {string|null} [protocol] SecAggRequest protocol
             * @property {conclave.v2.AdvertiseKeysRequest.$Properties|null} [advertiseKeys] SecAggRequest advertiseKeys
             * @property {conclave.v2.ShareKeysRequest.$Properties|null} [shareKeys] SecAggRequest shareKeys
             * @property {conclave.v2.MaskedInputRequest.$Properties|null} [maskedInput] SecAggRequest maskedInput
             * @property {conclave.v2.UnmaskRequest.$Properties|null} [unmask] SecAggRequest unmask
             * @property {conclave.v2.ConsistencyCheckRequest.$Properties|null} [consistencyCheck] SecAggRequest consistencyCheck
             * @property {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck"} [stage] SecAggRequest stage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecAggRequest.
             * @memberof conclave.v2
             * @interface ISecAggRequest
             * @augments conclave.v2.SecAggRequest.$Properties
             * @deprecated Use conclave.v2.SecAggRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a SecAggRequest.
             * @typedef {{
             *   protocol?: string|null;
             *   advertiseKeys?: conclave.v2.AdvertiseKeysRequest.$Shape|null;
             *   shareKeys?: conclave.v2.ShareKeysRequest.$Shape|null;
             *   maskedInput?: conclave.v2.MaskedInputRequest.$Shape|null;
             *   unmask?: conclave.v2.UnmaskRequest.$Shape|null;
             *   consistencyCheck?: conclave.v2.ConsistencyCheckRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v2.AdvertiseKeysRequest.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v2.ShareKeysRequest.$Shape; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v2.MaskedInputRequest.$Shape; unmask?: null; consistencyCheck?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v2.UnmaskRequest.$Shape; consistencyCheck?: null }|{ stage?: "consistencyCheck"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck: conclave.v2.ConsistencyCheckRequest.$Shape })
             * )} conclave.v2.SecAggRequest.$Shape
             */

            /**
             * Constructs a new SecAggRequest.
             * @memberof conclave.v2
             * @classdesc Represents a SecAggRequest.
             * @constructor
             * @param {conclave.v2.SecAggRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SecAggRequest = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecAggRequest protocol.
             * @member {string} protocol
             * @memberof conclave.v2.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.protocol = "";

            /**
             * SecAggRequest advertiseKeys.
             * @member {conclave.v2.AdvertiseKeysRequest.$Properties|null|undefined} advertiseKeys
             * @memberof conclave.v2.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.advertiseKeys = null;

            /**
             * SecAggRequest shareKeys.
             * @member {conclave.v2.ShareKeysRequest.$Properties|null|undefined} shareKeys
             * @memberof conclave.v2.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.shareKeys = null;

            /**
             * SecAggRequest maskedInput.
             * @member {conclave.v2.MaskedInputRequest.$Properties|null|undefined} maskedInput
             * @memberof conclave.v2.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.maskedInput = null;

            /**
             * SecAggRequest unmask.
             * @member {conclave.v2.UnmaskRequest.$Properties|null|undefined} unmask
             * @memberof conclave.v2.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.unmask = null;

            /**
             * SecAggRequest consistencyCheck.
             * @member {conclave.v2.ConsistencyCheckRequest.$Properties|null|undefined} consistencyCheck
             * @memberof conclave.v2.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.consistencyCheck = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * SecAggRequest stage.
             * @member {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck"|undefined} stage
             * @memberof conclave.v2.SecAggRequest
             * @instance
             */
            $Object.defineProperty(SecAggRequest.prototype, "stage", {
                get: $util.oneOfGetter($oneOfFields = ["advertiseKeys", "shareKeys", "maskedInput", "unmask", "consistencyCheck"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SecAggRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v2.SecAggRequest
             * @static
             * @param {conclave.v2.SecAggRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.SecAggRequest} SecAggRequest instance
             * @type {{
             *   (properties: conclave.v2.SecAggRequest.$Shape): conclave.v2.SecAggRequest & conclave.v2.SecAggRequest.$Shape;
             *   (properties?: conclave.v2.SecAggRequest.$Properties): conclave.v2.SecAggRequest;
             * }}
             */
            SecAggRequest.create = function(properties) {
                return new SecAggRequest(properties);
            };

            /**
             * Encodes the specified SecAggRequest message. Does not implicitly {@link conclave.v2.SecAggRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.SecAggRequest
             * @static
             * @param {conclave.v2.SecAggRequest.$Properties} message SecAggRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecAggRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.protocol);
                if (message.advertiseKeys != null && $Object.hasOwnProperty.call(message, "advertiseKeys"))
                    $root.conclave.v2.AdvertiseKeysRequest.encode(message.advertiseKeys, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.shareKeys != null && $Object.hasOwnProperty.call(message, "shareKeys"))
                    $root.conclave.v2.ShareKeysRequest.encode(message.shareKeys, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.maskedInput != null && $Object.hasOwnProperty.call(message, "maskedInput"))
                    $root.conclave.v2.MaskedInputRequest.encode(message.maskedInput, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.unmask != null && $Object.hasOwnProperty.call(message, "unmask"))
                    $root.conclave.v2.UnmaskRequest.encode(message.unmask, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.consistencyCheck != null && $Object.hasOwnProperty.call(message, "consistencyCheck"))
                    $root.conclave.v2.ConsistencyCheckRequest.encode(message.consistencyCheck, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecAggRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.SecAggRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.SecAggRequest & conclave.v2.SecAggRequest.$Shape} SecAggRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecAggRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.SecAggRequest();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.advertiseKeys = $root.conclave.v2.AdvertiseKeysRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.advertiseKeys);
                            message.stage = "advertiseKeys";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.shareKeys = $root.conclave.v2.ShareKeysRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.shareKeys);
                            message.stage = "shareKeys";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.maskedInput = $root.conclave.v2.MaskedInputRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.maskedInput);
                            message.stage = "maskedInput";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.unmask = $root.conclave.v2.UnmaskRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unmask);
                            message.stage = "unmask";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.consistencyCheck = $root.conclave.v2.ConsistencyCheckRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.consistencyCheck);
                            message.stage = "consistencyCheck";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SecAggRequest
             * @function getTypeUrl
             * @memberof conclave.v2.SecAggRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecAggRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.SecAggRequest";
            };

            return SecAggRequest;
        })();

        v2.AdvertiseKeysReply = (function() {

            /**
             * Properties of an AdvertiseKeysReply.
             * @typedef {Object} conclave.v2.AdvertiseKeysReply.$Properties
             * @property {number|null} [sender] AdvertiseKeysReply sender
             * @property {Uint8Array|null} [encryptionPublicKey] AdvertiseKeysReply encryptionPublicKey
             * @property {Uint8Array|null} [maskPublicKey] AdvertiseKeysReply maskPublicKey
             * @property {Uint8Array|null} [signature] AdvertiseKeysReply signature
             * @property {Uint8Array|null} [selfMaskCommitment] AdvertiseKeysReply selfMaskCommitment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdvertiseKeysReply.
             * @memberof conclave.v2
             * @interface IAdvertiseKeysReply
             * @augments conclave.v2.AdvertiseKeysReply.$Properties
             * @deprecated Use conclave.v2.AdvertiseKeysReply.$Properties instead.
             */

            /**
             * Shape of an AdvertiseKeysReply.
             * @typedef {conclave.v2.AdvertiseKeysReply.$Properties} conclave.v2.AdvertiseKeysReply.$Shape
             */

            /**
             * Constructs a new AdvertiseKeysReply.
             * @memberof conclave.v2
             * @classdesc Represents an AdvertiseKeysReply.
             * @constructor
             * @param {conclave.v2.AdvertiseKeysReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AdvertiseKeysReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdvertiseKeysReply sender.
             * @member {number} sender
             * @memberof conclave.v2.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.sender = 0;

            /**
             * AdvertiseKeysReply encryptionPublicKey.
             * @member {Uint8Array} encryptionPublicKey
             * @memberof conclave.v2.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.encryptionPublicKey = $util.newBuffer([]);

            /**
             * AdvertiseKeysReply maskPublicKey.
             * @member {Uint8Array} maskPublicKey
             * @memberof conclave.v2.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.maskPublicKey = $util.newBuffer([]);

            /**
             * AdvertiseKeysReply signature.
             * @member {Uint8Array} signature
             * @memberof conclave.v2.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.signature = $util.newBuffer([]);

            /**
             * AdvertiseKeysReply selfMaskCommitment.
             * @member {Uint8Array} selfMaskCommitment
             * @memberof conclave.v2.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.selfMaskCommitment = $util.newBuffer([]);

            /**
             * Creates a new AdvertiseKeysReply instance using the specified properties.
             * @function create
             * @memberof conclave.v2.AdvertiseKeysReply
             * @static
             * @param {conclave.v2.AdvertiseKeysReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.AdvertiseKeysReply} AdvertiseKeysReply instance
             * @type {{
             *   (properties: conclave.v2.AdvertiseKeysReply.$Shape): conclave.v2.AdvertiseKeysReply & conclave.v2.AdvertiseKeysReply.$Shape;
             *   (properties?: conclave.v2.AdvertiseKeysReply.$Properties): conclave.v2.AdvertiseKeysReply;
             * }}
             */
            AdvertiseKeysReply.create = function(properties) {
                return new AdvertiseKeysReply(properties);
            };

            /**
             * Encodes the specified AdvertiseKeysReply message. Does not implicitly {@link conclave.v2.AdvertiseKeysReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.AdvertiseKeysReply
             * @static
             * @param {conclave.v2.AdvertiseKeysReply.$Properties} message AdvertiseKeysReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdvertiseKeysReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sender);
                if (message.encryptionPublicKey != null && $Object.hasOwnProperty.call(message, "encryptionPublicKey") && message.encryptionPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.encryptionPublicKey);
                if (message.maskPublicKey != null && $Object.hasOwnProperty.call(message, "maskPublicKey") && message.maskPublicKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.maskPublicKey);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.selfMaskCommitment != null && $Object.hasOwnProperty.call(message, "selfMaskCommitment") && message.selfMaskCommitment.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.selfMaskCommitment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdvertiseKeysReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.AdvertiseKeysReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.AdvertiseKeysReply & conclave.v2.AdvertiseKeysReply.$Shape} AdvertiseKeysReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdvertiseKeysReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.AdvertiseKeysReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.encryptionPublicKey = value;
                            else
                                delete message.encryptionPublicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.maskPublicKey = value;
                            else
                                delete message.maskPublicKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.selfMaskCommitment = value;
                            else
                                delete message.selfMaskCommitment;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AdvertiseKeysReply
             * @function getTypeUrl
             * @memberof conclave.v2.AdvertiseKeysReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdvertiseKeysReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.AdvertiseKeysReply";
            };

            return AdvertiseKeysReply;
        })();

        v2.ShareKeysReply = (function() {

            /**
             * Properties of a ShareKeysReply.
             * @typedef {Object} conclave.v2.ShareKeysReply.$Properties
             * @property {number|null} [sender] ShareKeysReply sender
             * @property {Array.<conclave.v2.EncryptedShare.$Properties>|null} [shares] ShareKeysReply shares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareKeysReply.
             * @memberof conclave.v2
             * @interface IShareKeysReply
             * @augments conclave.v2.ShareKeysReply.$Properties
             * @deprecated Use conclave.v2.ShareKeysReply.$Properties instead.
             */

            /**
             * Shape of a ShareKeysReply.
             * @typedef {conclave.v2.ShareKeysReply.$Properties} conclave.v2.ShareKeysReply.$Shape
             */

            /**
             * Constructs a new ShareKeysReply.
             * @memberof conclave.v2
             * @classdesc Represents a ShareKeysReply.
             * @constructor
             * @param {conclave.v2.ShareKeysReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ShareKeysReply = function (properties) {
                this.shares = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShareKeysReply sender.
             * @member {number} sender
             * @memberof conclave.v2.ShareKeysReply
             * @instance
             */
            ShareKeysReply.prototype.sender = 0;

            /**
             * ShareKeysReply shares.
             * @member {Array.<conclave.v2.EncryptedShare.$Properties>} shares
             * @memberof conclave.v2.ShareKeysReply
             * @instance
             */
            ShareKeysReply.prototype.shares = $util.emptyArray;

            /**
             * Creates a new ShareKeysReply instance using the specified properties.
             * @function create
             * @memberof conclave.v2.ShareKeysReply
             * @static
             * @param {conclave.v2.ShareKeysReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.ShareKeysReply} ShareKeysReply instance
             * @type {{
             *   (properties: conclave.v2.ShareKeysReply.$Shape): conclave.v2.ShareKeysReply & conclave.v2.ShareKeysReply.$Shape;
             *   (properties?: conclave.v2.ShareKeysReply.$Properties): conclave.v2.ShareKeysReply;
             * }}
             */
            ShareKeysReply.create = function(properties) {
                return new ShareKeysReply(properties);
            };

            /**
             * Encodes the specified ShareKeysReply message. Does not implicitly {@link conclave.v2.ShareKeysReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.ShareKeysReply
             * @static
             * @param {conclave.v2.ShareKeysReply.$Properties} message ShareKeysReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareKeysReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sender);
                if (message.shares != null && message.shares.length)
                    for (var i = 0; i < message.shares.length; ++i)
                        $root.conclave.v2.EncryptedShare.encode(message.shares[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareKeysReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.ShareKeysReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.ShareKeysReply & conclave.v2.ShareKeysReply.$Shape} ShareKeysReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareKeysReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.ShareKeysReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.shares && message.shares.length))
                                message.shares = [];
                            message.shares.push($root.conclave.v2.EncryptedShare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ShareKeysReply
             * @function getTypeUrl
             * @memberof conclave.v2.ShareKeysReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShareKeysReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.ShareKeysReply";
            };

            return ShareKeysReply;
        })();

        v2.MaskedInputReply = (function() {

            /**
             * Properties of a MaskedInputReply.
             * @typedef {Object} conclave.v2.MaskedInputReply.$Properties
             * @property {number|null} [sender] MaskedInputReply sender
             * @property {Uint8Array|null} [maskedInput] MaskedInputReply maskedInput
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MaskedInputReply.
             * @memberof conclave.v2
             * @interface IMaskedInputReply
             * @augments conclave.v2.MaskedInputReply.$Properties
             * @deprecated Use conclave.v2.MaskedInputReply.$Properties instead.
             */

            /**
             * Shape of a MaskedInputReply.
             * @typedef {conclave.v2.MaskedInputReply.$Properties} conclave.v2.MaskedInputReply.$Shape
             */

            /**
             * Constructs a new MaskedInputReply.
             * @memberof conclave.v2
             * @classdesc Represents a MaskedInputReply.
             * @constructor
             * @param {conclave.v2.MaskedInputReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var MaskedInputReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MaskedInputReply sender.
             * @member {number} sender
             * @memberof conclave.v2.MaskedInputReply
             * @instance
             */
            MaskedInputReply.prototype.sender = 0;

            /**
             * MaskedInputReply maskedInput.
             * @member {Uint8Array} maskedInput
             * @memberof conclave.v2.MaskedInputReply
             * @instance
             */
            MaskedInputReply.prototype.maskedInput = $util.newBuffer([]);

            /**
             * Creates a new MaskedInputReply instance using the specified properties.
             * @function create
             * @memberof conclave.v2.MaskedInputReply
             * @static
             * @param {conclave.v2.MaskedInputReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.MaskedInputReply} MaskedInputReply instance
             * @type {{
             *   (properties: conclave.v2.MaskedInputReply.$Shape): conclave.v2.MaskedInputReply & conclave.v2.MaskedInputReply.$Shape;
             *   (properties?: conclave.v2.MaskedInputReply.$Properties): conclave.v2.MaskedInputReply;
             * }}
             */
            MaskedInputReply.create = function(properties) {
                return new MaskedInputReply(properties);
            };

            /**
             * Encodes the specified MaskedInputReply message. Does not implicitly {@link conclave.v2.MaskedInputReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.MaskedInputReply
             * @static
             * @param {conclave.v2.MaskedInputReply.$Properties} message MaskedInputReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MaskedInputReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sender);
                if (message.maskedInput != null && $Object.hasOwnProperty.call(message, "maskedInput") && message.maskedInput.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.maskedInput);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MaskedInputReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.MaskedInputReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.MaskedInputReply & conclave.v2.MaskedInputReply.$Shape} MaskedInputReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MaskedInputReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.MaskedInputReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.maskedInput = value;
                            else
                                delete message.maskedInput;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MaskedInputReply
             * @function getTypeUrl
             * @memberof conclave.v2.MaskedInputReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MaskedInputReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.MaskedInputReply";
            };

            return MaskedInputReply;
        })();

        v2.ConsistencyCheckReply = (function() {

            /**
             * Properties of a ConsistencyCheckReply.
             * @typedef {Object} conclave.v2.ConsistencyCheckReply.$Properties
             * @property {number|null} [sender] ConsistencyCheckReply sender
             * @property {Uint8Array|null} [signature] ConsistencyCheckReply signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsistencyCheckReply.
             * @memberof conclave.v2
             * @interface IConsistencyCheckReply
             * @augments conclave.v2.ConsistencyCheckReply.$Properties
             * @deprecated Use conclave.v2.ConsistencyCheckReply.$Properties instead.
             */

            /**
             * Shape of a ConsistencyCheckReply.
             * @typedef {conclave.v2.ConsistencyCheckReply.$Properties} conclave.v2.ConsistencyCheckReply.$Shape
             */

            /**
             * Constructs a new ConsistencyCheckReply.
             * @memberof conclave.v2
             * @classdesc Represents a ConsistencyCheckReply.
             * @constructor
             * @param {conclave.v2.ConsistencyCheckReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ConsistencyCheckReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsistencyCheckReply sender.
             * @member {number} sender
             * @memberof conclave.v2.ConsistencyCheckReply
             * @instance
             */
            ConsistencyCheckReply.prototype.sender = 0;

            /**
             * ConsistencyCheckReply signature.
             * @member {Uint8Array} signature
             * @memberof conclave.v2.ConsistencyCheckReply
             * @instance
             */
            ConsistencyCheckReply.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new ConsistencyCheckReply instance using the specified properties.
             * @function create
             * @memberof conclave.v2.ConsistencyCheckReply
             * @static
             * @param {conclave.v2.ConsistencyCheckReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.ConsistencyCheckReply} ConsistencyCheckReply instance
             * @type {{
             *   (properties: conclave.v2.ConsistencyCheckReply.$Shape): conclave.v2.ConsistencyCheckReply & conclave.v2.ConsistencyCheckReply.$Shape;
             *   (properties?: conclave.v2.ConsistencyCheckReply.$Properties): conclave.v2.ConsistencyCheckReply;
             * }}
             */
            ConsistencyCheckReply.create = function(properties) {
                return new ConsistencyCheckReply(properties);
            };

            /**
             * Encodes the specified ConsistencyCheckReply message. Does not implicitly {@link conclave.v2.ConsistencyCheckReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.ConsistencyCheckReply
             * @static
             * @param {conclave.v2.ConsistencyCheckReply.$Properties} message ConsistencyCheckReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsistencyCheckReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sender);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsistencyCheckReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.ConsistencyCheckReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.ConsistencyCheckReply & conclave.v2.ConsistencyCheckReply.$Shape} ConsistencyCheckReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsistencyCheckReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.ConsistencyCheckReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ConsistencyCheckReply
             * @function getTypeUrl
             * @memberof conclave.v2.ConsistencyCheckReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsistencyCheckReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.ConsistencyCheckReply";
            };

            return ConsistencyCheckReply;
        })();

        v2.UnmaskReply = (function() {

            /**
             * Properties of an UnmaskReply.
             * @typedef {Object} conclave.v2.UnmaskReply.$Properties
             * @property {number|null} [sender] UnmaskReply sender
             * @property {Array.<conclave.v2.RevealedShare.$Properties>|null} [selfMaskShares] UnmaskReply selfMaskShares
             * @property {Array.<conclave.v2.RevealedShare.$Properties>|null} [maskKeyShares] UnmaskReply maskKeyShares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnmaskReply.
             * @memberof conclave.v2
             * @interface IUnmaskReply
             * @augments conclave.v2.UnmaskReply.$Properties
             * @deprecated Use conclave.v2.UnmaskReply.$Properties instead.
             */

            /**
             * Shape of an UnmaskReply.
             * @typedef {conclave.v2.UnmaskReply.$Properties} conclave.v2.UnmaskReply.$Shape
             */

            /**
             * Constructs a new UnmaskReply.
             * @memberof conclave.v2
             * @classdesc Represents an UnmaskReply.
             * @constructor
             * @param {conclave.v2.UnmaskReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UnmaskReply = function (properties) {
                this.selfMaskShares = [];
                this.maskKeyShares = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnmaskReply sender.
             * @member {number} sender
             * @memberof conclave.v2.UnmaskReply
             * @instance
             */
            UnmaskReply.prototype.sender = 0;

            /**
             * UnmaskReply selfMaskShares.
             * @member {Array.<conclave.v2.RevealedShare.$Properties>} selfMaskShares
             * @memberof conclave.v2.UnmaskReply
             * @instance
             */
            UnmaskReply.prototype.selfMaskShares = $util.emptyArray;

            /**
             * UnmaskReply maskKeyShares.
             * @member {Array.<conclave.v2.RevealedShare.$Properties>} maskKeyShares
             * @memberof conclave.v2.UnmaskReply
             * @instance
             */
            UnmaskReply.prototype.maskKeyShares = $util.emptyArray;

            /**
             * Creates a new UnmaskReply instance using the specified properties.
             * @function create
             * @memberof conclave.v2.UnmaskReply
             * @static
             * @param {conclave.v2.UnmaskReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.UnmaskReply} UnmaskReply instance
             * @type {{
             *   (properties: conclave.v2.UnmaskReply.$Shape): conclave.v2.UnmaskReply & conclave.v2.UnmaskReply.$Shape;
             *   (properties?: conclave.v2.UnmaskReply.$Properties): conclave.v2.UnmaskReply;
             * }}
             */
            UnmaskReply.create = function(properties) {
                return new UnmaskReply(properties);
            };

            /**
             * Encodes the specified UnmaskReply message. Does not implicitly {@link conclave.v2.UnmaskReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.UnmaskReply
             * @static
             * @param {conclave.v2.UnmaskReply.$Properties} message UnmaskReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnmaskReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sender);
                if (message.selfMaskShares != null && message.selfMaskShares.length)
                    for (var i = 0; i < message.selfMaskShares.length; ++i)
                        $root.conclave.v2.RevealedShare.encode(message.selfMaskShares[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.maskKeyShares != null && message.maskKeyShares.length)
                    for (var i = 0; i < message.maskKeyShares.length; ++i)
                        $root.conclave.v2.RevealedShare.encode(message.maskKeyShares[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnmaskReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.UnmaskReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.UnmaskReply & conclave.v2.UnmaskReply.$Shape} UnmaskReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnmaskReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.UnmaskReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.selfMaskShares && message.selfMaskShares.length))
                                message.selfMaskShares = [];
                            message.selfMaskShares.push($root.conclave.v2.RevealedShare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.maskKeyShares && message.maskKeyShares.length))
                                message.maskKeyShares = [];
                            message.maskKeyShares.push($root.conclave.v2.RevealedShare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UnmaskReply
             * @function getTypeUrl
             * @memberof conclave.v2.UnmaskReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnmaskReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.UnmaskReply";
            };

            return UnmaskReply;
        })();

        v2.SecAggReply = (function() {

            /**
             * Properties of a SecAggReply.
             * @typedef {Object} conclave.v2.SecAggReply.$Properties
             * @property {string|null} [protocol] SecAggReply protocol
             * @property {conclave.v2.AdvertiseKeysReply.$Properties|null} [advertiseKeys] SecAggReply advertiseKeys
             * @property {conclave.v2.ShareKeysReply.$Properties|null} [shareKeys] SecAggReply shareKeys
             * @property {conclave.v2.MaskedInputReply.$Properties|null} [maskedInput] SecAggReply maskedInput
             * @property {conclave.v2.UnmaskReply.$Properties|null} [unmask] SecAggReply unmask
             * @property {conclave.v2.ConsistencyCheckReply.$Properties|null} [consistencyCheck] SecAggReply consistencyCheck
             * @property {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck"} [stage] SecAggReply stage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecAggReply.
             * @memberof conclave.v2
             * @interface ISecAggReply
             * @augments conclave.v2.SecAggReply.$Properties
             * @deprecated Use conclave.v2.SecAggReply.$Properties instead.
             */

            /**
             * Narrowed shape of a SecAggReply.
             * @typedef {{
             *   protocol?: string|null;
             *   advertiseKeys?: conclave.v2.AdvertiseKeysReply.$Shape|null;
             *   shareKeys?: conclave.v2.ShareKeysReply.$Shape|null;
             *   maskedInput?: conclave.v2.MaskedInputReply.$Shape|null;
             *   unmask?: conclave.v2.UnmaskReply.$Shape|null;
             *   consistencyCheck?: conclave.v2.ConsistencyCheckReply.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v2.AdvertiseKeysReply.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v2.ShareKeysReply.$Shape; maskedInput?: null; unmask?: null; consistencyCheck?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v2.MaskedInputReply.$Shape; unmask?: null; consistencyCheck?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v2.UnmaskReply.$Shape; consistencyCheck?: null }|{ stage?: "consistencyCheck"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null; consistencyCheck: conclave.v2.ConsistencyCheckReply.$Shape })
             * )} conclave.v2.SecAggReply.$Shape
             */

            /**
             * Constructs a new SecAggReply.
             * @memberof conclave.v2
             * @classdesc Represents a SecAggReply.
             * @constructor
             * @param {conclave.v2.SecAggReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SecAggReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecAggReply protocol.
             * @member {string} protocol
             * @memberof conclave.v2.SecAggReply
             * @instance
             */
            SecAggReply.prototype.protocol = "";

            /**
             * SecAggReply advertiseKeys.
             * @member {conclave.v2.AdvertiseKeysReply.$Properties|null|undefined} advertiseKeys
             * @memberof conclave.v2.SecAggReply
             * @instance
             */
            SecAggReply.prototype.advertiseKeys = null;

            /**
             * SecAggReply shareKeys.
             * @member {conclave.v2.ShareKeysReply.$Properties|null|undefined} shareKeys
             * @memberof conclave.v2.SecAggReply
             * @instance
             */
            SecAggReply.prototype.shareKeys = null;

            /**
             * SecAggReply maskedInput.
             * @member {conclave.v2.MaskedInputReply.$Properties|null|undefined} maskedInput
             * @memberof conclave.v2.SecAggReply
             * @instance
             */
            SecAggReply.prototype.maskedInput = null;

            /**
             * SecAggReply unmask.
             * @member {conclave.v2.UnmaskReply.$Properties|null|undefined} unmask
             * @memberof conclave.v2.SecAggReply
             * @instance
             */
            SecAggReply.prototype.unmask = null;

            /**
             * SecAggReply consistencyCheck.
             * @member {conclave.v2.ConsistencyCheckReply.$Properties|null|undefined} consistencyCheck
             * @memberof conclave.v2.SecAggReply
             * @instance
             */
            SecAggReply.prototype.consistencyCheck = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * SecAggReply stage.
             * @member {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|"consistencyCheck"|undefined} stage
             * @memberof conclave.v2.SecAggReply
             * @instance
             */
            $Object.defineProperty(SecAggReply.prototype, "stage", {
                get: $util.oneOfGetter($oneOfFields = ["advertiseKeys", "shareKeys", "maskedInput", "unmask", "consistencyCheck"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SecAggReply instance using the specified properties.
             * @function create
             * @memberof conclave.v2.SecAggReply
             * @static
             * @param {conclave.v2.SecAggReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.SecAggReply} SecAggReply instance
             * @type {{
             *   (properties: conclave.v2.SecAggReply.$Shape): conclave.v2.SecAggReply & conclave.v2.SecAggReply.$Shape;
             *   (properties?: conclave.v2.SecAggReply.$Properties): conclave.v2.SecAggReply;
             * }}
             */
            SecAggReply.create = function(properties) {
                return new SecAggReply(properties);
            };

            /**
             * Encodes the specified SecAggReply message. Does not implicitly {@link conclave.v2.SecAggReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.SecAggReply
             * @static
             * @param {conclave.v2.SecAggReply.$Properties} message SecAggReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecAggReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.protocol);
                if (message.advertiseKeys != null && $Object.hasOwnProperty.call(message, "advertiseKeys"))
                    $root.conclave.v2.AdvertiseKeysReply.encode(message.advertiseKeys, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.shareKeys != null && $Object.hasOwnProperty.call(message, "shareKeys"))
                    $root.conclave.v2.ShareKeysReply.encode(message.shareKeys, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.maskedInput != null && $Object.hasOwnProperty.call(message, "maskedInput"))
                    $root.conclave.v2.MaskedInputReply.encode(message.maskedInput, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.unmask != null && $Object.hasOwnProperty.call(message, "unmask"))
                    $root.conclave.v2.UnmaskReply.encode(message.unmask, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.consistencyCheck != null && $Object.hasOwnProperty.call(message, "consistencyCheck"))
                    $root.conclave.v2.ConsistencyCheckReply.encode(message.consistencyCheck, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecAggReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.SecAggReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.SecAggReply & conclave.v2.SecAggReply.$Shape} SecAggReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecAggReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.SecAggReply();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.advertiseKeys = $root.conclave.v2.AdvertiseKeysReply.decode(reader, reader.size(), $undefined, _depth + 1, message.advertiseKeys);
                            message.stage = "advertiseKeys";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.shareKeys = $root.conclave.v2.ShareKeysReply.decode(reader, reader.size(), $undefined, _depth + 1, message.shareKeys);
                            message.stage = "shareKeys";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.maskedInput = $root.conclave.v2.MaskedInputReply.decode(reader, reader.size(), $undefined, _depth + 1, message.maskedInput);
                            message.stage = "maskedInput";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.unmask = $root.conclave.v2.UnmaskReply.decode(reader, reader.size(), $undefined, _depth + 1, message.unmask);
                            message.stage = "unmask";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.consistencyCheck = $root.conclave.v2.ConsistencyCheckReply.decode(reader, reader.size(), $undefined, _depth + 1, message.consistencyCheck);
                            message.stage = "consistencyCheck";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SecAggReply
             * @function getTypeUrl
             * @memberof conclave.v2.SecAggReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecAggReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.SecAggReply";
            };

            return SecAggReply;
        })();

        v2.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} conclave.v2.Envelope.$Properties
             * @property {conclave.v2.Meta.$Properties|null} [meta] Envelope meta
             * @property {conclave.v2.Join.$Properties|null} [join] Envelope join
             * @property {conclave.v2.Welcome.$Properties|null} [welcome] Envelope welcome
             * @property {conclave.v2.RoundStart.$Properties|null} [roundStart] Envelope roundStart
             * @property {conclave.v2.TrainResult.$Properties|null} [trainResult] Envelope trainResult
             * @property {conclave.v2.EvaluateRequest.$Properties|null} [evaluateRequest] Envelope evaluateRequest
             * @property {conclave.v2.EvaluateResult.$Properties|null} [evaluateResult] Envelope evaluateResult
             * @property {conclave.v2.Error.$Properties|null} [error] Envelope error
             * @property {conclave.v2.Bye.$Properties|null} [bye] Envelope bye
             * @property {conclave.v2.SecAggRequest.$Properties|null} [secaggRequest] Envelope secaggRequest
             * @property {conclave.v2.SecAggReply.$Properties|null} [secaggReply] Envelope secaggReply
             * @property {conclave.v2.StatsRequest.$Properties|null} [statsRequest] Envelope statsRequest
             * @property {conclave.v2.StatsResult.$Properties|null} [statsResult] Envelope statsResult
             * @property {conclave.v2.Challenge.$Properties|null} [challenge] Envelope challenge
             * @property {"join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult"|"challenge"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof conclave.v2
             * @interface IEnvelope
             * @augments conclave.v2.Envelope.$Properties
             * @deprecated Use conclave.v2.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   meta?: conclave.v2.Meta.$Shape|null;
             *   join?: conclave.v2.Join.$Shape|null;
             *   welcome?: conclave.v2.Welcome.$Shape|null;
             *   roundStart?: conclave.v2.RoundStart.$Shape|null;
             *   trainResult?: conclave.v2.TrainResult.$Shape|null;
             *   evaluateRequest?: conclave.v2.EvaluateRequest.$Shape|null;
             *   evaluateResult?: conclave.v2.EvaluateResult.$Shape|null;
             *   error?: conclave.v2.Error.$Shape|null;
             *   bye?: conclave.v2.Bye.$Shape|null;
             *   secaggRequest?: conclave.v2.SecAggRequest.$Shape|null;
             *   secaggReply?: conclave.v2.SecAggReply.$Shape|null;
             *   statsRequest?: conclave.v2.StatsRequest.$Shape|null;
             *   statsResult?: conclave.v2.StatsResult.$Shape|null;
             *   challenge?: conclave.v2.Challenge.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "join"; join: conclave.v2.Join.$Shape; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "welcome"; join?: null; welcome: conclave.v2.Welcome.$Shape; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "roundStart"; join?: null; welcome?: null; roundStart: conclave.v2.RoundStart.$Shape; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "trainResult"; join?: null; welcome?: null; roundStart?: null; trainResult: conclave.v2.TrainResult.$Shape; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "evaluateRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest: conclave.v2.EvaluateRequest.$Shape; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "evaluateResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult: conclave.v2.EvaluateResult.$Shape; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "error"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error: conclave.v2.Error.$Shape; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "bye"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye: conclave.v2.Bye.$Shape; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "secaggRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest: conclave.v2.SecAggRequest.$Shape; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "secaggReply"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply: conclave.v2.SecAggReply.$Shape; statsRequest?: null; statsResult?: null; challenge?: null }|{ body?: "statsRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest: conclave.v2.StatsRequest.$Shape; statsResult?: null; challenge?: null }|{ body?: "statsResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult: conclave.v2.StatsResult.$Shape; challenge?: null }|{ body?: "challenge"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null; challenge: conclave.v2.Challenge.$Shape })
             * )} conclave.v2.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof conclave.v2
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {conclave.v2.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Envelope = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope meta.
             * @member {conclave.v2.Meta.$Properties|null|undefined} meta
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.meta = null;

            /**
             * Envelope join.
             * @member {conclave.v2.Join.$Properties|null|undefined} join
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.join = null;

            /**
             * Envelope welcome.
             * @member {conclave.v2.Welcome.$Properties|null|undefined} welcome
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.welcome = null;

            /**
             * Envelope roundStart.
             * @member {conclave.v2.RoundStart.$Properties|null|undefined} roundStart
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.roundStart = null;

            /**
             * Envelope trainResult.
             * @member {conclave.v2.TrainResult.$Properties|null|undefined} trainResult
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.trainResult = null;

            /**
             * Envelope evaluateRequest.
             * @member {conclave.v2.EvaluateRequest.$Properties|null|undefined} evaluateRequest
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.evaluateRequest = null;

            /**
             * Envelope evaluateResult.
             * @member {conclave.v2.EvaluateResult.$Properties|null|undefined} evaluateResult
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.evaluateResult = null;

            /**
             * Envelope error.
             * @member {conclave.v2.Error.$Properties|null|undefined} error
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope bye.
             * @member {conclave.v2.Bye.$Properties|null|undefined} bye
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.bye = null;

            /**
             * Envelope secaggRequest.
             * @member {conclave.v2.SecAggRequest.$Properties|null|undefined} secaggRequest
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.secaggRequest = null;

            /**
             * Envelope secaggReply.
             * @member {conclave.v2.SecAggReply.$Properties|null|undefined} secaggReply
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.secaggReply = null;

            /**
             * Envelope statsRequest.
             * @member {conclave.v2.StatsRequest.$Properties|null|undefined} statsRequest
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.statsRequest = null;

            /**
             * Envelope statsResult.
             * @member {conclave.v2.StatsResult.$Properties|null|undefined} statsResult
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.statsResult = null;

            /**
             * Envelope challenge.
             * @member {conclave.v2.Challenge.$Properties|null|undefined} challenge
             * @memberof conclave.v2.Envelope
             * @instance
             */
            Envelope.prototype.challenge = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Envelope body.
             * @member {"join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult"|"challenge"|undefined} body
             * @memberof conclave.v2.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["join", "welcome", "roundStart", "trainResult", "evaluateRequest", "evaluateResult", "error", "bye", "secaggRequest", "secaggReply", "statsRequest", "statsResult", "challenge"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof conclave.v2.Envelope
             * @static
             * @param {conclave.v2.Envelope.$Properties=} [properties] Properties to set
             * @returns {conclave.v2.Envelope} Envelope instance
             * @type {{
             *   (properties: conclave.v2.Envelope.$Shape): conclave.v2.Envelope & conclave.v2.Envelope.$Shape;
             *   (properties?: conclave.v2.Envelope.$Properties): conclave.v2.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link conclave.v2.Envelope.verify|verify} messages.
             * @function encode
             * @memberof conclave.v2.Envelope
             * @static
             * @param {conclave.v2.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.conclave.v2.Meta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                    $root.conclave.v2.Join.encode(message.join, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.conclave.v2.Welcome.encode(message.welcome, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.roundStart != null && $Object.hasOwnProperty.call(message, "roundStart"))
                    $root.conclave.v2.RoundStart.encode(message.roundStart, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.trainResult != null && $Object.hasOwnProperty.call(message, "trainResult"))
                    $root.conclave.v2.TrainResult.encode(message.trainResult, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.evaluateRequest != null && $Object.hasOwnProperty.call(message, "evaluateRequest"))
                    $root.conclave.v2.EvaluateRequest.encode(message.evaluateRequest, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.evaluateResult != null && $Object.hasOwnProperty.call(message, "evaluateResult"))
                    $root.conclave.v2.EvaluateResult.encode(message.evaluateResult, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.conclave.v2.Error.encode(message.error, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.bye != null && $Object.hasOwnProperty.call(message, "bye"))
                    $root.conclave.v2.Bye.encode(message.bye, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.secaggRequest != null && $Object.hasOwnProperty.call(message, "secaggRequest"))
                    $root.conclave.v2.SecAggRequest.encode(message.secaggRequest, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.secaggReply != null && $Object.hasOwnProperty.call(message, "secaggReply"))
                    $root.conclave.v2.SecAggReply.encode(message.secaggReply, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.statsRequest != null && $Object.hasOwnProperty.call(message, "statsRequest"))
                    $root.conclave.v2.StatsRequest.encode(message.statsRequest, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.statsResult != null && $Object.hasOwnProperty.call(message, "statsResult"))
                    $root.conclave.v2.StatsResult.encode(message.statsResult, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                    $root.conclave.v2.Challenge.encode(message.challenge, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v2.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v2.Envelope & conclave.v2.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.conclave.v2.Envelope();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    var wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.conclave.v2.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.join = $root.conclave.v2.Join.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                            message.body = "join";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.conclave.v2.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.roundStart = $root.conclave.v2.RoundStart.decode(reader, reader.size(), $undefined, _depth + 1, message.roundStart);
                            message.body = "roundStart";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.trainResult = $root.conclave.v2.TrainResult.decode(reader, reader.size(), $undefined, _depth + 1, message.trainResult);
                            message.body = "trainResult";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.evaluateRequest = $root.conclave.v2.EvaluateRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.evaluateRequest);
                            message.body = "evaluateRequest";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.evaluateResult = $root.conclave.v2.EvaluateResult.decode(reader, reader.size(), $undefined, _depth + 1, message.evaluateResult);
                            message.body = "evaluateResult";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.conclave.v2.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.bye = $root.conclave.v2.Bye.decode(reader, reader.size(), $undefined, _depth + 1, message.bye);
                            message.body = "bye";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.secaggRequest = $root.conclave.v2.SecAggRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.secaggRequest);
                            message.body = "secaggRequest";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.secaggReply = $root.conclave.v2.SecAggReply.decode(reader, reader.size(), $undefined, _depth + 1, message.secaggReply);
                            message.body = "secaggReply";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.statsRequest = $root.conclave.v2.StatsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.statsRequest);
                            message.body = "statsRequest";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.statsResult = $root.conclave.v2.StatsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.statsResult);
                            message.body = "statsResult";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.challenge = $root.conclave.v2.Challenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                            message.body = "challenge";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof conclave.v2.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v2.Envelope";
            };

            return Envelope;
        })();

        return v2;
    })();

    return conclave;
})();

module.exports = $root;
