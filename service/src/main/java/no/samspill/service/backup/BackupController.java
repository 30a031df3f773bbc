package no.samspill.service.backup;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.samspill.service.api.Conflict;
import no.samspill.service.backup.OnlineBackup.Backup;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator (or the operator's scheduled job) takes an online backup of the embedded database. */
@RestController
@RequestMapping("/api/v1/admin/backups")
@Tag(name = "Administration")
public class BackupController {

    private final OnlineBackup backup;

    public BackupController(OnlineBackup backup) {
        this.backup = backup;
    }

    @PostMapping
    @Operation(summary = "Take an online backup of the embedded H2 database",
            description = "Written to samspill.backup.directory while the service runs; answers where and how big. "
                    + "On PostgreSQL use pg_dump (docs/backup-and-restore.md).")
    @ApiResponse(responseCode = "201", description = "The backup is taken")
    public ResponseEntity<Backup> take() {
        if (!backup.supported()) {
            throw new Conflict("database", "is PostgreSQL, which is backed up with pg_dump, not by Samspill "
                    + "(docs/backup-and-restore.md)");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(backup.take());
    }
}
