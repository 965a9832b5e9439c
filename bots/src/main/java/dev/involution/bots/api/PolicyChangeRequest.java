package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** What an admin sends to switch a running match's regulator: the policy and, optionally, thresholds to override. */
public record PolicyChangeRequest(@JsonProperty(required = true) String policy, Map<String, Object> policySettings) {
}
