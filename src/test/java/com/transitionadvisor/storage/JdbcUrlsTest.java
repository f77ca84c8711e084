package com.transitionadvisor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void userInfo_isReplaced_hostAndDatabaseStay() {
        assertEquals("jdbc:postgresql://***@db.internal:5432/transition",
                JdbcUrls.withoutCredentials("jdbc:postgresql://bob:s3cret@db.internal:5432/transition"));
    }

    @Test
    void userAndPasswordParameters_areReplaced_otherParametersStay() {
        assertEquals("jdbc:postgresql://db/t?user=***&ssl=true&password=***&currentSchema=x",
                JdbcUrls.withoutCredentials("jdbc:postgresql://db/t?user=bob&ssl=true&password=s3cret&currentSchema=x"));
        assertEquals("jdbc:h2:file:/d/x;USER=***;PASSWORD=***;MODE=PostgreSQL",
                JdbcUrls.withoutCredentials("jdbc:h2:file:/d/x;USER=sa;PASSWORD=s3cret;MODE=PostgreSQL"));
        assertEquals("jdbc:postgresql://db/t?sslpassword=***",
                JdbcUrls.withoutCredentials("jdbc:postgresql://db/t?sslpassword=k3y"));
    }

    @Test
    void aUrlWithoutCredentials_isShownAsItIs() {
        String url = "jdbc:postgresql://127.0.0.1:5432/transition?ssl=true";
        assertEquals(url, JdbcUrls.withoutCredentials(url));
    }

    @Test
    void databaseConfigToString_showsNoUserNoPasswordAndNoCredentialInTheUrl() {
        DatabaseConfig config = DatabaseConfig.of("jdbc:postgresql://bob:s3cret@db/t?password=0ther",
                Optional.of("alice"), Optional.of("hunter2"));
        String shown = config.toString();
        for (String secret : new String[] {"bob", "s3cret", "0ther", "alice", "hunter2"}) {
            assertFalse(shown.contains(secret), () -> secret + " shown in " + shown);
        }
        assertTrue(shown.contains("jdbc:postgresql://***@db/t?password=***"), shown);
    }

    @Test
    void redact_removesEveryCredentialFromADriverMessage() {
        DatabaseConfig config = DatabaseConfig.of("jdbc:postgresql://bob:s3cret@db/t", Optional.empty(), Optional.of("hunter2"));
        assertEquals("unknown host ***@db; password *** refused",
                config.redact("unknown host bob:s3cret@db; password hunter2 refused"));
    }

    @Test
    void aUrlOfAnotherKind_isRefusedShowingOnlyItsScheme() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.of("jdbc:mysql://bob:s3cret@db/t", Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().contains("was jdbc:mysql:…"), e.getMessage());
        assertFalse(e.getMessage().contains("bob"), e.getMessage());
    }
}
