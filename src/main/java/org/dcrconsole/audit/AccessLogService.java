package org.dcrconsole.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.sql.DataSource;

import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteService;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log of client, visit and incident data (GDPR Art. 9): every feature that serves such
 * data calls {@link #record} once the data has been read, and site managers read the log of their
 * sites. The log is append-only: this class is the only code that touches the table, and it has
 * no update or delete. ADMIN never reads it, since the subjects name clients by alias.
 */
@Service
public class AccessLogService {

    /** Longest subject kept; longer ones (a long search) are cut. */
    public static final int SUBJECT_MAX = 200;
    static final int EXPORT_BATCH = 500;
    static final String CSV_HEADER = "accessed_at,user,kind,subject";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streamingJdbc;
    private final TransactionTemplate ownTransaction;
    private final SiteService siteService;
    private final Clock clock;

    AccessLogService(DataSource dataSource, PlatformTransactionManager transactions, SiteService siteService,
                     Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(EXPORT_BATCH);
        this.streamingJdbc = new NamedParameterJdbcTemplate(streaming);
        // the callers read in read-only transactions, which PostgreSQL would refuse an INSERT in
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.siteService = siteService;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user (or the system, for jobs) accessed {@code subject} at the
     * site. Call it from the service that serves the data, after the data was read. The subject
     * names a client only by alias or id, never by client code or name; it is cut to
     * {@value #SUBJECT_MAX} characters. Written in a transaction of its own, so it is kept even
     * when the caller's transaction is read-only.
     */
    @PreAuthorize(Roles.ANY)
    public void record(AccessKind kind, long siteId, String subject) {
        CurrentUser.requireSite(siteId);
        insert(kind, siteId, subject);
    }

    /** A page of the site's access log, newest first. Managers of the site only. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<AccessLogRow> list(long siteId, AccessLogFilter filter, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        MapSqlParameterSource params = params(siteId, filter)
                .addValue("offset", pageable.getOffset()).addValue("limit", pageable.getPageSize());
        return jdbc.query(select(filter) + " ORDER BY accessed_at DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY",
                params, (rs, n) -> row(rs));
    }

    /**
     * Writes the filtered log as CSV (UTF-8, times in the site's zone), newest first, through a
     * database cursor, and records the export itself. Managers of the site only. Returns the number
     * of entries written.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public long exportCsv(long siteId, AccessLogFilter filter, OutputStream out) {
        CurrentUser.requireSite(siteId);
        ZoneId zone = siteService.site(siteId).zone();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        long[] count = {0};
        try {
            writer.write(CSV_HEADER);
            writer.write("\r\n");
            streamingJdbc.query(select(filter) + " ORDER BY accessed_at DESC, id DESC", params(siteId, filter), rs -> {
                AccessLogRow r = row(rs);
                try {
                    writer.write(String.join(",", CSV_TIME.format(r.at().atZone(zone)), csv(r.username()),
                            r.kind().name(), csv(r.subject())));
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        insert(AccessKind.ACCESS_LOG_EXPORT, siteId, describe(filter) + " rows=" + count[0]);
        return count[0];
    }

    private void insert(AccessKind kind, long siteId, String subject) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("site", siteId)
                .addValue("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .addValue("user", CurrentUser.username())
                .addValue("kind", kind.name())
                .addValue("subject", clean(subject));
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "INSERT INTO access_log (site_id, accessed_at, username, kind, subject) "
                        + "VALUES (:site, :at, :user, :kind, :subject)", p));
    }

    private String select(AccessLogFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, accessed_at, username, kind, subject FROM access_log "
                + "WHERE site_id = :site");
        if (filter.username() != null) {
            sql.append(" AND username = :user");
        }
        if (filter.kind() != null) {
            sql.append(" AND kind = :kind");
        }
        if (filter.from() != null) {
            sql.append(" AND accessed_at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" AND accessed_at < :to");
        }
        return sql.toString();
    }

    private MapSqlParameterSource params(long siteId, AccessLogFilter filter) {
        ZoneId zone = siteService.site(siteId).zone();
        MapSqlParameterSource p = new MapSqlParameterSource("site", siteId);
        if (filter.username() != null) {
            p.addValue("user", filter.username().strip());
        }
        if (filter.kind() != null) {
            p.addValue("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            p.addValue("from", utc(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            p.addValue("to", utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return p;
    }

    private static AccessLogRow row(ResultSet rs) throws SQLException {
        return new AccessLogRow(rs.getLong("id"), rs.getObject("accessed_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), AccessKind.valueOf(rs.getString("kind")), rs.getString("subject"));
    }

    private static String describe(AccessLogFilter f) {
        return "user=" + (f.username() == null ? "*" : f.username()) + " kind=" + (f.kind() == null ? "*" : f.kind())
                + " from=" + (f.from() == null ? "*" : f.from()) + " to=" + (f.to() == null ? "*" : f.to());
    }

    /**
     * Keeps a subject storable and readable: control characters (NUL is refused by PostgreSQL) and
     * unpaired surrogates are dropped, and the text is cut at {@value #SUBJECT_MAX} characters
     * without splitting a pair.
     */
    static String clean(String subject) {
        String s = subject == null ? "" : subject;
        StringBuilder out = new StringBuilder(Math.min(s.length(), SUBJECT_MAX));
        for (int i = 0; i < s.length() && out.length() < SUBJECT_MAX; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out.length() + 2 > SUBJECT_MAX) {
                    break;
                }
                out.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c) && !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Quotes a CSV field; a leading formula character is defused so spreadsheets do not run it. */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
