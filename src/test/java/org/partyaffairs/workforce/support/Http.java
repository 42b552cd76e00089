package org.partyaffairs.workforce.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running application: Basic auth and webapp logins. */
public final class Http {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public Http(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send(request(path, user, password).GET());
  }

  public HttpResponse<String> postJson(String path, String user, String password, String json) {
    return send(request(path, user, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String user, String password, String json) {
    return send(request(path, user, password).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postCsv(String path, String user, String password, String csv) {
    return send(request(path, user, password).header("Content-Type", "text/csv; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  /** Any method with an optional JSON body, as the given user over HTTP Basic (null: nobody). */
  public HttpResponse<String> send(String method, String path, String user, String password, String json) {
    return send(withBody(request(path, user, password), method, json));
  }

  /** Any method with an optional JSON body in the webapp session, with its CSRF token for a write. */
  public HttpResponse<String> webappSend(String method, String path, String json) {
    if (method.equals("GET")) {
      return webappGet(path);
    }
    send(request("/camunda/api/admin/auth/user/default", null, null).GET());
    return send(withBody(request(path, null, null), method, json).header("X-XSRF-TOKEN", csrfToken()));
  }

  private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String json) {
    if (json == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return request.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }

  /** A {@code text/csv} upload of the bytes as they are (e.g. a list saved in another encoding). */
  public HttpResponse<String> postCsvBytes(String path, String user, String password, byte[] csv) {
    return send(request(path, user, password).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
  }

  /** Logs into one of the Camunda webapps (tasklist, cockpit, admin) as its login page does. */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET());
    String token = csrfToken();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("X-XSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** A GET on a webapp's API in the session of {@link #webappLogin} (reads need no CSRF token). */
  public HttpResponse<String> webappGet(String path) {
    return send(request(path, null, null).GET());
  }

  /**
   * A JSON POST to a webapp's API in the session of {@link #webappLogin}, with the CSRF token the
   * new session got on its first read (the login itself changes the session).
   */
  public HttpResponse<String> webappPostJson(String path, String json) {
    send(request("/camunda/api/admin/auth/user/default", null, null).GET());
    return webappPostJsonInSession(path, json, "application/json");
  }

  /**
   * A JSON POST to a webapp's API with the CSRF token the session holds already (after a
   * {@link #webappPostJson} or a read), as the page sends its calls: {@code application/hal+json}
   * asks for the embedded resources Tasklist shows beside each task.
   */
  public HttpResponse<String> webappPostJsonInSession(String path, String json, String accept) {
    return send(webappPost(path, json).header("X-XSRF-TOKEN", csrfToken()).header("Accept", accept));
  }

  /** The same POST as a forged request from another site would send it: the session cookie, no token. */
  public HttpResponse<String> webappPostJsonWithoutCsrfToken(String path, String json) {
    return send(webappPost(path, json));
  }

  private HttpRequest.Builder webappPost(String path, String json) {
    return request(path, null, null).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      String credentials = user + ":" + password;
      builder.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  /** A GET in the session of {@link #webappLogin} with no credentials of its own, the body as bytes (a file). */
  public HttpResponse<byte[]> webappGetBytes(String path) {
    try {
      return client.send(request(path, null, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
