/** What the misery alerts need from a store (both stores implement it; see sqliteAlertReads.ts, pgAlertReads.ts). */
export interface AlertReads {
    /** Answered moments and misery answers per touchpoint whose answer time is in `[since, until)` (ISO). */
    answerWindow(since: string, until: string): Promise<Array<{
        touchpoint: string;
        answers: number;
        misery: number;
    }>>;
    /**
     * Records a rule's state in the database: the `tripping` touchpoints are tripped, every other
     * touchpoint of the rule has recovered. Resolves with the touchpoints this call turned from
     * recovered to tripped: across processes and replicas, exactly one caller gets each trip, and
     * sends its alert; while a touchpoint stays tripped nobody gets it again (hysteresis).
     */
    claimAlerts(rule: string, tripping: string[]): Promise<string[]>;
}
