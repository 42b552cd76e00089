package org.partyaffairs.workforce.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.partyaffairs.workforce.shared.Causes;
import org.partyaffairs.workforce.shared.DatabaseOutage;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.http.HttpStatus;

/**
 * How the engine REST API and the webapps' engine API answer what they refuse. Camunda's own
 * answers are kept in shape ({@code {"type": …, "message": …}}, which Tasklist shows) but not in
 * content: a refusal of ours raised inside the engine (a start listener, a form's end listener, a
 * decision) is answered with our Chinese sentence alone and our status, not as Camunda's 500
 * "Cannot instantiate process definition …: …"; a body Jackson cannot read (malformed, too deep,
 * trailing content, a wrong type or an unknown enum value) is a 400 in Chinese naming the field;
 * and no 4xx message names a Java class. Each refusal is one WARN line ({@link Refusal#log}), not
 * Camunda's stack traces.
 *
 * <p>The providers outrank Camunda's mappers of the same exception types ({@link Priority} 1, where
 * Camunda's have the default 5000), and its {@link JacksonConfigurator} for the mapper.
 */
public final class EngineRefusals {

  /** Ahead of Camunda's providers, which carry no priority (Jersey's default, 5000). */
  static final int AHEAD_OF_CAMUNDA = 1;

  private static final String INVALID_REQUEST = "InvalidRequest";
  /** The type of a race lost or a task held by another: the webapps show the message. */
  private static final String CONFLICT = "ConcurrentWork";
  /** The database out of reach ({@link DatabaseUnavailable}). */
  private static final String UNAVAILABLE = "ServiceUnavailable";
  /** Camunda 7.24's whole message for a password its policy refuses. */
  private static final String PASSWORD_BELOW_POLICY = "Password does not match policy";

  private EngineRefusals() {
  }

  /**
   * What the Camunda Jersey applications register beside Camunda's own providers; dates are
   * written in the product's zone ({@code workforce.zone}), as the product API writes them.
   */
  public static List<Object> providers(ZoneId zone) {
    return List.of(new StrictJson(zone), new OurRefusal(), new MissingRight(), new WrappedRefusal(), new RestRefusal(), new JsonRefusal(),
        new JsonParseRefusal(), new JsonMappingRefusal());
  }

  /** Our refusal inside an exception (itself, or a cause at any depth), or null. */
  public static InvalidRequestException refusalIn(Throwable e) {
    return Causes.find(e, InvalidRequestException.class).orElse(null);
  }

  /**
   * Two people on one thing at the same moment, told as a 409 in Chinese instead of Camunda's 500
   * ("ENGINE-03005 … was updated by another transaction concurrently", "Task … is already claimed by
   * someone else"): the loser of a race for a task, or a claim of a task someone else holds. Null
   * when the exception (at any depth) is neither.
   */
  static String conflictIn(Throwable e) {
    return Causes.find(e, ProcessEngineException.class,
            cause -> cause instanceof TaskAlreadyClaimedException || cause instanceof OptimisticLockingException)
        .map(cause -> cause instanceof TaskAlreadyClaimedException claimed
            ? "任务已由 " + claimed.getTaskAssignee() + " 认领，不能再认领；请刷新任务列表"
            : "这项工作刚刚已由他人办理或认领，您的操作没有生效；请刷新后查看")
        .orElse(null);
  }

  /** The engine's refusal of a password below the policy (creating a user, changing a password): a 400 naming the rules. */
  static boolean passwordRefused(Throwable e) {
    return Causes.find(e, ProcessEngineException.class, cause -> PASSWORD_BELOW_POLICY.equals(cause.getMessage())).isPresent();
  }

  /** The status of a refusal of ours, the same on every API: not found 404, a forbidden change of state 409, else 400. */
  public static HttpStatus apiStatus(InvalidRequestException refusal) {
    if (refusal instanceof NotFoundException) {
      return HttpStatus.NOT_FOUND;
    }
    if (refusal instanceof IllegalTransitionException) {
      return HttpStatus.CONFLICT;
    }
    return HttpStatus.BAD_REQUEST;
  }

  static Response answer(int status, String type, String message) {
    Refusal.log(status, message);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static Response ours(InvalidRequestException refusal) {
    return answer(apiStatus(refusal).value(), INVALID_REQUEST, refusal.getMessage());
  }

  /**
   * Camunda's own refusal, told in Chinese: what kind of refusal it is, and Camunda's detail only
   * where it names no Java class.
   */
  static Response camunda(int status, String type, String detail) {
    String sentence = switch (status) {
      case 404 -> "请求的对象不存在";
      case 409 -> "请求与当前状态冲突";
      case 403 -> "您无权执行此操作";
      default -> "请求无效";
    };
    String told = detail == null ? null : inChinese(detail);
    boolean clean = told != null && !told.isBlank() && !Refusal.namesJavaClass(told);
    return answer(status, type, clean ? sentence + "：" + told : sentence);
  }

  /** The engine's paging limit ({@code queryMaxResultsLimit}): a query must ask for one page of at most that many. */
  private static final Pattern UNBOUNDED = Pattern.compile("An unbound number of results is forbidden!?");
  private static final Pattern OVER_LIMIT = Pattern.compile("Max results limit of (\\d+) exceeded!?");

  /** Camunda's details a person meets, in Chinese; any other detail as Camunda wrote it. */
  static String inChinese(String detail) {
    if (UNBOUNDED.matcher(detail.strip()).matches()) {
      return "查询必须分页，请给出 firstResult 和 maxResults";
    }
    Matcher over = OVER_LIMIT.matcher(detail.strip());
    if (over.matches()) {
      return "每页最多 " + over.group(1) + " 条，请减小 maxResults";
    }
    return detail;
  }

  /**
   * The mapper Camunda configures, made strict (nesting bounded, nothing after the JSON value) and
   * writing dates in the product's zone: {@code 2026-12-22T09:30:00.000+0800} whatever the server's
   * own zone, as the product API does, not UTC on one API and Beijing time on the other.
   */
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  @Priority(AHEAD_OF_CAMUNDA)
  static final class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    StrictJson(ZoneId zone) {
      mapper = JsonProblems.strict(JacksonConfigurator.configureObjectMapper(new ObjectMapper()));
      mapper.setTimeZone(TimeZone.getTimeZone(zone));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }

  /** A refusal of ours thrown as it is, e.g. by a start listener. */
  @Priority(AHEAD_OF_CAMUNDA)
  static final class OurRefusal implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException refusal) {
      return ours(refusal);
    }
  }

  /**
   * A refusal of ours wrapped by the engine (e.g. "Exception while invoking TaskListener"), and the
   * engine's own bad-request refusals; every other engine exception stays Camunda's.
   */
  @Priority(AHEAD_OF_CAMUNDA)
  static final class WrappedRefusal implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException e) {
      return ofOurs(e) || e instanceof BadUserRequestException;
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return ourAnswer(e).orElseGet(() -> camunda(400, e.getClass().getSimpleName(), e.getMessage()));
    }
  }

  /**
   * Camunda's REST layer wraps what the engine threw with its own words ("Cannot instantiate
   * process definition …: ", "Cannot complete task …: ") and, for a start, a 500: a refusal of ours
   * inside is answered alone; Camunda's own 4xx keep their status, in Chinese.
   */
  @Priority(AHEAD_OF_CAMUNDA)
  static final class RestRefusal implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException e) {
      return ofOurs(e) || (e.getStatus() != null && e.getStatus().getStatusCode() < 500
          && e.getStatus() != Response.Status.FORBIDDEN);
    }

    @Override
    public Response toResponse(RestException e) {
      return ourAnswer(e).orElseGet(() -> camunda(e.getStatus().getStatusCode(), e.getClass().getSimpleName(), e.getMessage()));
    }
  }

  /** Whether the product answers this exception itself, whatever wraps it: a refusal, a race, a password, an outage. */
  static boolean ofOurs(Throwable e) {
    // Not ourAnswer(e).isPresent(): answering logs the refusal, and a mapper is asked before it answers.
    return refusalIn(e) != null || conflictIn(e) != null || passwordRefused(e) || DatabaseOutage.causedBy(e);
  }

  /** The product's answer to an exception it answers itself ({@link #ofOurs}), else empty. */
  static Optional<Response> ourAnswer(Throwable e) {
    InvalidRequestException refusal = refusalIn(e);
    if (refusal != null) {
      return Optional.of(ours(refusal));
    }
    String conflict = conflictIn(e);
    if (conflict != null) {
      return Optional.of(answer(409, CONFLICT, conflict));
    }
    if (DatabaseOutage.causedBy(e)) {
      return Optional.of(answer(503, UNAVAILABLE, DatabaseUnavailable.MESSAGE));
    }
    return passwordRefused(e) ? Optional.of(answer(400, INVALID_REQUEST, PasswordRules.refusal()))
        : Optional.empty();
  }

  /**
   * The engine's own refusal for a missing right (a claim by a group the task is not offered to),
   * in Chinese: Camunda's sentence names the user, the permission and the resource in English.
   * The type stays Camunda's, which the webapps read.
   */
  @Priority(AHEAD_OF_CAMUNDA)
  static final class MissingRight implements ExceptionMapper<AuthorizationException> {

    @Override
    public Response toResponse(AuthorizationException e) {
      String what = e.getMissingAuthorizations().stream().findFirst()
          .map(missing -> "（缺少 " + missing.getViolatedPermissionName() + " 权限："
              + missing.getResourceType() + (missing.getResourceId() == null ? "" : " " + missing.getResourceId()) + "）")
          .orElse("");
      return answer(403, "AuthorizationException", "您无权执行此操作" + what);
    }
  }

  /** A body Jackson could not read within its limits (e.g. nested too deep). */
  @Priority(AHEAD_OF_CAMUNDA)
  static final class JsonRefusal implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
      return answer(400, INVALID_REQUEST, JsonProblems.describe(e));
    }
  }

  /** A body that is not JSON, or ends too early. */
  @Priority(AHEAD_OF_CAMUNDA)
  static final class JsonParseRefusal implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException e) {
      return answer(400, INVALID_REQUEST, JsonProblems.describe(e));
    }
  }

  /** JSON that does not fit: a wrong type, an unknown enum value, trailing content. */
  @Priority(AHEAD_OF_CAMUNDA)
  static final class JsonMappingRefusal implements ExtendedExceptionMapper<JsonMappingException> {

    /** A type Jackson cannot handle at all is the server's fault, and stays Camunda's. */
    @Override
    public boolean isMappable(JsonMappingException e) {
      return !(e instanceof InvalidDefinitionException);
    }

    @Override
    public Response toResponse(JsonMappingException e) {
      return answer(400, INVALID_REQUEST, JsonProblems.describe(e));
    }
  }
}
