package com.transitionadvisor.storage;

import java.sql.SQLException;

/** The database failed; carries the SQL state so callers can tell conflicts from outages. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    static StorageException of(String what, SQLException e) {
        return new StorageException(what + " failed: " + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
    }
}
