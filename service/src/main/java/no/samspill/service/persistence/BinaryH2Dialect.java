package no.samspill.service.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;

/**
 * H2 with Axon's blobs as binary columns ({@code bytea} is H2's name for them too); see {@link BinaryColumns}.
 * Fixed-length binary (Axon's dead-letter diagnostics) becomes variable-length too, as {@code bytea} is on PostgreSQL.
 */
public class BinaryH2Dialect extends H2Dialect {

    @Override
    protected String columnType(int sqlTypeCode) {
        return BinaryColumns.isBlob(sqlTypeCode) || sqlTypeCode == SqlTypes.BINARY
                ? "binary varying" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return BinaryColumns.isBlob(sqlTypeCode) ? "binary varying" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        BinaryColumns.readBlobsAsBinary(typeContributions);
    }
}
