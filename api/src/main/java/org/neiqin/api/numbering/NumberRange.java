package org.neiqin.api.numbering;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Consecutive document numbers reserved together ({@link NumberingService#reserve}).
 *
 * @since 0.3
 */
@ProviderType
public interface NumberRange {
    /** @return how many numbers the range holds */
    int size();

    /**
     * @param i from 0 to {@link #size()} - 1
     * @return the {@code i}th number of the range
     */
    String get(int i);
}
