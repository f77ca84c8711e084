package com.transitionadvisor.storage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this running copy of the app writes into the rows it holds (Slack events taken, check-ins claimed), so
 * logs and the database say which copy holds what: host, process id and a few random characters (a restarted
 * process is a new holder).
 */
public final class CopyName {
    private static final int MAX_LENGTH = 64;

    private CopyName() {
    }

    public static String ofThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 6);
        return name.length() <= MAX_LENGTH ? name : name.substring(name.length() - MAX_LENGTH);
    }
}
