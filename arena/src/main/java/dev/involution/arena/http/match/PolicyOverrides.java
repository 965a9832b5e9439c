package dev.involution.arena.http.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The regulator thresholds a request names in its {@code policySettings} object (creating a match
 * or a tournament, changing a match's policy), read into {@link PolicySettings}.
 */
public final class PolicyOverrides {

    private PolicyOverrides() {
    }

    /**
     * The regulator's default thresholds with the given ones replaced; an unknown threshold name or
     * a value of the wrong type is a {@link ProblemException} naming the field.
     */
    public static PolicySettings policySettings(Map<String, Object> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return PolicySettings.defaults();
        }
        ObjectNode merged = Json.mapper().valueToTree(PolicySettings.defaults());
        for (Map.Entry<String, Object> e : overrides.entrySet()) {
            if (!fieldNames().contains(e.getKey())) {
                throw new ProblemException(Problem.invalidField("policySettings." + e.getKey(), "unknown-field",
                        "unknown regulator threshold '" + e.getKey() + "'; known: " + fieldNames()));
            }
            merged.set(e.getKey(), Json.mapper().valueToTree(e.getValue()));
        }
        try {
            return Json.mapper().treeToValue(merged, PolicySettings.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidField("policySettings", "type",
                    "a regulator threshold has a value of the wrong type: " + e.getMessage()));
        }
    }

    /** Every threshold's name, those the defaults leave out (null: the preset's) included. */
    private static List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : PolicySettings.class.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }
}
