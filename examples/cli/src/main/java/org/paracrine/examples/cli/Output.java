package org.paracrine.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that remembers why writing failed (for {@code > /dev/full}: "no space left on device"), so a
 * command can report the failure in one line and exit {@value ExitCodes#BAD_INPUT} instead of losing reports
 * silently.
 */
final class Output extends PrintWriter {
  private final Recording recording;

  private Output(Recording recording) {
    super(recording);
    this.recording = recording;
  }

  /** Returns standard output (UTF-8) with failure recording. */
  static Output stdout() {
    return new Output(new Recording(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8)));
  }

  /**
   * Flushes and tells why writing failed, if it did.
   *
   * @param out the writer a command printed to
   * @return the reason, or null when every write succeeded
   */
  static String failure(PrintWriter out) {
    if (!out.checkError()) {
      return null;
    }
    if (out instanceof Output && ((Output) out).recording.failure != null) {
      String m = ((Output) out).recording.failure.getMessage();
      return m == null ? "input/output error" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
    return "the output was closed or the device is full";
  }

  /** A writer that keeps its first failure. */
  private static final class Recording extends Writer {
    private final Writer delegate;
    private IOException failure;

    Recording(Writer delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        delegate.write(cbuf, off, len);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        delegate.flush();
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      delegate.close();
    }

    private void keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
