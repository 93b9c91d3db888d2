package org.hotline2110.platform.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;

/**
 * What a page shows instead of a problem document: a visitor without a valid token goes to sign-in, any other failure
 * is a short Chinese page with the same status. htmx follows {@code HX-Redirect} instead of swapping the answer in.
 */
@ApplicationScoped
public class PageErrors {

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "请求的内容有误。",
            403, "您的角色无权查看或执行此操作。",
            404, "没有找到这一页，或您无权查看。",
            409, "该内容已被他人处理，请刷新后再试。",
            503, "数据库暂时无法访问，请稍后再试。");

    private final Template error;
    private final PagesConfig config;

    public PageErrors(@Location("hotline/error.html") Template error, PagesConfig config) {
        this.error = error;
        this.config = config;
    }

    public Response signIn(HttpServerRequest request) {
        String target = config.signInUrl();
        if (PageRequests.isHtmx(request)) {
            return Response.status(401).header("HX-Redirect", target).build();
        }
        return Response.seeOther(java.net.URI.create(target)).build();
    }

    public Response page(int status) {
        String message = MESSAGES.getOrDefault(status, "页面出错了，问题已记录，请稍后再试。");
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("status", status).data("message", message).render())
                .build();
    }
}
