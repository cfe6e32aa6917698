package org.nightout.json.jackson2;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.base.ParserMinimalBase;
import tools.jackson.core.io.ContentReference;

/**
 * A Jackson 3 parser that reads from a Jackson 2 parser as it goes: every call moves or asks the Jackson 2 parser
 * itself, so the Jackson 3 formats read the caller's document in place, one token at a time, and where they fail the
 * Jackson 2 parser stands on the offending token, whose location goes into the Jackson 2 exception.
 *
 * <p>The Jackson 2 parser keeps its own limits (nesting, string and document length) and reports its own syntax
 * errors; those come out of this parser wrapped in a {@link Failure}, which the deserializer unwraps, so the caller
 * sees the Jackson 2 exception as its parser threw it.
 */
final class ParserBridge extends ParserMinimalBase {
    /** Jackson 2's token at each ordinal, as Jackson 3 names it (Jackson 3 renamed FIELD_NAME). */
    private static final JsonToken[] TOKENS = tokens();

    private final com.fasterxml.jackson.core.JsonParser p;
    private final com.fasterxml.jackson.databind.DeserializationContext ctxt;
    private final com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer;

    /**
     * Creates the bridge, standing on the Jackson 2 parser's current token.
     *
     * @param p the Jackson 2 parser
     * @param ctxt the Jackson 2 context, for the application's problem handlers
     * @param deserializer the Jackson 2 deserializer reading, for the same
     */
    ParserBridge(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt,
            com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer) {
        super(ObjectReadContext.empty());
        this.p = p;
        this.ctxt = ctxt;
        this.deserializer = deserializer;
        sync();
    }

    com.fasterxml.jackson.core.JsonParser jackson2Parser() {
        return p;
    }

    com.fasterxml.jackson.databind.DeserializationContext jackson2Context() {
        return ctxt;
    }

    com.fasterxml.jackson.databind.JsonDeserializer<?> jackson2Deserializer() {
        return deserializer;
    }

    /** Takes the Jackson 2 parser's current token as this parser's, after something moved it directly. */
    void sync() {
        com.fasterxml.jackson.core.JsonToken t = p.currentToken();
        _currToken = t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public JsonToken nextToken() {
        try {
            p.nextToken();
        } catch (IOException e) {
            throw new Failure(e);
        }
        sync();
        return _currToken;
    }

    @Override
    public String nextName() {
        try {
            String name = p.nextFieldName();
            sync();
            return name;
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public ParserBridge skipChildren() {
        try {
            p.skipChildren();
        } catch (IOException e) {
            throw new Failure(e);
        }
        sync();
        return this;
    }

    @Override
    public String currentName() {
        try {
            return p.currentName();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public String getString() {
        try {
            return p.getText();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public char[] getStringCharacters() {
        try {
            return p.getTextCharacters();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public int getStringLength() {
        try {
            return p.getTextLength();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public int getStringOffset() {
        try {
            return p.getTextOffset();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public boolean hasStringCharacters() {
        return p.hasTextCharacters();
    }

    @Override
    public Number getNumberValue() {
        try {
            return p.getNumberValue();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public NumberType getNumberType() {
        try {
            com.fasterxml.jackson.core.JsonParser.NumberType t = p.getNumberType();
            return t == null ? null : NumberType.valueOf(t.name());
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public int getIntValue() {
        try {
            return p.getIntValue();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public long getLongValue() {
        try {
            return p.getLongValue();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public BigInteger getBigIntegerValue() {
        try {
            return p.getBigIntegerValue();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public float getFloatValue() {
        try {
            return p.getFloatValue();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public double getDoubleValue() {
        try {
            return p.getDoubleValue();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public BigDecimal getDecimalValue() {
        try {
            return p.getDecimalValue();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public boolean isNaN() {
        try {
            return p.isNaN();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    /** Decodes with Jackson 2's variant of the same name (both Jacksons name theirs alike, such as MIME-NO-LINEFEEDS). */
    @Override
    public byte[] getBinaryValue(Base64Variant variant) {
        try {
            return p.getBinaryValue(com.fasterxml.jackson.core.Base64Variants.valueOf(variant.getName()));
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public TokenStreamContext streamReadContext() {
        return Context.of(p.getParsingContext());
    }

    @Override
    public TokenStreamLocation currentTokenLocation() {
        return location(p.currentTokenLocation());
    }

    @Override
    public TokenStreamLocation currentLocation() {
        return location(p.currentLocation());
    }

    /**
     * Gives the Jackson 2 location's numbers. The content reference stays unknown: the location is only ever seen
     * inside, before the exception is made again in Jackson 2 from the Jackson 2 parser.
     */
    private static TokenStreamLocation location(com.fasterxml.jackson.core.JsonLocation l) {
        return new TokenStreamLocation(ContentReference.unknown(), l.getByteOffset(), l.getCharOffset(),
                l.getLineNr(), l.getColumnNr());
    }

    @Override
    public Object streamReadInputSource() {
        return p.getInputSource();
    }

    @Override
    public Object currentValue() {
        return p.currentValue();
    }

    @Override
    public void assignCurrentValue(Object v) {
        p.assignCurrentValue(v);
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /** The Jackson 2 parser belongs to the caller, who closes it. */
    @Override
    protected void _closeInput() {
    }

    /** The buffers are the Jackson 2 parser's. */
    @Override
    protected void _releaseBuffers() {
    }

    /** Jackson 2's parser checks the end of the input. */
    @Override
    protected void _handleEOF() {
    }

    private static JsonToken[] tokens() {
        com.fasterxml.jackson.core.JsonToken[] jackson2 = com.fasterxml.jackson.core.JsonToken.values();
        JsonToken[] tokens = new JsonToken[jackson2.length];
        for (com.fasterxml.jackson.core.JsonToken t : jackson2) {
            tokens[t.ordinal()] = t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME ? JsonToken.PROPERTY_NAME
                    : JsonToken.valueOf(t.name());
        }
        return tokens;
    }

    /** A Jackson 2 parser's failure, carried through the Jackson 3 formats, which declare no checked exceptions. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** Jackson 2's reading context as Jackson 3 sees it: where in the document the parser is. */
    private static final class Context extends TokenStreamContext {
        private final com.fasterxml.jackson.core.JsonStreamContext context;

        private Context(com.fasterxml.jackson.core.JsonStreamContext context) {
            super(context.inArray() ? TYPE_ARRAY : context.inObject() ? TYPE_OBJECT : TYPE_ROOT,
                    context.getCurrentIndex());
            this.context = context;
        }

        static Context of(com.fasterxml.jackson.core.JsonStreamContext context) {
            return context == null ? null : new Context(context);
        }

        @Override
        public TokenStreamContext getParent() {
            return of(context.getParent());
        }

        @Override
        public String currentName() {
            return context.getCurrentName();
        }

        @Override
        public Object currentValue() {
            return context.getCurrentValue();
        }
    }
}
