package dev.involution.bots.client;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sends one HTTP request and returns the answer; the seam between the client's logic and the network. */
interface Transport {

    Response send(Request request) throws IOException, InterruptedException;

    /** A request to the arena: method, path with query, headers, and a JSON body or null. */
    record Request(String method, String path, Map<String, String> headers, String body) {
        public Request {
            headers = Map.copyOf(headers);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst();
        }
    }

    /** An answer: status, headers (names in any case) and body. */
    record Response(int status, Map<String, List<String>> headers, String body) {
        public Response {
            headers = Map.copyOf(headers);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst();
        }
    }
}
