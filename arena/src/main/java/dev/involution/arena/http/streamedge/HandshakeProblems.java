package dev.involution.arena.http.streamedge;

import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.SecurityHeaders;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;

/**
 * The stream edge's answers to a request it does not upgrade: the same {@code application/problem+json}
 * bodies and security headers as the HTTP edge's, then the connection is closed (a stream edge
 * connection carries one handshake).
 */
final class HandshakeProblems {
    private HandshakeProblems() {
    }

    static void send(ChannelHandlerContext ctx, Problem problem, Map<String, String> headers) {
        byte[] body = ProblemResponses.json(problem);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(problem.status()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(HttpHeaderNames.SERVER, "involution-arena");
        SecurityHeaders.everyAnswer().forEach(response.headers()::set);
        headers.forEach(response.headers()::set);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    static void send(ChannelHandlerContext ctx, Problem problem) {
        send(ctx, problem, Map.of());
    }
}
