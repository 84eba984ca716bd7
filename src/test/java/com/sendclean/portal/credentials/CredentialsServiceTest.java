package com.sendclean.portal.credentials;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import com.sendclean.portal.credentials.decrypted.DecryptedCredentials;
import com.sendclean.portal.stepup.StepUpRequiredException;
import com.sendclean.portal.crypto.KeysetRotation;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.crypto.SecretContext;
import com.sendclean.portal.crypto.UnreadableSecretException;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.support.TestTenants.CreatedUser;
import com.sendclean.portal.tenant.TenantRole;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CredentialsServiceTest {

    static final String OWNER_ID = "owner-7af3c1d2";
    static final String TOKEN = "tok_9b8e7d6c5b4a39281706f5e4";

    @Autowired SignedIn signedIn;
    @Autowired TestTenants testTenants;
    @Autowired CredentialsService credentials;
    @Autowired DecryptedCredentials decrypted;
    @Autowired CredentialsReencryption reencryption;
    @Autowired KeysetRotation keysetRotation;
    @Autowired CredentialsKeyService keys;
    @Autowired SecretCipher cipher;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    CreatedTenant acme;
    CreatedTenant globex;
    CreatedUser acmeAdmin;
    CreatedUser globexAdmin;

    @BeforeEach
    void setUp() {
        acme = testTenants.tenant("Acme");
        globex = testTenants.tenant("Globex");
        acmeAdmin = testTenants.member(acme, "acme-admin", TenantRole.ADMIN);
        globexAdmin = testTenants.member(globex, "globex-admin", TenantRole.ADMIN);
    }

    void saveAcme() {
        signedIn.asConfirmed(acmeAdmin.username(), TestTenants.INITIAL_PASSWORD, () -> credentials.save(acme.id(),
                new CredentialsInput(OWNER_ID, TOKEN, "us1-mta1.sendclean.net")));
    }

    @Test
    void theDatabaseHoldsNoPlaintextOwnerIdOrToken() {
        saveAcme();
        var row = jdbc.sql("select * from sendclean_credentials where tenant_id = :id").param("id", acme.id().value())
                .query().singleRow();
        String everything = row.values().stream().map(value -> value instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.ISO_8859_1) + HexFormat.of().formatHex(bytes)
                : String.valueOf(value)).reduce("", String::concat);
        assertThat(everything).doesNotContain(OWNER_ID).doesNotContain(TOKEN)
                .doesNotContain(HexFormat.of().formatHex(TOKEN.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_last_four")).isEqualTo("f5e4");
    }

    @Test
    void theTokenIsWriteOnlyItsStatusShowsOnlyTheLastFourCharacters() {
        saveAcme();
        CredentialsStatus status = signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id()));
        assertThat(status.state()).isEqualTo(CredentialsStatus.State.STORED);
        assertThat(status.tokenLastFour()).isEqualTo("f5e4");
        assertThat(status.ownerIdLastFour()).isEqualTo("c1d2");
        assertThat(status.appDomain()).isEqualTo("us1-mta1.sendclean.net");
        assertThat(status.toString()).doesNotContain(TOKEN).doesNotContain(OWNER_ID);
    }

    @Test
    void blankFieldsKeepTheStoredValuesForTheStoredAppDomain() {
        saveAcme();
        // a different app domain needs both typed again: StoredTokenStaysWithItsAppDomainTest
        signedIn.asConfirmed(acmeAdmin.username(), TestTenants.INITIAL_PASSWORD, () -> credentials.save(acme.id(), new CredentialsInput("", " ", " US1-mta1.sendclean.net")));
        var account = signedIn.as(acmeAdmin.username(), () -> decrypted.withStoredAccount(acme.id(), a -> a));
        assertThat(account.ownerId()).isEqualTo(OWNER_ID);
        assertThat(account.token()).isEqualTo(TOKEN);
        assertThat(account.appDomain()).isEqualTo("us1-mta1.sendclean.net");
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndNothingIsStored() {
        assertThatThrownBy(() -> signedIn.asConfirmed(acmeAdmin.username(), TestTenants.INITIAL_PASSWORD, () -> credentials.save(acme.id(),
                new CredentialsInput(OWNER_ID, TOKEN, "https://us1-mta1.sendclean.net/v1.0"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(CredentialsField.APP_DOMAIN));
        assertThatThrownBy(() -> signedIn.asConfirmed(acmeAdmin.username(), TestTenants.INITIAL_PASSWORD, () -> credentials.save(acme.id(),
                new CredentialsInput(OWNER_ID, "", "us1-mta1.sendclean.net"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(CredentialsField.API_TOKEN));
        assertThat(signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.NONE);
    }

    @Test
    void aCiphertextCopiedToAnotherTenantDoesNotDecrypt() {
        saveAcme();
        signedIn.asConfirmed(globexAdmin.username(), TestTenants.INITIAL_PASSWORD, () -> credentials.save(globex.id(),
                new CredentialsInput("globex-owner", "globex-token-1234", "us1-mta1.sendclean.net")));
        jdbc.sql("""
                update sendclean_credentials set token_encrypted =
                  (select token_encrypted from sendclean_credentials where tenant_id = :from) where tenant_id = :to""")
                .param("from", acme.id().value()).param("to", globex.id().value()).update();

        assertThat(signedIn.as(globexAdmin.username(), () -> credentials.status(globex.id())).state())
                .isEqualTo(CredentialsStatus.State.UNREADABLE);
        assertThatThrownBy(() -> signedIn.as(globexAdmin.username(), () -> decrypted.withStoredAccount(globex.id(), a -> a)))
                .isInstanceOfSatisfying(CredentialsUnavailableException.class,
                        e -> assertThat(e.state()).isEqualTo(CredentialsStatus.State.UNREADABLE));
    }

    @Test
    void aCiphertextMovedToAnotherFieldDoesNotDecrypt() {
        saveAcme();
        jdbc.sql("update sendclean_credentials set owner_id_encrypted = token_encrypted where tenant_id = :id")
                .param("id", acme.id().value()).update();
        assertThat(signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.UNREADABLE);
    }

    @Test
    void credentialsUnderALostKeysetAreUnreadableAndCanBeEnteredAgain() {
        saveAcme();
        SecretCipher lost = SecretCipher.withEphemeralKeyset();
        jdbc.sql("update sendclean_credentials set owner_id_encrypted = :owner, token_encrypted = :token where tenant_id = :id")
                .param("owner", lost.encrypt(OWNER_ID, CredentialsFields.OWNER_ID.context(acme.id(), "us1-mta1.sendclean.net")))
                .param("token", lost.encrypt(TOKEN, CredentialsFields.TOKEN.context(acme.id(), "us1-mta1.sendclean.net")))
                .param("id", acme.id().value()).update();
        assertThat(signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.UNREADABLE);
        assertThatThrownBy(() -> signedIn.asConfirmed(acmeAdmin.username(), TestTenants.INITIAL_PASSWORD, () -> credentials.save(acme.id(),
                new CredentialsInput("", "", "us1-mta1.sendclean.net"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be read; enter it again");

        saveAcme();
        assertThat(signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.STORED);
    }

    @Test
    void afterAKeyRotationStoredCredentialsAreReencryptedUnderTheNewPrimary() {
        saveAcme();
        keysetRotation.rotate();
        byte[] before = jdbc.sql("select token_encrypted from sendclean_credentials where tenant_id = :id")
                .param("id", acme.id().value()).query(byte[].class).single();
        assertThat(cipher.needsReencryption(before)).isTrue();

        var result = reencryption.reencryptAll();

        assertThat(result.reencrypted()).isPositive();
        byte[] after = jdbc.sql("select token_encrypted from sendclean_credentials where tenant_id = :id")
                .param("id", acme.id().value()).query(byte[].class).single();
        assertThat(cipher.needsReencryption(after)).isFalse();
        String token = signedIn.as(acmeAdmin.username(), () -> decrypted.withStoredAccount(acme.id(), a -> a.token()));
        assertThat(token).isEqualTo(TOKEN);
    }

    @Test
    void savingNeedsARecentPasswordEntry() {
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(), () -> credentials.save(acme.id(),
                new CredentialsInput(OWNER_ID, TOKEN, "us1-mta1.sendclean.net"))))
                .isInstanceOf(StepUpRequiredException.class);
        assertThat(signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.NONE);
    }

    @Test
    void onlyTheTenantsAdminsManageItsCredentials() {
        saveAcme();
        CreatedUser operator = testTenants.member(acme, "acme-operator", TenantRole.OPERATOR);
        CreatedUser viewer = testTenants.member(acme, "acme-viewer", TenantRole.VIEWER);
        var input = new CredentialsInput("x-owner", "x-token-5678", "us1-mta1.sendclean.net");

        assertThatThrownBy(() -> signedIn.as(globexAdmin.username(), () -> credentials.save(acme.id(), input)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(globexAdmin.username(), () -> credentials.status(acme.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(globexAdmin.username(), () -> decrypted.withStoredAccount(acme.id(), a -> a)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(operator.username(), () -> credentials.save(acme.id(), input)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(viewer.username(), () -> credentials.remove(acme.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("admin", () -> credentials.status(acme.id())))
                .as("platform administrators do not see tenants' credentials").isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(viewer.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.STORED);
    }

    @Test
    void platformAdministratorsRotateTheKeyAndReencryptFromTheAdministration() {
        saveAcme();
        var outcome = signedIn.as("admin", () -> keys.rotateAndReencrypt());
        assertThat(outcome.message()).contains("is the new primary key").contains("re-encrypted under the primary key");
        byte[] after = jdbc.sql("select token_encrypted from sendclean_credentials where tenant_id = :id")
                .param("id", acme.id().value()).query(byte[].class).single();
        assertThat(cipher.needsReencryption(after)).isFalse();
        assertThatThrownBy(() -> signedIn.as(acmeAdmin.username(), () -> keys.reencrypt()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void removingCredentialsLeavesNothingStored() {
        saveAcme();
        assertThat(signedIn.asConfirmed(acmeAdmin.username(), TestTenants.INITIAL_PASSWORD, () -> credentials.remove(acme.id()))).isTrue();
        assertThat(signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.NONE);
        assertThat(jdbc.sql("select count(*) from sendclean_credentials where tenant_id = :id")
                .param("id", acme.id().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void aRowInTheFormatBeforeTheAppDomainWasBoundDecryptsAndIsReencryptedOnce() {
        // as written before V0007: associated data "tenant:<id>|field:<name>", the app domain not bound
        var ownerIdContext = new SecretContext(acme.id().value(), "owner_id");
        var tokenContext = new SecretContext(acme.id().value(), "token");
        jdbc.sql("""
                        insert into sendclean_credentials (tenant_id, owner_id_encrypted, token_encrypted,
                                                           owner_id_last_four, token_last_four, app_domain)
                        values (:id, :owner, :token, 'c1d2', 'f5e4', 'us1-mta1.sendclean.net')""")
                .param("id", acme.id().value())
                .param("owner", cipher.encrypt(OWNER_ID, ownerIdContext))
                .param("token", cipher.encrypt(TOKEN, tokenContext))
                .update();
        String before = signedIn.as(acmeAdmin.username(), () -> decrypted.withStoredAccount(acme.id(), a -> a.token()));
        assertThat(before).as("the old format still decrypts").isEqualTo(TOKEN);

        assertThat(reencryption.reencryptAll().reencrypted()).isEqualTo(1);
        assertThat(reencryption.reencryptAll().reencrypted()).as("only once").isZero();

        byte[] token = jdbc.sql("select token_encrypted from sendclean_credentials where tenant_id = :id")
                .param("id", acme.id().value()).query(byte[].class).single();
        assertThatThrownBy(() -> cipher.decrypt(token, tokenContext))
                .as("now bound to the app domain too").isInstanceOf(UnreadableSecretException.class);
        var account = signedIn.as(acmeAdmin.username(), () -> decrypted.withStoredAccount(acme.id(), a -> a));
        assertThat(account.ownerId()).isEqualTo(OWNER_ID);
        assertThat(account.token()).isEqualTo(TOKEN);
        jdbc.sql("update sendclean_credentials set app_domain = 'eu1.sendclean.net' where tenant_id = :id")
                .param("id", acme.id().value()).update();
        assertThat(signedIn.as(acmeAdmin.username(), () -> credentials.status(acme.id())).state())
                .isEqualTo(CredentialsStatus.State.UNREADABLE);
    }

    @Test
    void reencryptionWaitsWhileAnotherInstanceHoldsTheLock() throws Exception {
        saveAcme();
        keysetRotation.rotate();
        try (var otherInstance = dataSource.getConnection(); var lock = otherInstance.createStatement()) {
            lock.execute("select pg_advisory_lock(" + CredentialsRepository.REENCRYPTION_LOCK + ")");
            var run = CompletableFuture.supplyAsync(reencryption::reencryptAll);
            awaitWaitingAdvisoryLock();
            assertThat(run).as("blocked while the other instance re-encrypts").isNotDone();
            lock.execute("select pg_advisory_unlock(" + CredentialsRepository.REENCRYPTION_LOCK + ")");
            assertThat(run.get(60, TimeUnit.SECONDS).reencrypted()).isPositive();
        }
        byte[] after = jdbc.sql("select token_encrypted from sendclean_credentials where tenant_id = :id")
                .param("id", acme.id().value()).query(byte[].class).single();
        assertThat(cipher.needsReencryption(after)).isFalse();
    }

    private void awaitWaitingAdvisoryLock() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            boolean waiting = jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                    .query(Integer.class).single() > 0;
            if (waiting) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("re-encryption never asked for the advisory lock");
    }
}
