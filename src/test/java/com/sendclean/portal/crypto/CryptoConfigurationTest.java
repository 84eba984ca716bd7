package com.sendclean.portal.crypto;

import com.sendclean.portal.config.PortalProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CryptoConfigurationTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, CryptoConfiguration.class)
                .withPropertyValues("portal.data-dir=" + dataDir);
    }

    @Test
    void withoutAKeysetTheContextRefusesToStartAndSaysWhatToSet() {
        runner().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(KeysetException.class)
                    .hasMessage(KeysetException.missing().getMessage());
        });
        assertThat(dataDir.resolve(LocalKeyset.FILE_NAME)).doesNotExist();
    }

    @Test
    void theMissingKeysetSentenceNamesBothSettingsAndTheCommand() {
        assertThat(KeysetException.missing().getMessage())
                .contains("PORTAL_CRYPTO_KEYSET", "portal.crypto.keyset-file", "PORTAL_CRYPTO_KEYSETFILE",
                        "java -jar sendclean-portal.jar keyset create FILE")
                .endsWith(".")
                .as("one sentence").doesNotContain(". ");
    }

    @Test
    void theFailureAnalyzerReportsTheSentenceInsteadOfAStackTrace() {
        KeysetException missing = KeysetException.missing();

        FailureAnalysis analysis = new KeysetFailureAnalyzer()
                .analyze(new BeanCreationException("secretCipher", "Error creating bean", missing));

        assertThat(analysis.getDescription()).isEqualTo(missing.getMessage());
        assertThat(analysis.getAction()).contains("back", "never commit");
    }

    @Test
    void readsTheKeysetFromThePropertyThatPortalCryptoKeysetSets() {
        String json = Keysets.toJson(Keysets.generate());

        runner().withPropertyValues("portal.crypto.keyset=" + json).run(context -> {
            assertThat(context).hasNotFailed();
            var cipher = context.getBean(SecretCipher.class);
            assertThat(cipher.keysetSummary().primaryKeyId())
                    .isEqualTo(Keysets.summary(Keysets.parse(json, "json")).primaryKeyId());
            assertThat(context.getBean(CryptoProperties.class).toString()).doesNotContain(json).contains("***");
            assertThat(context.getBean(KeysetSource.class).toString()).doesNotContain(json);
            assertThat(context.getBean(KeysetRotation.class).isAvailable()).isFalse();
        });
    }

    @Test
    void readsTheKeysetFile() {
        var file = new KeysetFile(dataDir.resolve("ops/keyset.json"));
        file.create(Keysets.generate());

        runner().withPropertyValues("portal.crypto.keyset-file=" + file.path()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SecretCipher.class).keysetSummary()).isEqualTo(Keysets.summary(file.read()));
            assertThat(context.getBean(KeysetRotation.class).isAvailable()).isTrue();
        });
    }

    @Test
    void aMissingOrBrokenKeysetFileStopsTheStart() throws Exception {
        Path missing = dataDir.resolve("nowhere.json");
        runner().withPropertyValues("portal.crypto.keyset-file=" + missing).run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(KeysetException.class).hasMessageContaining("does not exist"));

        runner().withPropertyValues("portal.crypto.keyset={\"key\": \"hunter2\"}").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(KeysetException.class)
                        .hasMessageContaining("PORTAL_CRYPTO_KEYSET")
                        .hasMessageNotContaining("hunter2"));
    }

    @Test
    void refusesBothAPropertyAndAFile() {
        var file = new KeysetFile(dataDir.resolve("keyset.json"));
        file.create(Keysets.generate());

        runner().withPropertyValues("portal.crypto.keyset=" + Keysets.toJson(Keysets.generate()),
                "portal.crypto.keyset-file=" + file.path()).run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(KeysetException.class).hasMessageContaining("set only one"));
    }

    @Test
    void theLocalFlagGeneratesAnOwnerOnlyKeysetOnceAndThenReusesIt(CapturedOutput output) throws Exception {
        Path file = dataDir.resolve(LocalKeyset.FILE_NAME);
        var local = runner().withPropertyValues("portal.crypto.generate-local-keyset=true");
        long[] primary = new long[1];

        local.run(context -> {
            assertThat(context).hasNotFailed();
            primary[0] = context.getBean(SecretCipher.class).keysetSummary().primaryKeyId();
        });
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(output).contains("Generated the local keyset " + file, "for local use only");
        String generated = Files.readString(file);

        local.run(context -> assertThat(context.getBean(SecretCipher.class).keysetSummary().primaryKeyId())
                .isEqualTo(primary[0]));
        assertThat(Files.readString(file)).isEqualTo(generated);
        assertThat(output).contains("Using the local keyset " + file);
        assertThat(output.toString()).doesNotContain(generated);
    }

    @Test
    void aConfiguredKeysetWinsOverTheLocalFlag() {
        String json = Keysets.toJson(Keysets.generate());

        runner().withPropertyValues("portal.crypto.generate-local-keyset=true", "portal.crypto.keyset=" + json)
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(dataDir.resolve(LocalKeyset.FILE_NAME)).doesNotExist();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({CryptoProperties.class, PortalProperties.class})
    static class Properties {
    }
}
