package org.partyaffairs.workforce.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The product API's description (springdoc, {@code /api/openapi}; its UI {@code /api/docs}): the
 * endpoints and their answers come from the controllers and their {@code @Operation} summaries;
 * this adds what every endpoint shares: the HTTP Basic login against Camunda's users, and the
 * refusals every endpoint may answer ({@link Refusal}: a Chinese {@code message}, and the
 * {@code field} at fault where there is one). {@code ApiDescriptionTest} fails on an endpoint
 * without a Chinese summary.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

  static final String BASIC = "basic";
  static final String REFUSAL = "Refusal";

  /** The refusals any endpoint may answer, by status. */
  private static final Map<String, String> REFUSALS = Map.of(
      "400", "请求有误：说明哪一项、为什么（field 指出字段）",
      "401", "未登录或用户名、密码错误",
      "403", "无权进行此操作",
      "404", "不存在，或不在本人可见范围内（其他区镇的记录一律答不存在）",
      "409", "与当前状态冲突（如已办结、已提交过）",
      "429", "登录失败次数过多，账号或地址暂时锁定");

  @Bean
  OpenAPI productApi() {
    return new OpenAPI()
        .info(new Info().title("专职党务工作者全周期管理 · 产品接口").version("2")
            .description("区镇和市委\"两新\"工委使用的接口：工作者、档案、岗位、招聘、试用期、年度考核、公示、缺勤、"
                + "半年报告、决策与通知。登录使用 Camunda 用户（HTTP Basic）；每个人只看到本人可见的区镇的数据。"
                + "流程引擎本身的接口见 /engine-rest（Camunda REST API）。"))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Camunda 用户名和密码")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** Every operation lists the shared refusals it does not describe itself. */
  @Bean
  OpenApiCustomizer sharedRefusals() {
    return api -> {
      api.getComponents().addSchemas(REFUSAL, new ObjectSchema().description("拒绝的原因，中文")
          .addProperty("message", new StringSchema().description("一句中文说明").example("「天数」应为整数"))
          .addProperty("field", new StringSchema().description("出错的字段（如有）").example("days")));
      api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
      Map<String, ApiResponse> responses = new LinkedHashMap<>(operation.getResponses());
      REFUSALS.forEach((status, description) -> responses.putIfAbsent(status, new ApiResponse().description(description)
          .content(new Content().addMediaType("application/json",
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + REFUSAL))))));
        operation.getResponses().clear();
        operation.getResponses().putAll(responses);
      }));
    };
  }
}
