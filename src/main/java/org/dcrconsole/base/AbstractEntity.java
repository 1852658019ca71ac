package org.dcrconsole.base;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.data.util.ProxyUtils;

/**
 * Identity, optimistic locking and who/when of every entity. The version makes a second
 * concurrent save fail instead of silently overwriting the first.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", updatable = false)
    private @Nullable Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;

    @LastModifiedDate
    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @LastModifiedBy
    @Column(name = "updated_by")
    private @Nullable String updatedBy;

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || !ProxyUtils.getUserClass(this).equals(ProxyUtils.getUserClass(obj))) {
            return false;
        }
        Long myId = getId();
        return myId != null && myId.equals(((AbstractEntity) obj).getId());
    }

    @Override
    public int hashCode() {
        return ProxyUtils.getUserClass(this).hashCode();
    }

    @Override
    public String toString() {
        return "%s{id=%s}".formatted(ProxyUtils.getUserClass(this).getSimpleName(), getId());
    }
}
