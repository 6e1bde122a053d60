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

    conclave.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof conclave
         * @namespace
         */
        var v1 = {};

        v1.Meta = (function() {

            /**
             * Properties of a Meta.
             * @typedef {Object} conclave.v1.Meta.$Properties
             * @property {string|null} [runId] Meta runId
             * @property {number|null} [round] Meta round
             * @property {number|null} [messageId] Meta messageId
             * @property {number|null} [replyTo] Meta replyTo
             * @property {string|null} [sender] Meta sender
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Meta.
             * @memberof conclave.v1
             * @interface IMeta
             * @augments conclave.v1.Meta.$Properties
             * @deprecated Use conclave.v1.Meta.$Properties instead.
             */

            /**
             * Shape of a Meta.
             * @typedef {conclave.v1.Meta.$Properties} conclave.v1.Meta.$Shape
             */

            /**
             * Constructs a new Meta.
             * @memberof conclave.v1
             * @classdesc Represents a Meta.
             * @constructor
             * @param {conclave.v1.Meta.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.Meta
             * @instance
             */
            Meta.prototype.runId = "";

            /**
             * Meta round.
             * @member {number} round
             * @memberof conclave.v1.Meta
             * @instance
             */
            Meta.prototype.round = 0;

            /**
             * Meta messageId.
             * @member {number} messageId
             * @memberof conclave.v1.Meta
             * @instance
             */
            Meta.prototype.messageId = 0;

            /**
             * Meta replyTo.
             * @member {number} replyTo
             * @memberof conclave.v1.Meta
             * @instance
             */
            Meta.prototype.replyTo = 0;

            /**
             * Meta sender.
             * @member {string} sender
             * @memberof conclave.v1.Meta
             * @instance
             */
            Meta.prototype.sender = "";

            /**
             * Creates a new Meta instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Meta
             * @static
             * @param {conclave.v1.Meta.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Meta} Meta instance
             * @type {{
             *   (properties: conclave.v1.Meta.$Shape): conclave.v1.Meta & conclave.v1.Meta.$Shape;
             *   (properties?: conclave.v1.Meta.$Properties): conclave.v1.Meta;
             * }}
             */
            Meta.create = function(properties) {
                return new Meta(properties);
            };

            /**
             * Encodes the specified Meta message. Does not implicitly {@link conclave.v1.Meta.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Meta
             * @static
             * @param {conclave.v1.Meta.$Properties} message Meta message or plain object to encode
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
             * @memberof conclave.v1.Meta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Meta & conclave.v1.Meta.$Shape} Meta
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
                message = _target || new $root.conclave.v1.Meta();
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
             * @memberof conclave.v1.Meta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Meta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Meta";
            };

            return Meta;
        })();

        /**
         * DType enum.
         * @name conclave.v1.DType
         * @enum {number}
         * @property {number} DTYPE_UNSPECIFIED=0 DTYPE_UNSPECIFIED value
         * @property {number} FLOAT32=1 FLOAT32 value
         * @property {number} UINT32=2 UINT32 value
         */
        v1.DType = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DTYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FLOAT32"] = 1;
            values[valuesById[2] = "UINT32"] = 2;
            return values;
        })();

        v1.Tensor = (function() {

            /**
             * Properties of a Tensor.
             * @typedef {Object} conclave.v1.Tensor.$Properties
             * @property {string|null} [name] Tensor name
             * @property {Array.<number>|null} [shape] Tensor shape
             * @property {conclave.v1.DType|null} [dtype] Tensor dtype
             * @property {Uint8Array|null} [data] Tensor data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tensor.
             * @memberof conclave.v1
             * @interface ITensor
             * @augments conclave.v1.Tensor.$Properties
             * @deprecated Use conclave.v1.Tensor.$Properties instead.
             */

            /**
             * Shape of a Tensor.
             * @typedef {conclave.v1.Tensor.$Properties} conclave.v1.Tensor.$Shape
             */

            /**
             * Constructs a new Tensor.
             * @memberof conclave.v1
             * @classdesc Represents a Tensor.
             * @constructor
             * @param {conclave.v1.Tensor.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.Tensor
             * @instance
             */
            Tensor.prototype.name = "";

            /**
             * Tensor shape.
             * @member {Array.<number>} shape
             * @memberof conclave.v1.Tensor
             * @instance
             */
            Tensor.prototype.shape = $util.emptyArray;

            /**
             * Tensor dtype.
             * @member {conclave.v1.DType} dtype
             * @memberof conclave.v1.Tensor
             * @instance
             */
            Tensor.prototype.dtype = 0;

            /**
             * Tensor data.
             * @member {Uint8Array} data
             * @memberof conclave.v1.Tensor
             * @instance
             */
            Tensor.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Tensor instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Tensor
             * @static
             * @param {conclave.v1.Tensor.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Tensor} Tensor instance
             * @type {{
             *   (properties: conclave.v1.Tensor.$Shape): conclave.v1.Tensor & conclave.v1.Tensor.$Shape;
             *   (properties?: conclave.v1.Tensor.$Properties): conclave.v1.Tensor;
             * }}
             */
            Tensor.create = function(properties) {
                return new Tensor(properties);
            };

            /**
             * Encodes the specified Tensor message. Does not implicitly {@link conclave.v1.Tensor.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Tensor
             * @static
             * @param {conclave.v1.Tensor.$Properties} message Tensor message or plain object to encode
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
             * @memberof conclave.v1.Tensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Tensor & conclave.v1.Tensor.$Shape} Tensor
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
                message = _target || new $root.conclave.v1.Tensor();
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
             * @memberof conclave.v1.Tensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Tensor";
            };

            return Tensor;
        })();

        v1.Join = (function() {

            /**
             * Properties of a Join.
             * @typedef {Object} conclave.v1.Join.$Properties
             * @property {number|null} [protocolVersion] Join protocolVersion
             * @property {string|null} [workerName] Join workerName
             * @property {Array.<string>|null} [capabilities] Join capabilities
             * @property {string|null} [backend] Join backend
             * @property {number|null} [numExamples] Join numExamples
             * @property {string|null} [task] Join task
             * @property {Uint8Array|null} [identityKey] Join identityKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Join.
             * @memberof conclave.v1
             * @interface IJoin
             * @augments conclave.v1.Join.$Properties
             * @deprecated Use conclave.v1.Join.$Properties instead.
             */

            /**
             * Shape of a Join.
             * @typedef {conclave.v1.Join.$Properties} conclave.v1.Join.$Shape
             */

            /**
             * Constructs a new Join.
             * @memberof conclave.v1
             * @classdesc Represents a Join.
             * @constructor
             * @param {conclave.v1.Join.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.Join
             * @instance
             */
            Join.prototype.protocolVersion = 0;

            /**
             * Join workerName.
             * @member {string} workerName
             * @memberof conclave.v1.Join
             * @instance
             */
            Join.prototype.workerName = "";

            /**
             * Join capabilities.
             * @member {Array.<string>} capabilities
             * @memberof conclave.v1.Join
             * @instance
             */
            Join.prototype.capabilities = $util.emptyArray;

            /**
             * Join backend.
             * @member {string} backend
             * @memberof conclave.v1.Join
             * @instance
             */
            Join.prototype.backend = "";

            /**
             * Join numExamples.
             * @member {number} numExamples
             * @memberof conclave.v1.Join
             * @instance
             */
            Join.prototype.numExamples = 0;

            /**
             * Join task.
             * @member {string} task
             * @memberof conclave.v1.Join
             * @instance
             */
            Join.prototype.task = "";

            /**
             * Join identityKey.
             * @member {Uint8Array} identityKey
             * @memberof conclave.v1.Join
             * @instance
             */
            Join.prototype.identityKey = $util.newBuffer([]);

            /**
             * Creates a new Join instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Join
             * @static
             * @param {conclave.v1.Join.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Join} Join instance
             * @type {{
             *   (properties: conclave.v1.Join.$Shape): conclave.v1.Join & conclave.v1.Join.$Shape;
             *   (properties?: conclave.v1.Join.$Properties): conclave.v1.Join;
             * }}
             */
            Join.create = function(properties) {
                return new Join(properties);
            };

            /**
             * Encodes the specified Join message. Does not implicitly {@link conclave.v1.Join.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Join
             * @static
             * @param {conclave.v1.Join.$Properties} message Join message or plain object to encode
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Join message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.Join
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Join & conclave.v1.Join.$Shape} Join
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
                message = _target || new $root.conclave.v1.Join();
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
             * @memberof conclave.v1.Join
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Join.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Join";
            };

            return Join;
        })();

        v1.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} conclave.v1.Welcome.$Properties
             * @property {number|null} [protocolVersion] Welcome protocolVersion
             * @property {string|null} [workerId] Welcome workerId
             * @property {string|null} [runId] Welcome runId
             * @property {string|null} [task] Welcome task
             * @property {number|null} [maxMessageBytes] Welcome maxMessageBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof conclave.v1
             * @interface IWelcome
             * @augments conclave.v1.Welcome.$Properties
             * @deprecated Use conclave.v1.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {conclave.v1.Welcome.$Properties} conclave.v1.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof conclave.v1
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {conclave.v1.Welcome.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.Welcome
             * @instance
             */
            Welcome.prototype.protocolVersion = 0;

            /**
             * Welcome workerId.
             * @member {string} workerId
             * @memberof conclave.v1.Welcome
             * @instance
             */
            Welcome.prototype.workerId = "";

            /**
             * Welcome runId.
             * @member {string} runId
             * @memberof conclave.v1.Welcome
             * @instance
             */
            Welcome.prototype.runId = "";

            /**
             * Welcome task.
             * @member {string} task
             * @memberof conclave.v1.Welcome
             * @instance
             */
            Welcome.prototype.task = "";

            /**
             * Welcome maxMessageBytes.
             * @member {number} maxMessageBytes
             * @memberof conclave.v1.Welcome
             * @instance
             */
            Welcome.prototype.maxMessageBytes = 0;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Welcome
             * @static
             * @param {conclave.v1.Welcome.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Welcome} Welcome instance
             * @type {{
             *   (properties: conclave.v1.Welcome.$Shape): conclave.v1.Welcome & conclave.v1.Welcome.$Shape;
             *   (properties?: conclave.v1.Welcome.$Properties): conclave.v1.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link conclave.v1.Welcome.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Welcome
             * @static
             * @param {conclave.v1.Welcome.$Properties} message Welcome message or plain object to encode
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Welcome & conclave.v1.Welcome.$Shape} Welcome
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
                message = _target || new $root.conclave.v1.Welcome();
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
             * @memberof conclave.v1.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Welcome";
            };

            return Welcome;
        })();

        v1.TrainConfig = (function() {

            /**
             * Properties of a TrainConfig.
             * @typedef {Object} conclave.v1.TrainConfig.$Properties
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
             * @memberof conclave.v1
             * @interface ITrainConfig
             * @augments conclave.v1.TrainConfig.$Properties
             * @deprecated Use conclave.v1.TrainConfig.$Properties instead.
             */

            /**
             * Shape of a TrainConfig.
             * @typedef {conclave.v1.TrainConfig.$Properties} conclave.v1.TrainConfig.$Shape
             */

            /**
             * Constructs a new TrainConfig.
             * @memberof conclave.v1
             * @classdesc Represents a TrainConfig.
             * @constructor
             * @param {conclave.v1.TrainConfig.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.optimizer = "";

            /**
             * TrainConfig learningRate.
             * @member {number} learningRate
             * @memberof conclave.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.learningRate = 0;

            /**
             * TrainConfig batchSize.
             * @member {number} batchSize
             * @memberof conclave.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.batchSize = 0;

            /**
             * TrainConfig localEpochs.
             * @member {number} localEpochs
             * @memberof conclave.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.localEpochs = 0;

            /**
             * TrainConfig seed.
             * @member {number} seed
             * @memberof conclave.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.seed = 0;

            /**
             * TrainConfig proximalMu.
             * @member {number} proximalMu
             * @memberof conclave.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.proximalMu = 0;

            /**
             * Creates a new TrainConfig instance using the specified properties.
             * @function create
             * @memberof conclave.v1.TrainConfig
             * @static
             * @param {conclave.v1.TrainConfig.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.TrainConfig} TrainConfig instance
             * @type {{
             *   (properties: conclave.v1.TrainConfig.$Shape): conclave.v1.TrainConfig & conclave.v1.TrainConfig.$Shape;
             *   (properties?: conclave.v1.TrainConfig.$Properties): conclave.v1.TrainConfig;
             * }}
             */
            TrainConfig.create = function(properties) {
                return new TrainConfig(properties);
            };

            /**
             * Encodes the specified TrainConfig message. Does not implicitly {@link conclave.v1.TrainConfig.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.TrainConfig
             * @static
             * @param {conclave.v1.TrainConfig.$Properties} message TrainConfig message or plain object to encode
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
             * @memberof conclave.v1.TrainConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.TrainConfig & conclave.v1.TrainConfig.$Shape} TrainConfig
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
                message = _target || new $root.conclave.v1.TrainConfig();
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
             * @memberof conclave.v1.TrainConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.TrainConfig";
            };

            return TrainConfig;
        })();

        v1.Protection = (function() {

            /**
             * Properties of a Protection.
             * @typedef {Object} conclave.v1.Protection.$Properties
             * @property {string|null} [secureAggregation] Protection secureAggregation
             * @property {number|null} [clipNorm] Protection clipNorm
             * @property {string|null} [dpMode] Protection dpMode
             * @property {number|null} [noiseStd] Protection noiseStd
             * @property {number|null} [ringNoiseSigma2] Protection ringNoiseSigma2
             * @property {number|null} [clipRange] Protection clipRange
             * @property {number|null} [scale] Protection scale
             * @property {boolean|null} [weighted] Protection weighted
             * @property {number|null} [maxExamples] Protection maxExamples
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Protection.
             * @memberof conclave.v1
             * @interface IProtection
             * @augments conclave.v1.Protection.$Properties
             * @deprecated Use conclave.v1.Protection.$Properties instead.
             */

            /**
             * Shape of a Protection.
             * @typedef {conclave.v1.Protection.$Properties} conclave.v1.Protection.$Shape
             */

            /**
             * Constructs a new Protection.
             * @memberof conclave.v1
             * @classdesc Represents a Protection.
             * @constructor
             * @param {conclave.v1.Protection.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.secureAggregation = "";

            /**
             * Protection clipNorm.
             * @member {number} clipNorm
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.clipNorm = 0;

            /**
             * Protection dpMode.
             * @member {string} dpMode
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.dpMode = "";

            /**
             * Protection noiseStd.
             * @member {number} noiseStd
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.noiseStd = 0;

            /**
             * Protection ringNoiseSigma2.
             * @member {number} ringNoiseSigma2
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.ringNoiseSigma2 = 0;

            /**
             * Protection clipRange.
             * @member {number} clipRange
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.clipRange = 0;

            /**
             * Protection scale.
             * @member {number} scale
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.scale = 0;

            /**
             * Protection weighted.
             * @member {boolean} weighted
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.weighted = false;

            /**
             * Protection maxExamples.
             * @member {number} maxExamples
             * @memberof conclave.v1.Protection
             * @instance
             */
            Protection.prototype.maxExamples = 0;

            /**
             * Creates a new Protection instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Protection
             * @static
             * @param {conclave.v1.Protection.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Protection} Protection instance
             * @type {{
             *   (properties: conclave.v1.Protection.$Shape): conclave.v1.Protection & conclave.v1.Protection.$Shape;
             *   (properties?: conclave.v1.Protection.$Properties): conclave.v1.Protection;
             * }}
             */
            Protection.create = function(properties) {
                return new Protection(properties);
            };

            /**
             * Encodes the specified Protection message. Does not implicitly {@link conclave.v1.Protection.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Protection
             * @static
             * @param {conclave.v1.Protection.$Properties} message Protection message or plain object to encode
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Protection message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.Protection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Protection & conclave.v1.Protection.$Shape} Protection
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
                message = _target || new $root.conclave.v1.Protection();
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
             * @memberof conclave.v1.Protection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Protection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Protection";
            };

            return Protection;
        })();

        v1.Standardisation = (function() {

            /**
             * Properties of a Standardisation.
             * @typedef {Object} conclave.v1.Standardisation.$Properties
             * @property {Array.<number>|null} [mean] Standardisation mean
             * @property {Array.<number>|null} [std] Standardisation std
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Standardisation.
             * @memberof conclave.v1
             * @interface IStandardisation
             * @augments conclave.v1.Standardisation.$Properties
             * @deprecated Use conclave.v1.Standardisation.$Properties instead.
             */

            /**
             * Shape of a Standardisation.
             * @typedef {conclave.v1.Standardisation.$Properties} conclave.v1.Standardisation.$Shape
             */

            /**
             * Constructs a new Standardisation.
             * @memberof conclave.v1
             * @classdesc Represents a Standardisation.
             * @constructor
             * @param {conclave.v1.Standardisation.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.Standardisation
             * @instance
             */
            Standardisation.prototype.mean = $util.emptyArray;

            /**
             * Standardisation std.
             * @member {Array.<number>} std
             * @memberof conclave.v1.Standardisation
             * @instance
             */
            Standardisation.prototype.std = $util.emptyArray;

            /**
             * Creates a new Standardisation instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Standardisation
             * @static
             * @param {conclave.v1.Standardisation.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Standardisation} Standardisation instance
             * @type {{
             *   (properties: conclave.v1.Standardisation.$Shape): conclave.v1.Standardisation & conclave.v1.Standardisation.$Shape;
             *   (properties?: conclave.v1.Standardisation.$Properties): conclave.v1.Standardisation;
             * }}
             */
            Standardisation.create = function(properties) {
                return new Standardisation(properties);
            };

            /**
             * Encodes the specified Standardisation message. Does not implicitly {@link conclave.v1.Standardisation.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Standardisation
             * @static
             * @param {conclave.v1.Standardisation.$Properties} message Standardisation message or plain object to encode
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
             * @memberof conclave.v1.Standardisation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Standardisation & conclave.v1.Standardisation.$Shape} Standardisation
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
                message = _target || new $root.conclave.v1.Standardisation();
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
             * @memberof conclave.v1.Standardisation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Standardisation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Standardisation";
            };

            return Standardisation;
        })();

        v1.RoundStart = (function() {

            /**
             * Properties of a RoundStart.
             * @typedef {Object} conclave.v1.RoundStart.$Properties
             * @property {Array.<conclave.v1.Tensor.$Properties>|null} [weights] RoundStart weights
             * @property {conclave.v1.TrainConfig.$Properties|null} [train] RoundStart train
             * @property {conclave.v1.Protection.$Properties|null} [protection] RoundStart protection
             * @property {number|null} [deadlineMs] RoundStart deadlineMs
             * @property {conclave.v1.Standardisation.$Properties|null} [standardisation] RoundStart standardisation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoundStart.
             * @memberof conclave.v1
             * @interface IRoundStart
             * @augments conclave.v1.RoundStart.$Properties
             * @deprecated Use conclave.v1.RoundStart.$Properties instead.
             */

            /**
             * Shape of a RoundStart.
             * @typedef {conclave.v1.RoundStart.$Properties} conclave.v1.RoundStart.$Shape
             */

            /**
             * Constructs a new RoundStart.
             * @memberof conclave.v1
             * @classdesc Represents a RoundStart.
             * @constructor
             * @param {conclave.v1.RoundStart.$Properties=} [properties] Properties to set
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
             * @member {Array.<conclave.v1.Tensor.$Properties>} weights
             * @memberof conclave.v1.RoundStart
             * @instance
             */
            RoundStart.prototype.weights = $util.emptyArray;

            /**
             * RoundStart train.
             * @member {conclave.v1.TrainConfig.$Properties|null|undefined} train
             * @memberof conclave.v1.RoundStart
             * @instance
             */
            RoundStart.prototype.train = null;

            /**
             * RoundStart protection.
             * @member {conclave.v1.Protection.$Properties|null|undefined} protection
             * @memberof conclave.v1.RoundStart
             * @instance
             */
            RoundStart.prototype.protection = null;

            /**
             * RoundStart deadlineMs.
             * @member {number} deadlineMs
             * @memberof conclave.v1.RoundStart
             * @instance
             */
            RoundStart.prototype.deadlineMs = 0;

            /**
             * RoundStart standardisation.
             * @member {conclave.v1.Standardisation.$Properties|null|undefined} standardisation
             * @memberof conclave.v1.RoundStart
             * @instance
             */
            RoundStart.prototype.standardisation = null;

            /**
             * Creates a new RoundStart instance using the specified properties.
             * @function create
             * @memberof conclave.v1.RoundStart
             * @static
             * @param {conclave.v1.RoundStart.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.RoundStart} RoundStart instance
             * @type {{
             *   (properties: conclave.v1.RoundStart.$Shape): conclave.v1.RoundStart & conclave.v1.RoundStart.$Shape;
             *   (properties?: conclave.v1.RoundStart.$Properties): conclave.v1.RoundStart;
             * }}
             */
            RoundStart.create = function(properties) {
                return new RoundStart(properties);
            };

            /**
             * Encodes the specified RoundStart message. Does not implicitly {@link conclave.v1.RoundStart.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.RoundStart
             * @static
             * @param {conclave.v1.RoundStart.$Properties} message RoundStart message or plain object to encode
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
                        $root.conclave.v1.Tensor.encode(message.weights[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.train != null && $Object.hasOwnProperty.call(message, "train"))
                    $root.conclave.v1.TrainConfig.encode(message.train, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.protection != null && $Object.hasOwnProperty.call(message, "protection"))
                    $root.conclave.v1.Protection.encode(message.protection, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && message.deadlineMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deadlineMs);
                if (message.standardisation != null && $Object.hasOwnProperty.call(message, "standardisation"))
                    $root.conclave.v1.Standardisation.encode(message.standardisation, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RoundStart message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.RoundStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.RoundStart & conclave.v1.RoundStart.$Shape} RoundStart
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
                message = _target || new $root.conclave.v1.RoundStart();
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
                            message.weights.push($root.conclave.v1.Tensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.train = $root.conclave.v1.TrainConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.train);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.protection = $root.conclave.v1.Protection.decode(reader, reader.size(), $undefined, _depth + 1, message.protection);
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
                            message.standardisation = $root.conclave.v1.Standardisation.decode(reader, reader.size(), $undefined, _depth + 1, message.standardisation);
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
             * @memberof conclave.v1.RoundStart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoundStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.RoundStart";
            };

            return RoundStart;
        })();

        v1.StatsRequest = (function() {

            /**
             * Properties of a StatsRequest.
             * @typedef {Object} conclave.v1.StatsRequest.$Properties
             * @property {conclave.v1.Protection.$Properties|null} [protection] StatsRequest protection
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsRequest.
             * @memberof conclave.v1
             * @interface IStatsRequest
             * @augments conclave.v1.StatsRequest.$Properties
             * @deprecated Use conclave.v1.StatsRequest.$Properties instead.
             */

            /**
             * Shape of a StatsRequest.
             * @typedef {conclave.v1.StatsRequest.$Properties} conclave.v1.StatsRequest.$Shape
             */

            /**
             * Constructs a new StatsRequest.
             * @memberof conclave.v1
             * @classdesc Represents a StatsRequest.
             * @constructor
             * @param {conclave.v1.StatsRequest.$Properties=} [properties] Properties to set
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
             * @member {conclave.v1.Protection.$Properties|null|undefined} protection
             * @memberof conclave.v1.StatsRequest
             * @instance
             */
            StatsRequest.prototype.protection = null;

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v1.StatsRequest
             * @static
             * @param {conclave.v1.StatsRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.StatsRequest} StatsRequest instance
             * @type {{
             *   (properties: conclave.v1.StatsRequest.$Shape): conclave.v1.StatsRequest & conclave.v1.StatsRequest.$Shape;
             *   (properties?: conclave.v1.StatsRequest.$Properties): conclave.v1.StatsRequest;
             * }}
             */
            StatsRequest.create = function(properties) {
                return new StatsRequest(properties);
            };

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link conclave.v1.StatsRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.StatsRequest
             * @static
             * @param {conclave.v1.StatsRequest.$Properties} message StatsRequest message or plain object to encode
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
                    $root.conclave.v1.Protection.encode(message.protection, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.StatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.StatsRequest & conclave.v1.StatsRequest.$Shape} StatsRequest
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
                message = _target || new $root.conclave.v1.StatsRequest();
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
                            message.protection = $root.conclave.v1.Protection.decode(reader, reader.size(), $undefined, _depth + 1, message.protection);
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
             * @memberof conclave.v1.StatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.StatsRequest";
            };

            return StatsRequest;
        })();

        v1.StatsResult = (function() {

            /**
             * Properties of a StatsResult.
             * @typedef {Object} conclave.v1.StatsResult.$Properties
             * @property {Array.<number>|null} [values] StatsResult values
             * @property {number|null} [numExamples] StatsResult numExamples
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsResult.
             * @memberof conclave.v1
             * @interface IStatsResult
             * @augments conclave.v1.StatsResult.$Properties
             * @deprecated Use conclave.v1.StatsResult.$Properties instead.
             */

            /**
             * Shape of a StatsResult.
             * @typedef {conclave.v1.StatsResult.$Properties} conclave.v1.StatsResult.$Shape
             */

            /**
             * Constructs a new StatsResult.
             * @memberof conclave.v1
             * @classdesc Represents a StatsResult.
             * @constructor
             * @param {conclave.v1.StatsResult.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.StatsResult
             * @instance
             */
            StatsResult.prototype.values = $util.emptyArray;

            /**
             * StatsResult numExamples.
             * @member {number} numExamples
             * @memberof conclave.v1.StatsResult
             * @instance
             */
            StatsResult.prototype.numExamples = 0;

            /**
             * Creates a new StatsResult instance using the specified properties.
             * @function create
             * @memberof conclave.v1.StatsResult
             * @static
             * @param {conclave.v1.StatsResult.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.StatsResult} StatsResult instance
             * @type {{
             *   (properties: conclave.v1.StatsResult.$Shape): conclave.v1.StatsResult & conclave.v1.StatsResult.$Shape;
             *   (properties?: conclave.v1.StatsResult.$Properties): conclave.v1.StatsResult;
             * }}
             */
            StatsResult.create = function(properties) {
                return new StatsResult(properties);
            };

            /**
             * Encodes the specified StatsResult message. Does not implicitly {@link conclave.v1.StatsResult.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.StatsResult
             * @static
             * @param {conclave.v1.StatsResult.$Properties} message StatsResult message or plain object to encode
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
             * @memberof conclave.v1.StatsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.StatsResult & conclave.v1.StatsResult.$Shape} StatsResult
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
                message = _target || new $root.conclave.v1.StatsResult();
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
             * @memberof conclave.v1.StatsResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatsResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.StatsResult";
            };

            return StatsResult;
        })();

        v1.TrainResult = (function() {

            /**
             * Properties of a TrainResult.
             * @typedef {Object} conclave.v1.TrainResult.$Properties
             * @property {Array.<conclave.v1.Tensor.$Properties>|null} [update] TrainResult update
             * @property {number|null} [numExamples] TrainResult numExamples
             * @property {Object.<string,number>|null} [metrics] TrainResult metrics
             * @property {number|null} [trainSeconds] TrainResult trainSeconds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrainResult.
             * @memberof conclave.v1
             * @interface ITrainResult
             * @augments conclave.v1.TrainResult.$Properties
             * @deprecated Use conclave.v1.TrainResult.$Properties instead.
             */

            /**
             * Shape of a TrainResult.
             * @typedef {conclave.v1.TrainResult.$Properties} conclave.v1.TrainResult.$Shape
             */

            /**
             * Constructs a new TrainResult.
             * @memberof conclave.v1
             * @classdesc Represents a TrainResult.
             * @constructor
             * @param {conclave.v1.TrainResult.$Properties=} [properties] Properties to set
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
             * @member {Array.<conclave.v1.Tensor.$Properties>} update
             * @memberof conclave.v1.TrainResult
             * @instance
             */
            TrainResult.prototype.update = $util.emptyArray;

            /**
             * TrainResult numExamples.
             * @member {number} numExamples
             * @memberof conclave.v1.TrainResult
             * @instance
             */
            TrainResult.prototype.numExamples = 0;

            /**
             * TrainResult metrics.
             * @member {Object.<string,number>} metrics
             * @memberof conclave.v1.TrainResult
             * @instance
             */
            TrainResult.prototype.metrics = $util.emptyObject;

            /**
             * TrainResult trainSeconds.
             * @member {number} trainSeconds
             * @memberof conclave.v1.TrainResult
             * @instance
             */
            TrainResult.prototype.trainSeconds = 0;

            /**
             * Creates a new TrainResult instance using the specified properties.
             * @function create
             * @memberof conclave.v1.TrainResult
             * @static
             * @param {conclave.v1.TrainResult.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.TrainResult} TrainResult instance
             * @type {{
             *   (properties: conclave.v1.TrainResult.$Shape): conclave.v1.TrainResult & conclave.v1.TrainResult.$Shape;
             *   (properties?: conclave.v1.TrainResult.$Properties): conclave.v1.TrainResult;
             * }}
             */
            TrainResult.create = function(properties) {
                return new TrainResult(properties);
            };

            /**
             * Encodes the specified TrainResult message. Does not implicitly {@link conclave.v1.TrainResult.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.TrainResult
             * @static
             * @param {conclave.v1.TrainResult.$Properties} message TrainResult message or plain object to encode
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
                        $root.conclave.v1.Tensor.encode(message.update[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.numExamples != null && $Object.hasOwnProperty.call(message, "numExamples") && message.numExamples !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.numExamples);
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                    for (var keys = $Object.keys(message.metrics), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.metrics[keys[i]]).ldelim();
                if (message.trainSeconds != null && $Object.hasOwnProperty.call(message, "trainSeconds") && !$Object.is(message.trainSeconds, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.trainSeconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TrainResult message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.TrainResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.TrainResult & conclave.v1.TrainResult.$Shape} TrainResult
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
                message = _target || new $root.conclave.v1.TrainResult();
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
                            message.update.push($root.conclave.v1.Tensor.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * @memberof conclave.v1.TrainResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.TrainResult";
            };

            return TrainResult;
        })();

        v1.EvaluateRequest = (function() {

            /**
             * Properties of an EvaluateRequest.
             * @typedef {Object} conclave.v1.EvaluateRequest.$Properties
             * @property {Array.<conclave.v1.Tensor.$Properties>|null} [weights] EvaluateRequest weights
             * @property {conclave.v1.Standardisation.$Properties|null} [standardisation] EvaluateRequest standardisation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvaluateRequest.
             * @memberof conclave.v1
             * @interface IEvaluateRequest
             * @augments conclave.v1.EvaluateRequest.$Properties
             * @deprecated Use conclave.v1.EvaluateRequest.$Properties instead.
             */

            /**
             * Shape of an EvaluateRequest.
             * @typedef {conclave.v1.EvaluateRequest.$Properties} conclave.v1.EvaluateRequest.$Shape
             */

            /**
             * Constructs a new EvaluateRequest.
             * @memberof conclave.v1
             * @classdesc Represents an EvaluateRequest.
             * @constructor
             * @param {conclave.v1.EvaluateRequest.$Properties=} [properties] Properties to set
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
             * @member {Array.<conclave.v1.Tensor.$Properties>} weights
             * @memberof conclave.v1.EvaluateRequest
             * @instance
             */
            EvaluateRequest.prototype.weights = $util.emptyArray;

            /**
             * EvaluateRequest standardisation.
             * @member {conclave.v1.Standardisation.$Properties|null|undefined} standardisation
             * @memberof conclave.v1.EvaluateRequest
             * @instance
             */
            EvaluateRequest.prototype.standardisation = null;

            /**
             * Creates a new EvaluateRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v1.EvaluateRequest
             * @static
             * @param {conclave.v1.EvaluateRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.EvaluateRequest} EvaluateRequest instance
             * @type {{
             *   (properties: conclave.v1.EvaluateRequest.$Shape): conclave.v1.EvaluateRequest & conclave.v1.EvaluateRequest.$Shape;
             *   (properties?: conclave.v1.EvaluateRequest.$Properties): conclave.v1.EvaluateRequest;
             * }}
             */
            EvaluateRequest.create = function(properties) {
                return new EvaluateRequest(properties);
            };

            /**
             * Encodes the specified EvaluateRequest message. Does not implicitly {@link conclave.v1.EvaluateRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.EvaluateRequest
             * @static
             * @param {conclave.v1.EvaluateRequest.$Properties} message EvaluateRequest message or plain object to encode
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
                        $root.conclave.v1.Tensor.encode(message.weights[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.standardisation != null && $Object.hasOwnProperty.call(message, "standardisation"))
                    $root.conclave.v1.Standardisation.encode(message.standardisation, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EvaluateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.EvaluateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.EvaluateRequest & conclave.v1.EvaluateRequest.$Shape} EvaluateRequest
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
                message = _target || new $root.conclave.v1.EvaluateRequest();
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
                            message.weights.push($root.conclave.v1.Tensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.standardisation = $root.conclave.v1.Standardisation.decode(reader, reader.size(), $undefined, _depth + 1, message.standardisation);
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
             * @memberof conclave.v1.EvaluateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvaluateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.EvaluateRequest";
            };

            return EvaluateRequest;
        })();

        v1.EvaluateResult = (function() {

            /**
             * Properties of an EvaluateResult.
             * @typedef {Object} conclave.v1.EvaluateResult.$Properties
             * @property {number|null} [numExamples] EvaluateResult numExamples
             * @property {number|null} [loss] EvaluateResult loss
             * @property {Object.<string,number>|null} [metrics] EvaluateResult metrics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvaluateResult.
             * @memberof conclave.v1
             * @interface IEvaluateResult
             * @augments conclave.v1.EvaluateResult.$Properties
             * @deprecated Use conclave.v1.EvaluateResult.$Properties instead.
             */

            /**
             * Shape of an EvaluateResult.
             * @typedef {conclave.v1.EvaluateResult.$Properties} conclave.v1.EvaluateResult.$Shape
             */

            /**
             * Constructs a new EvaluateResult.
             * @memberof conclave.v1
             * @classdesc Represents an EvaluateResult.
             * @constructor
             * @param {conclave.v1.EvaluateResult.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.numExamples = 0;

            /**
             * EvaluateResult loss.
             * @member {number} loss
             * @memberof conclave.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.loss = 0;

            /**
             * EvaluateResult metrics.
             * @member {Object.<string,number>} metrics
             * @memberof conclave.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.metrics = $util.emptyObject;

            /**
             * Creates a new EvaluateResult instance using the specified properties.
             * @function create
             * @memberof conclave.v1.EvaluateResult
             * @static
             * @param {conclave.v1.EvaluateResult.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.EvaluateResult} EvaluateResult instance
             * @type {{
             *   (properties: conclave.v1.EvaluateResult.$Shape): conclave.v1.EvaluateResult & conclave.v1.EvaluateResult.$Shape;
             *   (properties?: conclave.v1.EvaluateResult.$Properties): conclave.v1.EvaluateResult;
             * }}
             */
            EvaluateResult.create = function(properties) {
                return new EvaluateResult(properties);
            };

            /**
             * Encodes the specified EvaluateResult message. Does not implicitly {@link conclave.v1.EvaluateResult.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.EvaluateResult
             * @static
             * @param {conclave.v1.EvaluateResult.$Properties} message EvaluateResult message or plain object to encode
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
             * @memberof conclave.v1.EvaluateResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.EvaluateResult & conclave.v1.EvaluateResult.$Shape} EvaluateResult
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
                message = _target || new $root.conclave.v1.EvaluateResult();
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
             * @memberof conclave.v1.EvaluateResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvaluateResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.EvaluateResult";
            };

            return EvaluateResult;
        })();

        /**
         * ErrorCode enum.
         * @name conclave.v1.ErrorCode
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
         */
        v1.ErrorCode = (function() {
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
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} conclave.v1.Error.$Properties
             * @property {conclave.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof conclave.v1
             * @interface IError
             * @augments conclave.v1.Error.$Properties
             * @deprecated Use conclave.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {conclave.v1.Error.$Properties} conclave.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof conclave.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {conclave.v1.Error.$Properties=} [properties] Properties to set
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
             * @member {conclave.v1.ErrorCode} code
             * @memberof conclave.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof conclave.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Error
             * @static
             * @param {conclave.v1.Error.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Error} Error instance
             * @type {{
             *   (properties: conclave.v1.Error.$Shape): conclave.v1.Error & conclave.v1.Error.$Shape;
             *   (properties?: conclave.v1.Error.$Properties): conclave.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link conclave.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Error
             * @static
             * @param {conclave.v1.Error.$Properties} message Error message or plain object to encode
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
             * @memberof conclave.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Error & conclave.v1.Error.$Shape} Error
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
                message = _target || new $root.conclave.v1.Error();
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
             * @memberof conclave.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Error";
            };

            return Error;
        })();

        v1.Bye = (function() {

            /**
             * Properties of a Bye.
             * @typedef {Object} conclave.v1.Bye.$Properties
             * @property {string|null} [reason] Bye reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Bye.
             * @memberof conclave.v1
             * @interface IBye
             * @augments conclave.v1.Bye.$Properties
             * @deprecated Use conclave.v1.Bye.$Properties instead.
             */

            /**
             * Shape of a Bye.
             * @typedef {conclave.v1.Bye.$Properties} conclave.v1.Bye.$Shape
             */

            /**
             * Constructs a new Bye.
             * @memberof conclave.v1
             * @classdesc Represents a Bye.
             * @constructor
             * @param {conclave.v1.Bye.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.Bye
             * @instance
             */
            Bye.prototype.reason = "";

            /**
             * Creates a new Bye instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Bye
             * @static
             * @param {conclave.v1.Bye.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Bye} Bye instance
             * @type {{
             *   (properties: conclave.v1.Bye.$Shape): conclave.v1.Bye & conclave.v1.Bye.$Shape;
             *   (properties?: conclave.v1.Bye.$Properties): conclave.v1.Bye;
             * }}
             */
            Bye.create = function(properties) {
                return new Bye(properties);
            };

            /**
             * Encodes the specified Bye message. Does not implicitly {@link conclave.v1.Bye.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Bye
             * @static
             * @param {conclave.v1.Bye.$Properties} message Bye message or plain object to encode
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Bye message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.Bye
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Bye & conclave.v1.Bye.$Shape} Bye
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
                message = _target || new $root.conclave.v1.Bye();
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
             * @memberof conclave.v1.Bye
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Bye.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Bye";
            };

            return Bye;
        })();

        v1.SecAggParticipant = (function() {

            /**
             * Properties of a SecAggParticipant.
             * @typedef {Object} conclave.v1.SecAggParticipant.$Properties
             * @property {number|null} [id] SecAggParticipant id
             * @property {Uint8Array|null} [identityKey] SecAggParticipant identityKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecAggParticipant.
             * @memberof conclave.v1
             * @interface ISecAggParticipant
             * @augments conclave.v1.SecAggParticipant.$Properties
             * @deprecated Use conclave.v1.SecAggParticipant.$Properties instead.
             */

            /**
             * Shape of a SecAggParticipant.
             * @typedef {conclave.v1.SecAggParticipant.$Properties} conclave.v1.SecAggParticipant.$Shape
             */

            /**
             * Constructs a new SecAggParticipant.
             * @memberof conclave.v1
             * @classdesc Represents a SecAggParticipant.
             * @constructor
             * @param {conclave.v1.SecAggParticipant.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SecAggParticipant = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecAggParticipant id.
             * @member {number} id
             * @memberof conclave.v1.SecAggParticipant
             * @instance
             */
            SecAggParticipant.prototype.id = 0;

            /**
             * SecAggParticipant identityKey.
             * @member {Uint8Array} identityKey
             * @memberof conclave.v1.SecAggParticipant
             * @instance
             */
            SecAggParticipant.prototype.identityKey = $util.newBuffer([]);

            /**
             * Creates a new SecAggParticipant instance using the specified properties.
             * @function create
             * @memberof conclave.v1.SecAggParticipant
             * @static
             * @param {conclave.v1.SecAggParticipant.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.SecAggParticipant} SecAggParticipant instance
             * @type {{
             *   (properties: conclave.v1.SecAggParticipant.$Shape): conclave.v1.SecAggParticipant & conclave.v1.SecAggParticipant.$Shape;
             *   (properties?: conclave.v1.SecAggParticipant.$Properties): conclave.v1.SecAggParticipant;
             * }}
             */
            SecAggParticipant.create = function(properties) {
                return new SecAggParticipant(properties);
            };

            /**
             * Encodes the specified SecAggParticipant message. Does not implicitly {@link conclave.v1.SecAggParticipant.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.SecAggParticipant
             * @static
             * @param {conclave.v1.SecAggParticipant.$Properties} message SecAggParticipant message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecAggParticipant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey") && message.identityKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.identityKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecAggParticipant message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.SecAggParticipant
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.SecAggParticipant & conclave.v1.SecAggParticipant.$Shape} SecAggParticipant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecAggParticipant.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.conclave.v1.SecAggParticipant();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.identityKey = value;
                            else
                                delete message.identityKey;
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
             * Gets the type url for SecAggParticipant
             * @function getTypeUrl
             * @memberof conclave.v1.SecAggParticipant
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecAggParticipant.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.SecAggParticipant";
            };

            return SecAggParticipant;
        })();

        v1.KeyAdvertisement = (function() {

            /**
             * Properties of a KeyAdvertisement.
             * @typedef {Object} conclave.v1.KeyAdvertisement.$Properties
             * @property {number|null} [sender] KeyAdvertisement sender
             * @property {Uint8Array|null} [encryptionPublicKey] KeyAdvertisement encryptionPublicKey
             * @property {Uint8Array|null} [maskPublicKey] KeyAdvertisement maskPublicKey
             * @property {Uint8Array|null} [signature] KeyAdvertisement signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyAdvertisement.
             * @memberof conclave.v1
             * @interface IKeyAdvertisement
             * @augments conclave.v1.KeyAdvertisement.$Properties
             * @deprecated Use conclave.v1.KeyAdvertisement.$Properties instead.
             */

            /**
             * Shape of a KeyAdvertisement.
             * @typedef {conclave.v1.KeyAdvertisement.$Properties} conclave.v1.KeyAdvertisement.$Shape
             */

            /**
             * Constructs a new KeyAdvertisement.
             * @memberof conclave.v1
             * @classdesc Represents a KeyAdvertisement.
             * @constructor
             * @param {conclave.v1.KeyAdvertisement.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.sender = 0;

            /**
             * KeyAdvertisement encryptionPublicKey.
             * @member {Uint8Array} encryptionPublicKey
             * @memberof conclave.v1.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.encryptionPublicKey = $util.newBuffer([]);

            /**
             * KeyAdvertisement maskPublicKey.
             * @member {Uint8Array} maskPublicKey
             * @memberof conclave.v1.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.maskPublicKey = $util.newBuffer([]);

            /**
             * KeyAdvertisement signature.
             * @member {Uint8Array} signature
             * @memberof conclave.v1.KeyAdvertisement
             * @instance
             */
            KeyAdvertisement.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new KeyAdvertisement instance using the specified properties.
             * @function create
             * @memberof conclave.v1.KeyAdvertisement
             * @static
             * @param {conclave.v1.KeyAdvertisement.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.KeyAdvertisement} KeyAdvertisement instance
             * @type {{
             *   (properties: conclave.v1.KeyAdvertisement.$Shape): conclave.v1.KeyAdvertisement & conclave.v1.KeyAdvertisement.$Shape;
             *   (properties?: conclave.v1.KeyAdvertisement.$Properties): conclave.v1.KeyAdvertisement;
             * }}
             */
            KeyAdvertisement.create = function(properties) {
                return new KeyAdvertisement(properties);
            };

            /**
             * Encodes the specified KeyAdvertisement message. Does not implicitly {@link conclave.v1.KeyAdvertisement.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.KeyAdvertisement
             * @static
             * @param {conclave.v1.KeyAdvertisement.$Properties} message KeyAdvertisement message or plain object to encode
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyAdvertisement message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.KeyAdvertisement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.KeyAdvertisement & conclave.v1.KeyAdvertisement.$Shape} KeyAdvertisement
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
                message = _target || new $root.conclave.v1.KeyAdvertisement();
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
             * @memberof conclave.v1.KeyAdvertisement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyAdvertisement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.KeyAdvertisement";
            };

            return KeyAdvertisement;
        })();

        v1.EncryptedShare = (function() {

            /**
             * Properties of an EncryptedShare.
             * @typedef {Object} conclave.v1.EncryptedShare.$Properties
             * @property {number|null} [sender] EncryptedShare sender
             * @property {number|null} [receiver] EncryptedShare receiver
             * @property {Uint8Array|null} [ciphertext] EncryptedShare ciphertext
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EncryptedShare.
             * @memberof conclave.v1
             * @interface IEncryptedShare
             * @augments conclave.v1.EncryptedShare.$Properties
             * @deprecated Use conclave.v1.EncryptedShare.$Properties instead.
             */

            /**
             * Shape of an EncryptedShare.
             * @typedef {conclave.v1.EncryptedShare.$Properties} conclave.v1.EncryptedShare.$Shape
             */

            /**
             * Constructs a new EncryptedShare.
             * @memberof conclave.v1
             * @classdesc Represents an EncryptedShare.
             * @constructor
             * @param {conclave.v1.EncryptedShare.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.EncryptedShare
             * @instance
             */
            EncryptedShare.prototype.sender = 0;

            /**
             * EncryptedShare receiver.
             * @member {number} receiver
             * @memberof conclave.v1.EncryptedShare
             * @instance
             */
            EncryptedShare.prototype.receiver = 0;

            /**
             * EncryptedShare ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof conclave.v1.EncryptedShare
             * @instance
             */
            EncryptedShare.prototype.ciphertext = $util.newBuffer([]);

            /**
             * Creates a new EncryptedShare instance using the specified properties.
             * @function create
             * @memberof conclave.v1.EncryptedShare
             * @static
             * @param {conclave.v1.EncryptedShare.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.EncryptedShare} EncryptedShare instance
             * @type {{
             *   (properties: conclave.v1.EncryptedShare.$Shape): conclave.v1.EncryptedShare & conclave.v1.EncryptedShare.$Shape;
             *   (properties?: conclave.v1.EncryptedShare.$Properties): conclave.v1.EncryptedShare;
             * }}
             */
            EncryptedShare.create = function(properties) {
                return new EncryptedShare(properties);
            };

            /**
             * Encodes the specified EncryptedShare message. Does not implicitly {@link conclave.v1.EncryptedShare.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.EncryptedShare
             * @static
             * @param {conclave.v1.EncryptedShare.$Properties} message EncryptedShare message or plain object to encode
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
             * @memberof conclave.v1.EncryptedShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.EncryptedShare & conclave.v1.EncryptedShare.$Shape} EncryptedShare
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
                message = _target || new $root.conclave.v1.EncryptedShare();
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
             * @memberof conclave.v1.EncryptedShare
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EncryptedShare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.EncryptedShare";
            };

            return EncryptedShare;
        })();

        v1.RevealedShare = (function() {

            /**
             * Properties of a RevealedShare.
             * @typedef {Object} conclave.v1.RevealedShare.$Properties
             * @property {number|null} [owner] RevealedShare owner
             * @property {Uint8Array|null} [share] RevealedShare share
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RevealedShare.
             * @memberof conclave.v1
             * @interface IRevealedShare
             * @augments conclave.v1.RevealedShare.$Properties
             * @deprecated Use conclave.v1.RevealedShare.$Properties instead.
             */

            /**
             * Shape of a RevealedShare.
             * @typedef {conclave.v1.RevealedShare.$Properties} conclave.v1.RevealedShare.$Shape
             */

            /**
             * Constructs a new RevealedShare.
             * @memberof conclave.v1
             * @classdesc Represents a RevealedShare.
             * @constructor
             * @param {conclave.v1.RevealedShare.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.RevealedShare
             * @instance
             */
            RevealedShare.prototype.owner = 0;

            /**
             * RevealedShare share.
             * @member {Uint8Array} share
             * @memberof conclave.v1.RevealedShare
             * @instance
             */
            RevealedShare.prototype.share = $util.newBuffer([]);

            /**
             * Creates a new RevealedShare instance using the specified properties.
             * @function create
             * @memberof conclave.v1.RevealedShare
             * @static
             * @param {conclave.v1.RevealedShare.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.RevealedShare} RevealedShare instance
             * @type {{
             *   (properties: conclave.v1.RevealedShare.$Shape): conclave.v1.RevealedShare & conclave.v1.RevealedShare.$Shape;
             *   (properties?: conclave.v1.RevealedShare.$Properties): conclave.v1.RevealedShare;
             * }}
             */
            RevealedShare.create = function(properties) {
                return new RevealedShare(properties);
            };

            /**
             * Encodes the specified RevealedShare message. Does not implicitly {@link conclave.v1.RevealedShare.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.RevealedShare
             * @static
             * @param {conclave.v1.RevealedShare.$Properties} message RevealedShare message or plain object to encode
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
             * @memberof conclave.v1.RevealedShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.RevealedShare & conclave.v1.RevealedShare.$Shape} RevealedShare
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
                message = _target || new $root.conclave.v1.RevealedShare();
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
             * @memberof conclave.v1.RevealedShare
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RevealedShare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.RevealedShare";
            };

            return RevealedShare;
        })();

        v1.AdvertiseKeysRequest = (function() {

            /**
             * Properties of an AdvertiseKeysRequest.
             * @typedef {Object} conclave.v1.AdvertiseKeysRequest.$Properties
             * @property {number|null} [receiver] AdvertiseKeysRequest receiver
             * @property {Array.<conclave.v1.SecAggParticipant.$Properties>|null} [participants] AdvertiseKeysRequest participants
             * @property {number|null} [neighbors] AdvertiseKeysRequest neighbors
             * @property {number|null} [threshold] AdvertiseKeysRequest threshold
             * @property {number|null} [vectorLength] AdvertiseKeysRequest vectorLength
             * @property {Uint8Array|null} [graphSeed] AdvertiseKeysRequest graphSeed
             * @property {Array.<number>|null} [participantIds] AdvertiseKeysRequest participantIds
             * @property {number|null} [participantCount] AdvertiseKeysRequest participantCount
             * @property {number|null} [participantFirst] AdvertiseKeysRequest participantFirst
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdvertiseKeysRequest.
             * @memberof conclave.v1
             * @interface IAdvertiseKeysRequest
             * @augments conclave.v1.AdvertiseKeysRequest.$Properties
             * @deprecated Use conclave.v1.AdvertiseKeysRequest.$Properties instead.
             */

            /**
             * Shape of an AdvertiseKeysRequest.
             * @typedef {conclave.v1.AdvertiseKeysRequest.$Properties} conclave.v1.AdvertiseKeysRequest.$Shape
             */

            /**
             * Constructs a new AdvertiseKeysRequest.
             * @memberof conclave.v1
             * @classdesc Represents an AdvertiseKeysRequest.
             * @constructor
             * @param {conclave.v1.AdvertiseKeysRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AdvertiseKeysRequest = function (properties) {
                this.participants = [];
                this.participantIds = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdvertiseKeysRequest receiver.
             * @member {number} receiver
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.receiver = 0;

            /**
             * AdvertiseKeysRequest participants.
             * @member {Array.<conclave.v1.SecAggParticipant.$Properties>} participants
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.participants = $util.emptyArray;

            /**
             * AdvertiseKeysRequest neighbors.
             * @member {number} neighbors
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.neighbors = 0;

            /**
             * AdvertiseKeysRequest threshold.
             * @member {number} threshold
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.threshold = 0;

            /**
             * AdvertiseKeysRequest vectorLength.
             * @member {number} vectorLength
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.vectorLength = 0;

            /**
             * AdvertiseKeysRequest graphSeed.
             * @member {Uint8Array} graphSeed
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.graphSeed = $util.newBuffer([]);

            /**
             * AdvertiseKeysRequest participantIds.
             * @member {Array.<number>} participantIds
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.participantIds = $util.emptyArray;

            /**
             * AdvertiseKeysRequest participantCount.
             * @member {number} participantCount
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.participantCount = 0;

            /**
             * AdvertiseKeysRequest participantFirst.
             * @member {number} participantFirst
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @instance
             */
            AdvertiseKeysRequest.prototype.participantFirst = 0;

            /**
             * Creates a new AdvertiseKeysRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @static
             * @param {conclave.v1.AdvertiseKeysRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.AdvertiseKeysRequest} AdvertiseKeysRequest instance
             * @type {{
             *   (properties: conclave.v1.AdvertiseKeysRequest.$Shape): conclave.v1.AdvertiseKeysRequest & conclave.v1.AdvertiseKeysRequest.$Shape;
             *   (properties?: conclave.v1.AdvertiseKeysRequest.$Properties): conclave.v1.AdvertiseKeysRequest;
             * }}
             */
            AdvertiseKeysRequest.create = function(properties) {
                return new AdvertiseKeysRequest(properties);
            };

            /**
             * Encodes the specified AdvertiseKeysRequest message. Does not implicitly {@link conclave.v1.AdvertiseKeysRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @static
             * @param {conclave.v1.AdvertiseKeysRequest.$Properties} message AdvertiseKeysRequest message or plain object to encode
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
                if (message.participants != null && message.participants.length)
                    for (var i = 0; i < message.participants.length; ++i)
                        $root.conclave.v1.SecAggParticipant.encode(message.participants[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.neighbors != null && $Object.hasOwnProperty.call(message, "neighbors") && message.neighbors !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.neighbors);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.threshold);
                if (message.vectorLength != null && $Object.hasOwnProperty.call(message, "vectorLength") && message.vectorLength !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.vectorLength);
                if (message.graphSeed != null && $Object.hasOwnProperty.call(message, "graphSeed") && message.graphSeed.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.graphSeed);
                if (message.participantIds != null && message.participantIds.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.participantIds);
                if (message.participantCount != null && $Object.hasOwnProperty.call(message, "participantCount") && message.participantCount !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.participantCount);
                if (message.participantFirst != null && $Object.hasOwnProperty.call(message, "participantFirst") && message.participantFirst !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.participantFirst);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdvertiseKeysRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.AdvertiseKeysRequest & conclave.v1.AdvertiseKeysRequest.$Shape} AdvertiseKeysRequest
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
                message = _target || new $root.conclave.v1.AdvertiseKeysRequest();
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
                            if (!(message.participants && message.participants.length))
                                message.participants = [];
                            message.participants.push($root.conclave.v1.SecAggParticipant.decode(reader, reader.size(), $undefined, _depth + 1));
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
                                message.vectorLength = value;
                            else
                                delete message.vectorLength;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.graphSeed = value;
                            else
                                delete message.graphSeed;
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.participantIds && message.participantIds.length))
                                    message.participantIds = [];
                                reader.uint32s(message.participantIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.participantIds && message.participantIds.length))
                                message.participantIds = [];
                            message.participantIds.push(reader.uint32());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.participantCount = value;
                            else
                                delete message.participantCount;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.participantFirst = value;
                            else
                                delete message.participantFirst;
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
             * @memberof conclave.v1.AdvertiseKeysRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdvertiseKeysRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.AdvertiseKeysRequest";
            };

            return AdvertiseKeysRequest;
        })();

        v1.ShareKeysRequest = (function() {

            /**
             * Properties of a ShareKeysRequest.
             * @typedef {Object} conclave.v1.ShareKeysRequest.$Properties
             * @property {number|null} [receiver] ShareKeysRequest receiver
             * @property {Array.<conclave.v1.KeyAdvertisement.$Properties>|null} [advertisements] ShareKeysRequest advertisements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareKeysRequest.
             * @memberof conclave.v1
             * @interface IShareKeysRequest
             * @augments conclave.v1.ShareKeysRequest.$Properties
             * @deprecated Use conclave.v1.ShareKeysRequest.$Properties instead.
             */

            /**
             * Shape of a ShareKeysRequest.
             * @typedef {conclave.v1.ShareKeysRequest.$Properties} conclave.v1.ShareKeysRequest.$Shape
             */

            /**
             * Constructs a new ShareKeysRequest.
             * @memberof conclave.v1
             * @classdesc Represents a ShareKeysRequest.
             * @constructor
             * @param {conclave.v1.ShareKeysRequest.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.ShareKeysRequest
             * @instance
             */
            ShareKeysRequest.prototype.receiver = 0;

            /**
             * ShareKeysRequest advertisements.
             * @member {Array.<conclave.v1.KeyAdvertisement.$Properties>} advertisements
             * @memberof conclave.v1.ShareKeysRequest
             * @instance
             */
            ShareKeysRequest.prototype.advertisements = $util.emptyArray;

            /**
             * Creates a new ShareKeysRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v1.ShareKeysRequest
             * @static
             * @param {conclave.v1.ShareKeysRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.ShareKeysRequest} ShareKeysRequest instance
             * @type {{
             *   (properties: conclave.v1.ShareKeysRequest.$Shape): conclave.v1.ShareKeysRequest & conclave.v1.ShareKeysRequest.$Shape;
             *   (properties?: conclave.v1.ShareKeysRequest.$Properties): conclave.v1.ShareKeysRequest;
             * }}
             */
            ShareKeysRequest.create = function(properties) {
                return new ShareKeysRequest(properties);
            };

            /**
             * Encodes the specified ShareKeysRequest message. Does not implicitly {@link conclave.v1.ShareKeysRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.ShareKeysRequest
             * @static
             * @param {conclave.v1.ShareKeysRequest.$Properties} message ShareKeysRequest message or plain object to encode
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
                        $root.conclave.v1.KeyAdvertisement.encode(message.advertisements[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareKeysRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.ShareKeysRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.ShareKeysRequest & conclave.v1.ShareKeysRequest.$Shape} ShareKeysRequest
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
                message = _target || new $root.conclave.v1.ShareKeysRequest();
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
                            message.advertisements.push($root.conclave.v1.KeyAdvertisement.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * @memberof conclave.v1.ShareKeysRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShareKeysRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.ShareKeysRequest";
            };

            return ShareKeysRequest;
        })();

        v1.MaskedInputRequest = (function() {

            /**
             * Properties of a MaskedInputRequest.
             * @typedef {Object} conclave.v1.MaskedInputRequest.$Properties
             * @property {number|null} [receiver] MaskedInputRequest receiver
             * @property {Array.<conclave.v1.EncryptedShare.$Properties>|null} [shares] MaskedInputRequest shares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MaskedInputRequest.
             * @memberof conclave.v1
             * @interface IMaskedInputRequest
             * @augments conclave.v1.MaskedInputRequest.$Properties
             * @deprecated Use conclave.v1.MaskedInputRequest.$Properties instead.
             */

            /**
             * Shape of a MaskedInputRequest.
             * @typedef {conclave.v1.MaskedInputRequest.$Properties} conclave.v1.MaskedInputRequest.$Shape
             */

            /**
             * Constructs a new MaskedInputRequest.
             * @memberof conclave.v1
             * @classdesc Represents a MaskedInputRequest.
             * @constructor
             * @param {conclave.v1.MaskedInputRequest.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.MaskedInputRequest
             * @instance
             */
            MaskedInputRequest.prototype.receiver = 0;

            /**
             * MaskedInputRequest shares.
             * @member {Array.<conclave.v1.EncryptedShare.$Properties>} shares
             * @memberof conclave.v1.MaskedInputRequest
             * @instance
             */
            MaskedInputRequest.prototype.shares = $util.emptyArray;

            /**
             * Creates a new MaskedInputRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v1.MaskedInputRequest
             * @static
             * @param {conclave.v1.MaskedInputRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.MaskedInputRequest} MaskedInputRequest instance
             * @type {{
             *   (properties: conclave.v1.MaskedInputRequest.$Shape): conclave.v1.MaskedInputRequest & conclave.v1.MaskedInputRequest.$Shape;
             *   (properties?: conclave.v1.MaskedInputRequest.$Properties): conclave.v1.MaskedInputRequest;
             * }}
             */
            MaskedInputRequest.create = function(properties) {
                return new MaskedInputRequest(properties);
            };

            /**
             * Encodes the specified MaskedInputRequest message. Does not implicitly {@link conclave.v1.MaskedInputRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.MaskedInputRequest
             * @static
             * @param {conclave.v1.MaskedInputRequest.$Properties} message MaskedInputRequest message or plain object to encode
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
                        $root.conclave.v1.EncryptedShare.encode(message.shares[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MaskedInputRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.MaskedInputRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.MaskedInputRequest & conclave.v1.MaskedInputRequest.$Shape} MaskedInputRequest
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
                message = _target || new $root.conclave.v1.MaskedInputRequest();
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
                            message.shares.push($root.conclave.v1.EncryptedShare.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * @memberof conclave.v1.MaskedInputRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MaskedInputRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.MaskedInputRequest";
            };

            return MaskedInputRequest;
        })();

        v1.UnmaskRequest = (function() {

            /**
             * Properties of an UnmaskRequest.
             * @typedef {Object} conclave.v1.UnmaskRequest.$Properties
             * @property {number|null} [receiver] UnmaskRequest receiver
             * @property {Array.<number>|null} [survivors] UnmaskRequest survivors
             * @property {Array.<number>|null} [dropped] UnmaskRequest dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnmaskRequest.
             * @memberof conclave.v1
             * @interface IUnmaskRequest
             * @augments conclave.v1.UnmaskRequest.$Properties
             * @deprecated Use conclave.v1.UnmaskRequest.$Properties instead.
             */

            /**
             * Shape of an UnmaskRequest.
             * @typedef {conclave.v1.UnmaskRequest.$Properties} conclave.v1.UnmaskRequest.$Shape
             */

            /**
             * Constructs a new UnmaskRequest.
             * @memberof conclave.v1
             * @classdesc Represents an UnmaskRequest.
             * @constructor
             * @param {conclave.v1.UnmaskRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var UnmaskRequest = function (properties) {
                this.survivors = [];
                this.dropped = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnmaskRequest receiver.
             * @member {number} receiver
             * @memberof conclave.v1.UnmaskRequest
             * @instance
             */
            UnmaskRequest.prototype.receiver = 0;

            /**
             * UnmaskRequest survivors.
             * @member {Array.<number>} survivors
             * @memberof conclave.v1.UnmaskRequest
             * @instance
             */
            UnmaskRequest.prototype.survivors = $util.emptyArray;

            /**
             * UnmaskRequest dropped.
             * @member {Array.<number>} dropped
             * @memberof conclave.v1.UnmaskRequest
             * @instance
             */
            UnmaskRequest.prototype.dropped = $util.emptyArray;

            /**
             * Creates a new UnmaskRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v1.UnmaskRequest
             * @static
             * @param {conclave.v1.UnmaskRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.UnmaskRequest} UnmaskRequest instance
             * @type {{
             *   (properties: conclave.v1.UnmaskRequest.$Shape): conclave.v1.UnmaskRequest & conclave.v1.UnmaskRequest.$Shape;
             *   (properties?: conclave.v1.UnmaskRequest.$Properties): conclave.v1.UnmaskRequest;
             * }}
             */
            UnmaskRequest.create = function(properties) {
                return new UnmaskRequest(properties);
            };

            /**
             * Encodes the specified UnmaskRequest message. Does not implicitly {@link conclave.v1.UnmaskRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.UnmaskRequest
             * @static
             * @param {conclave.v1.UnmaskRequest.$Properties} message UnmaskRequest message or plain object to encode
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
                if (message.survivors != null && message.survivors.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.survivors);
                if (message.dropped != null && message.dropped.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.dropped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnmaskRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.UnmaskRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.UnmaskRequest & conclave.v1.UnmaskRequest.$Shape} UnmaskRequest
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
                message = _target || new $root.conclave.v1.UnmaskRequest();
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
                            if (wireType === 2) {
                                if (!(message.survivors && message.survivors.length))
                                    message.survivors = [];
                                reader.uint32s(message.survivors);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.survivors && message.survivors.length))
                                message.survivors = [];
                            message.survivors.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.dropped && message.dropped.length))
                                    message.dropped = [];
                                reader.uint32s(message.dropped);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.dropped && message.dropped.length))
                                message.dropped = [];
                            message.dropped.push(reader.uint32());
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
             * @memberof conclave.v1.UnmaskRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnmaskRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.UnmaskRequest";
            };

            return UnmaskRequest;
        })();

        v1.SecAggRequest = (function() {

            /**
             * Properties of a SecAggRequest.
             * @typedef {Object} conclave.v1.SecAggRequest.$Properties
             * @property {string|null} [protocol] SecAggRequest protocol
             * @property {conclave.v1.AdvertiseKeysRequest.$Properties|null} [advertiseKeys] SecAggRequest advertiseKeys
             * @property {conclave.v1.ShareKeysRequest.$Properties|null} [shareKeys] SecAggRequest shareKeys
             * @property {conclave.v1.MaskedInputRequest.$Properties|null} [maskedInput] SecAggRequest maskedInput
             * @property {conclave.v1.UnmaskRequest.$Properties|null} [unmask] SecAggRequest unmask
             * @property {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"} [stage] SecAggRequest stage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecAggRequest.
             * @memberof conclave.v1
             * @interface ISecAggRequest
             * @augments conclave.v1.SecAggRequest.$Properties
             * @deprecated Use conclave.v1.SecAggRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a SecAggRequest.
             * @typedef {{
             *   protocol?: string|null;
             *   advertiseKeys?: conclave.v1.AdvertiseKeysRequest.$Shape|null;
             *   shareKeys?: conclave.v1.ShareKeysRequest.$Shape|null;
             *   maskedInput?: conclave.v1.MaskedInputRequest.$Shape|null;
             *   unmask?: conclave.v1.UnmaskRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v1.AdvertiseKeysRequest.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v1.ShareKeysRequest.$Shape; maskedInput?: null; unmask?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v1.MaskedInputRequest.$Shape; unmask?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v1.UnmaskRequest.$Shape })
             * )} conclave.v1.SecAggRequest.$Shape
             */

            /**
             * Constructs a new SecAggRequest.
             * @memberof conclave.v1
             * @classdesc Represents a SecAggRequest.
             * @constructor
             * @param {conclave.v1.SecAggRequest.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.protocol = "";

            /**
             * SecAggRequest advertiseKeys.
             * @member {conclave.v1.AdvertiseKeysRequest.$Properties|null|undefined} advertiseKeys
             * @memberof conclave.v1.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.advertiseKeys = null;

            /**
             * SecAggRequest shareKeys.
             * @member {conclave.v1.ShareKeysRequest.$Properties|null|undefined} shareKeys
             * @memberof conclave.v1.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.shareKeys = null;

            /**
             * SecAggRequest maskedInput.
             * @member {conclave.v1.MaskedInputRequest.$Properties|null|undefined} maskedInput
             * @memberof conclave.v1.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.maskedInput = null;

            /**
             * SecAggRequest unmask.
             * @member {conclave.v1.UnmaskRequest.$Properties|null|undefined} unmask
             * @memberof conclave.v1.SecAggRequest
             * @instance
             */
            SecAggRequest.prototype.unmask = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * SecAggRequest stage.
             * @member {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|undefined} stage
             * @memberof conclave.v1.SecAggRequest
             * @instance
             */
            $Object.defineProperty(SecAggRequest.prototype, "stage", {
                get: $util.oneOfGetter($oneOfFields = ["advertiseKeys", "shareKeys", "maskedInput", "unmask"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SecAggRequest instance using the specified properties.
             * @function create
             * @memberof conclave.v1.SecAggRequest
             * @static
             * @param {conclave.v1.SecAggRequest.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.SecAggRequest} SecAggRequest instance
             * @type {{
             *   (properties: conclave.v1.SecAggRequest.$Shape): conclave.v1.SecAggRequest & conclave.v1.SecAggRequest.$Shape;
             *   (properties?: conclave.v1.SecAggRequest.$Properties): conclave.v1.SecAggRequest;
             * }}
             */
            SecAggRequest.create = function(properties) {
                return new SecAggRequest(properties);
            };

            /**
             * Encodes the specified SecAggRequest message. Does not implicitly {@link conclave.v1.SecAggRequest.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.SecAggRequest
             * @static
             * @param {conclave.v1.SecAggRequest.$Properties} message SecAggRequest message or plain object to encode
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
                    $root.conclave.v1.AdvertiseKeysRequest.encode(message.advertiseKeys, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.shareKeys != null && $Object.hasOwnProperty.call(message, "shareKeys"))
                    $root.conclave.v1.ShareKeysRequest.encode(message.shareKeys, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.maskedInput != null && $Object.hasOwnProperty.call(message, "maskedInput"))
                    $root.conclave.v1.MaskedInputRequest.encode(message.maskedInput, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.unmask != null && $Object.hasOwnProperty.call(message, "unmask"))
                    $root.conclave.v1.UnmaskRequest.encode(message.unmask, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecAggRequest message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.SecAggRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.SecAggRequest & conclave.v1.SecAggRequest.$Shape} SecAggRequest
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
                message = _target || new $root.conclave.v1.SecAggRequest();
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
                            message.advertiseKeys = $root.conclave.v1.AdvertiseKeysRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.advertiseKeys);
                            message.stage = "advertiseKeys";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.shareKeys = $root.conclave.v1.ShareKeysRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.shareKeys);
                            message.stage = "shareKeys";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.maskedInput = $root.conclave.v1.MaskedInputRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.maskedInput);
                            message.stage = "maskedInput";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.unmask = $root.conclave.v1.UnmaskRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unmask);
                            message.stage = "unmask";
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
             * @memberof conclave.v1.SecAggRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecAggRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.SecAggRequest";
            };

            return SecAggRequest;
        })();

        v1.AdvertiseKeysReply = (function() {

            /**
             * Properties of an AdvertiseKeysReply.
             * @typedef {Object} conclave.v1.AdvertiseKeysReply.$Properties
             * @property {number|null} [sender] AdvertiseKeysReply sender
             * @property {Uint8Array|null} [encryptionPublicKey] AdvertiseKeysReply encryptionPublicKey
             * @property {Uint8Array|null} [maskPublicKey] AdvertiseKeysReply maskPublicKey
             * @property {Uint8Array|null} [signature] AdvertiseKeysReply signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdvertiseKeysReply.
             * @memberof conclave.v1
             * @interface IAdvertiseKeysReply
             * @augments conclave.v1.AdvertiseKeysReply.$Properties
             * @deprecated Use conclave.v1.AdvertiseKeysReply.$Properties instead.
             */

            /**
             * Shape of an AdvertiseKeysReply.
             * @typedef {conclave.v1.AdvertiseKeysReply.$Properties} conclave.v1.AdvertiseKeysReply.$Shape
             */

            /**
             * Constructs a new AdvertiseKeysReply.
             * @memberof conclave.v1
             * @classdesc Represents an AdvertiseKeysReply.
             * @constructor
             * @param {conclave.v1.AdvertiseKeysReply.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.sender = 0;

            /**
             * AdvertiseKeysReply encryptionPublicKey.
             * @member {Uint8Array} encryptionPublicKey
             * @memberof conclave.v1.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.encryptionPublicKey = $util.newBuffer([]);

            /**
             * AdvertiseKeysReply maskPublicKey.
             * @member {Uint8Array} maskPublicKey
             * @memberof conclave.v1.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.maskPublicKey = $util.newBuffer([]);

            /**
             * AdvertiseKeysReply signature.
             * @member {Uint8Array} signature
             * @memberof conclave.v1.AdvertiseKeysReply
             * @instance
             */
            AdvertiseKeysReply.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new AdvertiseKeysReply instance using the specified properties.
             * @function create
             * @memberof conclave.v1.AdvertiseKeysReply
             * @static
             * @param {conclave.v1.AdvertiseKeysReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.AdvertiseKeysReply} AdvertiseKeysReply instance
             * @type {{
             *   (properties: conclave.v1.AdvertiseKeysReply.$Shape): conclave.v1.AdvertiseKeysReply & conclave.v1.AdvertiseKeysReply.$Shape;
             *   (properties?: conclave.v1.AdvertiseKeysReply.$Properties): conclave.v1.AdvertiseKeysReply;
             * }}
             */
            AdvertiseKeysReply.create = function(properties) {
                return new AdvertiseKeysReply(properties);
            };

            /**
             * Encodes the specified AdvertiseKeysReply message. Does not implicitly {@link conclave.v1.AdvertiseKeysReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.AdvertiseKeysReply
             * @static
             * @param {conclave.v1.AdvertiseKeysReply.$Properties} message AdvertiseKeysReply message or plain object to encode
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
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdvertiseKeysReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.AdvertiseKeysReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.AdvertiseKeysReply & conclave.v1.AdvertiseKeysReply.$Shape} AdvertiseKeysReply
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
                message = _target || new $root.conclave.v1.AdvertiseKeysReply();
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
             * @memberof conclave.v1.AdvertiseKeysReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdvertiseKeysReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.AdvertiseKeysReply";
            };

            return AdvertiseKeysReply;
        })();

        v1.ShareKeysReply = (function() {

            /**
             * Properties of a ShareKeysReply.
             * @typedef {Object} conclave.v1.ShareKeysReply.$Properties
             * @property {number|null} [sender] ShareKeysReply sender
             * @property {Array.<conclave.v1.EncryptedShare.$Properties>|null} [shares] ShareKeysReply shares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareKeysReply.
             * @memberof conclave.v1
             * @interface IShareKeysReply
             * @augments conclave.v1.ShareKeysReply.$Properties
             * @deprecated Use conclave.v1.ShareKeysReply.$Properties instead.
             */

            /**
             * Shape of a ShareKeysReply.
             * @typedef {conclave.v1.ShareKeysReply.$Properties} conclave.v1.ShareKeysReply.$Shape
             */

            /**
             * Constructs a new ShareKeysReply.
             * @memberof conclave.v1
             * @classdesc Represents a ShareKeysReply.
             * @constructor
             * @param {conclave.v1.ShareKeysReply.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.ShareKeysReply
             * @instance
             */
            ShareKeysReply.prototype.sender = 0;

            /**
             * ShareKeysReply shares.
             * @member {Array.<conclave.v1.EncryptedShare.$Properties>} shares
             * @memberof conclave.v1.ShareKeysReply
             * @instance
             */
            ShareKeysReply.prototype.shares = $util.emptyArray;

            /**
             * Creates a new ShareKeysReply instance using the specified properties.
             * @function create
             * @memberof conclave.v1.ShareKeysReply
             * @static
             * @param {conclave.v1.ShareKeysReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.ShareKeysReply} ShareKeysReply instance
             * @type {{
             *   (properties: conclave.v1.ShareKeysReply.$Shape): conclave.v1.ShareKeysReply & conclave.v1.ShareKeysReply.$Shape;
             *   (properties?: conclave.v1.ShareKeysReply.$Properties): conclave.v1.ShareKeysReply;
             * }}
             */
            ShareKeysReply.create = function(properties) {
                return new ShareKeysReply(properties);
            };

            /**
             * Encodes the specified ShareKeysReply message. Does not implicitly {@link conclave.v1.ShareKeysReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.ShareKeysReply
             * @static
             * @param {conclave.v1.ShareKeysReply.$Properties} message ShareKeysReply message or plain object to encode
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
                        $root.conclave.v1.EncryptedShare.encode(message.shares[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareKeysReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.ShareKeysReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.ShareKeysReply & conclave.v1.ShareKeysReply.$Shape} ShareKeysReply
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
                message = _target || new $root.conclave.v1.ShareKeysReply();
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
                            message.shares.push($root.conclave.v1.EncryptedShare.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * @memberof conclave.v1.ShareKeysReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShareKeysReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.ShareKeysReply";
            };

            return ShareKeysReply;
        })();

        v1.MaskedInputReply = (function() {

            /**
             * Properties of a MaskedInputReply.
             * @typedef {Object} conclave.v1.MaskedInputReply.$Properties
             * @property {number|null} [sender] MaskedInputReply sender
             * @property {Uint8Array|null} [maskedInput] MaskedInputReply maskedInput
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MaskedInputReply.
             * @memberof conclave.v1
             * @interface IMaskedInputReply
             * @augments conclave.v1.MaskedInputReply.$Properties
             * @deprecated Use conclave.v1.MaskedInputReply.$Properties instead.
             */

            /**
             * Shape of a MaskedInputReply.
             * @typedef {conclave.v1.MaskedInputReply.$Properties} conclave.v1.MaskedInputReply.$Shape
             */

            /**
             * Constructs a new MaskedInputReply.
             * @memberof conclave.v1
             * @classdesc Represents a MaskedInputReply.
             * @constructor
             * @param {conclave.v1.MaskedInputReply.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.MaskedInputReply
             * @instance
             */
            MaskedInputReply.prototype.sender = 0;

            /**
             * MaskedInputReply maskedInput.
             * @member {Uint8Array} maskedInput
             * @memberof conclave.v1.MaskedInputReply
             * @instance
             */
            MaskedInputReply.prototype.maskedInput = $util.newBuffer([]);

            /**
             * Creates a new MaskedInputReply instance using the specified properties.
             * @function create
             * @memberof conclave.v1.MaskedInputReply
             * @static
             * @param {conclave.v1.MaskedInputReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.MaskedInputReply} MaskedInputReply instance
             * @type {{
             *   (properties: conclave.v1.MaskedInputReply.$Shape): conclave.v1.MaskedInputReply & conclave.v1.MaskedInputReply.$Shape;
             *   (properties?: conclave.v1.MaskedInputReply.$Properties): conclave.v1.MaskedInputReply;
             * }}
             */
            MaskedInputReply.create = function(properties) {
                return new MaskedInputReply(properties);
            };

            /**
             * Encodes the specified MaskedInputReply message. Does not implicitly {@link conclave.v1.MaskedInputReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.MaskedInputReply
             * @static
             * @param {conclave.v1.MaskedInputReply.$Properties} message MaskedInputReply message or plain object to encode
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
             * @memberof conclave.v1.MaskedInputReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.MaskedInputReply & conclave.v1.MaskedInputReply.$Shape} MaskedInputReply
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
                message = _target || new $root.conclave.v1.MaskedInputReply();
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
             * @memberof conclave.v1.MaskedInputReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MaskedInputReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.MaskedInputReply";
            };

            return MaskedInputReply;
        })();

        v1.UnmaskReply = (function() {

            /**
             * Properties of an UnmaskReply.
             * @typedef {Object} conclave.v1.UnmaskReply.$Properties
             * @property {number|null} [sender] UnmaskReply sender
             * @property {Array.<conclave.v1.RevealedShare.$Properties>|null} [selfMaskShares] UnmaskReply selfMaskShares
             * @property {Array.<conclave.v1.RevealedShare.$Properties>|null} [maskKeyShares] UnmaskReply maskKeyShares
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnmaskReply.
             * @memberof conclave.v1
             * @interface IUnmaskReply
             * @augments conclave.v1.UnmaskReply.$Properties
             * @deprecated Use conclave.v1.UnmaskReply.$Properties instead.
             */

            /**
             * Shape of an UnmaskReply.
             * @typedef {conclave.v1.UnmaskReply.$Properties} conclave.v1.UnmaskReply.$Shape
             */

            /**
             * Constructs a new UnmaskReply.
             * @memberof conclave.v1
             * @classdesc Represents an UnmaskReply.
             * @constructor
             * @param {conclave.v1.UnmaskReply.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.UnmaskReply
             * @instance
             */
            UnmaskReply.prototype.sender = 0;

            /**
             * UnmaskReply selfMaskShares.
             * @member {Array.<conclave.v1.RevealedShare.$Properties>} selfMaskShares
             * @memberof conclave.v1.UnmaskReply
             * @instance
             */
            UnmaskReply.prototype.selfMaskShares = $util.emptyArray;

            /**
             * UnmaskReply maskKeyShares.
             * @member {Array.<conclave.v1.RevealedShare.$Properties>} maskKeyShares
             * @memberof conclave.v1.UnmaskReply
             * @instance
             */
            UnmaskReply.prototype.maskKeyShares = $util.emptyArray;

            /**
             * Creates a new UnmaskReply instance using the specified properties.
             * @function create
             * @memberof conclave.v1.UnmaskReply
             * @static
             * @param {conclave.v1.UnmaskReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.UnmaskReply} UnmaskReply instance
             * @type {{
             *   (properties: conclave.v1.UnmaskReply.$Shape): conclave.v1.UnmaskReply & conclave.v1.UnmaskReply.$Shape;
             *   (properties?: conclave.v1.UnmaskReply.$Properties): conclave.v1.UnmaskReply;
             * }}
             */
            UnmaskReply.create = function(properties) {
                return new UnmaskReply(properties);
            };

            /**
             * Encodes the specified UnmaskReply message. Does not implicitly {@link conclave.v1.UnmaskReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.UnmaskReply
             * @static
             * @param {conclave.v1.UnmaskReply.$Properties} message UnmaskReply message or plain object to encode
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
                        $root.conclave.v1.RevealedShare.encode(message.selfMaskShares[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.maskKeyShares != null && message.maskKeyShares.length)
                    for (var i = 0; i < message.maskKeyShares.length; ++i)
                        $root.conclave.v1.RevealedShare.encode(message.maskKeyShares[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnmaskReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.UnmaskReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.UnmaskReply & conclave.v1.UnmaskReply.$Shape} UnmaskReply
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
                message = _target || new $root.conclave.v1.UnmaskReply();
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
                            message.selfMaskShares.push($root.conclave.v1.RevealedShare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.maskKeyShares && message.maskKeyShares.length))
                                message.maskKeyShares = [];
                            message.maskKeyShares.push($root.conclave.v1.RevealedShare.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * @memberof conclave.v1.UnmaskReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnmaskReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.UnmaskReply";
            };

            return UnmaskReply;
        })();

        v1.SecAggReply = (function() {

            /**
             * Properties of a SecAggReply.
             * @typedef {Object} conclave.v1.SecAggReply.$Properties
             * @property {string|null} [protocol] SecAggReply protocol
             * @property {conclave.v1.AdvertiseKeysReply.$Properties|null} [advertiseKeys] SecAggReply advertiseKeys
             * @property {conclave.v1.ShareKeysReply.$Properties|null} [shareKeys] SecAggReply shareKeys
             * @property {conclave.v1.MaskedInputReply.$Properties|null} [maskedInput] SecAggReply maskedInput
             * @property {conclave.v1.UnmaskReply.$Properties|null} [unmask] SecAggReply unmask
             * @property {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"} [stage] SecAggReply stage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecAggReply.
             * @memberof conclave.v1
             * @interface ISecAggReply
             * @augments conclave.v1.SecAggReply.$Properties
             * @deprecated Use conclave.v1.SecAggReply.$Properties instead.
             */

            /**
             * Narrowed shape of a SecAggReply.
             * @typedef {{
             *   protocol?: string|null;
             *   advertiseKeys?: conclave.v1.AdvertiseKeysReply.$Shape|null;
             *   shareKeys?: conclave.v1.ShareKeysReply.$Shape|null;
             *   maskedInput?: conclave.v1.MaskedInputReply.$Shape|null;
             *   unmask?: conclave.v1.UnmaskReply.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ stage?: undefined; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "advertiseKeys"; advertiseKeys: conclave.v1.AdvertiseKeysReply.$Shape; shareKeys?: null; maskedInput?: null; unmask?: null }|{ stage?: "shareKeys"; advertiseKeys?: null; shareKeys: conclave.v1.ShareKeysReply.$Shape; maskedInput?: null; unmask?: null }|{ stage?: "maskedInput"; advertiseKeys?: null; shareKeys?: null; maskedInput: conclave.v1.MaskedInputReply.$Shape; unmask?: null }|{ stage?: "unmask"; advertiseKeys?: null; shareKeys?: null; maskedInput?: null; unmask: conclave.v1.UnmaskReply.$Shape })
             * )} conclave.v1.SecAggReply.$Shape
             */

            /**
             * Constructs a new SecAggReply.
             * @memberof conclave.v1
             * @classdesc Represents a SecAggReply.
             * @constructor
             * @param {conclave.v1.SecAggReply.$Properties=} [properties] Properties to set
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
             * @memberof conclave.v1.SecAggReply
             * @instance
             */
            SecAggReply.prototype.protocol = "";

            /**
             * SecAggReply advertiseKeys.
             * @member {conclave.v1.AdvertiseKeysReply.$Properties|null|undefined} advertiseKeys
             * @memberof conclave.v1.SecAggReply
             * @instance
             */
            SecAggReply.prototype.advertiseKeys = null;

            /**
             * SecAggReply shareKeys.
             * @member {conclave.v1.ShareKeysReply.$Properties|null|undefined} shareKeys
             * @memberof conclave.v1.SecAggReply
             * @instance
             */
            SecAggReply.prototype.shareKeys = null;

            /**
             * SecAggReply maskedInput.
             * @member {conclave.v1.MaskedInputReply.$Properties|null|undefined} maskedInput
             * @memberof conclave.v1.SecAggReply
             * @instance
             */
            SecAggReply.prototype.maskedInput = null;

            /**
             * SecAggReply unmask.
             * @member {conclave.v1.UnmaskReply.$Properties|null|undefined} unmask
             * @memberof conclave.v1.SecAggReply
             * @instance
             */
            SecAggReply.prototype.unmask = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * SecAggReply stage.
             * @member {"advertiseKeys"|"shareKeys"|"maskedInput"|"unmask"|undefined} stage
             * @memberof conclave.v1.SecAggReply
             * @instance
             */
            $Object.defineProperty(SecAggReply.prototype, "stage", {
                get: $util.oneOfGetter($oneOfFields = ["advertiseKeys", "shareKeys", "maskedInput", "unmask"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SecAggReply instance using the specified properties.
             * @function create
             * @memberof conclave.v1.SecAggReply
             * @static
             * @param {conclave.v1.SecAggReply.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.SecAggReply} SecAggReply instance
             * @type {{
             *   (properties: conclave.v1.SecAggReply.$Shape): conclave.v1.SecAggReply & conclave.v1.SecAggReply.$Shape;
             *   (properties?: conclave.v1.SecAggReply.$Properties): conclave.v1.SecAggReply;
             * }}
             */
            SecAggReply.create = function(properties) {
                return new SecAggReply(properties);
            };

            /**
             * Encodes the specified SecAggReply message. Does not implicitly {@link conclave.v1.SecAggReply.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.SecAggReply
             * @static
             * @param {conclave.v1.SecAggReply.$Properties} message SecAggReply message or plain object to encode
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
                    $root.conclave.v1.AdvertiseKeysReply.encode(message.advertiseKeys, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.shareKeys != null && $Object.hasOwnProperty.call(message, "shareKeys"))
                    $root.conclave.v1.ShareKeysReply.encode(message.shareKeys, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.maskedInput != null && $Object.hasOwnProperty.call(message, "maskedInput"))
                    $root.conclave.v1.MaskedInputReply.encode(message.maskedInput, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.unmask != null && $Object.hasOwnProperty.call(message, "unmask"))
                    $root.conclave.v1.UnmaskReply.encode(message.unmask, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecAggReply message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.SecAggReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.SecAggReply & conclave.v1.SecAggReply.$Shape} SecAggReply
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
                message = _target || new $root.conclave.v1.SecAggReply();
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
                            message.advertiseKeys = $root.conclave.v1.AdvertiseKeysReply.decode(reader, reader.size(), $undefined, _depth + 1, message.advertiseKeys);
                            message.stage = "advertiseKeys";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.shareKeys = $root.conclave.v1.ShareKeysReply.decode(reader, reader.size(), $undefined, _depth + 1, message.shareKeys);
                            message.stage = "shareKeys";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.maskedInput = $root.conclave.v1.MaskedInputReply.decode(reader, reader.size(), $undefined, _depth + 1, message.maskedInput);
                            message.stage = "maskedInput";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.unmask = $root.conclave.v1.UnmaskReply.decode(reader, reader.size(), $undefined, _depth + 1, message.unmask);
                            message.stage = "unmask";
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
             * @memberof conclave.v1.SecAggReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecAggReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.SecAggReply";
            };

            return SecAggReply;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} conclave.v1.Envelope.$Properties
             * @property {conclave.v1.Meta.$Properties|null} [meta] Envelope meta
             * @property {conclave.v1.Join.$Properties|null} [join] Envelope join
             * @property {conclave.v1.Welcome.$Properties|null} [welcome] Envelope welcome
             * @property {conclave.v1.RoundStart.$Properties|null} [roundStart] Envelope roundStart
             * @property {conclave.v1.TrainResult.$Properties|null} [trainResult] Envelope trainResult
             * @property {conclave.v1.EvaluateRequest.$Properties|null} [evaluateRequest] Envelope evaluateRequest
             * @property {conclave.v1.EvaluateResult.$Properties|null} [evaluateResult] Envelope evaluateResult
             * @property {conclave.v1.Error.$Properties|null} [error] Envelope error
             * @property {conclave.v1.Bye.$Properties|null} [bye] Envelope bye
             * @property {conclave.v1.SecAggRequest.$Properties|null} [secaggRequest] Envelope secaggRequest
             * @property {conclave.v1.SecAggReply.$Properties|null} [secaggReply] Envelope secaggReply
             * @property {conclave.v1.StatsRequest.$Properties|null} [statsRequest] Envelope statsRequest
             * @property {conclave.v1.StatsResult.$Properties|null} [statsResult] Envelope statsResult
             * @property {"join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof conclave.v1
             * @interface IEnvelope
             * @augments conclave.v1.Envelope.$Properties
             * @deprecated Use conclave.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   meta?: conclave.v1.Meta.$Shape|null;
             *   join?: conclave.v1.Join.$Shape|null;
             *   welcome?: conclave.v1.Welcome.$Shape|null;
             *   roundStart?: conclave.v1.RoundStart.$Shape|null;
             *   trainResult?: conclave.v1.TrainResult.$Shape|null;
             *   evaluateRequest?: conclave.v1.EvaluateRequest.$Shape|null;
             *   evaluateResult?: conclave.v1.EvaluateResult.$Shape|null;
             *   error?: conclave.v1.Error.$Shape|null;
             *   bye?: conclave.v1.Bye.$Shape|null;
             *   secaggRequest?: conclave.v1.SecAggRequest.$Shape|null;
             *   secaggReply?: conclave.v1.SecAggReply.$Shape|null;
             *   statsRequest?: conclave.v1.StatsRequest.$Shape|null;
             *   statsResult?: conclave.v1.StatsResult.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "join"; join: conclave.v1.Join.$Shape; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "welcome"; join?: null; welcome: conclave.v1.Welcome.$Shape; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "roundStart"; join?: null; welcome?: null; roundStart: conclave.v1.RoundStart.$Shape; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "trainResult"; join?: null; welcome?: null; roundStart?: null; trainResult: conclave.v1.TrainResult.$Shape; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "evaluateRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest: conclave.v1.EvaluateRequest.$Shape; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "evaluateResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult: conclave.v1.EvaluateResult.$Shape; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "error"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error: conclave.v1.Error.$Shape; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "bye"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye: conclave.v1.Bye.$Shape; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "secaggRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest: conclave.v1.SecAggRequest.$Shape; secaggReply?: null; statsRequest?: null; statsResult?: null }|{ body?: "secaggReply"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply: conclave.v1.SecAggReply.$Shape; statsRequest?: null; statsResult?: null }|{ body?: "statsRequest"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest: conclave.v1.StatsRequest.$Shape; statsResult?: null }|{ body?: "statsResult"; join?: null; welcome?: null; roundStart?: null; trainResult?: null; evaluateRequest?: null; evaluateResult?: null; error?: null; bye?: null; secaggRequest?: null; secaggReply?: null; statsRequest?: null; statsResult: conclave.v1.StatsResult.$Shape })
             * )} conclave.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof conclave.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {conclave.v1.Envelope.$Properties=} [properties] Properties to set
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
             * @member {conclave.v1.Meta.$Properties|null|undefined} meta
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.meta = null;

            /**
             * Envelope join.
             * @member {conclave.v1.Join.$Properties|null|undefined} join
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.join = null;

            /**
             * Envelope welcome.
             * @member {conclave.v1.Welcome.$Properties|null|undefined} welcome
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.welcome = null;

            /**
             * Envelope roundStart.
             * @member {conclave.v1.RoundStart.$Properties|null|undefined} roundStart
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.roundStart = null;

            /**
             * Envelope trainResult.
             * @member {conclave.v1.TrainResult.$Properties|null|undefined} trainResult
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.trainResult = null;

            /**
             * Envelope evaluateRequest.
             * @member {conclave.v1.EvaluateRequest.$Properties|null|undefined} evaluateRequest
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.evaluateRequest = null;

            /**
             * Envelope evaluateResult.
             * @member {conclave.v1.EvaluateResult.$Properties|null|undefined} evaluateResult
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.evaluateResult = null;

            /**
             * Envelope error.
             * @member {conclave.v1.Error.$Properties|null|undefined} error
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope bye.
             * @member {conclave.v1.Bye.$Properties|null|undefined} bye
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.bye = null;

            /**
             * Envelope secaggRequest.
             * @member {conclave.v1.SecAggRequest.$Properties|null|undefined} secaggRequest
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.secaggRequest = null;

            /**
             * Envelope secaggReply.
             * @member {conclave.v1.SecAggReply.$Properties|null|undefined} secaggReply
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.secaggReply = null;

            /**
             * Envelope statsRequest.
             * @member {conclave.v1.StatsRequest.$Properties|null|undefined} statsRequest
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.statsRequest = null;

            /**
             * Envelope statsResult.
             * @member {conclave.v1.StatsResult.$Properties|null|undefined} statsResult
             * @memberof conclave.v1.Envelope
             * @instance
             */
            Envelope.prototype.statsResult = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Envelope body.
             * @member {"join"|"welcome"|"roundStart"|"trainResult"|"evaluateRequest"|"evaluateResult"|"error"|"bye"|"secaggRequest"|"secaggReply"|"statsRequest"|"statsResult"|undefined} body
             * @memberof conclave.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["join", "welcome", "roundStart", "trainResult", "evaluateRequest", "evaluateResult", "error", "bye", "secaggRequest", "secaggReply", "statsRequest", "statsResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof conclave.v1.Envelope
             * @static
             * @param {conclave.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {conclave.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: conclave.v1.Envelope.$Shape): conclave.v1.Envelope & conclave.v1.Envelope.$Shape;
             *   (properties?: conclave.v1.Envelope.$Properties): conclave.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link conclave.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof conclave.v1.Envelope
             * @static
             * @param {conclave.v1.Envelope.$Properties} message Envelope message or plain object to encode
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
                    $root.conclave.v1.Meta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                    $root.conclave.v1.Join.encode(message.join, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.conclave.v1.Welcome.encode(message.welcome, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.roundStart != null && $Object.hasOwnProperty.call(message, "roundStart"))
                    $root.conclave.v1.RoundStart.encode(message.roundStart, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.trainResult != null && $Object.hasOwnProperty.call(message, "trainResult"))
                    $root.conclave.v1.TrainResult.encode(message.trainResult, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.evaluateRequest != null && $Object.hasOwnProperty.call(message, "evaluateRequest"))
                    $root.conclave.v1.EvaluateRequest.encode(message.evaluateRequest, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.evaluateResult != null && $Object.hasOwnProperty.call(message, "evaluateResult"))
                    $root.conclave.v1.EvaluateResult.encode(message.evaluateResult, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.conclave.v1.Error.encode(message.error, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.bye != null && $Object.hasOwnProperty.call(message, "bye"))
                    $root.conclave.v1.Bye.encode(message.bye, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.secaggRequest != null && $Object.hasOwnProperty.call(message, "secaggRequest"))
                    $root.conclave.v1.SecAggRequest.encode(message.secaggRequest, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.secaggReply != null && $Object.hasOwnProperty.call(message, "secaggReply"))
                    $root.conclave.v1.SecAggReply.encode(message.secaggReply, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.statsRequest != null && $Object.hasOwnProperty.call(message, "statsRequest"))
                    $root.conclave.v1.StatsRequest.encode(message.statsRequest, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.statsResult != null && $Object.hasOwnProperty.call(message, "statsResult"))
                    $root.conclave.v1.StatsResult.encode(message.statsResult, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof conclave.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {conclave.v1.Envelope & conclave.v1.Envelope.$Shape} Envelope
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
                message = _target || new $root.conclave.v1.Envelope();
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
                            message.meta = $root.conclave.v1.Meta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.join = $root.conclave.v1.Join.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                            message.body = "join";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.conclave.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.roundStart = $root.conclave.v1.RoundStart.decode(reader, reader.size(), $undefined, _depth + 1, message.roundStart);
                            message.body = "roundStart";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.trainResult = $root.conclave.v1.TrainResult.decode(reader, reader.size(), $undefined, _depth + 1, message.trainResult);
                            message.body = "trainResult";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.evaluateRequest = $root.conclave.v1.EvaluateRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.evaluateRequest);
                            message.body = "evaluateRequest";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.evaluateResult = $root.conclave.v1.EvaluateResult.decode(reader, reader.size(), $undefined, _depth + 1, message.evaluateResult);
                            message.body = "evaluateResult";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.conclave.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.bye = $root.conclave.v1.Bye.decode(reader, reader.size(), $undefined, _depth + 1, message.bye);
                            message.body = "bye";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.secaggRequest = $root.conclave.v1.SecAggRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.secaggRequest);
                            message.body = "secaggRequest";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.secaggReply = $root.conclave.v1.SecAggReply.decode(reader, reader.size(), $undefined, _depth + 1, message.secaggReply);
                            message.body = "secaggReply";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.statsRequest = $root.conclave.v1.StatsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.statsRequest);
                            message.body = "statsRequest";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.statsResult = $root.conclave.v1.StatsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.statsResult);
                            message.body = "statsResult";
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
             * @memberof conclave.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/conclave.v1.Envelope";
            };

            return Envelope;
        })();

        return v1;
    })();

    return conclave;
})();

module.exports = $root;
