package io.github.dossier.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in the words of a report writer: what is wrong at the place the
 * location names, without the library's internals (class names, feature flags, a second
 * location, the list of tokens it expected).
 */
final class JsonErrors {

    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.{1,40}?)'");
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");

    private JsonErrors() {
    }

    /** What is wrong, as the rest of a sentence after "the Trivy report is not valid JSON: ". */
    static String describe(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException) {
            return "it ends before the JSON is complete (cut short?)";
        }
        if (e instanceof StreamConstraintsException) {
            return original.startsWith("String value length") ? "a string here is longer than "
                    + TrivyReader.MAX_STRING_CHARS / (1024 * 1024) + " MB"
                    : original.startsWith("Document nesting depth") || original.contains("nesting depth")
                            ? "it nests more than " + TrivyReader.MAX_NESTING + " levels deep here"
                            : "a value here is over Dossier's limits";
        }
        if (e instanceof InputCoercionException) {
            return "this number is too large";
        }
        if (original.startsWith("Invalid UTF-8") || original.startsWith("Invalid UTF-32")) {
            return "a byte here is not UTF-8";
        }
        Matcher token = TOKEN.matcher(original);
        if (token.find()) {
            return "'" + token.group(1) + "' is not a JSON value (strings need double quotes)";
        }
        Matcher character = CHARACTER.matcher(original);
        if (character.find()) {
            int code = Integer.parseInt(character.group(2));
            return "unexpected " + (code < 0x20 ? "control character U+" + String.format("%04X", code)
                    : "character '" + character.group(1) + "'") + (code == '\'' ? " (JSON quotes with \")" : "");
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "a control character inside a string must be escaped";
        }
        return "unexpected content here";
    }
}
