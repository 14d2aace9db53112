package com.cumulus.commerce.systemtests.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.systemtests.ShopHost;
import com.cumulus.commerce.systemtests.ShopTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk through the API, run as a reader would run it: its bash block, as written, against a devhost
 * started as {@code bin/devhost} starts it (the sample settings, every app, the workflows, the demo catalog) on
 * a free port. A command whose trailing comment starts with a status ({@code # 412 Precondition Failed}) must
 * answer that status, so the README cannot promise what the shop does not do.
 */
@ShopTest(sampleSettings = true)
class ReadmeWalkThroughIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern PROMISED = Pattern.compile("^(curl\\s.*?)\\s+#\\s*(\\d{3})\\b.*$");
    private static final String README_PORT = "127.0.0.1:7071";

    // the script's own files: what each promising command answered, and everything it printed
    @TempDir
    static Path scratch;

    private static ShopHost host;

    @BeforeAll
    static void connect(ShopHost shopHost) {
        host = shopHost;
    }

    @Test
    void everyCommandAnswersTheStatusItsCommentPromises() throws Exception {
        var commands = commands(walkThrough(Files.readString(ROOT.resolve("README.md"))));
        var script = new StringBuilder("""
                set -e -o pipefail
                promise() {
                    local line=$1 want=$2 body got
                    shift 2
                    body=$(mktemp)
                    got=$("$@" -o "$body" -w '%{http_code}') || got="curl-exit-$?"
                    cat "$body"; echo
                    rm -f "$body"
                    echo "$line $want $got" >> "$WALKTHROUGH_STATUSES"
                }
                """);
        var promised = new ArrayList<Promise>();
        for (var command : commands) {
            var match = PROMISED.matcher(command);
            if (match.matches()) {
                promised.add(new Promise(promised.size(), match.group(1), Integer.parseInt(match.group(2))));
                script.append("promise ").append(promised.size() - 1).append(' ').append(match.group(2)).append(' ')
                        .append(onThisHost(match.group(1))).append('\n');
            } else {
                script.append(onThisHost(command)).append('\n');
            }
        }
        assertThat(promised).as("commands in the walk-through that promise a status").hasSizeGreaterThanOrEqualTo(5);

        var statuses = scratch.resolve("statuses.txt");
        var output = scratch.resolve("output.txt");
        var builder = new ProcessBuilder("bash", "-c", script.toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // bin/token finds devhost by DEVHOST_PORT, as a reader's shell would tell it
        builder.environment().put("DEVHOST_PORT", Integer.toString(host.port()));
        builder.environment().put("WALKTHROUGH_STATUSES", statuses.toString());
        var process = builder.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        var log = Files.readString(output);

        assertThat(finished).as("the walk-through finished in 3 minutes:%n%s", log).isTrue();
        assertThat(process.exitValue()).as("the walk-through's exit status:%n%s", log).isZero();
        var answered = Files.exists(statuses) ? Files.readAllLines(statuses) : List.<String>of();
        assertThat(answered).as("a status for every command that promises one:%n%s", log).hasSize(promised.size());
        var wrong = new ArrayList<String>();
        for (var line : answered) {
            var fields = line.split(" ");
            var promise = promised.get(Integer.parseInt(fields[0]));
            if (!fields[2].equals(Integer.toString(promise.status()))) {
                wrong.add("promised " + promise.status() + ", answered " + fields[2] + ": " + promise.command());
            }
        }
        assertThat(wrong).as("README commands answering another status than their comment promises:%n%s", log)
                .isEmpty();
    }

    /** The first bash block under the walk-through's heading. */
    static String walkThrough(String readme) {
        int heading = readme.indexOf("## A walk through the API");
        assertThat(heading).as("the README's walk-through heading").isNotNegative();
        int start = readme.indexOf("```bash\n", heading);
        int end = readme.indexOf("\n```", start + 1);
        assertThat(start).as("a bash block under the heading").isPositive();
        return readme.substring(start + "```bash\n".length(), end + 1);
    }

    /** The block's commands, a command continued with a trailing backslash joined into one line. */
    static List<String> commands(String block) {
        var commands = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : block.split("\n")) {
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1);
                continue;
            }
            current.append(line);
            var command = current.toString().strip();
            current.setLength(0);
            if (!command.isEmpty() && !command.startsWith("#")) {
                commands.add(command);
            }
        }
        return commands;
    }

    private static String onThisHost(String command) {
        return command.replace(README_PORT, "127.0.0.1:" + host.port());
    }

    private record Promise(int index, String command, int status) {
    }
}
