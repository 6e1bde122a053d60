/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.syft = (function() {

    /**
     * Namespace syft.
     * @exports syft
     * @namespace
     */
    var syft = {};

    syft.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof syft
         * @namespace
         */
        var v1 = {};

        v1.TensorData = (function() {

            /**
             * Properties of a TensorData.
             * @typedef {Object} syft.v1.TensorData.$Properties
             * @property {Array.<number>|null} [shape] TensorData shape
             * @property {Uint8Array|null} [data] TensorData data
             * @property {boolean|null} [ring] TensorData ring
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TensorData.
             * @memberof syft.v1
             * @interface ITensorData
             * @augments syft.v1.TensorData.$Properties
             * @deprecated Use syft.v1.TensorData.$Properties instead.
             */

            /**
             * Shape of a TensorData.
             * @typedef {syft.v1.TensorData.$Properties} syft.v1.TensorData.$Shape
             */

            /**
             * Constructs a new TensorData.
             * @memberof syft.v1
             * @classdesc Represents a TensorData.
             * @constructor
             * @param {syft.v1.TensorData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TensorData = function (properties) {
                this.shape = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TensorData shape.
             * @member {Array.<number>} shape
             * @memberof syft.v1.TensorData
             * @instance
             */
            TensorData.prototype.shape = $util.emptyArray;

            /**
             * TensorData data.
             * @member {Uint8Array} data
             * @memberof syft.v1.TensorData
             * @instance
             */
            TensorData.prototype.data = $util.newBuffer([]);

            /**
             * TensorData ring.
             * @member {boolean} ring
             * @memberof syft.v1.TensorData
             * @instance
             */
            TensorData.prototype.ring = false;

            /**
             * Creates a new TensorData instance using the specified properties.
             * @function create
             * @memberof syft.v1.TensorData
             * @static
             * @param {syft.v1.TensorData.$Properties=} [properties] Properties to set
             * @returns {syft.v1.TensorData} TensorData instance
             * @type {{
             *   (properties: syft.v1.TensorData.$Shape): syft.v1.TensorData & syft.v1.TensorData.$Shape;
             *   (properties?: syft.v1.TensorData.$Properties): syft.v1.TensorData;
             * }}
             */
            TensorData.create = function(properties) {
                return new TensorData(properties);
            };

            /**
             * Encodes the specified TensorData message. Does not implicitly {@link syft.v1.TensorData.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.TensorData
             * @static
             * @param {syft.v1.TensorData.$Properties} message TensorData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TensorData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shape != null && message.shape.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.shape);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.ring != null && $Object.hasOwnProperty.call(message, "ring") && message.ring !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ring);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TensorData message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.TensorData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.TensorData & syft.v1.TensorData.$Shape} TensorData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TensorData.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.TensorData();
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
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ring = value;
                            else
                                delete message.ring;
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
             * Gets the type url for TensorData
             * @function getTypeUrl
             * @memberof syft.v1.TensorData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TensorData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.TensorData";
            };

            return TensorData;
        })();

        v1.ShareInfo = (function() {

            /**
             * Properties of a ShareInfo.
             * @typedef {Object} syft.v1.ShareInfo.$Properties
             * @property {string|null} [group] ShareInfo group
             * @property {Array.<string>|null} [holders] ShareInfo holders
             * @property {number|null} [index] ShareInfo index
             * @property {string|null} [cryptoProvider] ShareInfo cryptoProvider
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareInfo.
             * @memberof syft.v1
             * @interface IShareInfo
             * @augments syft.v1.ShareInfo.$Properties
             * @deprecated Use syft.v1.ShareInfo.$Properties instead.
             */

            /**
             * Shape of a ShareInfo.
             * @typedef {syft.v1.ShareInfo.$Properties} syft.v1.ShareInfo.$Shape
             */

            /**
             * Constructs a new ShareInfo.
             * @memberof syft.v1
             * @classdesc Represents a ShareInfo.
             * @constructor
             * @param {syft.v1.ShareInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ShareInfo = function (properties) {
                this.holders = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShareInfo group.
             * @member {string} group
             * @memberof syft.v1.ShareInfo
             * @instance
             */
            ShareInfo.prototype.group = "";

            /**
             * ShareInfo holders.
             * @member {Array.<string>} holders
             * @memberof syft.v1.ShareInfo
             * @instance
             */
            ShareInfo.prototype.holders = $util.emptyArray;

            /**
             * ShareInfo index.
             * @member {number} index
             * @memberof syft.v1.ShareInfo
             * @instance
             */
            ShareInfo.prototype.index = 0;

            /**
             * ShareInfo cryptoProvider.
             * @member {string} cryptoProvider
             * @memberof syft.v1.ShareInfo
             * @instance
             */
            ShareInfo.prototype.cryptoProvider = "";

            /**
             * Creates a new ShareInfo instance using the specified properties.
             * @function create
             * @memberof syft.v1.ShareInfo
             * @static
             * @param {syft.v1.ShareInfo.$Properties=} [properties] Properties to set
             * @returns {syft.v1.ShareInfo} ShareInfo instance
             * @type {{
             *   (properties: syft.v1.ShareInfo.$Shape): syft.v1.ShareInfo & syft.v1.ShareInfo.$Shape;
             *   (properties?: syft.v1.ShareInfo.$Properties): syft.v1.ShareInfo;
             * }}
             */
            ShareInfo.create = function(properties) {
                return new ShareInfo(properties);
            };

            /**
             * Encodes the specified ShareInfo message. Does not implicitly {@link syft.v1.ShareInfo.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.ShareInfo
             * @static
             * @param {syft.v1.ShareInfo.$Properties} message ShareInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
                if (message.holders != null && message.holders.length)
                    for (var i = 0; i < message.holders.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.holders[i]);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
                if (message.cryptoProvider != null && $Object.hasOwnProperty.call(message, "cryptoProvider") && message.cryptoProvider !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.cryptoProvider);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareInfo message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.ShareInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.ShareInfo & syft.v1.ShareInfo.$Shape} ShareInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.ShareInfo();
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
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.holders && message.holders.length))
                                message.holders = [];
                            message.holders.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cryptoProvider = value;
                            else
                                delete message.cryptoProvider;
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
             * Gets the type url for ShareInfo
             * @function getTypeUrl
             * @memberof syft.v1.ShareInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShareInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.ShareInfo";
            };

            return ShareInfo;
        })();

        v1.Party = (function() {

            /**
             * Properties of a Party.
             * @typedef {Object} syft.v1.Party.$Properties
             * @property {string|null} [id] Party id
             * @property {Uint8Array|null} [boxPublicKey] Party boxPublicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Party.
             * @memberof syft.v1
             * @interface IParty
             * @augments syft.v1.Party.$Properties
             * @deprecated Use syft.v1.Party.$Properties instead.
             */

            /**
             * Shape of a Party.
             * @typedef {syft.v1.Party.$Properties} syft.v1.Party.$Shape
             */

            /**
             * Constructs a new Party.
             * @memberof syft.v1
             * @classdesc Represents a Party.
             * @constructor
             * @param {syft.v1.Party.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Party = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Party id.
             * @member {string} id
             * @memberof syft.v1.Party
             * @instance
             */
            Party.prototype.id = "";

            /**
             * Party boxPublicKey.
             * @member {Uint8Array} boxPublicKey
             * @memberof syft.v1.Party
             * @instance
             */
            Party.prototype.boxPublicKey = $util.newBuffer([]);

            /**
             * Creates a new Party instance using the specified properties.
             * @function create
             * @memberof syft.v1.Party
             * @static
             * @param {syft.v1.Party.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Party} Party instance
             * @type {{
             *   (properties: syft.v1.Party.$Shape): syft.v1.Party & syft.v1.Party.$Shape;
             *   (properties?: syft.v1.Party.$Properties): syft.v1.Party;
             * }}
             */
            Party.create = function(properties) {
                return new Party(properties);
            };

            /**
             * Encodes the specified Party message. Does not implicitly {@link syft.v1.Party.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Party
             * @static
             * @param {syft.v1.Party.$Properties} message Party message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Party.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.boxPublicKey != null && $Object.hasOwnProperty.call(message, "boxPublicKey") && message.boxPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.boxPublicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Party message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Party
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Party & syft.v1.Party.$Shape} Party
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Party.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Party();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.boxPublicKey = value;
                            else
                                delete message.boxPublicKey;
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
             * Gets the type url for Party
             * @function getTypeUrl
             * @memberof syft.v1.Party
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Party.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Party";
            };

            return Party;
        })();

        v1.Operand = (function() {

            /**
             * Properties of an Operand.
             * @typedef {Object} syft.v1.Operand.$Properties
             * @property {string|null} [id] Operand id
             * @property {syft.v1.TensorData.$Properties|null} [constant] Operand constant
             * @property {"id"|"constant"} [value] Operand value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Operand.
             * @memberof syft.v1
             * @interface IOperand
             * @augments syft.v1.Operand.$Properties
             * @deprecated Use syft.v1.Operand.$Properties instead.
             */

            /**
             * Narrowed shape of an Operand.
             * @typedef {{
             *   id?: string|null;
             *   constant?: syft.v1.TensorData.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; id?: null; constant?: null }|{ value?: "id"; id: string; constant?: null }|{ value?: "constant"; id?: null; constant: syft.v1.TensorData.$Shape })
             * )} syft.v1.Operand.$Shape
             */

            /**
             * Constructs a new Operand.
             * @memberof syft.v1
             * @classdesc Represents an Operand.
             * @constructor
             * @param {syft.v1.Operand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Operand = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Operand id.
             * @member {string|null|undefined} id
             * @memberof syft.v1.Operand
             * @instance
             */
            Operand.prototype.id = null;

            /**
             * Operand constant.
             * @member {syft.v1.TensorData.$Properties|null|undefined} constant
             * @memberof syft.v1.Operand
             * @instance
             */
            Operand.prototype.constant = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Operand value.
             * @member {"id"|"constant"|undefined} value
             * @memberof syft.v1.Operand
             * @instance
             */
            $Object.defineProperty(Operand.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["id", "constant"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Operand instance using the specified properties.
             * @function create
             * @memberof syft.v1.Operand
             * @static
             * @param {syft.v1.Operand.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Operand} Operand instance
             * @type {{
             *   (properties: syft.v1.Operand.$Shape): syft.v1.Operand & syft.v1.Operand.$Shape;
             *   (properties?: syft.v1.Operand.$Properties): syft.v1.Operand;
             * }}
             */
            Operand.create = function(properties) {
                return new Operand(properties);
            };

            /**
             * Encodes the specified Operand message. Does not implicitly {@link syft.v1.Operand.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Operand
             * @static
             * @param {syft.v1.Operand.$Properties} message Operand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Operand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.constant != null && $Object.hasOwnProperty.call(message, "constant"))
                    $root.syft.v1.TensorData.encode(message.constant, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Operand message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Operand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Operand & syft.v1.Operand.$Shape} Operand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Operand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Operand();
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
                            message.id = reader.stringVerify();
                            message.value = "id";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.constant = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.constant);
                            message.value = "constant";
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
             * Gets the type url for Operand
             * @function getTypeUrl
             * @memberof syft.v1.Operand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Operand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Operand";
            };

            return Operand;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} syft.v1.Hello.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof syft.v1
             * @interface IHello
             * @augments syft.v1.Hello.$Properties
             * @deprecated Use syft.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {syft.v1.Hello.$Properties} syft.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof syft.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {syft.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Hello = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof syft.v1.Hello
             * @static
             * @param {syft.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Hello} Hello instance
             * @type {{
             *   (properties: syft.v1.Hello.$Shape): syft.v1.Hello & syft.v1.Hello.$Shape;
             *   (properties?: syft.v1.Hello.$Properties): syft.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link syft.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Hello
             * @static
             * @param {syft.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Hello & syft.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Hello();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof syft.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Hello";
            };

            return Hello;
        })();

        v1.Store = (function() {

            /**
             * Properties of a Store.
             * @typedef {Object} syft.v1.Store.$Properties
             * @property {syft.v1.TensorData.$Properties|null} [tensor] Store tensor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Store.
             * @memberof syft.v1
             * @interface IStore
             * @augments syft.v1.Store.$Properties
             * @deprecated Use syft.v1.Store.$Properties instead.
             */

            /**
             * Shape of a Store.
             * @typedef {syft.v1.Store.$Properties} syft.v1.Store.$Shape
             */

            /**
             * Constructs a new Store.
             * @memberof syft.v1
             * @classdesc Represents a Store.
             * @constructor
             * @param {syft.v1.Store.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Store = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Store tensor.
             * @member {syft.v1.TensorData.$Properties|null|undefined} tensor
             * @memberof syft.v1.Store
             * @instance
             */
            Store.prototype.tensor = null;

            /**
             * Creates a new Store instance using the specified properties.
             * @function create
             * @memberof syft.v1.Store
             * @static
             * @param {syft.v1.Store.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Store} Store instance
             * @type {{
             *   (properties: syft.v1.Store.$Shape): syft.v1.Store & syft.v1.Store.$Shape;
             *   (properties?: syft.v1.Store.$Properties): syft.v1.Store;
             * }}
             */
            Store.create = function(properties) {
                return new Store(properties);
            };

            /**
             * Encodes the specified Store message. Does not implicitly {@link syft.v1.Store.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Store
             * @static
             * @param {syft.v1.Store.$Properties} message Store message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Store.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                    $root.syft.v1.TensorData.encode(message.tensor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Store message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Store
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Store & syft.v1.Store.$Shape} Store
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Store.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Store();
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
                            message.tensor = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor);
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
             * Gets the type url for Store
             * @function getTypeUrl
             * @memberof syft.v1.Store
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Store.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Store";
            };

            return Store;
        })();

        v1.StoreShare = (function() {

            /**
             * Properties of a StoreShare.
             * @typedef {Object} syft.v1.StoreShare.$Properties
             * @property {syft.v1.TensorData.$Properties|null} [tensor] StoreShare tensor
             * @property {syft.v1.ShareInfo.$Properties|null} [share] StoreShare share
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoreShare.
             * @memberof syft.v1
             * @interface IStoreShare
             * @augments syft.v1.StoreShare.$Properties
             * @deprecated Use syft.v1.StoreShare.$Properties instead.
             */

            /**
             * Shape of a StoreShare.
             * @typedef {syft.v1.StoreShare.$Properties} syft.v1.StoreShare.$Shape
             */

            /**
             * Constructs a new StoreShare.
             * @memberof syft.v1
             * @classdesc Represents a StoreShare.
             * @constructor
             * @param {syft.v1.StoreShare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StoreShare = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoreShare tensor.
             * @member {syft.v1.TensorData.$Properties|null|undefined} tensor
             * @memberof syft.v1.StoreShare
             * @instance
             */
            StoreShare.prototype.tensor = null;

            /**
             * StoreShare share.
             * @member {syft.v1.ShareInfo.$Properties|null|undefined} share
             * @memberof syft.v1.StoreShare
             * @instance
             */
            StoreShare.prototype.share = null;

            /**
             * Creates a new StoreShare instance using the specified properties.
             * @function create
             * @memberof syft.v1.StoreShare
             * @static
             * @param {syft.v1.StoreShare.$Properties=} [properties] Properties to set
             * @returns {syft.v1.StoreShare} StoreShare instance
             * @type {{
             *   (properties: syft.v1.StoreShare.$Shape): syft.v1.StoreShare & syft.v1.StoreShare.$Shape;
             *   (properties?: syft.v1.StoreShare.$Properties): syft.v1.StoreShare;
             * }}
             */
            StoreShare.create = function(properties) {
                return new StoreShare(properties);
            };

            /**
             * Encodes the specified StoreShare message. Does not implicitly {@link syft.v1.StoreShare.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.StoreShare
             * @static
             * @param {syft.v1.StoreShare.$Properties} message StoreShare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoreShare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                    $root.syft.v1.TensorData.encode(message.tensor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.share != null && $Object.hasOwnProperty.call(message, "share"))
                    $root.syft.v1.ShareInfo.encode(message.share, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoreShare message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.StoreShare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.StoreShare & syft.v1.StoreShare.$Shape} StoreShare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoreShare.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.StoreShare();
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
                            message.tensor = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.share = $root.syft.v1.ShareInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.share);
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
             * Gets the type url for StoreShare
             * @function getTypeUrl
             * @memberof syft.v1.StoreShare
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StoreShare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.StoreShare";
            };

            return StoreShare;
        })();

        v1.Get = (function() {

            /**
             * Properties of a Get.
             * @typedef {Object} syft.v1.Get.$Properties
             * @property {string|null} [id] Get id
             * @property {boolean|null} [keep] Get keep
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Get.
             * @memberof syft.v1
             * @interface IGet
             * @augments syft.v1.Get.$Properties
             * @deprecated Use syft.v1.Get.$Properties instead.
             */

            /**
             * Shape of a Get.
             * @typedef {syft.v1.Get.$Properties} syft.v1.Get.$Shape
             */

            /**
             * Constructs a new Get.
             * @memberof syft.v1
             * @classdesc Represents a Get.
             * @constructor
             * @param {syft.v1.Get.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Get = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Get id.
             * @member {string} id
             * @memberof syft.v1.Get
             * @instance
             */
            Get.prototype.id = "";

            /**
             * Get keep.
             * @member {boolean} keep
             * @memberof syft.v1.Get
             * @instance
             */
            Get.prototype.keep = false;

            /**
             * Creates a new Get instance using the specified properties.
             * @function create
             * @memberof syft.v1.Get
             * @static
             * @param {syft.v1.Get.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Get} Get instance
             * @type {{
             *   (properties: syft.v1.Get.$Shape): syft.v1.Get & syft.v1.Get.$Shape;
             *   (properties?: syft.v1.Get.$Properties): syft.v1.Get;
             * }}
             */
            Get.create = function(properties) {
                return new Get(properties);
            };

            /**
             * Encodes the specified Get message. Does not implicitly {@link syft.v1.Get.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Get
             * @static
             * @param {syft.v1.Get.$Properties} message Get message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Get.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.keep != null && $Object.hasOwnProperty.call(message, "keep") && message.keep !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.keep);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Get message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Get
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Get & syft.v1.Get.$Shape} Get
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Get.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Get();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.keep = value;
                            else
                                delete message.keep;
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
             * Gets the type url for Get
             * @function getTypeUrl
             * @memberof syft.v1.Get
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Get.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Get";
            };

            return Get;
        })();

        v1.Delete = (function() {

            /**
             * Properties of a Delete.
             * @typedef {Object} syft.v1.Delete.$Properties
             * @property {string|null} [id] Delete id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Delete.
             * @memberof syft.v1
             * @interface IDelete
             * @augments syft.v1.Delete.$Properties
             * @deprecated Use syft.v1.Delete.$Properties instead.
             */

            /**
             * Shape of a Delete.
             * @typedef {syft.v1.Delete.$Properties} syft.v1.Delete.$Shape
             */

            /**
             * Constructs a new Delete.
             * @memberof syft.v1
             * @classdesc Represents a Delete.
             * @constructor
             * @param {syft.v1.Delete.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Delete = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Delete id.
             * @member {string} id
             * @memberof syft.v1.Delete
             * @instance
             */
            Delete.prototype.id = "";

            /**
             * Creates a new Delete instance using the specified properties.
             * @function create
             * @memberof syft.v1.Delete
             * @static
             * @param {syft.v1.Delete.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Delete} Delete instance
             * @type {{
             *   (properties: syft.v1.Delete.$Shape): syft.v1.Delete & syft.v1.Delete.$Shape;
             *   (properties?: syft.v1.Delete.$Properties): syft.v1.Delete;
             * }}
             */
            Delete.create = function(properties) {
                return new Delete(properties);
            };

            /**
             * Encodes the specified Delete message. Does not implicitly {@link syft.v1.Delete.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Delete
             * @static
             * @param {syft.v1.Delete.$Properties} message Delete message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Delete.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Delete message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Delete
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Delete & syft.v1.Delete.$Shape} Delete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Delete.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Delete();
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
                                message.id = value;
                            else
                                delete message.id;
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
             * Gets the type url for Delete
             * @function getTypeUrl
             * @memberof syft.v1.Delete
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Delete.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Delete";
            };

            return Delete;
        })();

        /**
         * OpKind enum.
         * @name syft.v1.OpKind
         * @enum {number}
         * @property {number} OP_UNSPECIFIED=0 OP_UNSPECIFIED value
         * @property {number} ADD=1 ADD value
         * @property {number} SUB=2 SUB value
         * @property {number} MUL=3 MUL value
         * @property {number} MATMUL=4 MATMUL value
         * @property {number} NEG=5 NEG value
         * @property {number} SUM=6 SUM value
         * @property {number} TRANSPOSE=7 TRANSPOSE value
         * @property {number} TRUNCATE=8 TRUNCATE value
         * @property {number} MEAN=9 MEAN value
         */
        v1.OpKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OP_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ADD"] = 1;
            values[valuesById[2] = "SUB"] = 2;
            values[valuesById[3] = "MUL"] = 3;
            values[valuesById[4] = "MATMUL"] = 4;
            values[valuesById[5] = "NEG"] = 5;
            values[valuesById[6] = "SUM"] = 6;
            values[valuesById[7] = "TRANSPOSE"] = 7;
            values[valuesById[8] = "TRUNCATE"] = 8;
            values[valuesById[9] = "MEAN"] = 9;
            return values;
        })();

        v1.Op = (function() {

            /**
             * Properties of an Op.
             * @typedef {Object} syft.v1.Op.$Properties
             * @property {syft.v1.OpKind|null} [kind] Op kind
             * @property {syft.v1.Operand.$Properties|null} [a] Op a
             * @property {syft.v1.Operand.$Properties|null} [b] Op b
             * @property {boolean|null} [hasAxis] Op hasAxis
             * @property {number|null} [axis] Op axis
             * @property {boolean|null} [keepDims] Op keepDims
             * @property {string|null} [divisor] Op divisor
             * @property {string|null} [resultGroup] Op resultGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Op.
             * @memberof syft.v1
             * @interface IOp
             * @augments syft.v1.Op.$Properties
             * @deprecated Use syft.v1.Op.$Properties instead.
             */

            /**
             * Shape of an Op.
             * @typedef {{
             *   kind?: syft.v1.OpKind|null;
             *   a?: syft.v1.Operand.$Shape|null;
             *   b?: syft.v1.Operand.$Shape|null;
             *   hasAxis?: boolean|null;
             *   axis?: number|null;
             *   keepDims?: boolean|null;
             *   divisor?: string|null;
             *   resultGroup?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} syft.v1.Op.$Shape
             */

            /**
             * Constructs a new Op.
             * @memberof syft.v1
             * @classdesc Represents an Op.
             * @constructor
             * @param {syft.v1.Op.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Op = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Op kind.
             * @member {syft.v1.OpKind} kind
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.kind = 0;

            /**
             * Op a.
             * @member {syft.v1.Operand.$Properties|null|undefined} a
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.a = null;

            /**
             * Op b.
             * @member {syft.v1.Operand.$Properties|null|undefined} b
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.b = null;

            /**
             * Op hasAxis.
             * @member {boolean} hasAxis
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.hasAxis = false;

            /**
             * Op axis.
             * @member {number} axis
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.axis = 0;

            /**
             * Op keepDims.
             * @member {boolean} keepDims
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.keepDims = false;

            /**
             * Op divisor.
             * @member {string} divisor
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.divisor = "";

            /**
             * Op resultGroup.
             * @member {string} resultGroup
             * @memberof syft.v1.Op
             * @instance
             */
            Op.prototype.resultGroup = "";

            /**
             * Creates a new Op instance using the specified properties.
             * @function create
             * @memberof syft.v1.Op
             * @static
             * @param {syft.v1.Op.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Op} Op instance
             * @type {{
             *   (properties: syft.v1.Op.$Shape): syft.v1.Op & syft.v1.Op.$Shape;
             *   (properties?: syft.v1.Op.$Properties): syft.v1.Op;
             * }}
             */
            Op.create = function(properties) {
                return new Op(properties);
            };

            /**
             * Encodes the specified Op message. Does not implicitly {@link syft.v1.Op.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Op
             * @static
             * @param {syft.v1.Op.$Properties} message Op message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Op.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.a != null && $Object.hasOwnProperty.call(message, "a"))
                    $root.syft.v1.Operand.encode(message.a, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.b != null && $Object.hasOwnProperty.call(message, "b"))
                    $root.syft.v1.Operand.encode(message.b, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.hasAxis != null && $Object.hasOwnProperty.call(message, "hasAxis") && message.hasAxis !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.hasAxis);
                if (message.axis != null && $Object.hasOwnProperty.call(message, "axis") && message.axis !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.axis);
                if (message.keepDims != null && $Object.hasOwnProperty.call(message, "keepDims") && message.keepDims !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.keepDims);
                if (message.divisor != null && $Object.hasOwnProperty.call(message, "divisor") && message.divisor !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.divisor);
                if (message.resultGroup != null && $Object.hasOwnProperty.call(message, "resultGroup") && message.resultGroup !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.resultGroup);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Op message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Op
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Op & syft.v1.Op.$Shape} Op
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Op.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Op();
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
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.a = $root.syft.v1.Operand.decode(reader, reader.size(), $undefined, _depth + 1, message.a);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.b = $root.syft.v1.Operand.decode(reader, reader.size(), $undefined, _depth + 1, message.b);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasAxis = value;
                            else
                                delete message.hasAxis;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.axis = value;
                            else
                                delete message.axis;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.keepDims = value;
                            else
                                delete message.keepDims;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.divisor = value;
                            else
                                delete message.divisor;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resultGroup = value;
                            else
                                delete message.resultGroup;
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
             * Gets the type url for Op
             * @function getTypeUrl
             * @memberof syft.v1.Op
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Op.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Op";
            };

            return Op;
        })();

        v1.Encode = (function() {

            /**
             * Properties of an Encode.
             * @typedef {Object} syft.v1.Encode.$Properties
             * @property {string|null} [id] Encode id
             * @property {number|null} [precision] Encode precision
             * @property {number|null} [maxAbs] Encode maxAbs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Encode.
             * @memberof syft.v1
             * @interface IEncode
             * @augments syft.v1.Encode.$Properties
             * @deprecated Use syft.v1.Encode.$Properties instead.
             */

            /**
             * Shape of an Encode.
             * @typedef {syft.v1.Encode.$Properties} syft.v1.Encode.$Shape
             */

            /**
             * Constructs a new Encode.
             * @memberof syft.v1
             * @classdesc Represents an Encode.
             * @constructor
             * @param {syft.v1.Encode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Encode = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encode id.
             * @member {string} id
             * @memberof syft.v1.Encode
             * @instance
             */
            Encode.prototype.id = "";

            /**
             * Encode precision.
             * @member {number} precision
             * @memberof syft.v1.Encode
             * @instance
             */
            Encode.prototype.precision = 0;

            /**
             * Encode maxAbs.
             * @member {number} maxAbs
             * @memberof syft.v1.Encode
             * @instance
             */
            Encode.prototype.maxAbs = 0;

            /**
             * Creates a new Encode instance using the specified properties.
             * @function create
             * @memberof syft.v1.Encode
             * @static
             * @param {syft.v1.Encode.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Encode} Encode instance
             * @type {{
             *   (properties: syft.v1.Encode.$Shape): syft.v1.Encode & syft.v1.Encode.$Shape;
             *   (properties?: syft.v1.Encode.$Properties): syft.v1.Encode;
             * }}
             */
            Encode.create = function(properties) {
                return new Encode(properties);
            };

            /**
             * Encodes the specified Encode message. Does not implicitly {@link syft.v1.Encode.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Encode
             * @static
             * @param {syft.v1.Encode.$Properties} message Encode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Encode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.precision != null && $Object.hasOwnProperty.call(message, "precision") && message.precision !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.precision);
                if (message.maxAbs != null && $Object.hasOwnProperty.call(message, "maxAbs") && !$Object.is(message.maxAbs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.maxAbs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Encode message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Encode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Encode & syft.v1.Encode.$Shape} Encode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Encode.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Encode();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.precision = value;
                            else
                                delete message.precision;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxAbs = value;
                            else
                                delete message.maxAbs;
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
             * Gets the type url for Encode
             * @function getTypeUrl
             * @memberof syft.v1.Encode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Encode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Encode";
            };

            return Encode;
        })();

        v1.ShareOut = (function() {

            /**
             * Properties of a ShareOut.
             * @typedef {Object} syft.v1.ShareOut.$Properties
             * @property {string|null} [id] ShareOut id
             * @property {Array.<syft.v1.Party.$Properties>|null} [holders] ShareOut holders
             * @property {string|null} [group] ShareOut group
             * @property {string|null} [cryptoProvider] ShareOut cryptoProvider
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShareOut.
             * @memberof syft.v1
             * @interface IShareOut
             * @augments syft.v1.ShareOut.$Properties
             * @deprecated Use syft.v1.ShareOut.$Properties instead.
             */

            /**
             * Shape of a ShareOut.
             * @typedef {syft.v1.ShareOut.$Properties} syft.v1.ShareOut.$Shape
             */

            /**
             * Constructs a new ShareOut.
             * @memberof syft.v1
             * @classdesc Represents a ShareOut.
             * @constructor
             * @param {syft.v1.ShareOut.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ShareOut = function (properties) {
                this.holders = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShareOut id.
             * @member {string} id
             * @memberof syft.v1.ShareOut
             * @instance
             */
            ShareOut.prototype.id = "";

            /**
             * ShareOut holders.
             * @member {Array.<syft.v1.Party.$Properties>} holders
             * @memberof syft.v1.ShareOut
             * @instance
             */
            ShareOut.prototype.holders = $util.emptyArray;

            /**
             * ShareOut group.
             * @member {string} group
             * @memberof syft.v1.ShareOut
             * @instance
             */
            ShareOut.prototype.group = "";

            /**
             * ShareOut cryptoProvider.
             * @member {string} cryptoProvider
             * @memberof syft.v1.ShareOut
             * @instance
             */
            ShareOut.prototype.cryptoProvider = "";

            /**
             * Creates a new ShareOut instance using the specified properties.
             * @function create
             * @memberof syft.v1.ShareOut
             * @static
             * @param {syft.v1.ShareOut.$Properties=} [properties] Properties to set
             * @returns {syft.v1.ShareOut} ShareOut instance
             * @type {{
             *   (properties: syft.v1.ShareOut.$Shape): syft.v1.ShareOut & syft.v1.ShareOut.$Shape;
             *   (properties?: syft.v1.ShareOut.$Properties): syft.v1.ShareOut;
             * }}
             */
            ShareOut.create = function(properties) {
                return new ShareOut(properties);
            };

            /**
             * Encodes the specified ShareOut message. Does not implicitly {@link syft.v1.ShareOut.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.ShareOut
             * @static
             * @param {syft.v1.ShareOut.$Properties} message ShareOut message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareOut.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.holders != null && message.holders.length)
                    for (var i = 0; i < message.holders.length; ++i)
                        $root.syft.v1.Party.encode(message.holders[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.group);
                if (message.cryptoProvider != null && $Object.hasOwnProperty.call(message, "cryptoProvider") && message.cryptoProvider !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.cryptoProvider);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShareOut message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.ShareOut
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.ShareOut & syft.v1.ShareOut.$Shape} ShareOut
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareOut.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.ShareOut();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.holders && message.holders.length))
                                message.holders = [];
                            message.holders.push($root.syft.v1.Party.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cryptoProvider = value;
                            else
                                delete message.cryptoProvider;
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
             * Gets the type url for ShareOut
             * @function getTypeUrl
             * @memberof syft.v1.ShareOut
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShareOut.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.ShareOut";
            };

            return ShareOut;
        })();

        v1.StoreSealed = (function() {

            /**
             * Properties of a StoreSealed.
             * @typedef {Object} syft.v1.StoreSealed.$Properties
             * @property {string|null} [from] StoreSealed from
             * @property {Uint8Array|null} [fromPublicKey] StoreSealed fromPublicKey
             * @property {Uint8Array|null} [envelope] StoreSealed envelope
             * @property {syft.v1.ShareInfo.$Properties|null} [share] StoreSealed share
             * @property {Array.<number>|null} [shape] StoreSealed shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoreSealed.
             * @memberof syft.v1
             * @interface IStoreSealed
             * @augments syft.v1.StoreSealed.$Properties
             * @deprecated Use syft.v1.StoreSealed.$Properties instead.
             */

            /**
             * Shape of a StoreSealed.
             * @typedef {syft.v1.StoreSealed.$Properties} syft.v1.StoreSealed.$Shape
             */

            /**
             * Constructs a new StoreSealed.
             * @memberof syft.v1
             * @classdesc Represents a StoreSealed.
             * @constructor
             * @param {syft.v1.StoreSealed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StoreSealed = function (properties) {
                this.shape = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoreSealed from.
             * @member {string} from
             * @memberof syft.v1.StoreSealed
             * @instance
             */
            StoreSealed.prototype.from = "";

            /**
             * StoreSealed fromPublicKey.
             * @member {Uint8Array} fromPublicKey
             * @memberof syft.v1.StoreSealed
             * @instance
             */
            StoreSealed.prototype.fromPublicKey = $util.newBuffer([]);

            /**
             * StoreSealed envelope.
             * @member {Uint8Array} envelope
             * @memberof syft.v1.StoreSealed
             * @instance
             */
            StoreSealed.prototype.envelope = $util.newBuffer([]);

            /**
             * StoreSealed share.
             * @member {syft.v1.ShareInfo.$Properties|null|undefined} share
             * @memberof syft.v1.StoreSealed
             * @instance
             */
            StoreSealed.prototype.share = null;

            /**
             * StoreSealed shape.
             * @member {Array.<number>} shape
             * @memberof syft.v1.StoreSealed
             * @instance
             */
            StoreSealed.prototype.shape = $util.emptyArray;

            /**
             * Creates a new StoreSealed instance using the specified properties.
             * @function create
             * @memberof syft.v1.StoreSealed
             * @static
             * @param {syft.v1.StoreSealed.$Properties=} [properties] Properties to set
             * @returns {syft.v1.StoreSealed} StoreSealed instance
             * @type {{
             *   (properties: syft.v1.StoreSealed.$Shape): syft.v1.StoreSealed & syft.v1.StoreSealed.$Shape;
             *   (properties?: syft.v1.StoreSealed.$Properties): syft.v1.StoreSealed;
             * }}
             */
            StoreSealed.create = function(properties) {
                return new StoreSealed(properties);
            };

            /**
             * Encodes the specified StoreSealed message. Does not implicitly {@link syft.v1.StoreSealed.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.StoreSealed
             * @static
             * @param {syft.v1.StoreSealed.$Properties} message StoreSealed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoreSealed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.fromPublicKey != null && $Object.hasOwnProperty.call(message, "fromPublicKey") && message.fromPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.fromPublicKey);
                if (message.envelope != null && $Object.hasOwnProperty.call(message, "envelope") && message.envelope.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.envelope);
                if (message.share != null && $Object.hasOwnProperty.call(message, "share"))
                    $root.syft.v1.ShareInfo.encode(message.share, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.shape != null && message.shape.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.shape);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoreSealed message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.StoreSealed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.StoreSealed & syft.v1.StoreSealed.$Shape} StoreSealed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoreSealed.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.StoreSealed();
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
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.fromPublicKey = value;
                            else
                                delete message.fromPublicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.envelope = value;
                            else
                                delete message.envelope;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.share = $root.syft.v1.ShareInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.share);
                            continue;
                        }
                    case 5: {
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
             * Gets the type url for StoreSealed
             * @function getTypeUrl
             * @memberof syft.v1.StoreSealed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StoreSealed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.StoreSealed";
            };

            return StoreSealed;
        })();

        /**
         * TripleKind enum.
         * @name syft.v1.TripleKind
         * @enum {number}
         * @property {number} TRIPLE_UNSPECIFIED=0 TRIPLE_UNSPECIFIED value
         * @property {number} ELEMENTWISE=1 ELEMENTWISE value
         * @property {number} MATRIX=2 MATRIX value
         */
        v1.TripleKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRIPLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ELEMENTWISE"] = 1;
            values[valuesById[2] = "MATRIX"] = 2;
            return values;
        })();

        v1.TripleRequest = (function() {

            /**
             * Properties of a TripleRequest.
             * @typedef {Object} syft.v1.TripleRequest.$Properties
             * @property {string|null} [session] TripleRequest session
             * @property {syft.v1.TripleKind|null} [kind] TripleRequest kind
             * @property {Array.<number>|null} [shapeA] TripleRequest shapeA
             * @property {Array.<number>|null} [shapeB] TripleRequest shapeB
             * @property {Array.<syft.v1.Party.$Properties>|null} [holders] TripleRequest holders
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TripleRequest.
             * @memberof syft.v1
             * @interface ITripleRequest
             * @augments syft.v1.TripleRequest.$Properties
             * @deprecated Use syft.v1.TripleRequest.$Properties instead.
             */

            /**
             * Shape of a TripleRequest.
             * @typedef {syft.v1.TripleRequest.$Properties} syft.v1.TripleRequest.$Shape
             */

            /**
             * Constructs a new TripleRequest.
             * @memberof syft.v1
             * @classdesc Represents a TripleRequest.
             * @constructor
             * @param {syft.v1.TripleRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TripleRequest = function (properties) {
                this.shapeA = [];
                this.shapeB = [];
                this.holders = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TripleRequest session.
             * @member {string} session
             * @memberof syft.v1.TripleRequest
             * @instance
             */
            TripleRequest.prototype.session = "";

            /**
             * TripleRequest kind.
             * @member {syft.v1.TripleKind} kind
             * @memberof syft.v1.TripleRequest
             * @instance
             */
            TripleRequest.prototype.kind = 0;

            /**
             * TripleRequest shapeA.
             * @member {Array.<number>} shapeA
             * @memberof syft.v1.TripleRequest
             * @instance
             */
            TripleRequest.prototype.shapeA = $util.emptyArray;

            /**
             * TripleRequest shapeB.
             * @member {Array.<number>} shapeB
             * @memberof syft.v1.TripleRequest
             * @instance
             */
            TripleRequest.prototype.shapeB = $util.emptyArray;

            /**
             * TripleRequest holders.
             * @member {Array.<syft.v1.Party.$Properties>} holders
             * @memberof syft.v1.TripleRequest
             * @instance
             */
            TripleRequest.prototype.holders = $util.emptyArray;

            /**
             * Creates a new TripleRequest instance using the specified properties.
             * @function create
             * @memberof syft.v1.TripleRequest
             * @static
             * @param {syft.v1.TripleRequest.$Properties=} [properties] Properties to set
             * @returns {syft.v1.TripleRequest} TripleRequest instance
             * @type {{
             *   (properties: syft.v1.TripleRequest.$Shape): syft.v1.TripleRequest & syft.v1.TripleRequest.$Shape;
             *   (properties?: syft.v1.TripleRequest.$Properties): syft.v1.TripleRequest;
             * }}
             */
            TripleRequest.create = function(properties) {
                return new TripleRequest(properties);
            };

            /**
             * Encodes the specified TripleRequest message. Does not implicitly {@link syft.v1.TripleRequest.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.TripleRequest
             * @static
             * @param {syft.v1.TripleRequest.$Properties} message TripleRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TripleRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && message.session !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.shapeA != null && message.shapeA.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.shapeA);
                if (message.shapeB != null && message.shapeB.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.shapeB);
                if (message.holders != null && message.holders.length)
                    for (var i = 0; i < message.holders.length; ++i)
                        $root.syft.v1.Party.encode(message.holders[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TripleRequest message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.TripleRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.TripleRequest & syft.v1.TripleRequest.$Shape} TripleRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TripleRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.TripleRequest();
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
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.shapeA && message.shapeA.length))
                                    message.shapeA = [];
                                reader.uint32s(message.shapeA);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shapeA && message.shapeA.length))
                                message.shapeA = [];
                            message.shapeA.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.shapeB && message.shapeB.length))
                                    message.shapeB = [];
                                reader.uint32s(message.shapeB);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shapeB && message.shapeB.length))
                                message.shapeB = [];
                            message.shapeB.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.holders && message.holders.length))
                                message.holders = [];
                            message.holders.push($root.syft.v1.Party.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Gets the type url for TripleRequest
             * @function getTypeUrl
             * @memberof syft.v1.TripleRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TripleRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.TripleRequest";
            };

            return TripleRequest;
        })();

        v1.TruncationPairRequest = (function() {

            /**
             * Properties of a TruncationPairRequest.
             * @typedef {Object} syft.v1.TruncationPairRequest.$Properties
             * @property {string|null} [session] TruncationPairRequest session
             * @property {number|null} [size] TruncationPairRequest size
             * @property {string|null} [divisor] TruncationPairRequest divisor
             * @property {Array.<syft.v1.Party.$Properties>|null} [holders] TruncationPairRequest holders
             * @property {number|null} [attempt] TruncationPairRequest attempt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TruncationPairRequest.
             * @memberof syft.v1
             * @interface ITruncationPairRequest
             * @augments syft.v1.TruncationPairRequest.$Properties
             * @deprecated Use syft.v1.TruncationPairRequest.$Properties instead.
             */

            /**
             * Shape of a TruncationPairRequest.
             * @typedef {syft.v1.TruncationPairRequest.$Properties} syft.v1.TruncationPairRequest.$Shape
             */

            /**
             * Constructs a new TruncationPairRequest.
             * @memberof syft.v1
             * @classdesc Represents a TruncationPairRequest.
             * @constructor
             * @param {syft.v1.TruncationPairRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TruncationPairRequest = function (properties) {
                this.holders = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TruncationPairRequest session.
             * @member {string} session
             * @memberof syft.v1.TruncationPairRequest
             * @instance
             */
            TruncationPairRequest.prototype.session = "";

            /**
             * TruncationPairRequest size.
             * @member {number} size
             * @memberof syft.v1.TruncationPairRequest
             * @instance
             */
            TruncationPairRequest.prototype.size = 0;

            /**
             * TruncationPairRequest divisor.
             * @member {string} divisor
             * @memberof syft.v1.TruncationPairRequest
             * @instance
             */
            TruncationPairRequest.prototype.divisor = "";

            /**
             * TruncationPairRequest holders.
             * @member {Array.<syft.v1.Party.$Properties>} holders
             * @memberof syft.v1.TruncationPairRequest
             * @instance
             */
            TruncationPairRequest.prototype.holders = $util.emptyArray;

            /**
             * TruncationPairRequest attempt.
             * @member {number} attempt
             * @memberof syft.v1.TruncationPairRequest
             * @instance
             */
            TruncationPairRequest.prototype.attempt = 0;

            /**
             * Creates a new TruncationPairRequest instance using the specified properties.
             * @function create
             * @memberof syft.v1.TruncationPairRequest
             * @static
             * @param {syft.v1.TruncationPairRequest.$Properties=} [properties] Properties to set
             * @returns {syft.v1.TruncationPairRequest} TruncationPairRequest instance
             * @type {{
             *   (properties: syft.v1.TruncationPairRequest.$Shape): syft.v1.TruncationPairRequest & syft.v1.TruncationPairRequest.$Shape;
             *   (properties?: syft.v1.TruncationPairRequest.$Properties): syft.v1.TruncationPairRequest;
             * }}
             */
            TruncationPairRequest.create = function(properties) {
                return new TruncationPairRequest(properties);
            };

            /**
             * Encodes the specified TruncationPairRequest message. Does not implicitly {@link syft.v1.TruncationPairRequest.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.TruncationPairRequest
             * @static
             * @param {syft.v1.TruncationPairRequest.$Properties} message TruncationPairRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TruncationPairRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && message.session !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && message.size !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.size);
                if (message.divisor != null && $Object.hasOwnProperty.call(message, "divisor") && message.divisor !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.divisor);
                if (message.holders != null && message.holders.length)
                    for (var i = 0; i < message.holders.length; ++i)
                        $root.syft.v1.Party.encode(message.holders[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.attempt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TruncationPairRequest message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.TruncationPairRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.TruncationPairRequest & syft.v1.TruncationPairRequest.$Shape} TruncationPairRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TruncationPairRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.TruncationPairRequest();
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
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.divisor = value;
                            else
                                delete message.divisor;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.holders && message.holders.length))
                                message.holders = [];
                            message.holders.push($root.syft.v1.Party.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
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
             * Gets the type url for TruncationPairRequest
             * @function getTypeUrl
             * @memberof syft.v1.TruncationPairRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TruncationPairRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.TruncationPairRequest";
            };

            return TruncationPairRequest;
        })();

        v1.BeaverOpen = (function() {

            /**
             * Properties of a BeaverOpen.
             * @typedef {Object} syft.v1.BeaverOpen.$Properties
             * @property {string|null} [session] BeaverOpen session
             * @property {syft.v1.TripleKind|null} [kind] BeaverOpen kind
             * @property {string|null} [x] BeaverOpen x
             * @property {string|null} [y] BeaverOpen y
             * @property {string|null} [provider] BeaverOpen provider
             * @property {Uint8Array|null} [providerPublicKey] BeaverOpen providerPublicKey
             * @property {Uint8Array|null} [envelope] BeaverOpen envelope
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeaverOpen.
             * @memberof syft.v1
             * @interface IBeaverOpen
             * @augments syft.v1.BeaverOpen.$Properties
             * @deprecated Use syft.v1.BeaverOpen.$Properties instead.
             */

            /**
             * Shape of a BeaverOpen.
             * @typedef {syft.v1.BeaverOpen.$Properties} syft.v1.BeaverOpen.$Shape
             */

            /**
             * Constructs a new BeaverOpen.
             * @memberof syft.v1
             * @classdesc Represents a BeaverOpen.
             * @constructor
             * @param {syft.v1.BeaverOpen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var BeaverOpen = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeaverOpen session.
             * @member {string} session
             * @memberof syft.v1.BeaverOpen
             * @instance
             */
            BeaverOpen.prototype.session = "";

            /**
             * BeaverOpen kind.
             * @member {syft.v1.TripleKind} kind
             * @memberof syft.v1.BeaverOpen
             * @instance
             */
            BeaverOpen.prototype.kind = 0;

            /**
             * BeaverOpen x.
             * @member {string} x
             * @memberof syft.v1.BeaverOpen
             * @instance
             */
            BeaverOpen.prototype.x = "";

            /**
             * BeaverOpen y.
             * @member {string} y
             * @memberof syft.v1.BeaverOpen
             * @instance
             */
            BeaverOpen.prototype.y = "";

            /**
             * BeaverOpen provider.
             * @member {string} provider
             * @memberof syft.v1.BeaverOpen
             * @instance
             */
            BeaverOpen.prototype.provider = "";

            /**
             * BeaverOpen providerPublicKey.
             * @member {Uint8Array} providerPublicKey
             * @memberof syft.v1.BeaverOpen
             * @instance
             */
            BeaverOpen.prototype.providerPublicKey = $util.newBuffer([]);

            /**
             * BeaverOpen envelope.
             * @member {Uint8Array} envelope
             * @memberof syft.v1.BeaverOpen
             * @instance
             */
            BeaverOpen.prototype.envelope = $util.newBuffer([]);

            /**
             * Creates a new BeaverOpen instance using the specified properties.
             * @function create
             * @memberof syft.v1.BeaverOpen
             * @static
             * @param {syft.v1.BeaverOpen.$Properties=} [properties] Properties to set
             * @returns {syft.v1.BeaverOpen} BeaverOpen instance
             * @type {{
             *   (properties: syft.v1.BeaverOpen.$Shape): syft.v1.BeaverOpen & syft.v1.BeaverOpen.$Shape;
             *   (properties?: syft.v1.BeaverOpen.$Properties): syft.v1.BeaverOpen;
             * }}
             */
            BeaverOpen.create = function(properties) {
                return new BeaverOpen(properties);
            };

            /**
             * Encodes the specified BeaverOpen message. Does not implicitly {@link syft.v1.BeaverOpen.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.BeaverOpen
             * @static
             * @param {syft.v1.BeaverOpen.$Properties} message BeaverOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeaverOpen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && message.session !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.y);
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.provider);
                if (message.providerPublicKey != null && $Object.hasOwnProperty.call(message, "providerPublicKey") && message.providerPublicKey.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.providerPublicKey);
                if (message.envelope != null && $Object.hasOwnProperty.call(message, "envelope") && message.envelope.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.envelope);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BeaverOpen message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.BeaverOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.BeaverOpen & syft.v1.BeaverOpen.$Shape} BeaverOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeaverOpen.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.BeaverOpen();
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
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.providerPublicKey = value;
                            else
                                delete message.providerPublicKey;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.envelope = value;
                            else
                                delete message.envelope;
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
             * Gets the type url for BeaverOpen
             * @function getTypeUrl
             * @memberof syft.v1.BeaverOpen
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BeaverOpen.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.BeaverOpen";
            };

            return BeaverOpen;
        })();

        v1.BeaverClose = (function() {

            /**
             * Properties of a BeaverClose.
             * @typedef {Object} syft.v1.BeaverClose.$Properties
             * @property {string|null} [session] BeaverClose session
             * @property {syft.v1.TensorData.$Properties|null} [d] BeaverClose d
             * @property {syft.v1.TensorData.$Properties|null} [e] BeaverClose e
             * @property {string|null} [resultGroup] BeaverClose resultGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeaverClose.
             * @memberof syft.v1
             * @interface IBeaverClose
             * @augments syft.v1.BeaverClose.$Properties
             * @deprecated Use syft.v1.BeaverClose.$Properties instead.
             */

            /**
             * Shape of a BeaverClose.
             * @typedef {syft.v1.BeaverClose.$Properties} syft.v1.BeaverClose.$Shape
             */

            /**
             * Constructs a new BeaverClose.
             * @memberof syft.v1
             * @classdesc Represents a BeaverClose.
             * @constructor
             * @param {syft.v1.BeaverClose.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var BeaverClose = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeaverClose session.
             * @member {string} session
             * @memberof syft.v1.BeaverClose
             * @instance
             */
            BeaverClose.prototype.session = "";

            /**
             * BeaverClose d.
             * @member {syft.v1.TensorData.$Properties|null|undefined} d
             * @memberof syft.v1.BeaverClose
             * @instance
             */
            BeaverClose.prototype.d = null;

            /**
             * BeaverClose e.
             * @member {syft.v1.TensorData.$Properties|null|undefined} e
             * @memberof syft.v1.BeaverClose
             * @instance
             */
            BeaverClose.prototype.e = null;

            /**
             * BeaverClose resultGroup.
             * @member {string} resultGroup
             * @memberof syft.v1.BeaverClose
             * @instance
             */
            BeaverClose.prototype.resultGroup = "";

            /**
             * Creates a new BeaverClose instance using the specified properties.
             * @function create
             * @memberof syft.v1.BeaverClose
             * @static
             * @param {syft.v1.BeaverClose.$Properties=} [properties] Properties to set
             * @returns {syft.v1.BeaverClose} BeaverClose instance
             * @type {{
             *   (properties: syft.v1.BeaverClose.$Shape): syft.v1.BeaverClose & syft.v1.BeaverClose.$Shape;
             *   (properties?: syft.v1.BeaverClose.$Properties): syft.v1.BeaverClose;
             * }}
             */
            BeaverClose.create = function(properties) {
                return new BeaverClose(properties);
            };

            /**
             * Encodes the specified BeaverClose message. Does not implicitly {@link syft.v1.BeaverClose.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.BeaverClose
             * @static
             * @param {syft.v1.BeaverClose.$Properties} message BeaverClose message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeaverClose.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && message.session !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session);
                if (message.d != null && $Object.hasOwnProperty.call(message, "d"))
                    $root.syft.v1.TensorData.encode(message.d, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.e != null && $Object.hasOwnProperty.call(message, "e"))
                    $root.syft.v1.TensorData.encode(message.e, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.resultGroup != null && $Object.hasOwnProperty.call(message, "resultGroup") && message.resultGroup !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.resultGroup);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BeaverClose message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.BeaverClose
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.BeaverClose & syft.v1.BeaverClose.$Shape} BeaverClose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeaverClose.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.BeaverClose();
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
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.d = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.d);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.e = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.e);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resultGroup = value;
                            else
                                delete message.resultGroup;
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
             * Gets the type url for BeaverClose
             * @function getTypeUrl
             * @memberof syft.v1.BeaverClose
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BeaverClose.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.BeaverClose";
            };

            return BeaverClose;
        })();

        v1.TruncOpen = (function() {

            /**
             * Properties of a TruncOpen.
             * @typedef {Object} syft.v1.TruncOpen.$Properties
             * @property {string|null} [session] TruncOpen session
             * @property {string|null} [x] TruncOpen x
             * @property {string|null} [provider] TruncOpen provider
             * @property {Uint8Array|null} [providerPublicKey] TruncOpen providerPublicKey
             * @property {Uint8Array|null} [envelope] TruncOpen envelope
             * @property {string|null} [offset] TruncOpen offset
             * @property {number|null} [attempt] TruncOpen attempt
             * @property {Array.<number>|null} [indices] TruncOpen indices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TruncOpen.
             * @memberof syft.v1
             * @interface ITruncOpen
             * @augments syft.v1.TruncOpen.$Properties
             * @deprecated Use syft.v1.TruncOpen.$Properties instead.
             */

            /**
             * Shape of a TruncOpen.
             * @typedef {syft.v1.TruncOpen.$Properties} syft.v1.TruncOpen.$Shape
             */

            /**
             * Constructs a new TruncOpen.
             * @memberof syft.v1
             * @classdesc Represents a TruncOpen.
             * @constructor
             * @param {syft.v1.TruncOpen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TruncOpen = function (properties) {
                this.indices = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TruncOpen session.
             * @member {string} session
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.session = "";

            /**
             * TruncOpen x.
             * @member {string} x
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.x = "";

            /**
             * TruncOpen provider.
             * @member {string} provider
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.provider = "";

            /**
             * TruncOpen providerPublicKey.
             * @member {Uint8Array} providerPublicKey
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.providerPublicKey = $util.newBuffer([]);

            /**
             * TruncOpen envelope.
             * @member {Uint8Array} envelope
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.envelope = $util.newBuffer([]);

            /**
             * TruncOpen offset.
             * @member {string} offset
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.offset = "";

            /**
             * TruncOpen attempt.
             * @member {number} attempt
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.attempt = 0;

            /**
             * TruncOpen indices.
             * @member {Array.<number>} indices
             * @memberof syft.v1.TruncOpen
             * @instance
             */
            TruncOpen.prototype.indices = $util.emptyArray;

            /**
             * Creates a new TruncOpen instance using the specified properties.
             * @function create
             * @memberof syft.v1.TruncOpen
             * @static
             * @param {syft.v1.TruncOpen.$Properties=} [properties] Properties to set
             * @returns {syft.v1.TruncOpen} TruncOpen instance
             * @type {{
             *   (properties: syft.v1.TruncOpen.$Shape): syft.v1.TruncOpen & syft.v1.TruncOpen.$Shape;
             *   (properties?: syft.v1.TruncOpen.$Properties): syft.v1.TruncOpen;
             * }}
             */
            TruncOpen.create = function(properties) {
                return new TruncOpen(properties);
            };

            /**
             * Encodes the specified TruncOpen message. Does not implicitly {@link syft.v1.TruncOpen.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.TruncOpen
             * @static
             * @param {syft.v1.TruncOpen.$Properties} message TruncOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TruncOpen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && message.session !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session);
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.x);
                if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.provider);
                if (message.providerPublicKey != null && $Object.hasOwnProperty.call(message, "providerPublicKey") && message.providerPublicKey.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.providerPublicKey);
                if (message.envelope != null && $Object.hasOwnProperty.call(message, "envelope") && message.envelope.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.envelope);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.offset);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.attempt);
                if (message.indices != null && message.indices.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.indices);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TruncOpen message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.TruncOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.TruncOpen & syft.v1.TruncOpen.$Shape} TruncOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TruncOpen.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.TruncOpen();
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
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.provider = value;
                            else
                                delete message.provider;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.providerPublicKey = value;
                            else
                                delete message.providerPublicKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.envelope = value;
                            else
                                delete message.envelope;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.indices && message.indices.length))
                                    message.indices = [];
                                reader.uint32s(message.indices);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.indices && message.indices.length))
                                message.indices = [];
                            message.indices.push(reader.uint32());
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
             * Gets the type url for TruncOpen
             * @function getTypeUrl
             * @memberof syft.v1.TruncOpen
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TruncOpen.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.TruncOpen";
            };

            return TruncOpen;
        })();

        v1.TruncClose = (function() {

            /**
             * Properties of a TruncClose.
             * @typedef {Object} syft.v1.TruncClose.$Properties
             * @property {string|null} [session] TruncClose session
             * @property {syft.v1.TensorData.$Properties|null} [c] TruncClose c
             * @property {string|null} [divisor] TruncClose divisor
             * @property {string|null} [quotientOffset] TruncClose quotientOffset
             * @property {string|null} [resultGroup] TruncClose resultGroup
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TruncClose.
             * @memberof syft.v1
             * @interface ITruncClose
             * @augments syft.v1.TruncClose.$Properties
             * @deprecated Use syft.v1.TruncClose.$Properties instead.
             */

            /**
             * Shape of a TruncClose.
             * @typedef {syft.v1.TruncClose.$Properties} syft.v1.TruncClose.$Shape
             */

            /**
             * Constructs a new TruncClose.
             * @memberof syft.v1
             * @classdesc Represents a TruncClose.
             * @constructor
             * @param {syft.v1.TruncClose.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var TruncClose = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TruncClose session.
             * @member {string} session
             * @memberof syft.v1.TruncClose
             * @instance
             */
            TruncClose.prototype.session = "";

            /**
             * TruncClose c.
             * @member {syft.v1.TensorData.$Properties|null|undefined} c
             * @memberof syft.v1.TruncClose
             * @instance
             */
            TruncClose.prototype.c = null;

            /**
             * TruncClose divisor.
             * @member {string} divisor
             * @memberof syft.v1.TruncClose
             * @instance
             */
            TruncClose.prototype.divisor = "";

            /**
             * TruncClose quotientOffset.
             * @member {string} quotientOffset
             * @memberof syft.v1.TruncClose
             * @instance
             */
            TruncClose.prototype.quotientOffset = "";

            /**
             * TruncClose resultGroup.
             * @member {string} resultGroup
             * @memberof syft.v1.TruncClose
             * @instance
             */
            TruncClose.prototype.resultGroup = "";

            /**
             * Creates a new TruncClose instance using the specified properties.
             * @function create
             * @memberof syft.v1.TruncClose
             * @static
             * @param {syft.v1.TruncClose.$Properties=} [properties] Properties to set
             * @returns {syft.v1.TruncClose} TruncClose instance
             * @type {{
             *   (properties: syft.v1.TruncClose.$Shape): syft.v1.TruncClose & syft.v1.TruncClose.$Shape;
             *   (properties?: syft.v1.TruncClose.$Properties): syft.v1.TruncClose;
             * }}
             */
            TruncClose.create = function(properties) {
                return new TruncClose(properties);
            };

            /**
             * Encodes the specified TruncClose message. Does not implicitly {@link syft.v1.TruncClose.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.TruncClose
             * @static
             * @param {syft.v1.TruncClose.$Properties} message TruncClose message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TruncClose.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && message.session !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.session);
                if (message.c != null && $Object.hasOwnProperty.call(message, "c"))
                    $root.syft.v1.TensorData.encode(message.c, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.divisor != null && $Object.hasOwnProperty.call(message, "divisor") && message.divisor !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.divisor);
                if (message.quotientOffset != null && $Object.hasOwnProperty.call(message, "quotientOffset") && message.quotientOffset !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.quotientOffset);
                if (message.resultGroup != null && $Object.hasOwnProperty.call(message, "resultGroup") && message.resultGroup !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.resultGroup);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TruncClose message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.TruncClose
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.TruncClose & syft.v1.TruncClose.$Shape} TruncClose
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TruncClose.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.TruncClose();
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
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.c = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.c);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.divisor = value;
                            else
                                delete message.divisor;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.quotientOffset = value;
                            else
                                delete message.quotientOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resultGroup = value;
                            else
                                delete message.resultGroup;
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
             * Gets the type url for TruncClose
             * @function getTypeUrl
             * @memberof syft.v1.TruncClose
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TruncClose.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.TruncClose";
            };

            return TruncClose;
        })();

        v1.ModelSpec = (function() {

            /**
             * Properties of a ModelSpec.
             * @typedef {Object} syft.v1.ModelSpec.$Properties
             * @property {string|null} [kind] ModelSpec kind
             * @property {string|null} [loss] ModelSpec loss
             * @property {Array.<number>|null} [inputShape] ModelSpec inputShape
             * @property {Array.<string>|null} [layers] ModelSpec layers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelSpec.
             * @memberof syft.v1
             * @interface IModelSpec
             * @augments syft.v1.ModelSpec.$Properties
             * @deprecated Use syft.v1.ModelSpec.$Properties instead.
             */

            /**
             * Shape of a ModelSpec.
             * @typedef {syft.v1.ModelSpec.$Properties} syft.v1.ModelSpec.$Shape
             */

            /**
             * Constructs a new ModelSpec.
             * @memberof syft.v1
             * @classdesc Represents a ModelSpec.
             * @constructor
             * @param {syft.v1.ModelSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ModelSpec = function (properties) {
                this.inputShape = [];
                this.layers = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelSpec kind.
             * @member {string} kind
             * @memberof syft.v1.ModelSpec
             * @instance
             */
            ModelSpec.prototype.kind = "";

            /**
             * ModelSpec loss.
             * @member {string} loss
             * @memberof syft.v1.ModelSpec
             * @instance
             */
            ModelSpec.prototype.loss = "";

            /**
             * ModelSpec inputShape.
             * @member {Array.<number>} inputShape
             * @memberof syft.v1.ModelSpec
             * @instance
             */
            ModelSpec.prototype.inputShape = $util.emptyArray;

            /**
             * ModelSpec layers.
             * @member {Array.<string>} layers
             * @memberof syft.v1.ModelSpec
             * @instance
             */
            ModelSpec.prototype.layers = $util.emptyArray;

            /**
             * Creates a new ModelSpec instance using the specified properties.
             * @function create
             * @memberof syft.v1.ModelSpec
             * @static
             * @param {syft.v1.ModelSpec.$Properties=} [properties] Properties to set
             * @returns {syft.v1.ModelSpec} ModelSpec instance
             * @type {{
             *   (properties: syft.v1.ModelSpec.$Shape): syft.v1.ModelSpec & syft.v1.ModelSpec.$Shape;
             *   (properties?: syft.v1.ModelSpec.$Properties): syft.v1.ModelSpec;
             * }}
             */
            ModelSpec.create = function(properties) {
                return new ModelSpec(properties);
            };

            /**
             * Encodes the specified ModelSpec message. Does not implicitly {@link syft.v1.ModelSpec.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.ModelSpec
             * @static
             * @param {syft.v1.ModelSpec.$Properties} message ModelSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss") && message.loss !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.loss);
                if (message.inputShape != null && message.inputShape.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.inputShape);
                if (message.layers != null && message.layers.length)
                    for (var i = 0; i < message.layers.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.layers[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ModelSpec message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.ModelSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.ModelSpec & syft.v1.ModelSpec.$Shape} ModelSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelSpec.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.ModelSpec();
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
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.loss = value;
                            else
                                delete message.loss;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.inputShape && message.inputShape.length))
                                    message.inputShape = [];
                                reader.uint32s(message.inputShape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.inputShape && message.inputShape.length))
                                message.inputShape = [];
                            message.inputShape.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.layers && message.layers.length))
                                message.layers = [];
                            message.layers.push(reader.stringVerify());
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
             * Gets the type url for ModelSpec
             * @function getTypeUrl
             * @memberof syft.v1.ModelSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.ModelSpec";
            };

            return ModelSpec;
        })();

        v1.NamedTensor = (function() {

            /**
             * Properties of a NamedTensor.
             * @typedef {Object} syft.v1.NamedTensor.$Properties
             * @property {string|null} [name] NamedTensor name
             * @property {syft.v1.TensorData.$Properties|null} [tensor] NamedTensor tensor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NamedTensor.
             * @memberof syft.v1
             * @interface INamedTensor
             * @augments syft.v1.NamedTensor.$Properties
             * @deprecated Use syft.v1.NamedTensor.$Properties instead.
             */

            /**
             * Shape of a NamedTensor.
             * @typedef {syft.v1.NamedTensor.$Properties} syft.v1.NamedTensor.$Shape
             */

            /**
             * Constructs a new NamedTensor.
             * @memberof syft.v1
             * @classdesc Represents a NamedTensor.
             * @constructor
             * @param {syft.v1.NamedTensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var NamedTensor = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NamedTensor name.
             * @member {string} name
             * @memberof syft.v1.NamedTensor
             * @instance
             */
            NamedTensor.prototype.name = "";

            /**
             * NamedTensor tensor.
             * @member {syft.v1.TensorData.$Properties|null|undefined} tensor
             * @memberof syft.v1.NamedTensor
             * @instance
             */
            NamedTensor.prototype.tensor = null;

            /**
             * Creates a new NamedTensor instance using the specified properties.
             * @function create
             * @memberof syft.v1.NamedTensor
             * @static
             * @param {syft.v1.NamedTensor.$Properties=} [properties] Properties to set
             * @returns {syft.v1.NamedTensor} NamedTensor instance
             * @type {{
             *   (properties: syft.v1.NamedTensor.$Shape): syft.v1.NamedTensor & syft.v1.NamedTensor.$Shape;
             *   (properties?: syft.v1.NamedTensor.$Properties): syft.v1.NamedTensor;
             * }}
             */
            NamedTensor.create = function(properties) {
                return new NamedTensor(properties);
            };

            /**
             * Encodes the specified NamedTensor message. Does not implicitly {@link syft.v1.NamedTensor.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.NamedTensor
             * @static
             * @param {syft.v1.NamedTensor.$Properties} message NamedTensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NamedTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                    $root.syft.v1.TensorData.encode(message.tensor, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NamedTensor message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.NamedTensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.NamedTensor & syft.v1.NamedTensor.$Shape} NamedTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NamedTensor.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.NamedTensor();
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
                            if (wireType !== 2)
                                break;
                            message.tensor = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor);
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
             * Gets the type url for NamedTensor
             * @function getTypeUrl
             * @memberof syft.v1.NamedTensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NamedTensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.NamedTensor";
            };

            return NamedTensor;
        })();

        v1.ModelData = (function() {

            /**
             * Properties of a ModelData.
             * @typedef {Object} syft.v1.ModelData.$Properties
             * @property {syft.v1.ModelSpec.$Properties|null} [spec] ModelData spec
             * @property {Array.<syft.v1.NamedTensor.$Properties>|null} [weights] ModelData weights
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelData.
             * @memberof syft.v1
             * @interface IModelData
             * @augments syft.v1.ModelData.$Properties
             * @deprecated Use syft.v1.ModelData.$Properties instead.
             */

            /**
             * Shape of a ModelData.
             * @typedef {syft.v1.ModelData.$Properties} syft.v1.ModelData.$Shape
             */

            /**
             * Constructs a new ModelData.
             * @memberof syft.v1
             * @classdesc Represents a ModelData.
             * @constructor
             * @param {syft.v1.ModelData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ModelData = function (properties) {
                this.weights = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelData spec.
             * @member {syft.v1.ModelSpec.$Properties|null|undefined} spec
             * @memberof syft.v1.ModelData
             * @instance
             */
            ModelData.prototype.spec = null;

            /**
             * ModelData weights.
             * @member {Array.<syft.v1.NamedTensor.$Properties>} weights
             * @memberof syft.v1.ModelData
             * @instance
             */
            ModelData.prototype.weights = $util.emptyArray;

            /**
             * Creates a new ModelData instance using the specified properties.
             * @function create
             * @memberof syft.v1.ModelData
             * @static
             * @param {syft.v1.ModelData.$Properties=} [properties] Properties to set
             * @returns {syft.v1.ModelData} ModelData instance
             * @type {{
             *   (properties: syft.v1.ModelData.$Shape): syft.v1.ModelData & syft.v1.ModelData.$Shape;
             *   (properties?: syft.v1.ModelData.$Properties): syft.v1.ModelData;
             * }}
             */
            ModelData.create = function(properties) {
                return new ModelData(properties);
            };

            /**
             * Encodes the specified ModelData message. Does not implicitly {@link syft.v1.ModelData.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.ModelData
             * @static
             * @param {syft.v1.ModelData.$Properties} message ModelData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.syft.v1.ModelSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.weights != null && message.weights.length)
                    for (var i = 0; i < message.weights.length; ++i)
                        $root.syft.v1.NamedTensor.encode(message.weights[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ModelData message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.ModelData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.ModelData & syft.v1.ModelData.$Shape} ModelData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelData.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.ModelData();
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
                            message.spec = $root.syft.v1.ModelSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.weights && message.weights.length))
                                message.weights = [];
                            message.weights.push($root.syft.v1.NamedTensor.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Gets the type url for ModelData
             * @function getTypeUrl
             * @memberof syft.v1.ModelData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.ModelData";
            };

            return ModelData;
        })();

        v1.StoreModel = (function() {

            /**
             * Properties of a StoreModel.
             * @typedef {Object} syft.v1.StoreModel.$Properties
             * @property {syft.v1.ModelData.$Properties|null} [model] StoreModel model
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoreModel.
             * @memberof syft.v1
             * @interface IStoreModel
             * @augments syft.v1.StoreModel.$Properties
             * @deprecated Use syft.v1.StoreModel.$Properties instead.
             */

            /**
             * Shape of a StoreModel.
             * @typedef {syft.v1.StoreModel.$Properties} syft.v1.StoreModel.$Shape
             */

            /**
             * Constructs a new StoreModel.
             * @memberof syft.v1
             * @classdesc Represents a StoreModel.
             * @constructor
             * @param {syft.v1.StoreModel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StoreModel = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoreModel model.
             * @member {syft.v1.ModelData.$Properties|null|undefined} model
             * @memberof syft.v1.StoreModel
             * @instance
             */
            StoreModel.prototype.model = null;

            /**
             * Creates a new StoreModel instance using the specified properties.
             * @function create
             * @memberof syft.v1.StoreModel
             * @static
             * @param {syft.v1.StoreModel.$Properties=} [properties] Properties to set
             * @returns {syft.v1.StoreModel} StoreModel instance
             * @type {{
             *   (properties: syft.v1.StoreModel.$Shape): syft.v1.StoreModel & syft.v1.StoreModel.$Shape;
             *   (properties?: syft.v1.StoreModel.$Properties): syft.v1.StoreModel;
             * }}
             */
            StoreModel.create = function(properties) {
                return new StoreModel(properties);
            };

            /**
             * Encodes the specified StoreModel message. Does not implicitly {@link syft.v1.StoreModel.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.StoreModel
             * @static
             * @param {syft.v1.StoreModel.$Properties} message StoreModel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoreModel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    $root.syft.v1.ModelData.encode(message.model, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoreModel message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.StoreModel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.StoreModel & syft.v1.StoreModel.$Shape} StoreModel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoreModel.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.StoreModel();
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
                            message.model = $root.syft.v1.ModelData.decode(reader, reader.size(), $undefined, _depth + 1, message.model);
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
             * Gets the type url for StoreModel
             * @function getTypeUrl
             * @memberof syft.v1.StoreModel
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StoreModel.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.StoreModel";
            };

            return StoreModel;
        })();

        v1.TrainConfig = (function() {

            /**
             * Properties of a TrainConfig.
             * @typedef {Object} syft.v1.TrainConfig.$Properties
             * @property {string|null} [optimizer] TrainConfig optimizer
             * @property {number|null} [learningRate] TrainConfig learningRate
             * @property {number|null} [batchSize] TrainConfig batchSize
             * @property {number|null} [epochs] TrainConfig epochs
             * @property {number|null} [seed] TrainConfig seed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrainConfig.
             * @memberof syft.v1
             * @interface ITrainConfig
             * @augments syft.v1.TrainConfig.$Properties
             * @deprecated Use syft.v1.TrainConfig.$Properties instead.
             */

            /**
             * Shape of a TrainConfig.
             * @typedef {syft.v1.TrainConfig.$Properties} syft.v1.TrainConfig.$Shape
             */

            /**
             * Constructs a new TrainConfig.
             * @memberof syft.v1
             * @classdesc Represents a TrainConfig.
             * @constructor
             * @param {syft.v1.TrainConfig.$Properties=} [properties] Properties to set
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
             * @memberof syft.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.optimizer = "";

            /**
             * TrainConfig learningRate.
             * @member {number} learningRate
             * @memberof syft.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.learningRate = 0;

            /**
             * TrainConfig batchSize.
             * @member {number} batchSize
             * @memberof syft.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.batchSize = 0;

            /**
             * TrainConfig epochs.
             * @member {number} epochs
             * @memberof syft.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.epochs = 0;

            /**
             * TrainConfig seed.
             * @member {number} seed
             * @memberof syft.v1.TrainConfig
             * @instance
             */
            TrainConfig.prototype.seed = 0;

            /**
             * Creates a new TrainConfig instance using the specified properties.
             * @function create
             * @memberof syft.v1.TrainConfig
             * @static
             * @param {syft.v1.TrainConfig.$Properties=} [properties] Properties to set
             * @returns {syft.v1.TrainConfig} TrainConfig instance
             * @type {{
             *   (properties: syft.v1.TrainConfig.$Shape): syft.v1.TrainConfig & syft.v1.TrainConfig.$Shape;
             *   (properties?: syft.v1.TrainConfig.$Properties): syft.v1.TrainConfig;
             * }}
             */
            TrainConfig.create = function(properties) {
                return new TrainConfig(properties);
            };

            /**
             * Encodes the specified TrainConfig message. Does not implicitly {@link syft.v1.TrainConfig.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.TrainConfig
             * @static
             * @param {syft.v1.TrainConfig.$Properties} message TrainConfig message or plain object to encode
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
                if (message.epochs != null && $Object.hasOwnProperty.call(message, "epochs") && message.epochs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.epochs);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && message.seed !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.seed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TrainConfig message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.TrainConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.TrainConfig & syft.v1.TrainConfig.$Shape} TrainConfig
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
                message = _target || new $root.syft.v1.TrainConfig();
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
                                message.epochs = value;
                            else
                                delete message.epochs;
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
             * @memberof syft.v1.TrainConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.TrainConfig";
            };

            return TrainConfig;
        })();

        v1.Fit = (function() {

            /**
             * Properties of a Fit.
             * @typedef {Object} syft.v1.Fit.$Properties
             * @property {string|null} [model] Fit model
             * @property {string|null} [x] Fit x
             * @property {string|null} [y] Fit y
             * @property {syft.v1.TrainConfig.$Properties|null} [config] Fit config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Fit.
             * @memberof syft.v1
             * @interface IFit
             * @augments syft.v1.Fit.$Properties
             * @deprecated Use syft.v1.Fit.$Properties instead.
             */

            /**
             * Shape of a Fit.
             * @typedef {syft.v1.Fit.$Properties} syft.v1.Fit.$Shape
             */

            /**
             * Constructs a new Fit.
             * @memberof syft.v1
             * @classdesc Represents a Fit.
             * @constructor
             * @param {syft.v1.Fit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Fit = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Fit model.
             * @member {string} model
             * @memberof syft.v1.Fit
             * @instance
             */
            Fit.prototype.model = "";

            /**
             * Fit x.
             * @member {string} x
             * @memberof syft.v1.Fit
             * @instance
             */
            Fit.prototype.x = "";

            /**
             * Fit y.
             * @member {string} y
             * @memberof syft.v1.Fit
             * @instance
             */
            Fit.prototype.y = "";

            /**
             * Fit config.
             * @member {syft.v1.TrainConfig.$Properties|null|undefined} config
             * @memberof syft.v1.Fit
             * @instance
             */
            Fit.prototype.config = null;

            /**
             * Creates a new Fit instance using the specified properties.
             * @function create
             * @memberof syft.v1.Fit
             * @static
             * @param {syft.v1.Fit.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Fit} Fit instance
             * @type {{
             *   (properties: syft.v1.Fit.$Shape): syft.v1.Fit & syft.v1.Fit.$Shape;
             *   (properties?: syft.v1.Fit.$Properties): syft.v1.Fit;
             * }}
             */
            Fit.create = function(properties) {
                return new Fit(properties);
            };

            /**
             * Encodes the specified Fit message. Does not implicitly {@link syft.v1.Fit.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Fit
             * @static
             * @param {syft.v1.Fit.$Properties} message Fit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.y);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.syft.v1.TrainConfig.encode(message.config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Fit message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Fit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Fit & syft.v1.Fit.$Shape} Fit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Fit();
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
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.x = value;
                            else
                                delete message.x;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.y = value;
                            else
                                delete message.y;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.syft.v1.TrainConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
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
             * Gets the type url for Fit
             * @function getTypeUrl
             * @memberof syft.v1.Fit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Fit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Fit";
            };

            return Fit;
        })();

        v1.Parameters = (function() {

            /**
             * Properties of a Parameters.
             * @typedef {Object} syft.v1.Parameters.$Properties
             * @property {string|null} [model] Parameters model
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Parameters.
             * @memberof syft.v1
             * @interface IParameters
             * @augments syft.v1.Parameters.$Properties
             * @deprecated Use syft.v1.Parameters.$Properties instead.
             */

            /**
             * Shape of a Parameters.
             * @typedef {syft.v1.Parameters.$Properties} syft.v1.Parameters.$Shape
             */

            /**
             * Constructs a new Parameters.
             * @memberof syft.v1
             * @classdesc Represents a Parameters.
             * @constructor
             * @param {syft.v1.Parameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Parameters = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Parameters model.
             * @member {string} model
             * @memberof syft.v1.Parameters
             * @instance
             */
            Parameters.prototype.model = "";

            /**
             * Creates a new Parameters instance using the specified properties.
             * @function create
             * @memberof syft.v1.Parameters
             * @static
             * @param {syft.v1.Parameters.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Parameters} Parameters instance
             * @type {{
             *   (properties: syft.v1.Parameters.$Shape): syft.v1.Parameters & syft.v1.Parameters.$Shape;
             *   (properties?: syft.v1.Parameters.$Properties): syft.v1.Parameters;
             * }}
             */
            Parameters.create = function(properties) {
                return new Parameters(properties);
            };

            /**
             * Encodes the specified Parameters message. Does not implicitly {@link syft.v1.Parameters.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Parameters
             * @static
             * @param {syft.v1.Parameters.$Properties} message Parameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Parameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Parameters message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Parameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Parameters & syft.v1.Parameters.$Shape} Parameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Parameters.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Parameters();
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
                                message.model = value;
                            else
                                delete message.model;
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
             * Gets the type url for Parameters
             * @function getTypeUrl
             * @memberof syft.v1.Parameters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Parameters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Parameters";
            };

            return Parameters;
        })();

        v1.SetParameters = (function() {

            /**
             * Properties of a SetParameters.
             * @typedef {Object} syft.v1.SetParameters.$Properties
             * @property {string|null} [model] SetParameters model
             * @property {string|null} [tensor] SetParameters tensor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetParameters.
             * @memberof syft.v1
             * @interface ISetParameters
             * @augments syft.v1.SetParameters.$Properties
             * @deprecated Use syft.v1.SetParameters.$Properties instead.
             */

            /**
             * Shape of a SetParameters.
             * @typedef {syft.v1.SetParameters.$Properties} syft.v1.SetParameters.$Shape
             */

            /**
             * Constructs a new SetParameters.
             * @memberof syft.v1
             * @classdesc Represents a SetParameters.
             * @constructor
             * @param {syft.v1.SetParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SetParameters = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetParameters model.
             * @member {string} model
             * @memberof syft.v1.SetParameters
             * @instance
             */
            SetParameters.prototype.model = "";

            /**
             * SetParameters tensor.
             * @member {string} tensor
             * @memberof syft.v1.SetParameters
             * @instance
             */
            SetParameters.prototype.tensor = "";

            /**
             * Creates a new SetParameters instance using the specified properties.
             * @function create
             * @memberof syft.v1.SetParameters
             * @static
             * @param {syft.v1.SetParameters.$Properties=} [properties] Properties to set
             * @returns {syft.v1.SetParameters} SetParameters instance
             * @type {{
             *   (properties: syft.v1.SetParameters.$Shape): syft.v1.SetParameters & syft.v1.SetParameters.$Shape;
             *   (properties?: syft.v1.SetParameters.$Properties): syft.v1.SetParameters;
             * }}
             */
            SetParameters.create = function(properties) {
                return new SetParameters(properties);
            };

            /**
             * Encodes the specified SetParameters message. Does not implicitly {@link syft.v1.SetParameters.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.SetParameters
             * @static
             * @param {syft.v1.SetParameters.$Properties} message SetParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor") && message.tensor !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.tensor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetParameters message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.SetParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.SetParameters & syft.v1.SetParameters.$Shape} SetParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetParameters.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.SetParameters();
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
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tensor = value;
                            else
                                delete message.tensor;
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
             * Gets the type url for SetParameters
             * @function getTypeUrl
             * @memberof syft.v1.SetParameters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetParameters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.SetParameters";
            };

            return SetParameters;
        })();

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} syft.v1.Request.$Properties
             * @property {number|null} [id] Request id
             * @property {string|null} [sender] Request sender
             * @property {syft.v1.Hello.$Properties|null} [hello] Request hello
             * @property {syft.v1.Store.$Properties|null} [store] Request store
             * @property {syft.v1.StoreShare.$Properties|null} [storeShare] Request storeShare
             * @property {syft.v1.Get.$Properties|null} [get] Request get
             * @property {syft.v1.Delete.$Properties|null} ["delete"] Request delete
             * @property {syft.v1.Op.$Properties|null} [op] Request op
             * @property {syft.v1.Encode.$Properties|null} [encode] Request encode
             * @property {syft.v1.ShareOut.$Properties|null} [shareOut] Request shareOut
             * @property {syft.v1.StoreSealed.$Properties|null} [storeSealed] Request storeSealed
             * @property {syft.v1.TripleRequest.$Properties|null} [triple] Request triple
             * @property {syft.v1.TruncationPairRequest.$Properties|null} [truncationPair] Request truncationPair
             * @property {syft.v1.BeaverOpen.$Properties|null} [beaverOpen] Request beaverOpen
             * @property {syft.v1.BeaverClose.$Properties|null} [beaverClose] Request beaverClose
             * @property {syft.v1.TruncOpen.$Properties|null} [truncOpen] Request truncOpen
             * @property {syft.v1.TruncClose.$Properties|null} [truncClose] Request truncClose
             * @property {syft.v1.StoreModel.$Properties|null} [storeModel] Request storeModel
             * @property {syft.v1.Fit.$Properties|null} [fit] Request fit
             * @property {syft.v1.Parameters.$Properties|null} [parameters] Request parameters
             * @property {syft.v1.SetParameters.$Properties|null} [setParameters] Request setParameters
             * @property {"hello"|"store"|"storeShare"|"get"|"delete"|"op"|"encode"|"shareOut"|"storeSealed"|"triple"|"truncationPair"|"beaverOpen"|"beaverClose"|"truncOpen"|"truncClose"|"storeModel"|"fit"|"parameters"|"setParameters"} [body] Request body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof syft.v1
             * @interface IRequest
             * @augments syft.v1.Request.$Properties
             * @deprecated Use syft.v1.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   id?: number|null;
             *   sender?: string|null;
             *   hello?: syft.v1.Hello.$Shape|null;
             *   store?: syft.v1.Store.$Shape|null;
             *   storeShare?: syft.v1.StoreShare.$Shape|null;
             *   get?: syft.v1.Get.$Shape|null;
             *   "delete"?: syft.v1.Delete.$Shape|null;
             *   op?: syft.v1.Op.$Shape|null;
             *   encode?: syft.v1.Encode.$Shape|null;
             *   shareOut?: syft.v1.ShareOut.$Shape|null;
             *   storeSealed?: syft.v1.StoreSealed.$Shape|null;
             *   triple?: syft.v1.TripleRequest.$Shape|null;
             *   truncationPair?: syft.v1.TruncationPairRequest.$Shape|null;
             *   beaverOpen?: syft.v1.BeaverOpen.$Shape|null;
             *   beaverClose?: syft.v1.BeaverClose.$Shape|null;
             *   truncOpen?: syft.v1.TruncOpen.$Shape|null;
             *   truncClose?: syft.v1.TruncClose.$Shape|null;
             *   storeModel?: syft.v1.StoreModel.$Shape|null;
             *   fit?: syft.v1.Fit.$Shape|null;
             *   parameters?: syft.v1.Parameters.$Shape|null;
             *   setParameters?: syft.v1.SetParameters.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "hello"; hello: syft.v1.Hello.$Shape; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "store"; hello?: null; store: syft.v1.Store.$Shape; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "storeShare"; hello?: null; store?: null; storeShare: syft.v1.StoreShare.$Shape; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "get"; hello?: null; store?: null; storeShare?: null; get: syft.v1.Get.$Shape; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "delete"; hello?: null; store?: null; storeShare?: null; get?: null; "delete": syft.v1.Delete.$Shape; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "op"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op: syft.v1.Op.$Shape; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "encode"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode: syft.v1.Encode.$Shape; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "shareOut"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut: syft.v1.ShareOut.$Shape; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "storeSealed"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed: syft.v1.StoreSealed.$Shape; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "triple"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple: syft.v1.TripleRequest.$Shape; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "truncationPair"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair: syft.v1.TruncationPairRequest.$Shape; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "beaverOpen"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen: syft.v1.BeaverOpen.$Shape; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "beaverClose"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose: syft.v1.BeaverClose.$Shape; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "truncOpen"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen: syft.v1.TruncOpen.$Shape; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "truncClose"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose: syft.v1.TruncClose.$Shape; storeModel?: null; fit?: null; parameters?: null; setParameters?: null }|{ body?: "storeModel"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel: syft.v1.StoreModel.$Shape; fit?: null; parameters?: null; setParameters?: null }|{ body?: "fit"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit: syft.v1.Fit.$Shape; parameters?: null; setParameters?: null }|{ body?: "parameters"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters: syft.v1.Parameters.$Shape; setParameters?: null }|{ body?: "setParameters"; hello?: null; store?: null; storeShare?: null; get?: null; "delete"?: null; op?: null; encode?: null; shareOut?: null; storeSealed?: null; triple?: null; truncationPair?: null; beaverOpen?: null; beaverClose?: null; truncOpen?: null; truncClose?: null; storeModel?: null; fit?: null; parameters?: null; setParameters: syft.v1.SetParameters.$Shape })
             * )} syft.v1.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof syft.v1
             * @classdesc Represents a Request.
             * @constructor
             * @param {syft.v1.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Request = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request id.
             * @member {number} id
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.id = 0;

            /**
             * Request sender.
             * @member {string} sender
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.sender = "";

            /**
             * Request hello.
             * @member {syft.v1.Hello.$Properties|null|undefined} hello
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.hello = null;

            /**
             * Request store.
             * @member {syft.v1.Store.$Properties|null|undefined} store
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.store = null;

            /**
             * Request storeShare.
             * @member {syft.v1.StoreShare.$Properties|null|undefined} storeShare
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.storeShare = null;

            /**
             * Request get.
             * @member {syft.v1.Get.$Properties|null|undefined} get
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.get = null;

            /**
             * Request delete.
             * @member {syft.v1.Delete.$Properties|null|undefined} delete
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype["delete"] = null;

            /**
             * Request op.
             * @member {syft.v1.Op.$Properties|null|undefined} op
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.op = null;

            /**
             * Request encode.
             * @member {syft.v1.Encode.$Properties|null|undefined} encode
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.encode = null;

            /**
             * Request shareOut.
             * @member {syft.v1.ShareOut.$Properties|null|undefined} shareOut
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.shareOut = null;

            /**
             * Request storeSealed.
             * @member {syft.v1.StoreSealed.$Properties|null|undefined} storeSealed
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.storeSealed = null;

            /**
             * Request triple.
             * @member {syft.v1.TripleRequest.$Properties|null|undefined} triple
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.triple = null;

            /**
             * Request truncationPair.
             * @member {syft.v1.TruncationPairRequest.$Properties|null|undefined} truncationPair
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.truncationPair = null;

            /**
             * Request beaverOpen.
             * @member {syft.v1.BeaverOpen.$Properties|null|undefined} beaverOpen
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.beaverOpen = null;

            /**
             * Request beaverClose.
             * @member {syft.v1.BeaverClose.$Properties|null|undefined} beaverClose
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.beaverClose = null;

            /**
             * Request truncOpen.
             * @member {syft.v1.TruncOpen.$Properties|null|undefined} truncOpen
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.truncOpen = null;

            /**
             * Request truncClose.
             * @member {syft.v1.TruncClose.$Properties|null|undefined} truncClose
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.truncClose = null;

            /**
             * Request storeModel.
             * @member {syft.v1.StoreModel.$Properties|null|undefined} storeModel
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.storeModel = null;

            /**
             * Request fit.
             * @member {syft.v1.Fit.$Properties|null|undefined} fit
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.fit = null;

            /**
             * Request parameters.
             * @member {syft.v1.Parameters.$Properties|null|undefined} parameters
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.parameters = null;

            /**
             * Request setParameters.
             * @member {syft.v1.SetParameters.$Properties|null|undefined} setParameters
             * @memberof syft.v1.Request
             * @instance
             */
            Request.prototype.setParameters = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Request body.
             * @member {"hello"|"store"|"storeShare"|"get"|"delete"|"op"|"encode"|"shareOut"|"storeSealed"|"triple"|"truncationPair"|"beaverOpen"|"beaverClose"|"truncOpen"|"truncClose"|"storeModel"|"fit"|"parameters"|"setParameters"|undefined} body
             * @memberof syft.v1.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "store", "storeShare", "get", "delete", "op", "encode", "shareOut", "storeSealed", "triple", "truncationPair", "beaverOpen", "beaverClose", "truncOpen", "truncClose", "storeModel", "fit", "parameters", "setParameters"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof syft.v1.Request
             * @static
             * @param {syft.v1.Request.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Request} Request instance
             * @type {{
             *   (properties: syft.v1.Request.$Shape): syft.v1.Request & syft.v1.Request.$Shape;
             *   (properties?: syft.v1.Request.$Properties): syft.v1.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link syft.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Request
             * @static
             * @param {syft.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sender);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.syft.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.store != null && $Object.hasOwnProperty.call(message, "store"))
                    $root.syft.v1.Store.encode(message.store, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.storeShare != null && $Object.hasOwnProperty.call(message, "storeShare"))
                    $root.syft.v1.StoreShare.encode(message.storeShare, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.get != null && $Object.hasOwnProperty.call(message, "get"))
                    $root.syft.v1.Get.encode(message.get, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.syft.v1.Delete.encode(message["delete"], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    $root.syft.v1.Op.encode(message.op, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.encode != null && $Object.hasOwnProperty.call(message, "encode"))
                    $root.syft.v1.Encode.encode(message.encode, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.shareOut != null && $Object.hasOwnProperty.call(message, "shareOut"))
                    $root.syft.v1.ShareOut.encode(message.shareOut, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.storeSealed != null && $Object.hasOwnProperty.call(message, "storeSealed"))
                    $root.syft.v1.StoreSealed.encode(message.storeSealed, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.triple != null && $Object.hasOwnProperty.call(message, "triple"))
                    $root.syft.v1.TripleRequest.encode(message.triple, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.truncationPair != null && $Object.hasOwnProperty.call(message, "truncationPair"))
                    $root.syft.v1.TruncationPairRequest.encode(message.truncationPair, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.beaverOpen != null && $Object.hasOwnProperty.call(message, "beaverOpen"))
                    $root.syft.v1.BeaverOpen.encode(message.beaverOpen, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.beaverClose != null && $Object.hasOwnProperty.call(message, "beaverClose"))
                    $root.syft.v1.BeaverClose.encode(message.beaverClose, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.truncOpen != null && $Object.hasOwnProperty.call(message, "truncOpen"))
                    $root.syft.v1.TruncOpen.encode(message.truncOpen, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.truncClose != null && $Object.hasOwnProperty.call(message, "truncClose"))
                    $root.syft.v1.TruncClose.encode(message.truncClose, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.storeModel != null && $Object.hasOwnProperty.call(message, "storeModel"))
                    $root.syft.v1.StoreModel.encode(message.storeModel, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.fit != null && $Object.hasOwnProperty.call(message, "fit"))
                    $root.syft.v1.Fit.encode(message.fit, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    $root.syft.v1.Parameters.encode(message.parameters, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.setParameters != null && $Object.hasOwnProperty.call(message, "setParameters"))
                    $root.syft.v1.SetParameters.encode(message.setParameters, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Request & syft.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Request();
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
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.syft.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.store = $root.syft.v1.Store.decode(reader, reader.size(), $undefined, _depth + 1, message.store);
                            message.body = "store";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.storeShare = $root.syft.v1.StoreShare.decode(reader, reader.size(), $undefined, _depth + 1, message.storeShare);
                            message.body = "storeShare";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.get = $root.syft.v1.Get.decode(reader, reader.size(), $undefined, _depth + 1, message.get);
                            message.body = "get";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.syft.v1.Delete.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.body = "delete";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.op = $root.syft.v1.Op.decode(reader, reader.size(), $undefined, _depth + 1, message.op);
                            message.body = "op";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.encode = $root.syft.v1.Encode.decode(reader, reader.size(), $undefined, _depth + 1, message.encode);
                            message.body = "encode";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.shareOut = $root.syft.v1.ShareOut.decode(reader, reader.size(), $undefined, _depth + 1, message.shareOut);
                            message.body = "shareOut";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.storeSealed = $root.syft.v1.StoreSealed.decode(reader, reader.size(), $undefined, _depth + 1, message.storeSealed);
                            message.body = "storeSealed";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.triple = $root.syft.v1.TripleRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.triple);
                            message.body = "triple";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.truncationPair = $root.syft.v1.TruncationPairRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.truncationPair);
                            message.body = "truncationPair";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.beaverOpen = $root.syft.v1.BeaverOpen.decode(reader, reader.size(), $undefined, _depth + 1, message.beaverOpen);
                            message.body = "beaverOpen";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.beaverClose = $root.syft.v1.BeaverClose.decode(reader, reader.size(), $undefined, _depth + 1, message.beaverClose);
                            message.body = "beaverClose";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.truncOpen = $root.syft.v1.TruncOpen.decode(reader, reader.size(), $undefined, _depth + 1, message.truncOpen);
                            message.body = "truncOpen";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.truncClose = $root.syft.v1.TruncClose.decode(reader, reader.size(), $undefined, _depth + 1, message.truncClose);
                            message.body = "truncClose";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.storeModel = $root.syft.v1.StoreModel.decode(reader, reader.size(), $undefined, _depth + 1, message.storeModel);
                            message.body = "storeModel";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.fit = $root.syft.v1.Fit.decode(reader, reader.size(), $undefined, _depth + 1, message.fit);
                            message.body = "fit";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.parameters = $root.syft.v1.Parameters.decode(reader, reader.size(), $undefined, _depth + 1, message.parameters);
                            message.body = "parameters";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.setParameters = $root.syft.v1.SetParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.setParameters);
                            message.body = "setParameters";
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
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof syft.v1.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Request";
            };

            return Request;
        })();

        v1.HelloReply = (function() {

            /**
             * Properties of a HelloReply.
             * @typedef {Object} syft.v1.HelloReply.$Properties
             * @property {string|null} [workerId] HelloReply workerId
             * @property {Uint8Array|null} [boxPublicKey] HelloReply boxPublicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloReply.
             * @memberof syft.v1
             * @interface IHelloReply
             * @augments syft.v1.HelloReply.$Properties
             * @deprecated Use syft.v1.HelloReply.$Properties instead.
             */

            /**
             * Shape of a HelloReply.
             * @typedef {syft.v1.HelloReply.$Properties} syft.v1.HelloReply.$Shape
             */

            /**
             * Constructs a new HelloReply.
             * @memberof syft.v1
             * @classdesc Represents a HelloReply.
             * @constructor
             * @param {syft.v1.HelloReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HelloReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloReply workerId.
             * @member {string} workerId
             * @memberof syft.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.workerId = "";

            /**
             * HelloReply boxPublicKey.
             * @member {Uint8Array} boxPublicKey
             * @memberof syft.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.boxPublicKey = $util.newBuffer([]);

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @function create
             * @memberof syft.v1.HelloReply
             * @static
             * @param {syft.v1.HelloReply.$Properties=} [properties] Properties to set
             * @returns {syft.v1.HelloReply} HelloReply instance
             * @type {{
             *   (properties: syft.v1.HelloReply.$Shape): syft.v1.HelloReply & syft.v1.HelloReply.$Shape;
             *   (properties?: syft.v1.HelloReply.$Properties): syft.v1.HelloReply;
             * }}
             */
            HelloReply.create = function(properties) {
                return new HelloReply(properties);
            };

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link syft.v1.HelloReply.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.HelloReply
             * @static
             * @param {syft.v1.HelloReply.$Properties} message HelloReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.workerId);
                if (message.boxPublicKey != null && $Object.hasOwnProperty.call(message, "boxPublicKey") && message.boxPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.boxPublicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.HelloReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.HelloReply & syft.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.HelloReply();
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
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.boxPublicKey = value;
                            else
                                delete message.boxPublicKey;
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
             * Gets the type url for HelloReply
             * @function getTypeUrl
             * @memberof syft.v1.HelloReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.HelloReply";
            };

            return HelloReply;
        })();

        /**
         * ObjectKind enum.
         * @name syft.v1.ObjectKind
         * @enum {number}
         * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} RING=2 RING value
         * @property {number} SHARE=3 SHARE value
         * @property {number} MODEL=4 MODEL value
         */
        v1.ObjectKind = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "RING"] = 2;
            values[valuesById[3] = "SHARE"] = 3;
            values[valuesById[4] = "MODEL"] = 4;
            return values;
        })();

        v1.ObjectRef = (function() {

            /**
             * Properties of an ObjectRef.
             * @typedef {Object} syft.v1.ObjectRef.$Properties
             * @property {string|null} [id] ObjectRef id
             * @property {syft.v1.ObjectKind|null} [kind] ObjectRef kind
             * @property {Array.<number>|null} [shape] ObjectRef shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ObjectRef.
             * @memberof syft.v1
             * @interface IObjectRef
             * @augments syft.v1.ObjectRef.$Properties
             * @deprecated Use syft.v1.ObjectRef.$Properties instead.
             */

            /**
             * Shape of an ObjectRef.
             * @typedef {syft.v1.ObjectRef.$Properties} syft.v1.ObjectRef.$Shape
             */

            /**
             * Constructs a new ObjectRef.
             * @memberof syft.v1
             * @classdesc Represents an ObjectRef.
             * @constructor
             * @param {syft.v1.ObjectRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ObjectRef = function (properties) {
                this.shape = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ObjectRef id.
             * @member {string} id
             * @memberof syft.v1.ObjectRef
             * @instance
             */
            ObjectRef.prototype.id = "";

            /**
             * ObjectRef kind.
             * @member {syft.v1.ObjectKind} kind
             * @memberof syft.v1.ObjectRef
             * @instance
             */
            ObjectRef.prototype.kind = 0;

            /**
             * ObjectRef shape.
             * @member {Array.<number>} shape
             * @memberof syft.v1.ObjectRef
             * @instance
             */
            ObjectRef.prototype.shape = $util.emptyArray;

            /**
             * Creates a new ObjectRef instance using the specified properties.
             * @function create
             * @memberof syft.v1.ObjectRef
             * @static
             * @param {syft.v1.ObjectRef.$Properties=} [properties] Properties to set
             * @returns {syft.v1.ObjectRef} ObjectRef instance
             * @type {{
             *   (properties: syft.v1.ObjectRef.$Shape): syft.v1.ObjectRef & syft.v1.ObjectRef.$Shape;
             *   (properties?: syft.v1.ObjectRef.$Properties): syft.v1.ObjectRef;
             * }}
             */
            ObjectRef.create = function(properties) {
                return new ObjectRef(properties);
            };

            /**
             * Encodes the specified ObjectRef message. Does not implicitly {@link syft.v1.ObjectRef.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.ObjectRef
             * @static
             * @param {syft.v1.ObjectRef.$Properties} message ObjectRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ObjectRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.shape != null && message.shape.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.shape);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ObjectRef message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.ObjectRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.ObjectRef & syft.v1.ObjectRef.$Shape} ObjectRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ObjectRef.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.ObjectRef();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
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
             * Gets the type url for ObjectRef
             * @function getTypeUrl
             * @memberof syft.v1.ObjectRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ObjectRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.ObjectRef";
            };

            return ObjectRef;
        })();

        v1.GetReply = (function() {

            /**
             * Properties of a GetReply.
             * @typedef {Object} syft.v1.GetReply.$Properties
             * @property {syft.v1.TensorData.$Properties|null} [tensor] GetReply tensor
             * @property {syft.v1.ModelData.$Properties|null} [model] GetReply model
             * @property {"tensor"|"model"} [value] GetReply value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReply.
             * @memberof syft.v1
             * @interface IGetReply
             * @augments syft.v1.GetReply.$Properties
             * @deprecated Use syft.v1.GetReply.$Properties instead.
             */

            /**
             * Narrowed shape of a GetReply.
             * @typedef {{
             *   tensor?: syft.v1.TensorData.$Shape|null;
             *   model?: syft.v1.ModelData.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; tensor?: null; model?: null }|{ value?: "tensor"; tensor: syft.v1.TensorData.$Shape; model?: null }|{ value?: "model"; tensor?: null; model: syft.v1.ModelData.$Shape })
             * )} syft.v1.GetReply.$Shape
             */

            /**
             * Constructs a new GetReply.
             * @memberof syft.v1
             * @classdesc Represents a GetReply.
             * @constructor
             * @param {syft.v1.GetReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetReply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetReply tensor.
             * @member {syft.v1.TensorData.$Properties|null|undefined} tensor
             * @memberof syft.v1.GetReply
             * @instance
             */
            GetReply.prototype.tensor = null;

            /**
             * GetReply model.
             * @member {syft.v1.ModelData.$Properties|null|undefined} model
             * @memberof syft.v1.GetReply
             * @instance
             */
            GetReply.prototype.model = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * GetReply value.
             * @member {"tensor"|"model"|undefined} value
             * @memberof syft.v1.GetReply
             * @instance
             */
            $Object.defineProperty(GetReply.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["tensor", "model"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GetReply instance using the specified properties.
             * @function create
             * @memberof syft.v1.GetReply
             * @static
             * @param {syft.v1.GetReply.$Properties=} [properties] Properties to set
             * @returns {syft.v1.GetReply} GetReply instance
             * @type {{
             *   (properties: syft.v1.GetReply.$Shape): syft.v1.GetReply & syft.v1.GetReply.$Shape;
             *   (properties?: syft.v1.GetReply.$Properties): syft.v1.GetReply;
             * }}
             */
            GetReply.create = function(properties) {
                return new GetReply(properties);
            };

            /**
             * Encodes the specified GetReply message. Does not implicitly {@link syft.v1.GetReply.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.GetReply
             * @static
             * @param {syft.v1.GetReply.$Properties} message GetReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                    $root.syft.v1.TensorData.encode(message.tensor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    $root.syft.v1.ModelData.encode(message.model, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetReply message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.GetReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.GetReply & syft.v1.GetReply.$Shape} GetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.GetReply();
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
                            message.tensor = $root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor);
                            message.value = "tensor";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.model = $root.syft.v1.ModelData.decode(reader, reader.size(), $undefined, _depth + 1, message.model);
                            message.value = "model";
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
             * Gets the type url for GetReply
             * @function getTypeUrl
             * @memberof syft.v1.GetReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.GetReply";
            };

            return GetReply;
        })();

        v1.Sealed = (function() {

            /**
             * Properties of a Sealed.
             * @typedef {Object} syft.v1.Sealed.$Properties
             * @property {Array.<Uint8Array>|null} [envelopes] Sealed envelopes
             * @property {Uint8Array|null} [senderPublicKey] Sealed senderPublicKey
             * @property {string|null} [ownShare] Sealed ownShare
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sealed.
             * @memberof syft.v1
             * @interface ISealed
             * @augments syft.v1.Sealed.$Properties
             * @deprecated Use syft.v1.Sealed.$Properties instead.
             */

            /**
             * Shape of a Sealed.
             * @typedef {syft.v1.Sealed.$Properties} syft.v1.Sealed.$Shape
             */

            /**
             * Constructs a new Sealed.
             * @memberof syft.v1
             * @classdesc Represents a Sealed.
             * @constructor
             * @param {syft.v1.Sealed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Sealed = function (properties) {
                this.envelopes = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sealed envelopes.
             * @member {Array.<Uint8Array>} envelopes
             * @memberof syft.v1.Sealed
             * @instance
             */
            Sealed.prototype.envelopes = $util.emptyArray;

            /**
             * Sealed senderPublicKey.
             * @member {Uint8Array} senderPublicKey
             * @memberof syft.v1.Sealed
             * @instance
             */
            Sealed.prototype.senderPublicKey = $util.newBuffer([]);

            /**
             * Sealed ownShare.
             * @member {string} ownShare
             * @memberof syft.v1.Sealed
             * @instance
             */
            Sealed.prototype.ownShare = "";

            /**
             * Creates a new Sealed instance using the specified properties.
             * @function create
             * @memberof syft.v1.Sealed
             * @static
             * @param {syft.v1.Sealed.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Sealed} Sealed instance
             * @type {{
             *   (properties: syft.v1.Sealed.$Shape): syft.v1.Sealed & syft.v1.Sealed.$Shape;
             *   (properties?: syft.v1.Sealed.$Properties): syft.v1.Sealed;
             * }}
             */
            Sealed.create = function(properties) {
                return new Sealed(properties);
            };

            /**
             * Encodes the specified Sealed message. Does not implicitly {@link syft.v1.Sealed.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Sealed
             * @static
             * @param {syft.v1.Sealed.$Properties} message Sealed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sealed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.envelopes != null && message.envelopes.length)
                    for (var i = 0; i < message.envelopes.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.envelopes[i]);
                if (message.senderPublicKey != null && $Object.hasOwnProperty.call(message, "senderPublicKey") && message.senderPublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.senderPublicKey);
                if (message.ownShare != null && $Object.hasOwnProperty.call(message, "ownShare") && message.ownShare !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ownShare);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sealed message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Sealed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Sealed & syft.v1.Sealed.$Shape} Sealed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sealed.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Sealed();
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
                            if (!(message.envelopes && message.envelopes.length))
                                message.envelopes = [];
                            message.envelopes.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.senderPublicKey = value;
                            else
                                delete message.senderPublicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ownShare = value;
                            else
                                delete message.ownShare;
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
             * Gets the type url for Sealed
             * @function getTypeUrl
             * @memberof syft.v1.Sealed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sealed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Sealed";
            };

            return Sealed;
        })();

        v1.Opened = (function() {

            /**
             * Properties of an Opened.
             * @typedef {Object} syft.v1.Opened.$Properties
             * @property {Array.<syft.v1.TensorData.$Properties>|null} [values] Opened values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Opened.
             * @memberof syft.v1
             * @interface IOpened
             * @augments syft.v1.Opened.$Properties
             * @deprecated Use syft.v1.Opened.$Properties instead.
             */

            /**
             * Shape of an Opened.
             * @typedef {syft.v1.Opened.$Properties} syft.v1.Opened.$Shape
             */

            /**
             * Constructs a new Opened.
             * @memberof syft.v1
             * @classdesc Represents an Opened.
             * @constructor
             * @param {syft.v1.Opened.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Opened = function (properties) {
                this.values = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Opened values.
             * @member {Array.<syft.v1.TensorData.$Properties>} values
             * @memberof syft.v1.Opened
             * @instance
             */
            Opened.prototype.values = $util.emptyArray;

            /**
             * Creates a new Opened instance using the specified properties.
             * @function create
             * @memberof syft.v1.Opened
             * @static
             * @param {syft.v1.Opened.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Opened} Opened instance
             * @type {{
             *   (properties: syft.v1.Opened.$Shape): syft.v1.Opened & syft.v1.Opened.$Shape;
             *   (properties?: syft.v1.Opened.$Properties): syft.v1.Opened;
             * }}
             */
            Opened.create = function(properties) {
                return new Opened(properties);
            };

            /**
             * Encodes the specified Opened message. Does not implicitly {@link syft.v1.Opened.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Opened
             * @static
             * @param {syft.v1.Opened.$Properties} message Opened message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Opened.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (var i = 0; i < message.values.length; ++i)
                        $root.syft.v1.TensorData.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Opened message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Opened
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Opened & syft.v1.Opened.$Shape} Opened
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Opened.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Opened();
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
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.syft.v1.TensorData.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Gets the type url for Opened
             * @function getTypeUrl
             * @memberof syft.v1.Opened
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Opened.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Opened";
            };

            return Opened;
        })();

        v1.FitReply = (function() {

            /**
             * Properties of a FitReply.
             * @typedef {Object} syft.v1.FitReply.$Properties
             * @property {number|null} [loss] FitReply loss
             * @property {Array.<number>|null} [epochLosses] FitReply epochLosses
             * @property {number|null} [examples] FitReply examples
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FitReply.
             * @memberof syft.v1
             * @interface IFitReply
             * @augments syft.v1.FitReply.$Properties
             * @deprecated Use syft.v1.FitReply.$Properties instead.
             */

            /**
             * Shape of a FitReply.
             * @typedef {syft.v1.FitReply.$Properties} syft.v1.FitReply.$Shape
             */

            /**
             * Constructs a new FitReply.
             * @memberof syft.v1
             * @classdesc Represents a FitReply.
             * @constructor
             * @param {syft.v1.FitReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var FitReply = function (properties) {
                this.epochLosses = [];
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FitReply loss.
             * @member {number} loss
             * @memberof syft.v1.FitReply
             * @instance
             */
            FitReply.prototype.loss = 0;

            /**
             * FitReply epochLosses.
             * @member {Array.<number>} epochLosses
             * @memberof syft.v1.FitReply
             * @instance
             */
            FitReply.prototype.epochLosses = $util.emptyArray;

            /**
             * FitReply examples.
             * @member {number} examples
             * @memberof syft.v1.FitReply
             * @instance
             */
            FitReply.prototype.examples = 0;

            /**
             * Creates a new FitReply instance using the specified properties.
             * @function create
             * @memberof syft.v1.FitReply
             * @static
             * @param {syft.v1.FitReply.$Properties=} [properties] Properties to set
             * @returns {syft.v1.FitReply} FitReply instance
             * @type {{
             *   (properties: syft.v1.FitReply.$Shape): syft.v1.FitReply & syft.v1.FitReply.$Shape;
             *   (properties?: syft.v1.FitReply.$Properties): syft.v1.FitReply;
             * }}
             */
            FitReply.create = function(properties) {
                return new FitReply(properties);
            };

            /**
             * Encodes the specified FitReply message. Does not implicitly {@link syft.v1.FitReply.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.FitReply
             * @static
             * @param {syft.v1.FitReply.$Properties} message FitReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FitReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss") && !$Object.is(message.loss, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.loss);
                if (message.epochLosses != null && message.epochLosses.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).doubles(message.epochLosses);
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples") && message.examples !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.examples);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FitReply message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.FitReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.FitReply & syft.v1.FitReply.$Shape} FitReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FitReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.FitReply();
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
                                message.loss = value;
                            else
                                delete message.loss;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.epochLosses && message.epochLosses.length))
                                    message.epochLosses = [];
                                reader.doubles(message.epochLosses);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.epochLosses && message.epochLosses.length))
                                message.epochLosses = [];
                            message.epochLosses.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.examples = value;
                            else
                                delete message.examples;
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
             * Gets the type url for FitReply
             * @function getTypeUrl
             * @memberof syft.v1.FitReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FitReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.FitReply";
            };

            return FitReply;
        })();

        v1.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} syft.v1.Ok.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof syft.v1
             * @interface IOk
             * @augments syft.v1.Ok.$Properties
             * @deprecated Use syft.v1.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {syft.v1.Ok.$Properties} syft.v1.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof syft.v1
             * @classdesc Represents an Ok.
             * @constructor
             * @param {syft.v1.Ok.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Ok = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof syft.v1.Ok
             * @static
             * @param {syft.v1.Ok.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Ok} Ok instance
             * @type {{
             *   (properties: syft.v1.Ok.$Shape): syft.v1.Ok & syft.v1.Ok.$Shape;
             *   (properties?: syft.v1.Ok.$Properties): syft.v1.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link syft.v1.Ok.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Ok
             * @static
             * @param {syft.v1.Ok.$Properties} message Ok message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Ok & syft.v1.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Ok();
                while (reader.pos < end) {
                    var start = reader.pos;
                    var tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Gets the type url for Ok
             * @function getTypeUrl
             * @memberof syft.v1.Ok
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Ok";
            };

            return Ok;
        })();

        /**
         * ErrorCode enum.
         * @name syft.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_UNSPECIFIED=0 ERROR_UNSPECIFIED value
         * @property {number} MALFORMED=1 MALFORMED value
         * @property {number} NOT_FOUND=2 NOT_FOUND value
         * @property {number} REFUSED=3 REFUSED value
         * @property {number} BAD_REQUEST=4 BAD_REQUEST value
         * @property {number} OUT_OF_RANGE=5 OUT_OF_RANGE value
         * @property {number} NO_EXECUTOR=6 NO_EXECUTOR value
         * @property {number} BUSY=7 BUSY value
         * @property {number} INTERNAL=8 INTERNAL value
         */
        v1.ErrorCode = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MALFORMED"] = 1;
            values[valuesById[2] = "NOT_FOUND"] = 2;
            values[valuesById[3] = "REFUSED"] = 3;
            values[valuesById[4] = "BAD_REQUEST"] = 4;
            values[valuesById[5] = "OUT_OF_RANGE"] = 5;
            values[valuesById[6] = "NO_EXECUTOR"] = 6;
            values[valuesById[7] = "BUSY"] = 7;
            values[valuesById[8] = "INTERNAL"] = 8;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} syft.v1.Error.$Properties
             * @property {syft.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof syft.v1
             * @interface IError
             * @augments syft.v1.Error.$Properties
             * @deprecated Use syft.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {syft.v1.Error.$Properties} syft.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof syft.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {syft.v1.Error.$Properties=} [properties] Properties to set
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
             * @member {syft.v1.ErrorCode} code
             * @memberof syft.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof syft.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof syft.v1.Error
             * @static
             * @param {syft.v1.Error.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Error} Error instance
             * @type {{
             *   (properties: syft.v1.Error.$Shape): syft.v1.Error & syft.v1.Error.$Shape;
             *   (properties?: syft.v1.Error.$Properties): syft.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link syft.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Error
             * @static
             * @param {syft.v1.Error.$Properties} message Error message or plain object to encode
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
             * @memberof syft.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Error & syft.v1.Error.$Shape} Error
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
                message = _target || new $root.syft.v1.Error();
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
             * @memberof syft.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Error";
            };

            return Error;
        })();

        v1.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} syft.v1.Reply.$Properties
             * @property {number|null} [requestId] Reply requestId
             * @property {syft.v1.HelloReply.$Properties|null} [hello] Reply hello
             * @property {syft.v1.ObjectRef.$Properties|null} [object] Reply object
             * @property {syft.v1.GetReply.$Properties|null} [got] Reply got
             * @property {syft.v1.Ok.$Properties|null} [ok] Reply ok
             * @property {syft.v1.Sealed.$Properties|null} [sealed] Reply sealed
             * @property {syft.v1.Opened.$Properties|null} [opened] Reply opened
             * @property {syft.v1.FitReply.$Properties|null} [fit] Reply fit
             * @property {syft.v1.Error.$Properties|null} [error] Reply error
             * @property {"hello"|"object"|"got"|"ok"|"sealed"|"opened"|"fit"|"error"} [body] Reply body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof syft.v1
             * @interface IReply
             * @augments syft.v1.Reply.$Properties
             * @deprecated Use syft.v1.Reply.$Properties instead.
             */

            /**
             * Narrowed shape of a Reply.
             * @typedef {{
             *   requestId?: number|null;
             *   hello?: syft.v1.HelloReply.$Shape|null;
             *   object?: syft.v1.ObjectRef.$Shape|null;
             *   got?: syft.v1.GetReply.$Shape|null;
             *   ok?: syft.v1.Ok.$Shape|null;
             *   sealed?: syft.v1.Sealed.$Shape|null;
             *   opened?: syft.v1.Opened.$Shape|null;
             *   fit?: syft.v1.FitReply.$Shape|null;
             *   error?: syft.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "hello"; hello: syft.v1.HelloReply.$Shape; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "object"; hello?: null; object: syft.v1.ObjectRef.$Shape; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "got"; hello?: null; object?: null; got: syft.v1.GetReply.$Shape; ok?: null; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "ok"; hello?: null; object?: null; got?: null; ok: syft.v1.Ok.$Shape; sealed?: null; opened?: null; fit?: null; error?: null }|{ body?: "sealed"; hello?: null; object?: null; got?: null; ok?: null; sealed: syft.v1.Sealed.$Shape; opened?: null; fit?: null; error?: null }|{ body?: "opened"; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened: syft.v1.Opened.$Shape; fit?: null; error?: null }|{ body?: "fit"; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit: syft.v1.FitReply.$Shape; error?: null }|{ body?: "error"; hello?: null; object?: null; got?: null; ok?: null; sealed?: null; opened?: null; fit?: null; error: syft.v1.Error.$Shape })
             * )} syft.v1.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof syft.v1
             * @classdesc Represents a Reply.
             * @constructor
             * @param {syft.v1.Reply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Reply = function (properties) {
                if (properties)
                    for (var keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reply requestId.
             * @member {number} requestId
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.requestId = 0;

            /**
             * Reply hello.
             * @member {syft.v1.HelloReply.$Properties|null|undefined} hello
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.hello = null;

            /**
             * Reply object.
             * @member {syft.v1.ObjectRef.$Properties|null|undefined} object
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.object = null;

            /**
             * Reply got.
             * @member {syft.v1.GetReply.$Properties|null|undefined} got
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.got = null;

            /**
             * Reply ok.
             * @member {syft.v1.Ok.$Properties|null|undefined} ok
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.ok = null;

            /**
             * Reply sealed.
             * @member {syft.v1.Sealed.$Properties|null|undefined} sealed
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.sealed = null;

            /**
             * Reply opened.
             * @member {syft.v1.Opened.$Properties|null|undefined} opened
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.opened = null;

            /**
             * Reply fit.
             * @member {syft.v1.FitReply.$Properties|null|undefined} fit
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.fit = null;

            /**
             * Reply error.
             * @member {syft.v1.Error.$Properties|null|undefined} error
             * @memberof syft.v1.Reply
             * @instance
             */
            Reply.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Reply body.
             * @member {"hello"|"object"|"got"|"ok"|"sealed"|"opened"|"fit"|"error"|undefined} body
             * @memberof syft.v1.Reply
             * @instance
             */
            $Object.defineProperty(Reply.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "object", "got", "ok", "sealed", "opened", "fit", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof syft.v1.Reply
             * @static
             * @param {syft.v1.Reply.$Properties=} [properties] Properties to set
             * @returns {syft.v1.Reply} Reply instance
             * @type {{
             *   (properties: syft.v1.Reply.$Shape): syft.v1.Reply & syft.v1.Reply.$Shape;
             *   (properties?: syft.v1.Reply.$Properties): syft.v1.Reply;
             * }}
             */
            Reply.create = function(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link syft.v1.Reply.verify|verify} messages.
             * @function encode
             * @memberof syft.v1.Reply
             * @static
             * @param {syft.v1.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requestId);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.syft.v1.HelloReply.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                    $root.syft.v1.ObjectRef.encode(message.object, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.got != null && $Object.hasOwnProperty.call(message, "got"))
                    $root.syft.v1.GetReply.encode(message.got, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.syft.v1.Ok.encode(message.ok, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed"))
                    $root.syft.v1.Sealed.encode(message.sealed, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.opened != null && $Object.hasOwnProperty.call(message, "opened"))
                    $root.syft.v1.Opened.encode(message.opened, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.fit != null && $Object.hasOwnProperty.call(message, "fit"))
                    $root.syft.v1.FitReply.encode(message.fit, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.syft.v1.Error.encode(message.error, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (var i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof syft.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {syft.v1.Reply & syft.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.syft.v1.Reply();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.syft.v1.HelloReply.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.object = $root.syft.v1.ObjectRef.decode(reader, reader.size(), $undefined, _depth + 1, message.object);
                            message.body = "object";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.got = $root.syft.v1.GetReply.decode(reader, reader.size(), $undefined, _depth + 1, message.got);
                            message.body = "got";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.syft.v1.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.body = "ok";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.sealed = $root.syft.v1.Sealed.decode(reader, reader.size(), $undefined, _depth + 1, message.sealed);
                            message.body = "sealed";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.opened = $root.syft.v1.Opened.decode(reader, reader.size(), $undefined, _depth + 1, message.opened);
                            message.body = "opened";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.fit = $root.syft.v1.FitReply.decode(reader, reader.size(), $undefined, _depth + 1, message.fit);
                            message.body = "fit";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.syft.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
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
             * Gets the type url for Reply
             * @function getTypeUrl
             * @memberof syft.v1.Reply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/syft.v1.Reply";
            };

            return Reply;
        })();

        return v1;
    })();

    return syft;
})();

module.exports = $root;
