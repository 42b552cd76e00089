package org.partyaffairs.workforce.support;

/** Closing what a test class opened (application processes, connections), every one of them. */
public final class Closing {

  private Closing() {
  }

  /** Closes each resource that is not null, in order, even when one fails; then throws the first failure. */
  public static void all(AutoCloseable... resources) throws Exception {
    Exception first = null;
    for (AutoCloseable resource : resources) {
      try {
        if (resource != null) {
          resource.close();
        }
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
