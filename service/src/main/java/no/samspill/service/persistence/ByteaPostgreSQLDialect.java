package no.samspill.service.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;

/** PostgreSQL with Axon's blobs as {@code bytea}; see {@link BinaryColumns}. */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    @Override
    protected String columnType(int sqlTypeCode) {
        return BinaryColumns.isBlob(sqlTypeCode) ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return BinaryColumns.isBlob(sqlTypeCode) ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        BinaryColumns.readBlobsAsBinary(typeContributions);
    }
}
