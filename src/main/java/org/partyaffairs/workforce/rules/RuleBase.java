package org.partyaffairs.workforce.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiles every DRL file under a classpath folder into one KieBase, once. Files are read as UTF-8
 * whatever the JVM's default charset (rule names are Chinese business sentences), and a file that
 * does not compile stops the build with its path and line.
 */
public final class RuleBase {

  /** The top-level folder of the product's rules, on the classpath as in the repository. */
  public static final String FOLDER = "rules";

  private static final Logger log = LoggerFactory.getLogger(RuleBase.class);
  /** Where Drools expects sources; below it, the folders that group the decisions. */
  private static final String SOURCE_ROOT = "src/main/resources/";

  private RuleBase() {
  }

  /**
   * @param folder a classpath folder, e.g. {@code rules}; its sub-folders group the decisions, and every DRL's
   *     package is that of the facts it matches ({@code org.partyaffairs.workforce.rules.facts})
   */
  public static KieBase compile(String folder) {
    KieServices kie = KieServices.Factory.get();
    KieFileSystem files = kie.newKieFileSystem();
    List<Resource> drls = find("classpath*:" + folder + "/**/*.drl");
    for (Resource drl : drls) {
      files.write(kie.getResources().newByteArrayResource(read(drl), StandardCharsets.UTF_8.name())
          .setSourcePath(SOURCE_ROOT + pathBelow(drl, folder)));
    }
    KieBuilder builder = kie.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("Rules in " + folder + "/ do not compile:\n" + errors.stream()
          .map(error -> folder + "/" + error.getPath() + ":" + error.getLine() + ": " + error.getText())
          .collect(Collectors.joining("\n")));
    }
    KieContainer container = kie.newKieContainer(kie.getRepository().getDefaultReleaseId());
    log.info("Compiled {} rule files from {}/", drls.size(), folder);
    return container.getKieBase();
  }

  private static List<Resource> find(String pattern) {
    try {
      return List.of(new PathMatchingResourcePatternResolver().getResources(pattern));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  /** The path below the rules folder, e.g. {@code assessment/grade.drl} for {@code rules/assessment/grade.drl}. */
  private static String pathBelow(Resource drl, String folder) {
    try {
      String url = drl.getURL().toString();
      return url.substring(url.lastIndexOf("/" + folder + "/") + folder.length() + 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Resource drl) {
    try (var in = drl.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + drl, e);
    }
  }
}
