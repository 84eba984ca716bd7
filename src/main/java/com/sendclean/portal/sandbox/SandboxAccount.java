package com.sendclean.portal.sandbox;

/** A simulated SendClean account: the credentials clients must send and its fault switches. */
record SandboxAccount(String ownerId, String token, SandboxFaults faults) {

    @Override
    public String toString() {
        // the token never reaches a log through a toString()
        return "SandboxAccount[ownerId=" + ownerId + ", token=***, faults=" + faults + "]";
    }
}
