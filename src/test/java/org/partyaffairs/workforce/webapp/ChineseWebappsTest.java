package org.partyaffairs.workforce.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Our Simplified Chinese for Camunda's four webapps ({@code META-INF/resources/webjars/camunda/app/
 * <app>/locales/zh.json}) against the engine's own English ({@code en.json} of the same path inside
 * the camunda-webapp-webjar on the classpath): every key the engine has is translated, nothing is
 * left in English, every placeholder survives. An engine upgrade that adds a key fails here until it
 * is translated. Also each app's {@code config.js}: Chinese first and the fallback, English still
 * there, the product's name; and the end-of-life banner kept for Cockpit alone.
 */
class ChineseWebappsTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Words that stay Latin in a Chinese sentence: names of products and standards, technical
   * acronyms, literal values a person types or reads in the engine ({@code null}, the resource
   * ids of Camunda's Application authorization). Anything else in Latin letters is English left
   * untranslated. Case matters: "Id" or "Json" in a value is still English.
   */
  static final Set<String> LATIN_WORDS_KEPT = Set.of(
      "Camunda", "BPMN", "DMN", "CMMN", "DRD", "FEEL", "Optimize", "LDAP", "README",
      "ID", "IDs", "URL", "URI", "JSON", "XML", "HTML", "CSV", "SQL", "REST", "API", "HTTP", "UTC", "CE",
      "Java", "JavaScript", "Groovy", "Spin", "Promise",
      // Keys on the keyboard, as a person presses them: 按 F5 刷新, Ctrl + 点击.
      "F", "Ctrl",
      "null", "true", "false", "cockpit", "tasklist", "admin", "welcome",
      // Camunda's usage metrics are known by these abbreviations in its documents and contracts.
      "PI", "DI", "TU", "FNI", "EDE", "RPI");

  /** Stripped before a value is judged: placeholders, markup, quoted patterns, code references. */
  private static final Pattern NOT_LANGUAGE = Pattern.compile(String.join("|",
      "\\{\\{[^}]*\\}\\}",           // {{ name }}: angular-translate interpolation
      "%[sd]",                        // %s, %d: moment's relative times
      "<[a-zA-Z/!][^>]*>",            // <a href="…">, <br/>, <strong>
      "&[a-z]+;",                     // &lt; &gt;
      "'[^'\\s]+'",                   // 'yyyy-MM-ddTHH:mm:ss': a pattern shown as typed
      "“[^”\\s]+”",                    // “yyyy-MM-ddTHH:mm:ss”: the same in Chinese quotation marks
      "^YYYY-MM-DDTHH:mm:ss$",        // the same pattern as an input's placeholder
      "#[A-Za-z]+"));                 // #resolve: a function's name

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*\\}\\}|%[sd]");
  /** moment.js format tokens, allowed outside [literal] brackets in dateLocales. */
  private static final Pattern MOMENT_FORMAT = Pattern.compile("[YMDdHhmsAaLTWwQEeGgXxZzko]+");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void everyKeyOfTheEnginesLocaleHasAValueInOurChineseLocale(String app) {
    Map<String, JsonNode> english = leaves(engine(app));
    Map<String, JsonNode> chinese = leaves(ours(app));

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(chinese.keySet());
    assertThat(missing).as("keys of the engine's %s/locales/en.json missing from our zh.json", app).isEmpty();

    List<String> mismatched = new ArrayList<>();
    english.forEach((key, value) -> {
      JsonNode ours = chinese.get(key);
      if (value.isArray() && ours.size() != value.size() || value.isTextual() != ours.isTextual()) {
        mismatched.add(key + ": " + value + " / " + ours);
      }
    });
    assertThat(mismatched).as("%s: values of another shape than the engine's", app).isEmpty();
  }

  /** A label the engine dropped in an upgrade is no longer shown anywhere: it goes from our file too. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void ourChineseLocaleHasNoLabelTheEngineDoesNotHave(String app) {
    Set<String> extra = new TreeSet<>(fieldNames(ours(app).path("labels")));
    extra.removeAll(fieldNames(engine(app).path("labels")));
    // Camunda 7 CE's end-of-life banner: Operaton has none, and our text for it rests unused there
    // (docs/operaton.md). On Camunda the label must still be the engine's.
    if (!"/camunda/".equals("/" + "camunda/")) {
      extra.remove("BANNER_CE_EOL_TEXT");
    }
    assertThat(extra).as("labels of our %s zh.json that the engine's en.json does not have", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void noValueOfOurChineseLocaleIsLeftInEnglish(String app) {
    Map<String, String> english = new LinkedHashMap<>();
    leaves(ours(app)).forEach((key, value) -> texts(key, value).forEach((path, text) -> {
      String left = isDateFormat(key) ? englishInDateFormat(text) : englishIn(text);
      if (!left.isEmpty()) {
        english.put(path, text + "   ← " + left);
      }
    }));
    assertThat(english).as("values of our %s zh.json left in English", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void everyPlaceholderOfTheEnginesTextSurvivesTheTranslation(String app) {
    Map<String, JsonNode> chinese = leaves(ours(app));
    List<String> lost = new ArrayList<>();
    leaves(engine(app)).forEach((key, value) -> {
      JsonNode ours = chinese.get(key);
      if (value.isTextual() && ours != null && ours.isTextual()
          && !placeholders(value.asText()).equals(placeholders(ours.asText()))) {
        lost.add(key + ": " + placeholders(value.asText()) + " → " + placeholders(ours.asText()));
      }
    });
    assertThat(lost).as("%s: placeholders of en.json not kept as they are in zh.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void everyWebappOffersChineseFirstAndAsTheFallbackWithEnglishStillThere(String app) {
    String config = resource(APPS + app + "/scripts/config.js");
    assertThat(config)
        .containsPattern("availableLocales:\\s*\\[\\s*'zh',\\s*'en'\\s*\\]")
        .containsPattern("fallbackLocale:\\s*'zh'")
        .containsPattern("name:\\s*'专职党务工作者管理'")
        .containsPattern("disableWelcomeMessage:\\s*true");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void approversAndAdministratorsOutsideCockpitSeeNoEndOfLifeBanner(String app) {
    assertThat(resource(APPS + app + "/styles/user-styles.css"))
        .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none;");
  }

  @Test
  void tasklistOffersNoCreateTaskWhileStandaloneTasksAreOff() {
    assertThat(resource("application.yaml")).contains("standaloneTasksEnabled: false");
    assertThat(resource(APPS + "tasklist/styles/user-styles.css"))
        .containsPattern("> li\\.create-task-action\\s*\\{\\s*display:\\s*none;");
  }

  /**
   * Cockpit keeps the banner, and there it says in Chinese what the engine's end of life means
   * instead of advertising Camunda 8.
   */
  @Test
  void cockpitTellsAdministratorsInChineseWhatTheEndOfLifeMeans() {
    String note = ours("cockpit").path("labels").path("BANNER_CE_EOL_TEXT").asText();
    assertThat(note).contains("Camunda 7", "社区", "README").doesNotContain("Camunda 8", "docs.camunda.io");
    assertThat(resource(APPS + "cockpit/styles/user-styles.css")).doesNotContain("display: none");
  }

  @Test
  void theRuleForEnglishCatchesEnglishAndLetsChineseWithTechnicalWordsPass() {
    assertThat(englishIn("Claim")).isEqualTo("Claim");
    assertThat(englishIn("认领 task")).isEqualTo("task");
    assertThat(englishIn("Id")).isEqualTo("Id");
    assertThat(englishIn("流程定义 ID")).isEmpty();
    assertThat(englishIn("没有 ID 为 {{id}} 的{{resourceName}}")).isEmpty();
    assertThat(englishIn("请前往<a href=\"#/authorizations\">授权页面</a>")).isEmpty();
    assertThat(englishIn("日期无效：格式应为 'yyyy-MM-ddTHH:mm:ss'")).isEmpty();
    assertThat(englishIn("&lt;空&gt;")).isEmpty();
    assertThat(englishIn(">=")).isEmpty();
    assertThat(englishInDateFormat("[昨天] LT")).isEmpty();
    assertThat(englishInDateFormat("YYYY年M月D日dddd HH:mm")).isEmpty();
    assertThat(englishInDateFormat("[Yesterday at] LT")).isEqualTo("Yesterday at");
    assertThat(englishInDateFormat("January")).isEqualTo("January");
  }

  /** moment.js formats (month and day names are judged as labels). */
  private static boolean isDateFormat(String key) {
    return key.startsWith("dateLocales.longDateFormat.") || key.startsWith("dateLocales.calendar.");
  }

  /** The Latin words of a label that are neither kept words nor markup, placeholders or patterns. */
  static String englishIn(String text) {
    Matcher words = LATIN_WORD.matcher(NOT_LANGUAGE.matcher(text).replaceAll(" "));
    List<String> english = new ArrayList<>();
    while (words.find()) {
      if (!LATIN_WORDS_KEPT.contains(words.group())) {
        english.add(words.group());
      }
    }
    return String.join(" ", english);
  }

  /** A moment.js format or name: [literal text] is judged as a label, the rest must be format tokens. */
  static String englishInDateFormat(String text) {
    List<String> english = new ArrayList<>();
    Matcher literal = Pattern.compile("\\[([^\\]]*)\\]").matcher(text);
    while (literal.find()) {
      String left = englishIn(literal.group(1));
      if (!left.isEmpty()) {
        english.add(left);
      }
    }
    Matcher words = LATIN_WORD.matcher(literal.replaceAll(" ").replaceAll("%[sd]", " "));
    while (words.find()) {
      if (!MOMENT_FORMAT.matcher(words.group()).matches() || words.group().length() > 4) {
        english.add(words.group());
      }
    }
    return String.join(" ", english);
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  /** The engine's file: the one inside the camunda-webapp-webjar, never one of ours. */
  private static JsonNode engine(String app) {
    return parse(webjarResource(APPS + app + "/locales/en.json"));
  }

  private static JsonNode ours(String app) {
    String path = APPS + app + "/locales/zh.json";
    URL url = ChineseWebappsTest.class.getClassLoader().getResource(path);
    assertThat(url).as("our %s (src/main/resources/%s)", path, path).isNotNull();
    assertThat(url.getProtocol()).as("%s comes from the application's classes", path).isEqualTo("file");
    return parse(url);
  }

  private static URL webjarResource(String path) {
    try {
      for (URL url : Collections.list(ChineseWebappsTest.class.getClassLoader().getResources(path))) {
        if (url.toString().contains("camunda-webapp-webjar")) {
          return url;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + path + " in the camunda-webapp-webjar on the classpath");
  }

  private static JsonNode parse(URL url) {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's own files begin with a byte order mark.
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new UncheckedIOException(url.toString(), e);
    }
  }

  private static String resource(String path) {
    URL url = ChineseWebappsTest.class.getClassLoader().getResource(path);
    assertThat(url).as(path).isNotNull();
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Leaf values by dotted path; an array (month names, weekdays) is one leaf, as Camunda's
   * translators count keys.
   */
  private static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", node, leaves);
    return leaves;
  }

  private static void collect(String prefix, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), leaves));
    } else {
      leaves.put(prefix, node);
    }
  }

  /** The texts of a leaf: itself, or each element of an array. */
  private static Map<String, String> texts(String key, JsonNode value) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isTextual()) {
          texts.put(key + "[" + i + "]", value.get(i).asText());
        }
      }
    } else if (value.isTextual()) {
      texts.put(key, value.asText());
    }
    return texts;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
