package org.retrogistics.disposition.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.retrogistics.disposition.RecoveryBreakdown;
import org.retrogistics.shared.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form decisions are stored in. Compact, because a re-evaluation rewrites every decision of a client: money
 * as "12.34 USD" and no copy of each table row's source text (the table in force gives it back when read).
 * Measured: it roughly halves the stored size of a decision's options, and with it the write time.
 */
public final class StoredDecisionJson {

    @JsonIgnoreProperties({"source"})
    interface WithoutSource {}

    private StoredDecisionJson() {}

    public static JsonMapper mapper() {
        SimpleModule money = new SimpleModule("stored-money");
        money.addSerializer(Money.class, new ValueSerializer<Money>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(
                        value.amount().toPlainString() + " " + value.currency().getCurrencyCode());
            }
        });
        money.addDeserializer(Money.class, new ValueDeserializer<Money>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = p.getString();
                int space = text.indexOf(' ');
                return Money.of(text.substring(0, space), text.substring(space + 1));
            }
        });
        return JsonMapper.builder()
                .addModule(money)
                .addMixIn(RecoveryBreakdown.class, WithoutSource.class)
                .build();
    }
}
