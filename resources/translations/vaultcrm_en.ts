<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Alerts</name>
    <message numerus="yes">
        <source>%n key slot(s) older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</source>
        <translation>
            <numerusform>%n key slot older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</numerusform>
            <numerusform>%n key slots older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{user} exported %n row(s) ({action}).</source>
        <translation>
            <numerusform>{user} exported %n row ({action}).</numerusform>
            <numerusform>{user} exported %n rows ({action}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) for {user} since the last successful sign-in.</source>
        <translation>
            <numerusform>%n failed sign-in for {user} since the last successful sign-in.</numerusform>
            <numerusform>%n failed sign-ins for {user} since the last successful sign-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) with unknown user names since the last successful sign-in.</source>
        <translation>
            <numerusform>%n failed sign-in with unknown user names since the last successful sign-in.</numerusform>
            <numerusform>%n failed sign-ins with unknown user names since the last successful sign-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup since {time} (limit: %n day(s)).</source>
        <translation>
            <numerusform>No verified backup since {time} (limit: %n day).</numerusform>
            <numerusform>No verified backup since {time} (limit: %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup ever (limit: %n day(s)).</source>
        <translation>
            <numerusform>No verified backup ever (limit: %n day).</numerusform>
            <numerusform>No verified backup ever (limit: %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync refused %n segment(s) or change(s) from other devices; the rest was applied.</source>
        <translation>
            <numerusform>Sync refused %n segment or change from other devices; the rest was applied.</numerusform>
            <numerusform>Sync refused %n segments or changes from other devices; the rest was applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>Page {0} of {1} · %Ln entry(s)</source>
        <translation>
            <numerusform>Page {0} of {1} · %Ln entry</numerusform>
            <numerusform>Page {0} of {1} · %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation>
            <numerusform>Chain intact: %Ln entry, every link checked.</numerusform>
            <numerusform>Chain intact: %Ln entries, every link checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>Last verified backup is %n day old.</numerusform>
            <numerusform>Last verified backup is %n days old.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n erasure</numerusform>
            <numerusform>%n erasures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation>
            <numerusform>%n disabled user</numerusform>
            <numerusform>%n disabled users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation>
            <numerusform>%n credential change</numerusform>
            <numerusform>%n credential changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n audit entry to {path}.</numerusform>
            <numerusform>Exported %n audit entries to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation>
            <numerusform>Audit log intact: %n entry.</numerusform>
            <numerusform>Audit log intact: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation>
            <numerusform>Restored {archive} into {vault} (%n row).</numerusform>
            <numerusform>Restored {archive} into {vault} (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation>
            <numerusform>%n person would be erased (preview; add --apply to erase them).</numerusform>
            <numerusform>%n people would be erased (preview; add --apply to erase them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>Erased %n person.</numerusform>
            <numerusform>Erased %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n customer to {path}.</numerusform>
            <numerusform>Exported %n customers to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n conflict resolved.</numerusform>
            <numerusform>%n conflicts resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceState</name>
    <message numerus="yes">
        <source>%n change file(s)</source>
        <translation>
            <numerusform>%n change file</numerusform>
            <numerusform>%n change files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation>
            <numerusform>The profile {name} is still given to %n user; give them another profile first.</numerusform>
            <numerusform>The profile {name} is still given to %n users; give them another profile first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation>
            <numerusform>{field}: {problem} (and %n more)</numerusform>
            <numerusform>{field}: {problem} (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n s.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>Exported %n customer.</numerusform>
            <numerusform>Exported %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation>
            <numerusform>%n record can be imported; {0} would be refused (listed after the import).</numerusform>
            <numerusform>%n records can be imported; {0} would be refused (listed after the import).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinTeamWizard</name>
    <message numerus="yes">
        <source>Checked at {0}; checked again every %n second(s).</source>
        <translation>
            <numerusform>Checked at {0}; checked again every %n second.</numerusform>
            <numerusform>Checked at {0}; checked again every %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The book is on this laptop: %n change(s) applied.</source>
        <translation>
            <numerusform>The book is on this laptop: %n change applied.</numerusform>
            <numerusform>The book is on this laptop: %n changes applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Settings saved. Scheduled backups run every %n hour(s); to take one now, choose Back up now… in the Vault menu.</source>
        <translation>
            <numerusform>Settings saved. Scheduled backups run every %n hour; to take one now, choose Back up now… in the Vault menu.</numerusform>
            <numerusform>Settings saved. Scheduled backups run every %n hours; to take one now, choose Back up now… in the Vault menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good (undo window over)</source>
        <translation>
            <numerusform>%n deleted record erased for good (undo window over)</numerusform>
            <numerusform>%n deleted records erased for good (undo window over)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n record imported</numerusform>
            <numerusform>%n records imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation>
            <numerusform>%n customer written</numerusform>
            <numerusform>%n customers written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <source>%n task(s) due now. Open VaultCRM to see them.</source>
        <translation>
            <numerusform>%n task due now. Open VaultCRM to see it.</numerusform>
            <numerusform>%n tasks due now. Open VaultCRM to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in (the last at {time}).</source>
        <translation>
            <numerusform>%n failed sign-in attempt since your last sign-in (the last at {time}).</numerusform>
            <numerusform>%n failed sign-in attempts since your last sign-in (the last at {time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in.</source>
        <translation>
            <numerusform>%n failed sign-in attempt since your last sign-in.</numerusform>
            <numerusform>%n failed sign-in attempts since your last sign-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) with unknown user names.</source>
        <translation>
            <numerusform>%n failed sign-in attempt with unknown user names.</numerusform>
            <numerusform>%n failed sign-in attempts with unknown user names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good: the undo window was over.</source>
        <translation>
            <numerusform>%n deleted record erased for good: the undo window was over.</numerusform>
            <numerusform>%n deleted records erased for good: the undo window was over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open security alert(s): see Administration → Alerts.</source>
        <translation>
            <numerusform>%n open security alert: see Administration → Alerts.</numerusform>
            <numerusform>%n open security alerts: see Administration → Alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
