package no.samspill.service.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * Maps Axon's {@code @Lob byte[]} columns (event payloads, metadata, tokens) to plain binary columns, so that one
 * migration script ({@code bytea}) serves H2 and PostgreSQL. On PostgreSQL it also keeps event data out of large
 * objects, which SQL cannot read and which leak (docs/stack.md, pitfall 4).
 */
final class BinaryColumns {

    private BinaryColumns() {
    }

    static boolean isBlob(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB;
    }

    static void readBlobsAsBinary(TypeContributions contributions) {
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
