package com.sendclean.portal.crypto;

import java.util.List;

/**
 * What a keyset holds, without any key material: safe to log and to show an administrator. Ids are unsigned, as the
 * keyset's JSON writes them.
 *
 * @param primaryKeyId the key new ciphertexts are made with
 * @param keyIds every key in the keyset, the primary included
 */
public record KeysetSummary(long primaryKeyId, List<Long> keyIds) {

    public KeysetSummary {
        keyIds = List.copyOf(keyIds);
    }
}
