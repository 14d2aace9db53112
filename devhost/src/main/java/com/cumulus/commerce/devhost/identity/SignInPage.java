package com.cumulus.commerce.devhost.identity;

import java.util.stream.Collectors;

/** The embedded issuer's sign-in page: plain HTML that posts back to the authorize URL it was served from. */
final class SignInPage {

    private SignInPage() {
    }

    static String form() {
        var users = DemoUser.ALL.stream()
                .map(user -> "<label><input type=\"radio\" name=\"username\" value=\"" + user.username() + "\""
                        + (user == DemoUser.ALL.get(0) ? " checked" : "") + "> " + user.displayName() + " ("
                        + user.username() + (user.roles().isEmpty() ? "" : ", " + String.join(", ", user.roles()))
                        + ")</label><br>")
                .collect(Collectors.joining("\n"));
        return page("Sign in to Cumulus Commerce (local)", """
                <form method="post">
                %s
                <p><label><input type="checkbox" name="mfa" value="true"> Passed multi-factor authentication</label></p>
                <p><button type="submit">Sign in</button></p>
                </form>
                """.formatted(users));
    }

    static String unknownUser() {
        return page("Unknown user", "<p>Only the demo users can sign in here: "
                + DemoUser.ALL.stream().map(DemoUser::username).collect(Collectors.joining(", ")) + ".</p>");
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1>
                %s</body></html>
                """.formatted(title, title, body);
    }
}
