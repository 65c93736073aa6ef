<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionCenter</name>
    <message>
        <source>%1 for %2 (%3)</source>
        <extracomment>program for location (PartnerID)</extracomment>
        <translation>%1 für %2 (%3)</translation>
    </message>
    <message>
        <source>Validation approved: %1</source>
        <translation>Validierung genehmigt: %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 passed validation: it is Enrolled for %4.</source>
        <translation>Die Registrierung von %1 (%2) für %3 hat die Validierung bestanden: Sie ist für %4 registriert.</translation>
    </message>
    <message>
        <source>Validation rejected: %1</source>
        <translation>Validierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 was rejected: %4

Correct the profile named in the reason, then submit the enrollment again.</source>
        <translation>Die Registrierung von %1 (%2) für %3 wurde abgelehnt: %4

Korrigieren Sie das im Grund genannte Profil und reichen Sie die Registrierung erneut ein.</translation>
    </message>
    <message>
        <source>Renewed for %1: %2</source>
        <translation>Verlängert für %1: %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 continues into %4.</source>
        <translation>Die Registrierung von %1 (%2) für %3 läuft in %4 weiter.</translation>
    </message>
    <message>
        <source>Not renewed for %1: %2</source>
        <translation>Nicht verlängert für %1: %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 did not continue into %4: %5

What fixes it: %6</source>
        <translation>Die Registrierung von %1 (%2) für %3 läuft nicht in %4 weiter: %5

Abhilfe: %6</translation>
    </message>
    <message>
        <source>Tax form expires in %1 days: %2 (%3)</source>
        <translation>Steuerformular läuft in %1 Tagen ab: %2 (%3)</translation>
    </message>
    <message>
        <source>The %1 of %2 (%3) expires on %4. Sign a new one before then: with an expired tax form, payouts stop and enrollments do not renew at the fiscal-year end.</source>
        <translation>Das %1 von %2 (%3) läuft am %4 ab. Unterzeichnen Sie vorher ein neues: Mit einem abgelaufenen Steuerformular werden Auszahlungen gestoppt und Registrierungen zum Geschäftsjahresende nicht verlängert.</translation>
    </message>
    <message>
        <source>Role given: %1</source>
        <translation>Rolle erteilt: %1</translation>
    </message>
    <message>
        <source>Role given: %1 at %2</source>
        <translation>Rolle erteilt: %1 bei %2</translation>
    </message>
    <message>
        <source>You now hold the %1 role. See My access for what it lets you do.</source>
        <translation>Sie haben jetzt die Rolle %1. Unter „Mein Zugriff“ sehen Sie, was sie erlaubt.</translation>
    </message>
    <message>
        <source>You now hold the %1 role at %2. See My access for what it lets you do.</source>
        <translation>Sie haben jetzt die Rolle %1 bei %2. Unter „Mein Zugriff“ sehen Sie, was sie erlaubt.</translation>
    </message>
    <message>
        <source>Role removed: %1</source>
        <translation>Rolle entzogen: %1</translation>
    </message>
    <message>
        <source>Role removed: %1 at %2</source>
        <translation>Rolle entzogen: %1 bei %2</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role. See My access for what you can still do.</source>
        <translation>Sie haben die Rolle %1 nicht mehr. Unter „Mein Zugriff“ sehen Sie, was Sie noch tun können.</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role at %2. See My access for what you can still do.</source>
        <translation>Sie haben die Rolle %1 bei %2 nicht mehr. Unter „Mein Zugriff“ sehen Sie, was Sie noch tun können.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Validation approved</source>
        <translation>Validierung genehmigt</translation>
    </message>
    <message>
        <source>Validation rejected</source>
        <translation>Validierung abgelehnt</translation>
    </message>
    <message>
        <source>Tax form expiring</source>
        <translation>Steuerformular läuft ab</translation>
    </message>
    <message>
        <source>Renewal outcome</source>
        <translation>Verlängerungsergebnis</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Verpflichtend</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation>Der Benutzer %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Sign in first: say who acts.</source>
        <translation>Melden Sie sich zuerst an: Geben Sie an, wer handelt.</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>%1 has no enrollment for location %2.</source>
        <translation>%1 hat keine Registrierung für den Standort %2.</translation>
    </message>
    <message>
        <source>There is no bank profile %1.</source>
        <translation>Es gibt kein Bankprofil %1.</translation>
    </message>
    <message>
        <source>Choose at least one location.</source>
        <translation>Wählen Sie mindestens einen Standort.</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>%1 wird für ein Bankkonto in %2 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation>%1 #%2 (%3)</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile %2; choose one of its own on the Payout and tax profiles page.</source>
        <translation>Der Standort %1 hat kein Steuerprofil %2; wählen Sie eines seiner eigenen auf der Seite „Auszahlungs- und Steuerprofile“.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actions, locations, programs and details</source>
        <translation>Aktionen, Standorte, Programme und Details durchsuchen</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Überwachungsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>Shows the records whose action, location, program or details contain the text</source>
        <translation>Zeigt die Einträge, deren Aktion, Standort, Programm oder Details den Text enthalten</translation>
    </message>
    <message>
        <source>Every change with its time, user, action, location, program and details, newest first</source>
        <translation>Jede Änderung mit Zeitpunkt, Benutzer, Aktion, Standort, Programm und Details, neueste zuerst</translation>
    </message>
    <message>
        <source>Shows only the records of the user chosen; type part of a name or email address to find them</source>
        <translation>Zeigt nur die Einträge der gewählten Person; geben Sie einen Teil des Namens oder der E-Mail-Adresse ein, um sie zu finden</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load more records</source>
        <translation>Weitere Einträge laden</translation>
    </message>
    <message>
        <source>Adds the next older records to the table</source>
        <translation>Fügt der Tabelle die nächsten älteren Einträge hinzu</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>%1 accepted the invitation to %2 for %3</source>
        <translation>%1 hat die Einladung zu %2 für %3 angenommen</translation>
    </message>
    <message>
        <source>%1 submitted the enrollment in %2 for %3</source>
        <translation>%1 hat die Registrierung für %2 für %3 eingereicht</translation>
    </message>
    <message>
        <source>%1 validated the enrollment in %2 for %3</source>
        <translation>%1 hat die Registrierung für %2 für %3 bestätigt</translation>
    </message>
    <message>
        <source>%1 rejected the enrollment in %2 for %3</source>
        <translation>%1 hat die Registrierung für %2 für %3 abgelehnt</translation>
    </message>
    <message>
        <source>%1 sent the enrollment in %2 for %3 back to validation after a profile change</source>
        <translation>%1 hat die Registrierung für %2 für %3 nach einer Profiländerung erneut zur Prüfung gegeben</translation>
    </message>
    <message>
        <source>%1 held the enrollment in %2 for %3 because its tax form expired</source>
        <translation>%1 hat die Registrierung für %2 für %3 angehalten, weil das Steuerformular abgelaufen ist</translation>
    </message>
    <message>
        <source>%1 found %3 no longer eligible for %2</source>
        <translation>%1 hat festgestellt, dass %3 für %2 nicht mehr berechtigt ist</translation>
    </message>
    <message>
        <source>%1 found %3 eligible for %2 again</source>
        <translation>%1 hat festgestellt, dass %3 für %2 wieder berechtigt ist</translation>
    </message>
    <message>
        <source>%1 discontinued %2 for %3</source>
        <translation>%1 hat %2 für %3 eingestellt</translation>
    </message>
    <message>
        <source>%1 renewed the enrollment in %2 for %3</source>
        <translation>%1 hat die Registrierung für %2 für %3 verlängert</translation>
    </message>
    <message>
        <source>%1 let the enrollment in %2 for %3 lapse at the fiscal year&apos;s end</source>
        <translation>%1 hat die Registrierung für %2 für %3 zum Geschäftsjahresende auslaufen lassen</translation>
    </message>
    <message>
        <source>%1 held the renewal of %2 for %3 for missing payout or tax details</source>
        <translation>%1 hat die Verlängerung von %2 für %3 wegen fehlender Auszahlungs- oder Steuerangaben angehalten</translation>
    </message>
    <message>
        <source>%1 reactivated the enrollment in %2 for %3</source>
        <translation>%1 hat die Registrierung für %2 für %3 reaktiviert</translation>
    </message>
    <message>
        <source>%1 closed %2 for %3</source>
        <translation>%1 hat %2 für %3 geschlossen</translation>
    </message>
    <message>
        <source>%1 invited %3 to enroll in %2 (%4).</source>
        <translation>%1 hat %3 zur Registrierung für %2 eingeladen (%4).</translation>
    </message>
    <message>
        <source>%1 changed the enrollment in %2 for %3</source>
        <translation>%1 hat die Registrierung für %2 für %3 geändert</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 made %2 %3.</source>
        <translation>%1 hat %2 zu %3 gemacht.</translation>
    </message>
    <message>
        <source>%1 made %2 %3 of %4.</source>
        <translation>%1 hat %2 zu %3 von %4 gemacht.</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2</source>
        <translation>%1 hat %2 die Rolle %3 entzogen</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2 at %4</source>
        <translation>%1 hat %2 die Rolle %3 bei %4 entzogen</translation>
    </message>
    <message>
        <source>%1; %2 holds it now.</source>
        <translation>%1; jetzt hat %2 sie.</translation>
    </message>
    <message>
        <source>%1, as %2 is %3 there now.</source>
        <translation>%1, da %2 dort jetzt %3 ist.</translation>
    </message>
    <message>
        <source>%1 emailed %2 the invitation to enroll %3 in %4.</source>
        <translation>%1 hat %2 die Einladung zur Registrierung von %3 für %4 gesendet.</translation>
    </message>
    <message>
        <source>%1 added the user %2.</source>
        <translation>%1 hat den Benutzer %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 deactivated %2.</source>
        <translation>%1 hat %2 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 reactivated %2.</source>
        <translation>%1 hat %2 reaktiviert.</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 hat sich angemeldet.</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed (%2).</source>
        <translation>Eine Anmeldung als %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 hat das eigene Kennwort geändert.</translation>
    </message>
    <message>
        <source>%1 reset the password of %2.</source>
        <translation>%1 hat das Kennwort von %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 opened the invitation to %2 for %3 from Home.</source>
        <translation>%1 hat die Einladung zu %2 für %3 auf der Startseite geöffnet.</translation>
    </message>
    <message>
        <source>%1 added the bank profile %2.</source>
        <translation>%1 hat das Bankprofil %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 changed the bank profile %2.</source>
        <translation>%1 hat das Bankprofil %2 geändert.</translation>
    </message>
    <message>
        <source>%1 made the bank profile %2 the default of %3.</source>
        <translation>%1 hat das Bankprofil %2 zum Standard von %3 gemacht.</translation>
    </message>
    <message>
        <source>%1 saved the tax profile of %2 (%3).</source>
        <translation>%1 hat das Steuerprofil von %2 gespeichert (%3).</translation>
    </message>
    <message>
        <source>The tax profile of %1 needs action: %2</source>
        <translation>Das Steuerprofil von %1 erfordert eine Aktion: %2</translation>
    </message>
    <message>
        <source>%1 closed fiscal year %2.</source>
        <translation>%1 hat das Geschäftsjahr %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 published the program %2 (%3).</source>
        <translation>%1 hat das Programm %2 veröffentlicht (%3).</translation>
    </message>
    <message>
        <source>%1 discontinued the program %2.</source>
        <translation>%1 hat das Programm %2 eingestellt.</translation>
    </message>
    <message>
        <source>%1 closed the program %2.</source>
        <translation>%1 hat das Programm %2 geschlossen.</translation>
    </message>
    <message>
        <source>%1 reopened the program %2.</source>
        <translation>%1 hat das Programm %2 wieder geöffnet.</translation>
    </message>
    <message>
        <source>%1 changed the partner attributes of %2: %3</source>
        <translation>%1 hat die Partnerattribute von %2 geändert: %3</translation>
    </message>
    <message>
        <source>%1 moved the demo clock (%2).</source>
        <translation>%1 hat die Demo-Uhr verstellt (%2).</translation>
    </message>
    <message>
        <source>%1 created the database (%2).</source>
        <translation>%1 hat die Datenbank angelegt (%2).</translation>
    </message>
    <message>
        <source>%1 generated the database (%2).</source>
        <translation>%1 hat die Datenbank erzeugt (%2).</translation>
    </message>
    <message>
        <source>%1 copied the database here (%2).</source>
        <translation>%1 hat die Datenbank hierher kopiert (%2).</translation>
    </message>
    <message>
        <source>%1 restored the database (%2).</source>
        <translation>%1 hat die Datenbank wiederhergestellt (%2).</translation>
    </message>
    <message>
        <source>%1 backed up the database to %2.</source>
        <translation>%1 hat die Datenbank nach %2 gesichert.</translation>
    </message>
    <message>
        <source>%1 loaded a demo snapshot (%2).</source>
        <translation>%1 hat einen Demo-Stand geladen (%2).</translation>
    </message>
    <message>
        <source>%1 reset the demo (%2).</source>
        <translation>%1 hat die Demo zurückgesetzt (%2).</translation>
    </message>
    <message>
        <source>%1 saved the demo snapshot %2.</source>
        <translation>%1 hat den Demo-Stand %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgewiesen: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 attached %2 to the tax profile of %3.</source>
        <translation>%1 hat %2 an das Steuerprofil von %3 angehängt.</translation>
    </message>
    <message>
        <source>%1 assigned %2 at %3: %4.</source>
        <translation>%1 hat %2 bei %3 zugeordnet: %4.</translation>
    </message>
    <message>
        <source>%1 chose the default profiles of %2: %3.</source>
        <translation>%1 hat die Standardprofile von %2 gewählt: %3.</translation>
    </message>
    <message>
        <source>%1 held the payments of %2 at %3.</source>
        <translation>%1 hat die Zahlungen von %2 bei %3 zurückgehalten.</translation>
    </message>
    <message>
        <source>%1 released the payments of %2 at %3.</source>
        <translation>%1 hat die Zahlungen von %2 bei %3 freigegeben.</translation>
    </message>
    <message>
        <source>%1 recorded that Microsoft confirmed the CSP tenant of the credit note %2.</source>
        <translation>%1 hat erfasst, dass Microsoft den CSP-Mandanten der Gutschrift %2 bestätigt hat.</translation>
    </message>
    <message>
        <source>%1 created a class sandbox (%2).</source>
        <translation>%1 hat eine Schulungs-Sandbox angelegt (%2).</translation>
    </message>
    <message>
        <source>%1 reset a class sandbox (%2).</source>
        <translation>%1 hat eine Schulungs-Sandbox zurückgesetzt (%2).</translation>
    </message>
    <message>
        <source>%1 removed a class sandbox that could not be built (%2).</source>
        <translation>%1 hat eine Schulungs-Sandbox entfernt, die nicht aufgebaut werden konnte (%2).</translation>
    </message>
    <message>
        <source>%1 reached a step of a guided scenario (%2).</source>
        <translation>%1 hat einen Schritt eines geführten Szenarios erreicht (%2).</translation>
    </message>
    <message>
        <source>%1 added another tax profile to %2 (%3).</source>
        <translation>%1 hat %2 ein weiteres Steuerprofil hinzugefügt (%3).</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>An audit anchor is COUNT:HASH, as &apos;audit anchor&apos; prints it.</source>
        <translation>Ein Prüfanker hat die Form ANZAHL:HASH, wie ihn &apos;audit anchor&apos; ausgibt.</translation>
    </message>
    <message>
        <source>The audit log holds %1 records, fewer than the %2 of its anchor: records were deleted.</source>
        <translation>Das Prüfprotokoll enthält %1 Einträge, weniger als die %2 seines Ankers: Einträge wurden gelöscht.</translation>
    </message>
    <message>
        <source>Record %1 of the audit log no longer matches its anchor: the log was rewritten.</source>
        <translation>Eintrag %1 des Prüfprotokolls passt nicht mehr zu seinem Anker: das Protokoll wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>%1 (This computer last saw the log at %2.)</source>
        <translation>%1 (Dieser Computer sah das Protokoll zuletzt bei %2.)</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The email address or the password is not right.</source>
        <translation>Die E-Mail-Adresse oder das Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait %1 seconds and try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche: Warten Sie %1 Sekunden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Wählen Sie ein anderes Kennwort als das aktuelle.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>This user account is deactivated or unknown.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert oder unbekannt.</translation>
    </message>
    <message>
        <source>You have no role for this location. Ask an Account admin for access.</source>
        <translation>Sie haben keine Rolle für diesen Standort. Bitten Sie einen Kontoadministrator um Zugriff.</translation>
    </message>
    <message>
        <source>Only the location&apos;s Incentives admin sees full bank details.</source>
        <translation>Nur der Incentives-Administrator des Standorts sieht die vollständigen Bankdaten.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can enroll it. An Account admin assigns that role.</source>
        <translation>Nur der Incentives-Administrator dieses Standorts kann die Registrierung vornehmen. Ein Kontoadministrator weist diese Rolle zu.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can change its payout and tax profiles.</source>
        <translation>Nur der Incentives-Administrator dieses Standorts kann dessen Auszahlungs- und Steuerprofile ändern.</translation>
    </message>
    <message>
        <source>Only an Incentives admin can create or change bank profiles.</source>
        <translation>Nur ein Incentives-Administrator kann Bankprofile erstellen oder ändern.</translation>
    </message>
    <message>
        <source>Only an Account admin can do this.</source>
        <translation>Nur ein Kontoadministrator kann dies tun.</translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation>Diese Aktion ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Only an Account admin can back up or restore the database: a backup holds every account number.</source>
        <translation>Nur ein Kontoadministrator kann die Datenbank sichern oder wiederherstellen: Eine Sicherung enthält jede Kontonummer.</translation>
    </message>
    <message>
        <source>Only a Presenter can use the presenter tools. An Account admin assigns that role.</source>
        <translation>Nur ein Präsentator kann die Präsentationswerkzeuge verwenden. Ein Kontoadministrator weist diese Rolle zu.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Demo-Werkzeuge funktionieren nur in einer Demo-Datenbank.</translation>
    </message>
    <message>
        <source>Only an Incentives admin can see, use or change bank profiles.</source>
        <translation>Nur ein Incentives-Administrator kann Bankprofile sehen, verwenden oder ändern.</translation>
    </message>
    <message>
        <source>This bank profile belongs to locations you do not administer.</source>
        <translation>Dieses Bankprofil gehört zu Standorten, die Sie nicht verwalten.</translation>
    </message>
    <message>
        <source>This bank profile also pays a location you do not administer; only an Incentives admin of every location that uses it can change it.</source>
        <translation>Dieses Bankprofil zahlt auch an einen Standort, den Sie nicht verwalten; ändern kann es nur, wer Incentives-Administrator aller Standorte ist, die es verwenden.</translation>
    </message>
    <message>
        <source>Only an Account admin can record locations and programs.</source>
        <translation>Nur ein Kontoadministrator kann Standorte und Programme erfassen.</translation>
    </message>
    <message>
        <source>Only an Account admin or the location&apos;s Incentives admin can record an invitation for it.</source>
        <translation>Nur ein Kontoadministrator oder der Incentives-Administrator des Standorts kann eine Einladung dafür erfassen.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can record Microsoft&apos;s validation outcome.</source>
        <translation>Nur der Incentives-Administrator dieses Standorts kann das Prüfergebnis von Microsoft erfassen.</translation>
    </message>
    <message>
        <source>Only those with a role for this location see the documents of its tax profile.</source>
        <translation>Nur wer eine Rolle für diesen Standort hat, sieht die Dokumente seines Steuerprofils.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can attach documents to its tax profile.</source>
        <translation>Nur der Incentives-Administrator dieses Standorts kann Dokumente an sein Steuerprofil anhängen.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can assign its payout and tax profiles.</source>
        <translation>Nur der Incentives-Administrator dieses Standorts kann seine Auszahlungs- und Steuerprofile zuordnen.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can hold or release its payments.</source>
        <translation>Nur der Incentives-Administrator dieses Standorts kann seine Zahlungen zurückhalten oder freigeben.</translation>
    </message>
</context>
<context>
    <name>BankProfileDialog</name>
    <message>
        <source>Bank profile</source>
        <translation>Bankprofil</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Profilname:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Contoso EU payouts</source>
        <translation>z. B. Contoso EU-Auszahlungen</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>Bank&amp;land:</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Land der Bank</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>&amp;Zahlungsmethode:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>&amp;Kontoinhaber:</translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation>Name des Kontoinhabers</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>z. B. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>&amp;BIC / SWIFT:</source>
        <translation>&amp;BIC / SWIFT:</translation>
    </message>
    <message>
        <source>BIC or SWIFT code</source>
        <translation>BIC oder SWIFT-Code</translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation>8 oder 11 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Institution number:</source>
        <translation>Instit&amp;utsnummer:</translation>
    </message>
    <message>
        <source>Institution number</source>
        <translation>Institutsnummer</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3 Ziffern</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>&amp;Routingnummer:</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Routingnummer</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Konto&amp;nummer:</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Account t&amp;ype:</source>
        <translation>Konto&amp;typ:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>Ban&amp;k name:</source>
        <translation>Na&amp;me der Bank:</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Name der Bank</translation>
    </message>
    <message>
        <source>Bank a&amp;ddress:</source>
        <translation>Bank&amp;adresse:</translation>
    </message>
    <message>
        <source>Bank address</source>
        <translation>Adresse der Bank</translation>
    </message>
    <message>
        <source>A name of your choice that tells this bank account apart from the others</source>
        <translation>Ein frei wählbarer Name, der dieses Bankkonto von den anderen unterscheidet</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name or its two-letter code; the fields below follow the country</source>
        <translation>Geben Sie einen Teil des Ländernamens oder den zweistelligen Ländercode ein; die Felder darunter richten sich nach dem Land</translation>
    </message>
    <message>
        <source>The currencies the bank&apos;s country allows and the program pays in</source>
        <translation>Die Währungen, die das Land der Bank zulässt und in denen das Programm auszahlt</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>Die Felder richten sich nach dem Land der Bank. Microsoft zahlt nur auf ein Konto aus, das auf den rechtlichen Namen der Gesellschaft des bezahlten Standorts lautet.</translation>
    </message>
    <message>
        <source>The legal entity name of the location it pays, as the bank has it</source>
        <translation>Der rechtliche Name der Gesellschaft des bezahlten Standorts, wie er bei der Bank hinterlegt ist</translation>
    </message>
    <message>
        <source>The location&apos;s legal entity name</source>
        <translation>Rechtlicher Name der Gesellschaft des Standorts</translation>
    </message>
    <message>
        <source>CSP t&amp;enant ID:</source>
        <translation>CSP-T&amp;enant-ID:</translation>
    </message>
    <message>
        <source>CSP tenant ID</source>
        <translation>CSP-Tenant-ID</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant ID of your CSP account, a GUID; the credit note is issued to it</source>
        <translation>Die Microsoft Entra-Tenant-ID Ihres CSP-Kontos, eine GUID; die Gutschrift wird darauf ausgestellt</translation>
    </message>
    <message>
        <source>e.g. 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</source>
        <translation>z. B. 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</translation>
    </message>
    <message>
        <source>Tenant status:</source>
        <translation>Tenant-Status:</translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation>Tenant-Status</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Verify tenant</source>
        <translation>Tenant bestätigen</translation>
    </message>
    <message>
        <source>Records that Microsoft confirmed the CSP tenant of this credit-note profile</source>
        <translation>Hält fest, dass Microsoft den CSP-Tenant dieses Gutschriftprofils bestätigt hat</translation>
    </message>
    <message>
        <source>Request tax e&amp;xemption for the credit note</source>
        <translation>Steuerbe&amp;freiung für die Gutschrift beantragen</translation>
    </message>
    <message>
        <source>Request tax exemption</source>
        <translation>Steuerbefreiung beantragen</translation>
    </message>
    <message>
        <source>In this country the credit note carries tax unless you ask for the exemption</source>
        <translation>In diesem Land enthält die Gutschrift Steuer, sofern Sie keine Befreiung beantragen</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Ansprec&amp;hpartner:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>The person at your company the bank may contact about this account (optional)</source>
        <translation>Die Person in Ihrem Unternehmen, die die Bank zu diesem Konto kontaktieren darf (optional)</translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation>&amp;E-Mail des Ansprechpartners:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
        <source>Email address of the contact person</source>
        <translation>E-Mail-Adresse des Ansprechpartners</translation>
    </message>
    <message>
        <source>Contact ph&amp;one:</source>
        <translation>Telef&amp;on des Ansprechpartners:</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefon des Ansprechpartners</translation>
    </message>
    <message>
        <source>Phone number of the contact person, with the country code</source>
        <translation>Telefonnummer des Ansprechpartners, mit Ländervorwahl</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Kennwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Kennwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Kennwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Kennwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Kennwort</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Kennwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Kennwort wiederholen</translation>
    </message>
</context>
<context>
    <name>ClassroomService</name>
    <message>
        <source>A class needs a shared PostgreSQL database: each trainee&apos;s sandbox is a schema of its own there.</source>
        <translation>Eine Schulung braucht eine gemeinsame PostgreSQL-Datenbank: Die Sandbox jedes Teilnehmers ist dort ein eigenes Schema.</translation>
    </message>
    <message>
        <source>A class is managed from the main organization, not from a sandbox.</source>
        <translation>Eine Schulung wird von der Hauptorganisation aus verwaltet, nicht aus einer Sandbox.</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>Nennen Sie mindestens einen Teilnehmer.</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (at most 63).</source>
        <translation>%1 kann keine Anmeldung eines Teilnehmers sein: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; und &apos;@&apos; (höchstens 63).</translation>
    </message>
    <message>
        <source>%1 is named twice (or like another trainee).</source>
        <translation>%1 ist doppelt genannt (oder wie ein anderer Teilnehmer).</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be built: %2</source>
        <translation>Die Sandbox von %1 konnte nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>%1 has no sandbox in this class.</source>
        <translation>%1 hat in dieser Schulung keine Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be rebuilt; it stays as it was. %2</source>
        <translation>Die Sandbox von %1 konnte nicht neu aufgebaut werden; sie bleibt, wie sie war. %2</translation>
    </message>
    <message>
        <source>The scenario&apos;s progress does not match its steps.</source>
        <translation>Der Fortschritt passt nicht zu den Schritten des Szenarios.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Mit einer gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>Work on one PostgreSQL database with the rest of your team. Every change is checked against the same rules as in a local file, and the others see it at once.</source>
        <translation>Arbeiten Sie mit Ihrem Team an einer gemeinsamen PostgreSQL-Datenbank. Jede Änderung wird nach denselben Regeln geprüft wie in einer lokalen Datei, und die anderen sehen sie sofort.</translation>
    </message>
    <message>
        <source>Saved &amp;connection:</source>
        <translation>Ge&amp;speicherte Verbindung:</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Forget the saved connection</source>
        <translation>Gespeicherte Verbindung vergessen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Shown in the list of saved connections, e.g. Team database</source>
        <translation>Wird in der Liste der gespeicherten Verbindungen angezeigt, z. B. Team-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Hostname des Servers</translation>
    </message>
    <message>
        <source>The PostgreSQL server, e.g. db.example.com</source>
        <translation>Der PostgreSQL-Server, z. B. db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port des Servers</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Database user name</source>
        <translation>Benutzername für die Datenbank</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>Encryption (TLS) mode</source>
        <translation>Verschlüsselungsmodus (TLS)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Kennwort für die Datenbank</translation>
    </message>
    <message>
        <source>Leave empty to use ~/.pgpass or the keychain</source>
        <translation>Leer lassen, um ~/.pgpass oder den Schlüsselbund zu verwenden</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keychain</source>
        <translation>Kennwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Die beiden Datenbanken haben unterschiedliche Schemaversionen (%1 und %2).</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>Das Kopieren der Tabelle %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>Credit note is not offered in %1; the profile &apos;%2&apos; cannot pay a location there.</source>
        <translation>Gutschrift wird in %1 nicht angeboten; das Profil „%2“ kann dort keinen Standort bezahlen.</translation>
    </message>
    <message>
        <source>The credit-note profile &apos;%1&apos; is for %2; it cannot pay a location in %3.</source>
        <translation>Das Gutschriftprofil „%1“ gilt für %2; es kann keinen Standort in %3 bezahlen.</translation>
    </message>
    <message>
        <source>%1 does not pay by credit note; choose a bank-transfer profile instead of &apos;%2&apos;.</source>
        <translation>%1 zahlt nicht per Gutschrift; wählen Sie statt „%2“ ein Überweisungsprofil.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file holds a NUL character: it is not a CSV file.</source>
        <translation>Die Datei enthält ein NUL-Zeichen: Sie ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Line %1: a quote is never closed.</source>
        <translation>Zeile %1: Ein Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 belongs to another application; Incentives Desk leaves it untouched.</source>
        <translation>%1 gehört zu einer anderen Anwendung; Incentives Desk lässt die Datei unverändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Incentives Desk (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 wurde von einer neueren Version von Incentives Desk geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie die App, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>No database path was given.</source>
        <translation>Es wurde kein Datenbankpfad angegeben.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>Unter %1 gibt es keine Datenbank. Erstellen Sie eine mit „incentives-cli --database %1 init --demo“.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not an Incentives Desk database.</source>
        <translation>%1 ist keine Incentives Desk-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 ist beschädigt: Die Datei ist unvollständig.</translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable or open a copy.</source>
        <translation>%1 ist schreibgeschützt. Heben Sie den Schreibschutz auf, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 ist beschädigt oder keine Datenbank.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Die Datenbank ist ausgelastet: Ein anderes Programm schreibt gerade darin. Es wurde nichts geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Es wurde nichts gespeichert. Geben Sie Speicherplatz frei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved.</source>
        <translation>Die Datenbank ist schreibgeschützt: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>That would duplicate an existing record.</source>
        <translation>Dadurch würde ein vorhandener Datensatz doppelt angelegt.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ist bereits vorhanden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 ist keine verwendbare PostgreSQL-Adresse: %2. Schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>der Datenbankname fehlt</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>der Benutzername fehlt</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600</source>
        <translation>connect_timeout muss eine Anzahl Sekunden von 1 bis 600 sein</translation>
    </message>
    <message>
        <source>the option %1 is not known</source>
        <translation>die Option %1 ist unbekannt</translation>
    </message>
    <message>
        <source>Cannot connect to %1: PostgreSQL support is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>Keine Verbindung zu %1 möglich: Die PostgreSQL-Unterstützung ist nicht installiert (unter Debian das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 holds no Incentives Desk data yet. Create it with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>%1 enthält noch keine Incentives Desk-Daten. Erstellen Sie sie mit „incentives-cli --database %1 init --demo“.</translation>
    </message>
    <message>
        <source>%1 is in a folder you cannot write to (%2), and the database needs to write beside its file. Open a copy in a folder of yours.</source>
        <translation>%1 liegt in einem Ordner, in den Sie nicht schreiben können (%2), und die Datenbank muss neben ihrer Datei schreiben. Öffnen Sie eine Kopie in einem Ihrer eigenen Ordner.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left as it is; restore a backup or open another file.</source>
        <translation>%1 ist beschädigt (%2). Die Datei wurde unverändert gelassen; stellen Sie eine Sicherung wieder her, oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>A backup is written to a file; to copy a database to a server, use &apos;incentives-cli migrate&apos;.</source>
        <translation>Eine Sicherung wird in eine Datei geschrieben; um eine Datenbank auf einen Server zu kopieren, verwenden Sie „incentives-cli migrate“.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>sandbox must name a classroom sandbox (%1…)</source>
        <translation>sandbox muss eine Schulungs-Sandbox nennen (%1…)</translation>
    </message>
    <message>
        <source>%1 is still being checked before its first change (on a large file this takes a minute); nothing was changed. Try again in a moment.</source>
        <translation>%1 wird vor der ersten Änderung noch geprüft (bei einer großen Datei dauert das eine Minute); es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <source>A snapshot name has 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Ein Snapshotname besteht aus 1 bis 60 Buchstaben, Ziffern, Leerzeichen, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Demotools funktionieren nur in einer Demodatenbank.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>A snapshot named &apos;%1&apos; exists already.</source>
        <translation>Ein Snapshot namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>%1 kann nicht kopiert werden.</translation>
    </message>
    <message>
        <source>A %1 row points at a missing %2 row.</source>
        <translation>Eine Zeile in %1 verweist auf eine fehlende Zeile in %2.</translation>
    </message>
    <message>
        <source>The audit log was changed after it was written, at record %1.</source>
        <translation>Das Überwachungsprotokoll wurde nach dem Schreiben geändert, bei Eintrag %1.</translation>
    </message>
    <message>
        <source>There is no snapshot named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Snapshot namens „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a demo snapshot.</source>
        <translation>„%1“ ist kein Demo-Snapshot.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is not an intact Incentives Desk database (%2)</source>
        <translation>%1 kann nicht wiederhergestellt werden: es ist keine intakte Incentives-Desk-Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged; the current database stays. %2</source>
        <translation>%1 ist beschädigt; die aktuelle Datenbank bleibt. %2</translation>
    </message>
</context>
<context>
    <name>DemoTemplate</name>
    <message>
        <source>unknown key.</source>
        <translation>unbekannter Schlüssel.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>ist erforderlich.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <source>has more than %1 entries.</source>
        <translation>hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>muss Text sein.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keiner dieser Werte: %2.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 1 MB.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild von höchstens 1 MB sein.</translation>
    </message>
    <message>
        <source>Cannot read the logo file %1.</source>
        <translation>Die Logodatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice.</source>
        <translation>„%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1 covers the whole organization: no location.</source>
        <translation>%1 gilt für die ganze Organisation: kein Standort.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a location of the template.</source>
        <translation>„%1“ ist kein Standort der Vorlage.</translation>
    </message>
    <message>
        <source>A demo needs an Account admin.</source>
        <translation>Eine Demo braucht einen Kontoadministrator.</translation>
    </message>
    <message>
        <source>A demo needs a Presenter, who runs the demo clock.</source>
        <translation>Eine Demo braucht einen Moderator, der die Demo-Uhr stellt.</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD.</source>
        <translation>muss ein Datum sein, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program of the template.</source>
        <translation>„%1“ ist kein Programm der Vorlage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bank profile of the template.</source>
        <translation>„%1“ ist kein Bankprofil der Vorlage.</translation>
    </message>
    <message>
        <source>only a rejected enrollment has a reason.</source>
        <translation>nur eine abgelehnte Registrierung hat einen Grund.</translation>
    </message>
    <message>
        <source>The template has mistakes:</source>
        <translation>Die Vorlage enthält Fehler:</translation>
    </message>
    <message>
        <source>A template is at most %1 MiB.</source>
        <translation>Eine Vorlage ist höchstens %1 MiB groß.</translation>
    </message>
    <message>
        <source>The template is not valid JSON (line %1): %2</source>
        <translation>Die Vorlage ist kein gültiges JSON (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The template must be a JSON object.</source>
        <translation>Die Vorlage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;.</source>
        <translation>muss „%1“ sein.</translation>
    </message>
    <message>
        <source>must be 1 (the version this app reads).</source>
        <translation>muss 1 sein (die Version, die diese App liest).</translation>
    </message>
    <message>
        <source>must be a date and time, such as 2027-05-03T09:00:00Z.</source>
        <translation>muss Datum und Uhrzeit sein, etwa 2027-05-03T09:00:00Z.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>Diese Datenbank enthält bereits eine Organisation; verwenden Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin to do this; give the location one in users.</source>
        <translation>%1 hat keinen Incentives-Administrator dafür; geben Sie dem Standort einen unter users.</translation>
    </message>
    <message>
        <source>no invitation</source>
        <translation>keine Einladung</translation>
    </message>
    <message>
        <source>%1: %2 at %3 cannot be %4 by the rules; the services reached %5.</source>
        <translation>%1: %2 bei %3 kann nach den Regeln nicht %4 sein; die Dienste erreichten %5.</translation>
    </message>
    <message>
        <source>Only a demo database can be exported as a template.</source>
        <translation>Nur eine Demodatenbank kann als Vorlage exportiert werden.</translation>
    </message>
    <message>
        <source>Only a Presenter or an Account admin can export the demo as a template.</source>
        <translation>Nur ein Moderator oder ein Kontoadministrator kann die Demo als Vorlage exportieren.</translation>
    </message>
    <message>
        <source>only a credit note is verified.</source>
        <translation>Nur eine Gutschrift wird bestätigt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tax profile of the template.</source>
        <translation>„%1“ ist kein Steuerprofil der Vorlage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a tax profile of another location.</source>
        <translation>„%1“ ist ein Steuerprofil eines anderen Standorts.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>This database has no organization yet.</source>
        <translation>Diese Datenbank enthält noch keine Organisation.</translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation>Diesen Standort gibt es nicht.</translation>
    </message>
    <message>
        <source>No location has the PartnerID %1.</source>
        <translation>Kein Standort hat die PartnerID %1.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>No user has the email address %1.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>A user with the email address %1 exists already.</source>
        <translation>Ein Benutzer mit der E-Mail-Adresse %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>%1 is the last active Account admin and cannot be deactivated.</source>
        <translation>%1 ist der letzte aktive Kontoadministrator und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the user first.</source>
        <translation>%1 ist deaktiviert; reaktivieren Sie den Benutzer zuerst.</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>Die Rolle „%1“ wird pro Standort vergeben: Geben Sie die PartnerID des Standorts an.</translation>
    </message>
    <message>
        <source>%1 (%2) is the Incentives admin of %3 now. A location has one Incentives admin: replacing them removes the role from %1.</source>
        <translation>%1 (%2) ist derzeit Incentives-Administrator von %3. Ein Standort hat genau einen Incentives-Administrator: Bei einer Ersetzung verliert %1 die Rolle.</translation>
    </message>
    <message>
        <source>%1 is the last Account admin; assign another before removing this role.</source>
        <translation>%1 ist der letzte Kontoadministrator; weisen Sie einen weiteren zu, bevor Sie diese Rolle entfernen.</translation>
    </message>
    <message>
        <source>%1 does not hold that role there.</source>
        <translation>%1 hat diese Rolle dort nicht inne.</translation>
    </message>
    <message>
        <source>The Presenter role exists only in demo databases.</source>
        <translation>Die Rolle Präsentator gibt es nur in Demo-Datenbanken.</translation>
    </message>
    <message>
        <source>The %1 role covers the whole organization; give no location.</source>
        <translation>Die Rolle %1 gilt für die ganze Organisation; geben Sie keinen Standort an.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>&apos;%1&apos; is not an eligibility criterion.</source>
        <translation>„%1“ ist kein Berechtigungskriterium.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>An active Microsoft AI Cloud Partner Program agreement</source>
        <translation>Eine aktive Vereinbarung für das Microsoft AI Cloud Partner Program</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>expired or not signed (IVDMPA)</source>
        <translation>abgelaufen oder nicht unterzeichnet (IVDMPA)</translation>
    </message>
    <message>
        <source>A Solutions Partner designation</source>
        <translation>Eine Solutions Partner-Designation</translation>
    </message>
    <message>
        <source>Authorized as a CSP indirect reseller</source>
        <translation>Als indirekter CSP-Reseller autorisiert</translation>
    </message>
    <message>
        <source>A CSP direct-bill partner</source>
        <translation>Ein CSP-Partner mit direkter Abrechnung</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue of at least %1</source>
        <translation>Umsatz der letzten zwölf Monate von mindestens %1</translation>
    </message>
    <message>
        <source>At least %1 new customers in the trailing year</source>
        <translation>Mindestens %1 Neukunden in den letzten zwölf Monaten</translation>
    </message>
    <message>
        <source>Located in one of: %1</source>
        <translation>Ansässig in einem der folgenden Länder: %1</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Eligibility requirements</source>
        <translation>Berechtigungsanforderungen</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Checkliste zur Berechtigung</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>Dieser Standort</translation>
    </message>
    <message>
        <source>Each requirement of the program, whether the location meets it, and the location&apos;s own figure</source>
        <translation>Jede Anforderung des Programms, ob der Standort sie erfüllt, und der eigene Wert des Standorts</translation>
    </message>
</context>
<context>
    <name>EnrollmentRules</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>US bank accounts are paid in USD only.</source>
        <translation>Auf US-Bankkonten wird nur in USD ausgezahlt.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name.</source>
        <translation>Geben Sie den Namen des Kontoinhabers ein.</translation>
    </message>
    <message>
        <source>This IBAN belongs to a bank in %1, not %2.</source>
        <translation>Diese IBAN gehört zu einer Bank in %1, nicht in %2.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s name.</source>
        <translation>Geben Sie den Namen der Bank ein.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s address.</source>
        <translation>Geben Sie die Adresse der Bank ein.</translation>
    </message>
    <message>
        <source>A US location files a W-9.</source>
        <translation>Ein Standort in den USA reicht ein W-9 ein.</translation>
    </message>
    <message>
        <source>Enter the date the form was signed.</source>
        <translation>Geben Sie das Datum ein, an dem das Formular unterzeichnet wurde.</translation>
    </message>
    <message>
        <source>No bank profile is chosen: set a default for this location.</source>
        <translation>Es ist kein Bankprofil ausgewählt: Legen Sie einen Standard für diesen Standort fest.</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; is incomplete.</source>
        <translation>Das Bankprofil „%1“ ist unvollständig.</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; needs action: %2</source>
        <translation>Für das Bankprofil „%1“ ist eine Aktion erforderlich: %2</translation>
    </message>
    <message>
        <source>%1 pays in %2; the bank profile &apos;%3&apos; is in %4.</source>
        <translation>%1 zahlt in %2 aus; das Bankprofil „%3“ lautet auf %4.</translation>
    </message>
    <message>
        <source>%1 does not pay by %2.</source>
        <translation>%1 unterstützt die Zahlungsmethode „%2“ nicht.</translation>
    </message>
    <message>
        <source>This location has no tax profile.</source>
        <translation>Dieser Standort hat kein Steuerprofil.</translation>
    </message>
    <message>
        <source>The tax profile is incomplete.</source>
        <translation>Das Steuerprofil ist unvollständig.</translation>
    </message>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>Das Formular %1 ist am %2 abgelaufen; unterzeichnen Sie ein neues.</translation>
    </message>
    <message>
        <source>The tax profile needs action: %1</source>
        <translation>Für das Steuerprofil ist eine Aktion erforderlich: %1</translation>
    </message>
    <message>
        <source>Bank or tax details are missing.</source>
        <translation>Bank- oder Steuerdaten fehlen.</translation>
    </message>
    <message>
        <source>The account holder &apos;%1&apos; does not match the legal name &apos;%2&apos;.</source>
        <translation>Der Kontoinhaber „%1“ stimmt nicht mit dem rechtlichen Namen „%2“ überein.</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>%1 wird für ein Bankkonto in %2 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The %1 has expired.</source>
        <translation>Das Formular %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>Ein Kontoadministrator muss diesem Standort einen Incentives-Administrator zuweisen.</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Übermitteln</translation>
    </message>
    <message>
        <source>Update payout and tax profiles: %1</source>
        <translation>Auszahlungs- und Steuerprofile aktualisieren: %1</translation>
    </message>
    <message>
        <source>Update the bank profile: %1</source>
        <translation>Bankprofil aktualisieren: %1</translation>
    </message>
    <message>
        <source>Update the tax profile: %1</source>
        <translation>Steuerprofil aktualisieren: %1</translation>
    </message>
    <message>
        <source>Complete payout and tax profiles, then Submit.</source>
        <translation>Auszahlungs- und Steuerprofile vervollständigen, dann übermitteln.</translation>
    </message>
    <message>
        <source>None. Validation is expected to end by %1.</source>
        <translation>Keine. Die Validierung ist voraussichtlich bis %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>None. Validation takes up to 48 hours.</source>
        <translation>Keine. Die Validierung dauert bis zu 48 Stunden.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>See eligibility requirements</source>
        <translation>Berechtigungsanforderungen anzeigen</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>Partnerprogrammvereinbarung verlängern (IVDMPA).</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>Berechtigungsanforderungen wieder erfüllen: %1</translation>
    </message>
    <message>
        <source>The program is closed for enrollment; wait for it to reopen.</source>
        <translation>Das Programm ist für die Registrierung geschlossen; warten Sie, bis es wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>The program is not open now.</source>
        <translation>Das Programm ist derzeit nicht geöffnet.</translation>
    </message>
    <message>
        <source>None. The program is no longer offered.</source>
        <translation>Keine. Das Programm wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Name the treaty article the claim rests on.</source>
        <translation>Nennen Sie den Abkommensartikel, auf den sich der Anspruch stützt.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the W-8BEN.</source>
        <translation>Geben Sie den Namen der Person ein, die das W-8BEN unterzeichnet.</translation>
    </message>
    <message>
        <source>A US citizen files a W-9, not a W-8BEN.</source>
        <translation>Ein US-Staatsbürger reicht ein W-9 ein, kein W-8BEN.</translation>
    </message>
    <message>
        <source>Enter the foreign tax ID, or the reason the person has none.</source>
        <translation>Geben Sie die ausländische Steuernummer ein oder den Grund, warum die Person keine hat.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s date of birth.</source>
        <translation>Geben Sie das Geburtsdatum der Person ein.</translation>
    </message>
    <message>
        <source>Enter a date of birth after 1900.</source>
        <translation>Geben Sie ein Geburtsdatum nach 1900 ein.</translation>
    </message>
    <message>
        <source>The date of birth must come before the signature date.</source>
        <translation>Das Geburtsdatum muss vor dem Unterschriftsdatum liegen.</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, or a W-8BEN for an individual.</source>
        <translation>Ein Standort außerhalb der USA reicht ein W-8BEN-E ein, für eine Einzelperson ein W-8BEN.</translation>
    </message>
    <message>
        <source>Enter the name of the person the bank may contact.</source>
        <translation>Geben Sie den Namen der Person ein, die die Bank kontaktieren darf.</translation>
    </message>
    <message>
        <source>Credit note is not offered in %1.</source>
        <translation>Gutschrift wird in %1 nicht angeboten.</translation>
    </message>
    <message>
        <source>A credit note in %1 needs no tax-exemption request.</source>
        <translation>Eine Gutschrift in %1 braucht keinen Antrag auf Steuerbefreiung.</translation>
    </message>
    <message>
        <source>The CSP tenant of the credit-note profile &apos;%1&apos; needs verification by an Incentives admin of its location.</source>
        <translation>Der CSP-Tenant des Gutschriftprofils „%1“ muss von einem Incentives-Administrator seines Standorts bestätigt werden.</translation>
    </message>
    <message>
        <source>Action required: %1</source>
        <translation>Aktion erforderlich: %1</translation>
    </message>
    <message>
        <source>%1 pays in %2 only.</source>
        <translation>%1 zahlt nur in %2.</translation>
    </message>
    <message>
        <source>The payments are already on hold.</source>
        <translation>Die Zahlungen werden bereits zurückgehalten.</translation>
    </message>
    <message>
        <source>The payments are not on hold.</source>
        <translation>Die Zahlungen werden nicht zurückgehalten.</translation>
    </message>
    <message>
        <source>Only an accepted enrollment has payments to hold; this one is %1.</source>
        <translation>Nur eine angenommene Registrierung hat Zahlungen, die zurückgehalten werden können; diese ist %1.</translation>
    </message>
    <message>
        <source>%1 pays in %2; this enrollment is paid in %3.</source>
        <translation>%1 zahlt in %2; diese Registrierung wird in %3 bezahlt.</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Zahlung zurückgehalten</translation>
    </message>
    <message>
        <source>%1 Payment on hold.</source>
        <translation>%1 Zahlung zurückgehalten.</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location; choose one of location %2&apos;s.</source>
        <translation>Das Steuerprofil %1 gehört zu einem anderen Standort; wählen Sie eines des Standorts %2.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 has no invitation for location %2.</source>
        <translation>%1 hat keine Einladung für den Standort %2.</translation>
    </message>
    <message>
        <source>%1 is not open for enrollment.</source>
        <translation>%1 ist nicht für die Registrierung geöffnet.</translation>
    </message>
    <message>
        <source>Continue: complete the payout and tax profiles first. %1</source>
        <translation>Weiter: Vervollständigen Sie zuerst die Auszahlungs- und Steuerprofile. %1</translation>
    </message>
    <message>
        <source>All %L1 locations</source>
        <translation>Alle %L1 Standorte</translation>
    </message>
    <message>
        <source>No such message in your inbox.</source>
        <translation>Diese Nachricht ist nicht in Ihrem Posteingang.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, account %2 (%3)</source>
        <translation>%1, Konto %2 (%3)</translation>
    </message>
    <message>
        <source>This action is closed already.</source>
        <translation>Diese Aktion ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>A mandatory action cannot be dismissed; it closes once it is done.</source>
        <translation>Eine verpflichtende Aktion kann nicht verworfen werden; sie wird geschlossen, sobald sie erledigt ist.</translation>
    </message>
</context>
<context>
    <name>Enrollments</name>
    <message>
        <source>No such enrollment.</source>
        <translation>Diese Registrierung gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: %1 wurde nicht geschrieben. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe, not a database file.</source>
        <translation>%1 ist ein Gerät oder eine Pipe, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 ist leer: es enthält keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe; give the name of a regular file.</source>
        <translation>%1 ist ein Gerät oder eine Pipe; geben Sie den Namen einer normalen Datei an.</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 ist die geöffnete Datenbank selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>the new database is missing</source>
        <translation>die neue Datenbank fehlt</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>the new database could not be flushed to the disk</source>
        <translation>die neue Datenbank konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>No country is called “%1”: type more of its name, or choose it from the list.</source>
        <translation>Kein Land heißt „%1“: Geben Sie mehr vom Namen ein oder wählen Sie es aus der Liste.</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Noch nötig: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Fields still needed</source>
        <translation>Noch nötige Felder</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Generate 1 to 1,000,000 locations and 1 to 1,000 programs.</source>
        <translation>Generieren Sie 1 bis 1.000.000 Standorte und 1 bis 1.000 Programme.</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>Diese Datenbank enthält bereits eine Organisation; verwenden Sie eine neue Datei.</translation>
    </message>
    <message>
        <source>The location misses a criterion.</source>
        <translation>Der Standort erfüllt ein Kriterium nicht.</translation>
    </message>
    <message>
        <source>Generation cancelled after %1 enrollments.</source>
        <translation>Generierung nach %1 Registrierungen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>Nicht erreicht.</translation>
    </message>
    <message>
        <source>Done; no picture was taken of it.</source>
        <translation>Erledigt; es wurde kein Bild davon aufgenommen.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>Zum Schreiben einer PDF-Datei wird der grafische Teil von Qt benötigt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>No new invitations. Invitations you have opened stay in the Incentives workspace.</source>
        <translation>Keine neuen Einladungen. Geöffnete Einladungen bleiben im Incentives-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Your locations</source>
        <translation>Ihre Standorte</translation>
    </message>
    <message>
        <source>Status summary by location</source>
        <translation>Statusübersicht nach Standort</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Erfordert Ihre Aktion</translation>
    </message>
    <message>
        <source>Enrollments that need your action</source>
        <translation>Registrierungen, die Ihre Aktion erfordern</translation>
    </message>
    <message>
        <source>New enrollment invitations; press Enter on one to open it in the Incentives workspace</source>
        <translation>Neue Einladungen zur Registrierung; drücken Sie auf einer davon die Eingabetaste, um sie im Incentives-Arbeitsbereich zu öffnen</translation>
    </message>
    <message>
        <source>One row per location, one column per status, the number of enrollments in the cells</source>
        <translation>Eine Zeile pro Standort, eine Spalte pro Status, in den Zellen die Anzahl der Registrierungen</translation>
    </message>
    <message>
        <source>Press Enter on an enrollment to select it in the Incentives workspace</source>
        <translation>Drücken Sie auf einer Registrierung die Eingabetaste, um sie im Incentives-Arbeitsbereich auszuwählen</translation>
    </message>
    <message>
        <source>Mandatory actions</source>
        <translation>Verpflichtende Aktionen</translation>
    </message>
    <message>
        <source>Open mandatory actions, the earliest due first; press Enter on one to go where it is done</source>
        <translation>Offene verpflichtende Aktionen, die früheste Fälligkeit zuerst; drücken Sie die Eingabetaste, um dorthin zu gelangen, wo sie erledigt wird</translation>
    </message>
    <message>
        <source>How many invitations there are</source>
        <translation>Wie viele Einladungen es gibt</translation>
    </message>
    <message>
        <source>Show &amp;all invited enrollments</source>
        <translation>&amp;Alle eingeladenen Registrierungen anzeigen</translation>
    </message>
    <message>
        <source>Show all invited enrollments</source>
        <translation>Alle eingeladenen Registrierungen anzeigen</translation>
    </message>
    <message>
        <source>Opens the Incentives workspace filtered to the invited enrollments</source>
        <translation>Öffnet den Incentives-Arbeitsbereich, gefiltert auf die eingeladenen Registrierungen</translation>
    </message>
</context>
<context>
    <name>HtmlPrinter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>Zum Schreiben einer PDF-Datei wird der grafische Teil von Qt benötigt.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The text of the selected message</source>
        <translation>Der Text der ausgewählten Nachricht</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Your actions and messages from Partner Center: open mandatory ones first, then by due date; the selected one shows below</source>
        <translation>Ihre Aktionen und Nachrichten von Partner Center: offene verpflichtende zuerst, dann nach Fälligkeit; die ausgewählte wird unten angezeigt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Go to where this action is done</source>
        <translation>Dorthin gehen, wo diese Aktion erledigt wird</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Close this recommended action; mandatory actions close when they are done</source>
        <translation>Diese empfohlene Aktion schließen; verpflichtende Aktionen werden geschlossen, wenn sie erledigt sind</translation>
    </message>
    <message>
        <source>Nothing here yet. Invitations, validation outcomes, tax-form reminders, renewal outcomes and role changes arrive here.</source>
        <translation>Noch nichts hier. Einladungen, Validierungsergebnisse, Erinnerungen an Steuerformulare, Verlängerungsergebnisse und Rollenänderungen kommen hier an.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Partner incentive enrollment</source>
        <translation>Registrierung für Partner-Incentives</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>Auszahlungsprofil (Bankprofil)</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>&amp;Bankprofil:</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Bankprofil</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Steuerprofil</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formular:</translation>
    </message>
    <message>
        <source>I have read the program guide and accept the program &amp;terms for this location.</source>
        <translation>Ich habe den Programmleitfaden gelesen und akzeptiere die Programmbe&amp;dingungen für diesen Standort.</translation>
    </message>
    <message>
        <source>The bank account Microsoft pays this program&apos;s incentives to</source>
        <translation>Das Bankkonto, auf das Microsoft die Incentives dieses Programms auszahlt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Incentives &amp;workspace</source>
        <translation>Incentives-&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Payout and tax profiles</source>
        <translation>Auszahlungs- und St&amp;euerprofile</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>Benutzer und &amp;Rollen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Über&amp;wachungsprotokoll</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;My access</source>
        <translation>&amp;Mein Zugriff</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>By &amp;program</source>
        <translation>Nach Pro&amp;gramm</translation>
    </message>
    <message>
        <source>List the workspace program by program</source>
        <translation>Arbeitsbereich nach Programmen gegliedert anzeigen</translation>
    </message>
    <message>
        <source>By &amp;location</source>
        <translation>Nach Stan&amp;dort</translation>
    </message>
    <message>
        <source>List the workspace location by location</source>
        <translation>Arbeitsbereich nach Standorten gegliedert anzeigen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Search the workspace (Ctrl+F)</source>
        <translation>Arbeitsbereich durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload from the database (F5)</source>
        <translation>Aus der Datenbank neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;About Incentives Desk</source>
        <translation>&amp;Info zu Incentives Desk</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Si&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>Datenbankdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a shared database…</source>
        <translation>Mit gemeinsamer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Work on a PostgreSQL database shared with your team</source>
        <translation>An einer PostgreSQL-Datenbank arbeiten, die Sie mit Ihrem Team teilen</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>Arbeitsbereich e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the workspace as it is filtered and sorted to a CSV file (Ctrl+E)</source>
        <translation>Arbeitsbereich mit der aktuellen Filterung und Sortierung als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Location su&amp;mmary…</source>
        <translation>Standort&amp;zusammenfassung…</translation>
    </message>
    <message>
        <source>Print or save as PDF a location&apos;s enrollments and profiles</source>
        <translation>Registrierungen und Profile eines Standorts drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>&amp;Aktionscenter</translation>
    </message>
    <message>
        <source>&amp;Renewal forecast</source>
        <translation>&amp;Verlängerungsprognose</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Demo-Werkzeuge funktionieren nur in einer Demo-Datenbank.</translation>
    </message>
    <message>
        <source>This database asks for passwords: only one of its Account admins can replace it. Say who acts with --as.</source>
        <translation>Diese Datenbank verlangt Kennwörter: Nur einer ihrer Kontoadministratoren kann sie ersetzen. Geben Sie mit --as an, wer handelt.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Die Schemaversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Das Upgrade der Datenbank auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot build the reference schema.</source>
        <translation>Das Referenzschema kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>Das Objekt %2 (%1) fehlt.</translation>
    </message>
    <message>
        <source>The %1 %2 was altered.</source>
        <translation>Das Objekt %2 (%1) wurde verändert.</translation>
    </message>
    <message>
        <source>The %1 %2 does not belong to the schema.</source>
        <translation>Das Objekt %2 (%1) gehört nicht zum Schema.</translation>
    </message>
</context>
<context>
    <name>MyAccessPage</name>
    <message>
        <source>Your roles</source>
        <translation>Ihre Rollen</translation>
    </message>
    <message>
        <source>Your roles by location</source>
        <translation>Ihre Rollen nach Standort</translation>
    </message>
    <message>
        <source>For more access, ask an Account admin:</source>
        <translation>Wenden Sie sich für weiteren Zugriff an einen Kontoadministrator:</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Kontoadministratoren</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>The program is not open for enrollment now.</source>
        <translation>Das Programm ist derzeit nicht für Anmeldungen geöffnet.</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>Ein Kontoadministrator muss diesem Standort einen Incentives-Administrator zuweisen.</translation>
    </message>
    <message>
        <source>Nothing can be enrolled here until the program or the location is active again.</source>
        <translation>Hier kann nichts angemeldet werden, bis das Programm oder der Standort wieder aktiv ist.</translation>
    </message>
    <message>
        <source>This enrollment is %1: there is nothing to enroll.</source>
        <translation>Diese Anmeldung ist %1: Es gibt nichts anzumelden.</translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>You don&apos;t have an incentives role yet. To see or enroll incentive programs, ask one of your organization&apos;s Account admins to assign you the Incentives admin or Incentives user role for your location.</source>
        <translation>Sie haben noch keine Incentives-Rolle. Um Incentive-Programme anzuzeigen oder sich dafür zu registrieren, bitten Sie einen der Kontoadministratoren Ihrer Organisation, Ihnen für Ihren Standort die Rolle „Incentives-Administrator“ oder „Incentives-Benutzer“ zuzuweisen.</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Kontoadministratoren</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Revenue cannot be negative.</source>
        <translation>Der Umsatz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of new customers cannot be negative.</source>
        <translation>Die Zahl neuer Kunden kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A location with the PartnerID %1 exists already.</source>
        <translation>Ein Standort mit der PartnerID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>Nennen Sie mindestens eine Auszahlungswährung.</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>Ein für alle offenes Programm hat keine Teilnahmekriterien.</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>Ein Programm namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>%1 is %2: it takes no new invitations.</source>
        <translation>%1 ist %2: Es nimmt keine neuen Einladungen an.</translation>
    </message>
    <message>
        <source>%1 at %2 has its invitation already: it is %3.</source>
        <translation>%1 bei %2 hat seine Einladung bereits: Status %3.</translation>
    </message>
    <message>
        <source>Give the reason Partner Center shows for the rejection.</source>
        <translation>Geben Sie den Ablehnungsgrund an, den Partner Center zeigt.</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>%1 hat keine Registrierung bei %2.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The file is empty: its first line names the columns (%1).</source>
        <translation>Die Datei ist leer: Ihre erste Zeile nennt die Spalten (%1).</translation>
    </message>
    <message>
        <source>Line 1: &apos;%1&apos; is not a column of this import; the columns are %2.</source>
        <translation>Zeile 1: „%1“ ist keine Spalte dieses Imports; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 appears twice.</source>
        <translation>Zeile 1: Die Spalte %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 is missing; the file needs %2.</source>
        <translation>Zeile 1: Die Spalte %1 fehlt; die Datei braucht %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Die Datei hat mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 Felder, die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Ein Feld ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>agreement is active or expired.</source>
        <translation>agreement ist active oder expired.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 ist yes oder no.</translation>
    </message>
    <message>
        <source>revenue_usd and customers are whole numbers, zero or more.</source>
        <translation>revenue_usd und customers sind ganze Zahlen ab null.</translation>
    </message>
    <message>
        <source>the PartnerID %1 is on line %2 already.</source>
        <translation>die PartnerID %1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>a location with the PartnerID %1 exists already.</source>
        <translation>ein Standort mit der PartnerID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>%1 is on line %2 already.</source>
        <translation>%1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>a user with the email address %1 exists already.</source>
        <translation>ein Benutzer mit der E-Mail-Adresse %1 existiert bereits.</translation>
    </message>
    <message>
        <source>a location is given without a role.</source>
        <translation>ein Standort ist ohne Rolle angegeben.</translation>
    </message>
    <message>
        <source>role is account-admin, incentives-admin or incentives-user.</source>
        <translation>role ist account-admin, incentives-admin oder incentives-user.</translation>
    </message>
    <message>
        <source>an Account admin covers the whole organization; give no location.</source>
        <translation>ein Kontoadministrator gilt für die ganze Organisation; keinen Standort angeben.</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>%1 wird pro Standort vergeben: Geben Sie dessen PartnerID an.</translation>
    </message>
    <message>
        <source>%1 has one Incentives admin; line %2 names one already.</source>
        <translation>%1 hat einen Incentives-Administrator; Zeile %2 nennt bereits einen.</translation>
    </message>
    <message>
        <source>%1 has an Incentives admin already: %2.</source>
        <translation>%1 hat bereits einen Incentives-Administrator: %2.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Die Datei hat keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>Nothing was imported (problems: %1). %2</source>
        <translation>Nichts wurde importiert (Probleme: %1). %2</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Nicht genügend Arbeitsspeicher, um das Kennwort zu schützen.</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Demo clock</source>
        <translation>Demo-Uhr</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 &amp;Stunde</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;Tag</translation>
    </message>
    <message>
        <source>+&amp;48 hours</source>
        <translation>+&amp;48 Stunden</translation>
    </message>
    <message>
        <source>To &amp;fiscal-year end</source>
        <translation>Bis Geschäfts&amp;jahresende</translation>
    </message>
    <message>
        <source>Set the demo clock to</source>
        <translation>Demo-Uhr stellen auf</translation>
    </message>
    <message>
        <source>&amp;Set clock</source>
        <translation>Uh&amp;r stellen</translation>
    </message>
    <message>
        <source>Validations waiting for Microsoft</source>
        <translation>Validierungen, die auf Microsoft warten</translation>
    </message>
    <message>
        <source>Pending validations</source>
        <translation>Ausstehende Validierungen</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Grund für eine Ablehnung</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>&amp;Approve now</source>
        <translation>Jetzt gene&amp;hmigen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramm:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>&amp;Close for enrollment</source>
        <translation>Für Registrierung s&amp;chließen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;iscontinue…</source>
        <translation>&amp;Einstellen…</translation>
    </message>
    <message>
        <source>&amp;New program:</source>
        <translation>&amp;Neues Programm:</translation>
    </message>
    <message>
        <source>New program name</source>
        <translation>Name des neuen Programms</translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation>&amp;Währungen:</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>Auszahlungswährungen</translation>
    </message>
    <message>
        <source>Cri&amp;teria:</source>
        <translation>&amp;Kriterien:</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Berechtigungskriterien</translation>
    </message>
    <message>
        <source>Open to all (no criteria, no email)</source>
        <translation>Offen für alle (keine Kriterien, keine E-Mail)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>What eligibility is judged on</source>
        <translation>Grundlage der Berechtigungsprüfung</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Stan&amp;dort:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Active partner program a&amp;greement</source>
        <translation>Aktive &amp;Partnerprogrammvereinbarung</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Solutions Partner-Designation</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>Indirekter CSP-Reseller</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>CSP-Partner mit direkter Abrechnung</translation>
    </message>
    <message>
        <source>Re&amp;venue (USD):</source>
        <translation>Umsat&amp;z (USD):</translation>
    </message>
    <message>
        <source>Trailing revenue in US dollars</source>
        <translation>Umsatz der letzten zwölf Monate in US-Dollar</translation>
    </message>
    <message>
        <source>New c&amp;ustomers:</source>
        <translation>Neuk&amp;unden:</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>Neukunden in den letzten zwölf Monaten</translation>
    </message>
    <message>
        <source>Save and &amp;judge eligibility</source>
        <translation>Speichern und Berechtigung &amp;beurteilen</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>Name des Snapshots</translation>
    </message>
    <message>
        <source>Sa&amp;ve snapshot</source>
        <translation>Snapshot spe&amp;ichern</translation>
    </message>
    <message>
        <source>Saved snapshots</source>
        <translation>Gespeicherte Snapshots</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>R&amp;eset demo…</source>
        <translation>Dem&amp;o zurücksetzen…</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Moderatortools</translation>
    </message>
    <message>
        <source>Move the demo clock one hour forward; what came due on Microsoft&apos;s side happens</source>
        <translation>Demo-Uhr um eine Stunde vorstellen; was auf Microsoft-Seite fällig geworden ist, wird ausgeführt</translation>
    </message>
    <message>
        <source>Move the demo clock one day forward; what came due on Microsoft&apos;s side happens</source>
        <translation>Demo-Uhr um einen Tag vorstellen; was auf Microsoft-Seite fällig geworden ist, wird ausgeführt</translation>
    </message>
    <message>
        <source>Move the demo clock 48 hours forward: every validation under way ends</source>
        <translation>Demo-Uhr um 48 Stunden vorstellen: Alle laufenden Validierungen werden abgeschlossen</translation>
    </message>
    <message>
        <source>Move the demo clock to the start of the next fiscal year: enrollments renew or become inactive</source>
        <translation>Demo-Uhr auf den Beginn des nächsten Geschäftsjahres stellen: Registrierungen werden verlängert oder inaktiv</translation>
    </message>
    <message>
        <source>A date and time in UTC, year-month-day hours:minutes, no earlier than now</source>
        <translation>Datum und Uhrzeit in UTC, Jahr-Monat-Tag Stunden:Minuten, nicht früher als jetzt</translation>
    </message>
    <message>
        <source>The program that Close, Reopen and Discontinue act on</source>
        <translation>Das Programm, auf das sich „Für Registrierung schließen“, „Wieder öffnen“ und „Einstellen“ beziehen</translation>
    </message>
    <message>
        <source>Every enrollment in the program becomes Discontinued, for good; asks first</source>
        <translation>Alle Registrierungen des Programms erhalten endgültig den Status „Eingestellt“; mit Rückfrage</translation>
    </message>
    <message>
        <source>Currency codes separated by commas</source>
        <translation>Währungscodes, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Requirements separated by semicolons, for example agreement;solutions-partner;revenue&gt;=100000</source>
        <translation>Anforderungen, durch Semikolons getrennt, zum Beispiel agreement;solutions-partner;revenue&gt;=100000</translation>
    </message>
    <message>
        <source>Publish the new program; Microsoft judges every location&apos;s eligibility and sends the invitations</source>
        <translation>Neues Programm veröffentlichen; Microsoft beurteilt die Berechtigung jedes Standorts und versendet die Einladungen</translation>
    </message>
    <message>
        <source>Enrollments under validation and when each is due; Approve and Reject act on the selected one</source>
        <translation>Registrierungen in der Validierung und ihre Fälligkeit; „Genehmigen“ und „Ablehnen“ beziehen sich auf die ausgewählte</translation>
    </message>
    <message>
        <source>What Microsoft tells the Incentives admin when the selected validation is rejected</source>
        <translation>Was Microsoft dem Incentives-Administrator mitteilt, wenn die ausgewählte Validierung abgelehnt wird</translation>
    </message>
    <message>
        <source>Reject the selected validation with the reason above</source>
        <translation>Ausgewählte Validierung mit dem oben angegebenen Grund ablehnen</translation>
    </message>
    <message>
        <source>The location whose attributes show below</source>
        <translation>Der Standort, dessen Merkmale unten angezeigt werden</translation>
    </message>
    <message>
        <source>Save the demo as it is now under the name typed before</source>
        <translation>Aktuellen Stand der Demo unter dem zuvor eingegebenen Namen speichern</translation>
    </message>
    <message>
        <source>Replace the demo with the chosen snapshot; asks first</source>
        <translation>Demo durch den ausgewählten Snapshot ersetzen; mit Rückfrage</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data; asks first</source>
        <translation>Zu den ausgelieferten Demodaten zurückkehren; mit Rückfrage</translation>
    </message>
    <message>
        <source>Find a pending validation</source>
        <translation>Ausstehende Validierung suchen</translation>
    </message>
    <message>
        <source>Find by program, PartnerID or location</source>
        <translation>Nach Programm, PartnerID oder Standort suchen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>On a shared PostgreSQL database: a sandbox organization for each trainee, and their progress live.</source>
        <translation>In einer gemeinsamen PostgreSQL-Datenbank: eine Sandbox-Organisation je Teilnehmer und ihr Fortschritt live.</translation>
    </message>
    <message>
        <source>Class &amp;dashboard…</source>
        <translation>Schulungs-&amp;Übersicht…</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Schulungsübersicht</translation>
    </message>
    <message>
        <source>Create trainees&apos; sandboxes, follow their progress and reset one</source>
        <translation>Sandboxes für Teilnehmer anlegen, ihren Fortschritt verfolgen und eine zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>Sie haben keine Incentives-Rolle. Bitten Sie einen Kontoadministrator um Zugriff.</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Bankprofil namens „%1“.</translation>
    </message>
    <message>
        <source>A bank profile named &apos;%1&apos; exists already.</source>
        <translation>Ein Bankprofil namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation>Das Unterschriftsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A %1 signed on %2 expired on %3; sign a new one.</source>
        <translation>Ein am %2 unterzeichnetes Formular %1 ist am %3 abgelaufen; unterzeichnen Sie ein neues.</translation>
    </message>
    <message>
        <source>Say which of your locations this bank profile is for.</source>
        <translation>Geben Sie an, für welchen Ihrer Standorte dieses Bankprofil ist.</translation>
    </message>
    <message>
        <source>Credit note is not offered in the country of %1; choose bank transfer.</source>
        <translation>Im Land von %1 wird Gutschrift nicht angeboten; wählen Sie Überweisung.</translation>
    </message>
    <message>
        <source>A credit-note profile is in the country of its location (%1).</source>
        <translation>Ein Gutschriftprofil gehört zum Land seines Standorts (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; pays by bank transfer; only a credit-note profile has a tenant to verify.</source>
        <translation>„%1“ zahlt per Überweisung; nur ein Gutschriftprofil hat einen Tenant zum Bestätigen.</translation>
    </message>
    <message>
        <source>Only an Incentives admin of the location the profile &apos;%1&apos; was created for verifies its CSP tenant.</source>
        <translation>Nur ein Incentives-Administrator des Standorts, für den das Profil „%1“ angelegt wurde, bestätigt seinen CSP-Tenant.</translation>
    </message>
    <message>
        <source>The CSP tenant of &apos;%1&apos; is confirmed already.</source>
        <translation>Der CSP-Tenant von „%1“ ist bereits bestätigt.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>No such bank profile.</source>
        <translation>Dieses Bankprofil gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>Es gibt kein Bankprofil namens „%1“.</translation>
    </message>
    <message>
        <source>There is no tax profile %1.</source>
        <translation>Es gibt kein Steuerprofil %1.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Bank profiles of the organization</source>
        <translation>Bankprofile der Organisation</translation>
    </message>
    <message>
        <source>Bank profiles</source>
        <translation>Bankprofile</translation>
    </message>
    <message>
        <source>&amp;Add bank profile…</source>
        <translation>Bankprofil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>Als Standard für den Standort &amp;festlegen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Default bank profile:</source>
        <translation>Standard-Bankprofil:</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>Steuerprofil:</translation>
    </message>
    <message>
        <source>Edit &amp;tax profile…</source>
        <translation>S&amp;teuerprofil bearbeiten…</translation>
    </message>
    <message>
        <source>The organization&apos;s bank profiles and their validation status; press Enter to edit the selected one</source>
        <translation>Die Bankprofile der Organisation und ihr Validierungsstatus; drücken Sie die Eingabetaste, um das ausgewählte zu bearbeiten</translation>
    </message>
    <message>
        <source>The location whose default bank profile and tax profile show below</source>
        <translation>Der Standort, dessen Standard-Bankprofil und Steuerprofil unten angezeigt werden</translation>
    </message>
    <message>
        <source>Search bank profiles by name</source>
        <translation>Bankprofile nach Namen durchsuchen</translation>
    </message>
    <message>
        <source>Search bank profiles</source>
        <translation>Bankprofile durchsuchen</translation>
    </message>
</context>
<context>
    <name>ProgramGuide</name>
    <message>
        <source>About this program</source>
        <translation>Über dieses Programm</translation>
    </message>
    <message>
        <source>%1 is an incentive program of Microsoft Partner Center for fiscal year %2, from %3 to %4.</source>
        <translation>%1 ist ein Incentive-Programm von Microsoft Partner Center für das Geschäftsjahr %2, vom %3 bis %4.</translation>
    </message>
    <message>
        <source>It is open for enrollment.</source>
        <translation>Es ist für Anmeldungen geöffnet.</translation>
    </message>
    <message>
        <source>It is closed for enrollment: invitations not yet enrolled wait until it opens again.</source>
        <translation>Es ist für Anmeldungen geschlossen: Einladungen, die noch nicht angemeldet sind, warten, bis es wieder öffnet.</translation>
    </message>
    <message>
        <source>It is no longer offered; its enrollments are discontinued.</source>
        <translation>Es wird nicht mehr angeboten; seine Anmeldungen sind eingestellt.</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>Wer teilnahmeberechtigt ist</translation>
    </message>
    <message>
        <source>Every location may enroll: the program is open to all. It sends no invitation email; it shows in the Incentives workspace of the users who hold a role for the location.</source>
        <translation>Jeder Standort kann sich anmelden: Das Programm steht allen offen. Es verschickt keine Einladungs-E-Mail; es erscheint im Incentives-Arbeitsbereich der Benutzer, die eine Rolle für den Standort haben.</translation>
    </message>
    <message>
        <source>Microsoft invites the locations it chooses; the invitation reaches the location&apos;s Incentives admin by email.</source>
        <translation>Microsoft lädt die Standorte ein, die es auswählt; die Einladung erreicht den Incentives-Administrator des Standorts per E-Mail.</translation>
    </message>
    <message>
        <source>A location is invited when it meets every one of these criteria; the invitation reaches its Incentives admin by email:</source>
        <translation>Ein Standort wird eingeladen, wenn er jedes dieser Kriterien erfüllt; die Einladung erreicht seinen Incentives-Administrator per E-Mail:</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Payouts are made in %1, by %2, to the bank profile of the enrollment; the account holder must be the location&apos;s legal entity.</source>
        <translation>Auszahlungen erfolgen in %1 per %2 auf das Bankprofil der Anmeldung; Kontoinhaber muss die juristische Person des Standorts sein.</translation>
    </message>
    <message>
        <source>How to enroll</source>
        <translation>So melden Sie sich an</translation>
    </message>
    <message>
        <source>The location&apos;s Incentives admin selects Get Started in the invitation email, or Enroll in the Incentives workspace.</source>
        <translation>Der Incentives-Administrator des Standorts wählt „Erste Schritte“ in der Einladungs-E-Mail oder „Anmelden“ im Incentives-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile; another of the location&apos;s bank profiles may be chosen.</source>
        <translation>Die Einladung zeigt das Standard-Bankprofil und das Steuerprofil des Standorts; ein anderes Bankprofil des Standorts kann gewählt werden.</translation>
    </message>
    <message>
        <source>When everything the program needs is on file, Submit sends it for validation; otherwise Continue opens the payout and tax profiles with what is missing.</source>
        <translation>Wenn alles vorliegt, was das Programm braucht, sendet „Senden“ es zur Prüfung; sonst öffnet „Weiter“ die Auszahlungs- und Steuerprofile mit dem, was fehlt.</translation>
    </message>
    <message>
        <source>Microsoft validates the details within 48 hours: the enrollment is then Enrolled, or Enrolling with what to correct.</source>
        <translation>Microsoft prüft die Angaben innerhalb von 48 Stunden: Die Anmeldung ist dann „Angemeldet“ oder „In Anmeldung“ mit dem, was zu korrigieren ist.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>The enrollment expires on %1, at the end of the fiscal year. It renews into the next fiscal year by itself when the location is still eligible, its partner program agreement is active, and its payout and tax details are complete and valid.</source>
        <translation>Die Anmeldung läuft am %1 ab, am Ende des Geschäftsjahres. Sie verlängert sich von selbst in das nächste Geschäftsjahr, wenn der Standort weiterhin berechtigt ist, seine Partnerprogrammvereinbarung aktiv ist und seine Auszahlungs- und Steuerangaben vollständig und gültig sind.</translation>
    </message>
    <message>
        <source>The terms you accept</source>
        <translation>Die Bedingungen, die Sie annehmen</translation>
    </message>
    <message>
        <source>By enrolling a location in %1 you confirm that:</source>
        <translation>Wenn Sie einen Standort für %1 anmelden, bestätigen Sie, dass:</translation>
    </message>
    <message>
        <source>you are the location&apos;s Incentives admin and may act for it;</source>
        <translation>Sie der Incentives-Administrator des Standorts sind und für ihn handeln dürfen;</translation>
    </message>
    <message>
        <source>the payout and tax details on file are accurate and belong to the location&apos;s legal entity;</source>
        <translation>die hinterlegten Auszahlungs- und Steuerangaben korrekt sind und zur juristischen Person des Standorts gehören;</translation>
    </message>
    <message>
        <source>Microsoft may validate these details, and payouts wait while any of them needs action;</source>
        <translation>Microsoft diese Angaben prüfen darf und Auszahlungen warten, solange eine davon eine Aktion erfordert;</translation>
    </message>
    <message>
        <source>the enrollment ends with the fiscal year unless it renews, and when the program is discontinued.</source>
        <translation>die Anmeldung mit dem Geschäftsjahr endet, sofern sie sich nicht verlängert, und wenn das Programm eingestellt wird.</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>No such program.</source>
        <translation>Dieses Programm gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no program named &apos;%1&apos;.</source>
        <translation>Es gibt kein Programm namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>The partner program agreement is not active (IVDMPA).</source>
        <translation>Die Partnerprogrammvereinbarung ist nicht aktiv (IVDMPA).</translation>
    </message>
    <message>
        <source>Payout and tax profiles must be validated again.</source>
        <translation>Auszahlungs- und Steuerprofile müssen erneut validiert werden.</translation>
    </message>
    <message>
        <source>None: the program is not open for the new year.</source>
        <translation>Keine: Das Programm ist für das neue Jahr nicht geöffnet.</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>Partnerprogrammvereinbarung verlängern (IVDMPA).</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>Berechtigungsanforderungen wieder erfüllen: %1</translation>
    </message>
    <message>
        <source>Sign a new tax form before the year ends: %1</source>
        <translation>Vor Ende des Geschäftsjahres ein neues Steuerformular unterzeichnen: %1</translation>
    </message>
    <message>
        <source>Update the payout and tax profiles: %1</source>
        <translation>Auszahlungs- und Steuerprofile aktualisieren: %1</translation>
    </message>
    <message>
        <source>The program is not open for the new year</source>
        <translation>Das Programm ist für das neue Jahr nicht geöffnet</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Partnerprogrammvereinbarung</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>Teilnahmevoraussetzungen</translation>
    </message>
    <message>
        <source>Payout and tax details</source>
        <translation>Auszahlungs- und Steuerdaten</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Assign a role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>The address the user signs in with</source>
        <translation>Die Adresse, mit der sich der Benutzer anmeldet</translation>
    </message>
    <message>
        <source>The location the role is for; an Account admin&apos;s role covers the whole organization</source>
        <translation>Der Standort, für den die Rolle gilt; die Rolle eines Kontoadministrators gilt für die gesamte Organisation</translation>
    </message>
</context>
<context>
    <name>Sandboxes</name>
    <message>
        <source>There is no sandbox %1.</source>
        <translation>Es gibt keine Sandbox %1.</translation>
    </message>
    <message>
        <source>There is no sandbox %1 in this database.</source>
        <translation>In dieser Datenbank gibt es keine Sandbox %1.</translation>
    </message>
    <message>
        <source>The server refuses the login %1 access to the sandbox %2.</source>
        <translation>Der Server verweigert der Anmeldung %1 den Zugriff auf die Sandbox %2.</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login.</source>
        <translation>%1 kann keine Anmeldung eines Teilnehmers sein.</translation>
    </message>
    <message>
        <source>There is a sandbox %1 already: reset it, or choose another trainee.</source>
        <translation>Es gibt bereits eine Sandbox %1: Setzen Sie sie zurück oder wählen Sie einen anderen Teilnehmer.</translation>
    </message>
    <message>
        <source>The login %1 has administrator rights and cannot be a trainee&apos;s.</source>
        <translation>Die Anmeldung %1 hat Administratorrechte und kann keinem Teilnehmer gehören.</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PartnerID (7 digits)</source>
        <translation>„%1“ ist keine PartnerID (7 Ziffern)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Grund „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;in&apos; must be a list of at least one status</source>
        <translation>„in“ muss eine Liste mit mindestens einem Status sein</translation>
    </message>
    <message>
        <source>a status must be text</source>
        <translation>ein Status muss Text sein</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Status „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>give exactly one of &apos;user&apos; and &apos;adminOf&apos;</source>
        <translation>genau eines von „user“ und „adminOf“ angeben</translation>
    </message>
    <message>
        <source>give both &apos;program&apos; and &apos;location&apos;, or neither</source>
        <translation>„program“ und „location“ beide angeben oder keines</translation>
    </message>
    <message>
        <source>unknown message kind &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Nachrichtenart „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Rolle „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the role %1 covers the whole organization: it takes no location</source>
        <translation>die Rolle %1 gilt für die ganze Organisation: sie hat keinen Standort</translation>
    </message>
    <message>
        <source>unknown profile kind &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Profilart „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown profile status &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Profilstatus „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>a bank profile condition needs &apos;name&apos; or &apos;location&apos;</source>
        <translation>eine Bankprofil-Bedingung braucht „name“ oder „location“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to bank profiles only</source>
        <translation>„%1“ gilt nur für Bankprofile</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (e.g. 2026-07-01T00:00:00Z)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (z. B. 2026-07-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>clockPast takes a date and time, or {&quot;sinceStart&quot;: a duration such as &quot;48h&quot;}</source>
        <translation>clockPast nimmt ein Datum mit Uhrzeit oder {&quot;sinceStart&quot;: eine Dauer wie &quot;48h&quot;}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 48h, 2d, 1w)</source>
        <translation>„%1“ ist keine Dauer (z. B. 48h, 2d, 1w)</translation>
    </message>
    <message>
        <source>a condition is an object with one key, its kind (%1)</source>
        <translation>eine Bedingung ist ein Objekt mit genau einem Schlüssel, ihrer Art (%1)</translation>
    </message>
    <message>
        <source>unknown condition kind &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Bedingungsart „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a list of at least one condition</source>
        <translation>„%1“ nimmt eine Liste mit mindestens einer Bedingung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an object</source>
        <translation>„%1“ nimmt ein Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: lower-case letters, digits and hyphens</source>
        <translation>„%1“ ist keine gültige ID: Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>„format“ muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number</source>
        <translation>„version“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the file is written in version %1 of the format; this app reads version %2</source>
        <translation>die Datei verwendet Version %1 des Formats; diese App liest Version %2</translation>
    </message>
    <message>
        <source>&apos;chapters&apos; must be a list of at least one chapter</source>
        <translation>„chapters“ muss eine Liste mit mindestens einem Kapitel sein</translation>
    </message>
    <message>
        <source>a chapter must be an object</source>
        <translation>ein Kapitel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>duplicate chapter id &apos;%1&apos;</source>
        <translation>doppelte Kapitel-ID „%1“</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of at least one step</source>
        <translation>„steps“ muss eine Liste mit mindestens einem Schritt sein</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>ein Schritt muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an objectName: letters, digits and underscores, not starting with a digit</source>
        <translation>„%1“ ist kein objectName: Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <source>duplicate step id &apos;%1&apos;</source>
        <translation>doppelte Schritt-ID „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (e.g. de, pt_BR)</source>
        <translation>„%1“ ist kein Sprachcode (z. B. de, pt_BR)</translation>
    </message>
    <message>
        <source>a language variant must be an object</source>
        <translation>eine Sprachvariante muss ein Objekt sein</translation>
    </message>
    <message>
        <source>no chapter has the id &apos;%1&apos;</source>
        <translation>kein Kapitel hat die ID „%1“</translation>
    </message>
    <message>
        <source>a chapter&apos;s title must be text</source>
        <translation>der Titel eines Kapitels muss Text sein</translation>
    </message>
    <message>
        <source>no step has the id &apos;%1&apos;</source>
        <translation>kein Schritt hat die ID „%1“</translation>
    </message>
    <message>
        <source>a step&apos;s texts must be an object</source>
        <translation>die Texte eines Schritts müssen ein Objekt sein</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB: not a scenario</source>
        <translation>die Datei ist größer als %1 KiB: kein Szenario</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels: not a scenario</source>
        <translation>tiefer als %1 Ebenen verschachtelt: kein Szenario</translation>
    </message>
    <message>
        <source>a scenario file holds one JSON object</source>
        <translation>eine Szenariodatei enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the same object</source>
        <translation>„%1“ kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three letters)</source>
        <translation>„%1“ ist kein Währungscode (drei Buchstaben)</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Wählen Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <source>Start the scenario first: the handout shows the window as it was when each step was done.</source>
        <translation>Starten Sie zuerst das Szenario: Das Handout zeigt das Fenster so, wie es war, als jeder Schritt erledigt wurde.</translation>
    </message>
    <message>
        <source>No step has been done since the scenario started.</source>
        <translation>Seit dem Start des Szenarios wurde kein Schritt erledigt.</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Start from the initial state…</source>
        <translation>Vom Ausgangszustand &amp;starten…</translation>
    </message>
    <message>
        <source>The guided demo script to follow</source>
        <translation>Das geführte Demo-Skript, dem Sie folgen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop following the running scenario; the demo data stays as it is</source>
        <translation>Dem laufenden Szenario nicht mehr folgen; die Demodaten bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>Spotlight</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Reads a scenario file and lists it with the built-in ones</source>
        <translation>Liest eine Szenariodatei und führt sie bei den mitgelieferten auf</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Writes the selected scenario as a file to start your own from</source>
        <translation>Schreibt das gewählte Szenario als Datei, als Ausgangspunkt für ein eigenes</translation>
    </message>
    <message>
        <source>The scenario&apos;s steps by chapter; each says whether it is done</source>
        <translation>Die Schritte des Szenarios nach Kapiteln; jeder zeigt, ob er erledigt ist</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notizen für den Präsentator</translation>
    </message>
    <message>
        <source>Export han&amp;dout…</source>
        <translation>Hand&amp;out exportieren…</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>Writes a PDF with each step&apos;s text and a picture of the window when it was done</source>
        <translation>Schreibt eine PDF-Datei mit dem Text jedes Schritts und einem Bild des Fensters, als er erledigt wurde</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>This database already holds an organization; use a new file (or --force).</source>
        <translation>Diese Datenbank enthält bereits eine Organisation; verwenden Sie eine neue Datei (oder --force).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window shows a new language when Incentives Desk starts again; you can restart it right after OK.</source>
        <translation>Eine neue Sprache wird angezeigt, wenn Incentives Desk neu startet; Sie können die App direkt nach „OK“ neu starten.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Nach &amp;Inaktivität sperren:</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Nach Inaktivität sperren</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Standardd&amp;atenbank:</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Standard location</source>
        <translation>Standardspeicher&amp;ort</translation>
    </message>
    <message>
        <source>Use incentives.db in your data folder</source>
        <translation>incentives.db in Ihrem Datenordner verwenden</translation>
    </message>
    <message>
        <source>Opened when Incentives Desk starts without --database, from its next start on.</source>
        <translation>Wird ab dem nächsten Start geöffnet, wenn Incentives Desk ohne --database startet.</translation>
    </message>
    <message>
        <source>Show the &amp;clock in the status bar</source>
        <translation>&amp;Uhr in der Statusleiste anzeigen</translation>
    </message>
    <message>
        <source>The app clock; in a demo database, the demo clock the presenter sets</source>
        <translation>Die Uhr der App; in einer Demodatenbank die vom Moderator gestellte Demo-Uhr</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Incentives Desk</source>
        <translation>Anmelden — Incentives Desk</translation>
    </message>
    <message>
        <source>Choose who you are. What you may see and do follows that user&apos;s roles.</source>
        <translation>Wählen Sie aus, wer Sie sind. Was Sie sehen und tun dürfen, richtet sich nach den Rollen dieses Benutzers.</translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation>Nach Name oder E-Mail filtern</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Select who you are; Enter signs in</source>
        <translation>Wählen Sie aus, wer Sie sind; mit der Eingabetaste melden Sie sich an</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>Das Formular %1 ist am %2 abgelaufen; unterzeichnen Sie ein neues.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Demotools funktionieren nur in einer Demodatenbank.</translation>
    </message>
    <message>
        <source>The demo clock only moves forward (it is %1 now). Reset the demo to start over.</source>
        <translation>Die Demo-Uhr läuft nur vorwärts (jetzt ist es %1). Setzen Sie die Demo zurück, um von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>The clock can only be advanced by a positive duration.</source>
        <translation>Die Uhr kann nur um eine positive Dauer vorgestellt werden.</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation>Geben Sie den Grund für die Ablehnung an.</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>Für %1 gibt es keine Registrierung am Standort %2.</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>Diese Registrierung wartet nicht auf eine Validierung.</translation>
    </message>
    <message>
        <source>%1 is discontinued already.</source>
        <translation>%1 ist bereits eingestellt.</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>Geben Sie mindestens eine Auszahlungswährung an.</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>Ein Programm, das allen offensteht, hat keine Berechtigungskriterien.</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>Ein Programm namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Revenue and customer counts cannot be negative.</source>
        <translation>Umsatz und Kundenzahlen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>Sie haben keine Incentives-Rolle. Bitten Sie einen Kontoadministrator um Zugriff.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Upgrading %1 for this version of Incentives Desk: the file is checked, a copy of it as it is now is kept beside it, then it is upgraded. For a large file this takes a few minutes.</source>
        <translation>%1 wird für diese Version von Incentives Desk aktualisiert: Die Datei wird geprüft, eine Kopie ihres jetzigen Stands wird daneben aufbewahrt, dann wird sie aktualisiert. Bei einer großen Datei dauert das einige Minuten.</translation>
    </message>
    <message>
        <source>%1 holds no organization yet. Its owner moves one in first (incentives-cli migrate or init).</source>
        <translation>%1 enthält noch keine Organisation. Ihr Besitzer bringt zuerst eine hinein (incentives-cli migrate oder init).</translation>
    </message>
</context>
<context>
    <name>StateMachine</name>
    <message>
        <source>Only an invitation that is still Invited can be accepted.</source>
        <translation>Nur eine Einladung, die noch den Status „Eingeladen“ hat, kann angenommen werden.</translation>
    </message>
    <message>
        <source>Only an Invited or Enrolling enrollment can be submitted for validation.</source>
        <translation>Nur eine Registrierung mit dem Status „Eingeladen“ oder „Registrierung läuft“ kann zur Validierung übermittelt werden.</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>Diese Registrierung wartet nicht auf eine Validierung.</translation>
    </message>
    <message>
        <source>The program is discontinued; nothing can change here.</source>
        <translation>Das Programm wurde eingestellt; hier kann nichts mehr geändert werden.</translation>
    </message>
    <message>
        <source>An enrollment that is %1 cannot take the step &apos;%2&apos;.</source>
        <translation>Eine Registrierung mit dem Status „%1“ kann den Schritt „%2“ nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Someone else changed this record since it was opened. Reload it and try again.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, seit er geöffnet wurde. Laden Sie ihn neu, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Location summary</source>
        <translation>Standortzusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the pages as they will print, and print them</source>
        <translation>Seiten so anzeigen, wie sie gedruckt werden, und drucken</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>Zusammenfassung als PDF-Datei speichern</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Land der Bank</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Routing or branch code</source>
        <translation>Routingnummer oder Filialcode</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institutsnummer</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Enrollment summary — %1</source>
        <translation>Registrierungsübersicht — %1</translation>
    </message>
    <message>
        <source>Enrollment summary: %1 (%2)</source>
        <translation>Registrierungsübersicht: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prepared %2 for %3</source>
        <translation>%1 — erstellt am %2 für %3</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Location PartnerID</source>
        <translation>PartnerID des Standorts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Partnerprogrammvereinbarung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired or not signed (IVDMPA)</source>
        <translation>Abgelaufen oder nicht unterzeichnet (IVDMPA)</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Incentives-Administrator</translation>
    </message>
    <message>
        <source>None: an Account admin must assign one before this location can enroll</source>
        <translation>Keiner: Ein Kontoadministrator muss einen zuweisen, bevor dieser Standort registriert werden kann</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>This location has no invitations or enrollments.</source>
        <translation>Dieser Standort hat keine Einladungen oder Registrierungen.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>Erforderliche Aktionen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>ends by %1</source>
        <translation>abgeschlossen bis %1</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>Auszahlungsprofil (Bankprofil)</translation>
    </message>
    <message>
        <source>No default bank profile is set for this location.</source>
        <translation>Für diesen Standort ist kein Standard-Bankprofil festgelegt.</translation>
    </message>
    <message>
        <source>Also used by enrollments here</source>
        <translation>Ebenfalls von Registrierungen dieses Standorts verwendet</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Steuerprofil</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>Gründungsland</translation>
    </message>
    <message>
        <source>Foreign tax ID</source>
        <translation>Ausländische Steuer-ID</translation>
    </message>
    <message>
        <source>Treaty claim</source>
        <translation>Abkommensvorteile</translation>
    </message>
    <message>
        <source>%1, article %2</source>
        <translation>%1, Artikel %2</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>No tax profile is on file for this location.</source>
        <translation>Für diesen Standort ist kein Steuerprofil hinterlegt.</translation>
    </message>
    <message>
        <source>Account numbers and tax IDs are masked: only their last four characters are shown. Enrollments expire at the end of the fiscal year (30 June) and renew on 1 July when the location is still eligible, its agreement is active and its payout and tax details are complete.</source>
        <translation>Kontonummern und Steuer-IDs sind maskiert: Nur ihre letzten vier Zeichen werden angezeigt. Registrierungen laufen am Ende des Geschäftsjahres (30. Juni) ab und werden am 1. Juli verlängert, wenn der Standort weiterhin berechtigt ist, seine Vereinbarung aktiv ist und seine Auszahlungs- und Steuerdaten vollständig sind.</translation>
    </message>
</context>
<context>
    <name>TaxDocumentService</name>
    <message>
        <source>Save the tax profile first; documents are attached to it.</source>
        <translation>Speichern Sie zuerst das Steuerprofil; Dokumente werden daran angehängt.</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile yet; save it first, then attach documents to it.</source>
        <translation>Standort %1 hat noch kein Steuerprofil; speichern Sie es zuerst und hängen Sie dann Dokumente an.</translation>
    </message>
    <message>
        <source>This file is attached to the tax profile of %1 already (the same content, SHA-256 %2).</source>
        <translation>Diese Datei ist bereits an das Steuerprofil von %1 angehängt (gleicher Inhalt, SHA-256 %2).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>Die Datei %1 ist größer als 10 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TaxDocuments</name>
    <message>
        <source>The document needs a file name.</source>
        <translation>Das Dokument braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>Die Datei %1 ist größer als 10 MB.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, PNG or JPEG file (judged by its content, not its name).</source>
        <translation>Die Datei %1 ist keine PDF-, PNG- oder JPEG-Datei (nach ihrem Inhalt beurteilt, nicht nach ihrem Namen).</translation>
    </message>
</context>
<context>
    <name>TaxProfileDialog</name>
    <message>
        <source>Tax profile</source>
        <translation>Steuerprofil</translation>
    </message>
    <message>
        <source>&amp;EIN:</source>
        <translation>&amp;EIN:</translation>
    </message>
    <message>
        <source>Employer Identification Number</source>
        <translation>Arbeitgeber-Identifikationsnummer (EIN)</translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation>12-3456789</translation>
    </message>
    <message>
        <source>Country of &amp;incorporation:</source>
        <translation>&amp;Gründungsland:</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>Gründungsland</translation>
    </message>
    <message>
        <source>&amp;Foreign tax ID:</source>
        <translation>Ausländische Steuer-&amp;ID:</translation>
    </message>
    <message>
        <source>Foreign tax identification number</source>
        <translation>Ausländische Steueridentifikationsnummer</translation>
    </message>
    <message>
        <source>&amp;Treaty claim:</source>
        <translation>Abkommens&amp;vorteile:</translation>
    </message>
    <message>
        <source>Claim treaty benefits</source>
        <translation>Abkommensvorteile beanspruchen</translation>
    </message>
    <message>
        <source>Claim a reduced rate under an income tax treaty</source>
        <translation>Ermäßigten Steuersatz nach einem Doppelbesteuerungsabkommen beanspruchen</translation>
    </message>
    <message>
        <source>Treaty &amp;country:</source>
        <translation>Abkommens&amp;land:</translation>
    </message>
    <message>
        <source>Treaty country</source>
        <translation>Abkommensland</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>Abkommensa&amp;rtikel:</translation>
    </message>
    <message>
        <source>Treaty article</source>
        <translation>Abkommensartikel</translation>
    </message>
    <message>
        <source>e.g. Article 12</source>
        <translation>z. B. Artikel 12</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Unterzeichnet &amp;am:</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Unterschriftsdatum</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <source>VAT identification number</source>
        <translation>Umsatzsteuer-Identifikationsnummer</translation>
    </message>
    <message>
        <source>e.g. DE136695976</source>
        <translation>z. B. DE136695976</translation>
    </message>
    <message>
        <source>The location&apos;s tax identification number in its own country</source>
        <translation>Die Steueridentifikationsnummer des Standorts in seinem eigenen Land</translation>
    </message>
    <message>
        <source>The day the form was signed, year-month-day; a W-8BEN-E stays valid until the end of the third calendar year after it</source>
        <translation>Der Tag, an dem das Formular unterzeichnet wurde, Jahr-Monat-Tag; ein W-8BEN-E bleibt bis zum Ende des dritten darauffolgenden Kalenderjahres gültig</translation>
    </message>
    <message>
        <source>Tax &amp;form:</source>
        <translation>Steuer&amp;formular:</translation>
    </message>
    <message>
        <source>Tax form</source>
        <translation>Steuerformular</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The legal name</source>
        <translation>Der rechtliche Name</translation>
    </message>
    <message>
        <source>The account holder&apos;s name</source>
        <translation>Der Name des Kontoinhabers</translation>
    </message>
    <message>
        <source>The bank&apos;s name</source>
        <translation>Der Name der Bank</translation>
    </message>
    <message>
        <source>The bank&apos;s address</source>
        <translation>Die Adresse der Bank</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Adresse</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Die Stadt</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Die Begründung</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>Die Kriterien</translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation>Der Name der Organisation</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Der Text</translation>
    </message>
    <message>
        <source>%1 cannot contain control or text-direction characters (found U+%2).</source>
        <translation>%1 darf keine Steuer- oder Textrichtungszeichen enthalten (gefunden: U+%2).</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2026-06-30 or 2026-06-30 14:00.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; schreiben Sie es als 2026-06-30 oder 2026-06-30 14:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write a number and a unit, such as 30m, 1h, 2d, 48h or 1w.</source>
        <translation>„%1“ ist keine Dauer; schreiben Sie eine Zahl und eine Einheit, etwa 30m, 1h, 2d, 48h oder 1w.</translation>
    </message>
    <message>
        <source>A duration must be more than zero.</source>
        <translation>Eine Dauer muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>%1 already holds data; a database is moved only into a new or empty one.</source>
        <translation>%1 enthält bereits Daten; eine Datenbank wird nur in eine neue oder leere Datenbank verschoben.</translation>
    </message>
    <message>
        <source>The copy of %1 has %2 rows instead of %3; nothing was written.</source>
        <translation>Die Kopie von %1 hat %2 Zeilen statt %3; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation>Kopiert aus %1</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>Quelle und Ziel sind dieselbe Datenbank.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Account admin</source>
        <translation>Kontoadministrator</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Incentives-Administrator</translation>
    </message>
    <message>
        <source>Incentives user</source>
        <translation>Incentives-Benutzer</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Registrierung läuft</translation>
    </message>
    <message>
        <source>Validating enrollment</source>
        <translation>Registrierung wird validiert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Closed for enrollment</source>
        <translation>Für Registrierung geschlossen</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Validierung ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>W-9</source>
        <translation>W-9</translation>
    </message>
    <message>
        <source>W-8BEN-E</source>
        <translation>W-8BEN-E</translation>
    </message>
    <message>
        <source>Electronic bank transfer</source>
        <translation>Elektronische Banküberweisung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Girokonto</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Sparkonto</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Präsentator</translation>
    </message>
    <message>
        <source>W-8BEN</source>
        <translation>W-8BEN</translation>
    </message>
    <message>
        <source>Verification needed</source>
        <translation>Bestätigung erforderlich</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Show users by role</source>
        <translation>Benutzer nach Rolle anzeigen</translation>
    </message>
    <message>
        <source>Search names and email addresses</source>
        <translation>Namen und E-Mail-Adressen durchsuchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Assign &amp;role…</source>
        <translation>&amp;Rolle zuweisen…</translation>
    </message>
    <message>
        <source>Re&amp;move role…</source>
        <translation>Rolle &amp;entfernen…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Kennwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <source>Locations and their Incentives admins</source>
        <translation>Standorte und ihre Incentives-Administratoren</translation>
    </message>
    <message>
        <source>Assign Incentives &amp;admin…</source>
        <translation>Incentives-&amp;Administrator zuweisen…</translation>
    </message>
    <message>
        <source>Users and locations</source>
        <translation>Benutzer und Standorte</translation>
    </message>
    <message>
        <source>Every user of the organization with their status and roles</source>
        <translation>Alle Benutzer der Organisation mit ihrem Status und ihren Rollen</translation>
    </message>
    <message>
        <source>A location without an Incentives admin says so; its invitations wait until one is assigned</source>
        <translation>Ein Standort ohne Incentives-Administrator ist entsprechend gekennzeichnet; seine Einladungen warten, bis einer zugewiesen ist</translation>
    </message>
    <message>
        <source>Search PartnerIDs and location names</source>
        <translation>PartnerIDs und Standortnamen durchsuchen</translation>
    </message>
    <message>
        <source>Search locations</source>
        <translation>Standorte durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import users from a CSV file</source>
        <translation>Benutzer aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Add l&amp;ocation…</source>
        <translation>Standort hinzufügen (&amp;o)…</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit location…</source>
        <translation>Standort &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected location</source>
        <translation>Den ausgewählten Standort bearbeiten</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>Import locations from a CSV file</source>
        <translation>Standorte aus einer CSV-Datei importieren</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>Enter an IBAN.</source>
        <translation>Geben Sie eine IBAN ein.</translation>
    </message>
    <message>
        <source>An IBAN may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Eine IBAN darf nur die Buchstaben A–Z und Ziffern enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, like DE or FR.</source>
        <translation>Eine IBAN beginnt mit einem zweistelligen Ländercode wie DE oder FR.</translation>
    </message>
    <message>
        <source>An IBAN starts with a country code; %1 is not a known country code.</source>
        <translation>Eine IBAN beginnt mit einem Ländercode; %1 ist kein bekannter Ländercode.</translation>
    </message>
    <message>
        <source>%1 (%2) does not use IBANs.</source>
        <translation>%1 (%2) verwendet keine IBAN.</translation>
    </message>
    <message>
        <source>An IBAN with the country code %1 (%2) has %3 characters; this one has %4.</source>
        <translation>Eine IBAN mit dem Ländercode %1 (%2) hat %3 Zeichen; diese hat %4.</translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are its check digits and must be digits.</source>
        <translation>Das dritte und vierte Zeichen einer IBAN sind ihre Prüfziffern und müssen Ziffern sein.</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: a character is mistyped.</source>
        <translation>Die Prüfziffern der IBAN stimmen nicht: Ein Zeichen ist falsch eingegeben.</translation>
    </message>
    <message>
        <source>Enter a BIC (SWIFT code).</source>
        <translation>Geben Sie einen BIC (SWIFT-Code) ein.</translation>
    </message>
    <message>
        <source>A BIC may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Ein BIC darf nur die Buchstaben A–Z und Ziffern enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation>Ein BIC hat 8 oder 11 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>The first six characters of a BIC are letters: four for the bank, two for the country.</source>
        <translation>Die ersten sechs Zeichen eines BIC sind Buchstaben: vier für die Bank, zwei für das Land.</translation>
    </message>
    <message>
        <source>The BIC&apos;s country (%1) does not match the bank country (%2).</source>
        <translation>Das Land im BIC (%1) stimmt nicht mit dem Land der Bank (%2) überein.</translation>
    </message>
    <message>
        <source>Enter a routing number.</source>
        <translation>Geben Sie eine Routingnummer ein.</translation>
    </message>
    <message>
        <source>A routing number has 9 digits; this one has %1.</source>
        <translation>Eine Routingnummer hat 9 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>A routing number cannot be all zeros.</source>
        <translation>Eine Routingnummer darf nicht nur aus Nullen bestehen.</translation>
    </message>
    <message>
        <source>The routing number&apos;s checksum does not match: a digit is mistyped.</source>
        <translation>Die Prüfsumme der Routingnummer stimmt nicht: Eine Ziffer ist falsch eingegeben.</translation>
    </message>
    <message>
        <source>Enter a sort code.</source>
        <translation>Geben Sie einen Sort Code ein.</translation>
    </message>
    <message>
        <source>A sort code has 6 digits, like 12-34-56; this one has %1.</source>
        <translation>Ein Sort Code hat 6 Ziffern, etwa 12-34-56; dieser hat %1.</translation>
    </message>
    <message>
        <source>Enter an account number.</source>
        <translation>Geben Sie eine Kontonummer ein.</translation>
    </message>
    <message>
        <source>A UK account number has 8 digits; this one has %1.</source>
        <translation>Eine britische Kontonummer hat 8 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter an institution number.</source>
        <translation>Geben Sie eine Institutsnummer ein.</translation>
    </message>
    <message>
        <source>An institution number has 3 digits; this one has %1.</source>
        <translation>Eine Institutsnummer hat 3 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter a transit number.</source>
        <translation>Geben Sie eine Transitnummer ein.</translation>
    </message>
    <message>
        <source>A transit number has 5 digits; this one has %1.</source>
        <translation>Eine Transitnummer hat 5 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter a BSB.</source>
        <translation>Geben Sie eine BSB-Nummer ein.</translation>
    </message>
    <message>
        <source>A BSB has 6 digits, like 123-456; this one has %1.</source>
        <translation>Eine BSB-Nummer hat 6 Ziffern, etwa 123-456; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter an IFSC code.</source>
        <translation>Geben Sie einen IFSC-Code ein.</translation>
    </message>
    <message>
        <source>An IFSC code may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Ein IFSC-Code darf nur die Buchstaben A–Z und Ziffern enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>An IFSC code has 11 characters; this one has %1.</source>
        <translation>Ein IFSC-Code hat 11 Zeichen; dieser hat %1.</translation>
    </message>
    <message>
        <source>An IFSC code starts with four letters that name the bank.</source>
        <translation>Ein IFSC-Code beginnt mit vier Buchstaben, die die Bank bezeichnen.</translation>
    </message>
    <message>
        <source>The fifth character of an IFSC code is always the digit 0 (zero).</source>
        <translation>Das fünfte Zeichen eines IFSC-Codes ist immer die Ziffer 0 (Null).</translation>
    </message>
    <message>
        <source>An account number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Eine Kontonummer darf nur die Buchstaben A–Z und Ziffern enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>An account number has 4 to 34 characters; this one has %1.</source>
        <translation>Eine Kontonummer hat 4 bis 34 Zeichen; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter an EIN.</source>
        <translation>Geben Sie eine EIN ein.</translation>
    </message>
    <message>
        <source>An EIN has 9 digits, like 12-3456789; this one has %1.</source>
        <translation>Eine EIN hat 9 Ziffern, etwa 12-3456789; diese hat %1.</translation>
    </message>
    <message>
        <source>EIN prefix %1 is not assigned by the IRS.</source>
        <translation>Das EIN-Präfix %1 wird vom IRS nicht vergeben.</translation>
    </message>
    <message>
        <source>Enter a country code.</source>
        <translation>Geben Sie einen Ländercode ein.</translation>
    </message>
    <message>
        <source>A country code has two letters, like DE or US.</source>
        <translation>Ein Ländercode besteht aus zwei Buchstaben, etwa DE oder US.</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>%1 ist kein bekannter Ländercode.</translation>
    </message>
    <message>
        <source>Enter a currency code.</source>
        <translation>Geben Sie einen Währungscode ein.</translation>
    </message>
    <message>
        <source>A currency code has three letters, like EUR or USD.</source>
        <translation>Ein Währungscode besteht aus drei Buchstaben, etwa EUR oder USD.</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 ist keine unterstützte Währung.</translation>
    </message>
    <message>
        <source>Enter a PartnerID.</source>
        <translation>Geben Sie eine PartnerID ein.</translation>
    </message>
    <message>
        <source>A PartnerID has 7 digits; this one has %1.</source>
        <translation>Eine PartnerID hat 7 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters; this one has %1.</source>
        <translation>Eine E-Mail-Adresse hat höchstens 254 Zeichen; diese hat %1.</translation>
    </message>
    <message>
        <source>An email address has exactly one @, like name@example.com.</source>
        <translation>Eine E-Mail-Adresse enthält genau ein @, etwa name@example.com.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is empty.</source>
        <translation>Der Teil der E-Mail-Adresse vor dem @ ist leer.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot contain %1.</source>
        <translation>Der Teil der E-Mail-Adresse vor dem @ darf %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ has at most 64 characters.</source>
        <translation>Der Teil der E-Mail-Adresse vor dem @ hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>Der Teil der E-Mail-Adresse vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The email address has no domain after the @.</source>
        <translation>Die E-Mail-Adresse hat keine Domäne nach dem @.</translation>
    </message>
    <message>
        <source>The domain of the email address cannot contain %1.</source>
        <translation>Die Domäne der E-Mail-Adresse darf %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>The domain of the email address needs a dot, like example.com.</source>
        <translation>Die Domäne der E-Mail-Adresse braucht einen Punkt, etwa example.com.</translation>
    </message>
    <message>
        <source>The domain of the email address is malformed: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end.</source>
        <translation>Die Domäne der E-Mail-Adresse ist ungültig: Jeder Teil zwischen zwei Punkten besteht aus 1 bis 63 Buchstaben, Ziffern oder Bindestrichen, ohne Bindestrich am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The domain of the email address must end in a name, like .com, not a number.</source>
        <translation>Die Domäne der E-Mail-Adresse muss auf einen Namen wie .com enden, nicht auf eine Zahl.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible text-direction character %1.</source>
        <translation>Ein Name darf das unsichtbare Textrichtungszeichen %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters such as line breaks or tabs (%1).</source>
        <translation>Ein Name darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten (%1).</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible formatting character %1.</source>
        <translation>Ein Name darf das unsichtbare Formatierungszeichen %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>A name cannot contain the character %1.</source>
        <translation>Ein Name darf das Zeichen %1 nicht enthalten.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Ein Name hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>U and 8 digits</source>
        <translation>U und 8 Ziffern</translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation>10 Ziffern, beginnend mit 0 oder 1</translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation>9 oder 10 Ziffern</translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation>8 Ziffern und einen Buchstaben</translation>
    </message>
    <message>
        <source>8, 9 or 10 digits</source>
        <translation>8, 9 oder 10 Ziffern</translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation>9 Ziffern, die erste nicht 0</translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation>8 Ziffern, die erste nicht 0</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 Ziffern</translation>
    </message>
    <message>
        <source>a letter or digit, 7 digits and a check letter or digit</source>
        <translation>einen Buchstaben oder eine Ziffer, 7 Ziffern und einen Prüfbuchstaben oder eine Prüfziffer</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 Ziffern</translation>
    </message>
    <message>
        <source>a 2-character key and the 9-digit SIREN</source>
        <translation>einen zweistelligen Schlüssel und die 9-stellige SIREN</translation>
    </message>
    <message>
        <source>9 or 12 digits, GD and 3 digits below 500, or HA and 3 digits from 500</source>
        <translation>9 oder 12 Ziffern, GD und 3 Ziffern unter 500 oder HA und 3 Ziffern ab 500</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 Ziffern</translation>
    </message>
    <message>
        <source>7 digits and 1 or 2 letters, or the older form like 1A23456B</source>
        <translation>7 Ziffern und 1 oder 2 Buchstaben oder die ältere Form wie 1A23456B</translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation>9 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits (not 00)</source>
        <translation>9 Ziffern, den Buchstaben B und 2 Ziffern (nicht 00)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 Ziffern</translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation>12 Ziffern, endend auf 01</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Nordirland</translation>
    </message>
    <message>
        <source>Enter a VAT number.</source>
        <translation>Geben Sie eine USt-IdNr. ein.</translation>
    </message>
    <message>
        <source>A VAT number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Eine USt-IdNr. darf nur die Buchstaben A–Z und Ziffern enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code; for %1 that is %2.</source>
        <translation>Eine USt-IdNr. beginnt mit ihrem Ländercode; für %1 ist das %2.</translation>
    </message>
    <message>
        <source>A VAT number starts with its two-letter country code, like DE123456789.</source>
        <translation>Eine USt-IdNr. beginnt mit ihrem zweistelligen Ländercode, etwa DE123456789.</translation>
    </message>
    <message>
        <source>Greek VAT numbers start with EL, not GR.</source>
        <translation>Griechische USt-IdNr. beginnen mit EL, nicht mit GR.</translation>
    </message>
    <message>
        <source>The VAT number&apos;s country (%1) does not match the selected country (%2).</source>
        <translation>Das Land der USt-IdNr. (%1) stimmt nicht mit dem ausgewählten Land (%2) überein.</translation>
    </message>
    <message>
        <source>After the prefix %1 (%2), a VAT number has %3.</source>
        <translation>Nach dem Präfix %1 (%2) hat eine USt-IdNr. %3.</translation>
    </message>
    <message>
        <source>A VAT number cannot be all zeros.</source>
        <translation>Eine USt-IdNr. darf nicht nur aus Nullen bestehen.</translation>
    </message>
    <message>
        <source>The VAT number&apos;s check digits do not match: a character is mistyped.</source>
        <translation>Die Prüfziffern der USt-IdNr. stimmen nicht: Ein Zeichen ist falsch eingegeben.</translation>
    </message>
    <message>
        <source>A routing number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Eine Routingnummer darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A routing number cannot start with %1; it starts with 00–12, 21–32, 61–72 or 80.</source>
        <translation>Eine Routingnummer kann nicht mit %1 beginnen; sie beginnt mit 00–12, 21–32, 61–72 oder 80.</translation>
    </message>
    <message>
        <source>A sort code may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Ein Sort Code darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A UK account number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Eine britische Kontonummer darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>An institution number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Eine Institutsnummer darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A transit number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Eine Transitnummer darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A BSB may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Eine BSB-Nummer darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>An EIN may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Eine EIN darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>A PartnerID may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Eine PartnerID darf nur die Ziffern 0–9 enthalten; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a digit, not “%3”.</source>
        <translation>Zeichen %1 einer IBAN aus %2 muss eine Ziffer sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a letter A–Z, not “%3”.</source>
        <translation>Zeichen %1 einer IBAN aus %2 muss ein Buchstabe A–Z sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Its account part has the form %1 (n: digit, a: letter, c: letter or digit).</source>
        <translation>Ihr Kontoteil hat die Form %1 (n: Ziffer, a: Buchstabe, c: Buchstabe oder Ziffer).</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits match, but the bank and account number fail %1&apos;s national check (%2): a digit is mistyped.</source>
        <translation>Die Prüfziffern der IBAN stimmen, aber Bank- und Kontonummer bestehen die nationale Prüfung von %1 (%2) nicht: Eine Ziffer ist falsch eingegeben.</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 (characters 5 and 6) is not a known country.</source>
        <translation>Der Ländercode %1 der BIC (Zeichen 5 und 6) ist kein bekanntes Land.</translation>
    </message>
    <message>
        <source>%1 is a SWIFT test and training BIC (its eighth character is 0): payments cannot be sent to it.</source>
        <translation>%1 ist eine SWIFT-Test- und Schulungs-BIC (ihr achtes Zeichen ist 0): An sie können keine Zahlungen gesendet werden.</translation>
    </message>
    <message>
        <source>E and 9 digits, optionally followed by MWST, TVA, IVA or TPV</source>
        <translation>E und 9 Ziffern, optional gefolgt von MWST, TVA, IVA oder TPV</translation>
    </message>
    <message>
        <source>9 digits and MVA</source>
        <translation>9 Ziffern und MVA</translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0, or a 13-digit personal numeric code</source>
        <translation>2 bis 10 Ziffern, die erste nicht 0, oder eine 13-stellige persönliche Identifikationsnummer</translation>
    </message>
    <message>
        <source>%1 does not issue EU, UK, Swiss or Norwegian VAT numbers.</source>
        <translation>%1 vergibt keine USt-IdNr. der EU, des Vereinigten Königreichs, der Schweiz oder Norwegens.</translation>
    </message>
    <message>
        <source>%1 is not the country code of a VAT number checked here; use the code of an EU country, GB, XI, CH or NO.</source>
        <translation>%1 ist nicht der Ländercode einer hier geprüften USt-IdNr.; verwenden Sie den Code eines EU-Landes, GB, XI, CH oder NO.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a digit, not %2.</source>
        <translation>Zeichen %1 der USt-IdNr. muss eine Ziffer sein, nicht %2.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a letter A–Z, not %2.</source>
        <translation>Zeichen %1 der USt-IdNr. muss ein Buchstabe A–Z sein, nicht %2.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be %2, not %3.</source>
        <translation>Zeichen %1 der USt-IdNr. muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>Enter the foreign tax identification number.</source>
        <translation>Geben Sie die ausländische Steueridentifikationsnummer ein.</translation>
    </message>
    <message>
        <source>A tax ID may contain only letters A–Z, digits, spaces, hyphens, slashes and dots; %1 is not allowed.</source>
        <translation>Eine Steuernummer darf nur Buchstaben A–Z, Ziffern, Leerzeichen, Bindestriche, Schrägstriche und Punkte enthalten; %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A tax ID has digits; this one has none.</source>
        <translation>Eine Steuernummer enthält Ziffern; diese hat keine.</translation>
    </message>
    <message>
        <source>A tax ID has at most 40 characters; this one has %1.</source>
        <translation>Eine Steuernummer hat höchstens 40 Zeichen; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, a leading +, spaces, hyphens, dots and parentheses; %1 is not allowed.</source>
        <translation>Eine Telefonnummer darf nur Ziffern, ein führendes +, Leerzeichen, Bindestriche, Punkte und Klammern enthalten; %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits; this one has %1.</source>
        <translation>Eine Telefonnummer hat 7 bis 15 Ziffern; diese hat %1.</translation>
    </message>
    <message>
        <source>Enter the CSP tenant ID.</source>
        <translation>Geben Sie die CSP-Tenant-ID ein.</translation>
    </message>
    <message>
        <source>A tenant ID contains only the digits 0–9, the letters a–f and hyphens; %1 is not allowed.</source>
        <translation>Eine Tenant-ID enthält nur die Ziffern 0–9, die Buchstaben a–f und Bindestriche; %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A tenant ID is a GUID of 32 hexadecimal digits grouped 8-4-4-4-12, like 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d.</source>
        <translation>Eine Tenant-ID ist eine GUID aus 32 Hexadezimalziffern in Gruppen 8-4-4-4-12, etwa 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d.</translation>
    </message>
    <message>
        <source>The all-zero GUID is not a tenant ID; copy the ID from Partner Center&apos;s account settings.</source>
        <translation>Die GUID aus lauter Nullen ist keine Tenant-ID; kopieren Sie die ID aus den Kontoeinstellungen von Partner Center.</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Partner Incentive Enrollment Invitation</source>
        <translation>Einladung zur Registrierung für Partner-Incentives</translation>
    </message>
    <message>
        <source>Hello %1,

Your organization&apos;s location %2 (%3) is eligible for %4 in %5. Select Get Started to accept the invitation and confirm your payout and tax profiles.

Microsoft Partner Center</source>
        <translation>Hallo %1,

der Standort %2 (%3) Ihrer Organisation ist für %4 (%5) berechtigt. Wählen Sie „Jetzt starten“, um die Einladung anzunehmen und Ihre Auszahlungs- und Steuerprofile zu bestätigen.

Microsoft Partner Center</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location.</source>
        <translation>Das Steuerprofil %1 gehört zu einem anderen Standort.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExporter</name>
    <message>
        <source>Exporting the workspace…</source>
        <translation>Arbeitsbereich wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Exporting the workspace… %1 rows written</source>
        <translation>Arbeitsbereich wird exportiert… %1 Zeilen geschrieben</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation>Standortfilter</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>Programmfilter</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs, locations (Ctrl+F)</source>
        <translation>Programme, PartnerIDs, Standorte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Incentives-Arbeitsbereich</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Keine Registrierungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Zählung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>See &amp;eligibility requirements</source>
        <translation>&amp;Berechtigungsanforderungen anzeigen</translation>
    </message>
    <message>
        <source>Program &amp;guide</source>
        <translation>Programm&amp;leitfaden</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Every enrollment of your locations with its status and the action it needs; press Enter to take the selected row&apos;s action</source>
        <translation>Alle Registrierungen Ihrer Standorte mit Status und erforderlicher Aktion; drücken Sie die Eingabetaste, um die Aktion der ausgewählten Zeile auszuführen</translation>
    </message>
    <message>
        <source>Workspace and details</source>
        <translation>Arbeitsbereich und Details</translation>
    </message>
    <message>
        <source>Grouped workspace</source>
        <translation>Gruppierter Arbeitsbereich</translation>
    </message>
    <message>
        <source>The enrollments under each program or location; expand a group to see its rows</source>
        <translation>Die Registrierungen unter jedem Programm oder Standort; klappen Sie eine Gruppe auf, um ihre Zeilen zu sehen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the details pane</source>
        <translation>Detailbereich anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the selected enrollment&apos;s details</source>
        <translation>Details der ausgewählten Registrierung ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 bei %2 (%3)</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Bankprofil</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Steuerprofil</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>&amp;Bankprofil:</translation>
    </message>
    <message>
        <source>&amp;Tax profile:</source>
        <translation>&amp;Steuerprofil:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Keines hinterlegt</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft am %2 ab</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentsPage</name>
    <message>
        <source>Payout and tax profile assignment</source>
        <translation>Zuordnung von Auszahlungs- und Steuerprofilen</translation>
    </message>
    <message>
        <source>What each enrollment is paid with: its bank profile, its location&apos;s tax profile and the currency Microsoft pays it in. Hold the payments of an enrollment to stop them until you release them.</source>
        <translation>Womit jede Registrierung bezahlt wird: ihr Bankprofil, das Steuerprofil ihres Standorts und die Währung, in der Microsoft sie bezahlt. Halten Sie die Zahlungen einer Registrierung zurück, um sie bis zur Freigabe anzuhalten.</translation>
    </message>
    <message>
        <source>About payout and tax profile assignment</source>
        <translation>Über die Zuordnung von Auszahlungs- und Steuerprofilen</translation>
    </message>
    <message>
        <source>Payout and tax profile assignments</source>
        <translation>Zuordnungen von Auszahlungs- und Steuerprofilen</translation>
    </message>
    <message>
        <source>Why an action is not available</source>
        <translation>Warum eine Aktion nicht verfügbar ist</translation>
    </message>
    <message>
        <source>&amp;Edit assignment…</source>
        <translation>Zuordnung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected assignment</source>
        <translation>Die ausgewählte Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Hold payment</source>
        <translation>Zahlung &amp;zurückhalten</translation>
    </message>
    <message>
        <source>Hold the payments of the selected enrollment</source>
        <translation>Die Zahlungen der ausgewählten Registrierung zurückhalten</translation>
    </message>
    <message>
        <source>&amp;Release payment</source>
        <translation>Zahlung &amp;freigeben</translation>
    </message>
    <message>
        <source>Release the payments of the selected enrollment</source>
        <translation>Die Zahlungen der ausgewählten Registrierung freigeben</translation>
    </message>
    <message>
        <source>Manage &amp;default profiles…</source>
        <translation>&amp;Standardprofile verwalten…</translation>
    </message>
    <message>
        <source>Choose one bank profile and currency for several locations</source>
        <translation>Ein Bankprofil und eine Währung für mehrere Standorte wählen</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Bankprofil</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Steuerprofil</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (location default)</source>
        <translation>%1 (Standard des Standorts)</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Zahlung zurückgehalten</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Wird bezahlt</translation>
    </message>
    <message>
        <source>No enrollments to show.</source>
        <translation>Keine Registrierungen vorhanden.</translation>
    </message>
    <message>
        <source>Select an enrollment.</source>
        <translation>Wählen Sie eine Registrierung.</translation>
    </message>
    <message>
        <source>Hold payment</source>
        <translation>Zahlung zurückhalten</translation>
    </message>
    <message>
        <source>Release payment</source>
        <translation>Zahlung freigeben</translation>
    </message>
    <message>
        <source>Manage default profiles</source>
        <translation>Standardprofile verwalten</translation>
    </message>
    <message>
        <source>These programs do not pay in the chosen currency and keep theirs: %1</source>
        <translation>Diese Programme zahlen nicht in der gewählten Währung und behalten ihre: %1</translation>
    </message>
    <message>
        <source>Search the assignments</source>
        <translation>Zuweisungen durchsuchen</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs and locations</source>
        <translation>Programme, PartnerIDs und Standorte durchsuchen</translation>
    </message>
    <message>
        <source>More enrollments</source>
        <translation>Weitere Registrierungen</translation>
    </message>
    <message>
        <source>The first %1 enrollments are listed; search for a program, PartnerID or location to find the others.</source>
        <translation>Die ersten %1 Registrierungen werden angezeigt; suchen Sie nach einem Programm, einer PartnerID oder einem Standort, um die anderen zu finden.</translation>
    </message>
    <message>
        <source>No enrollment matches the search.</source>
        <translation>Keine Registrierung entspricht der Suche.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Überwachungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>%1 records, newest first</source>
        <translation>%1 Einträge, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 of your own actions, newest first</source>
        <translation>%1 Ihrer eigenen Aktionen, neueste zuerst</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>— older records follow: refine the search or load more.</source>
        <translation>– ältere Einträge folgen: Suche verfeinern oder mehr laden.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfileDialog</name>
    <message>
        <source>Edit bank profile — %1</source>
        <translation>Bankprofil bearbeiten — %1</translation>
    </message>
    <message>
        <source>New bank profile</source>
        <translation>Neues Bankprofil</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Girokonto</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Sparkonto</translation>
    </message>
    <message>
        <source>Saving sends these enrollments back to Validating enrollment: %1.</source>
        <translation>Beim Speichern werden diese Registrierungen wieder auf „Registrierung wird validiert“ gesetzt: %1.</translation>
    </message>
    <message>
        <source>ABA &amp;routing number:</source>
        <translation>ABA-&amp;Routingnummer:</translation>
    </message>
    <message>
        <source>&amp;Sort code:</source>
        <translation>&amp;Sort Code:</translation>
    </message>
    <message>
        <source>&amp;Transit number:</source>
        <translation>T&amp;ransitnummer:</translation>
    </message>
    <message>
        <source>BS&amp;B:</source>
        <translation>BS&amp;B:</translation>
    </message>
    <message>
        <source>IF&amp;SC:</source>
        <translation>IF&amp;SC:</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>&amp;Routingnummer:</translation>
    </message>
    <message>
        <source>&amp;SWIFT code:</source>
        <translation>&amp;SWIFT-Code:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>No currency of this country is paid by the program: choose another bank.</source>
        <translation>Das Programm zahlt in keiner Währung dieses Landes aus: Wählen Sie eine andere Bank.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved the bank profile %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>Jemand anderes hat das Bankprofil %1 gespeichert, nachdem Sie es geöffnet haben.

Die Version der anderen Person in das Formular laden? Ihre Eingaben hier werden dann ersetzt; wählen Sie „Nein“, um sie auf dem Bildschirm zu behalten.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>Dies ist die von jemand anderem gespeicherte Version. Nehmen Sie Ihre Änderungen erneut vor, und speichern Sie.</translation>
    </message>
    <message>
        <source>A credit note is issued to your CSP billing account instead of a payment to a bank. It is offered in some countries only, and only by programs that pay by credit note.</source>
        <translation>Eine Gutschrift wird Ihrem CSP-Abrechnungskonto erteilt, statt an eine Bank zu zahlen. Sie wird nur in einigen Ländern angeboten und nur von Programmen, die per Gutschrift zahlen.</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>Die Felder richten sich nach dem Land der Bank. Microsoft zahlt nur auf ein Konto aus, das auf den rechtlichen Namen der Gesellschaft des bezahlten Standorts lautet.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>Bank&amp;land:</translation>
    </message>
    <message>
        <source>%1 — an Incentives admin of the location verifies the tenant once Microsoft has confirmed it.</source>
        <translation>%1 – ein Incentives-Administrator des Standorts bestätigt den Tenant, sobald Microsoft ihn bestätigt hat.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Speichern Sie zuerst das Profil.</translation>
    </message>
    <message>
        <source>Save or discard your changes before verifying.</source>
        <translation>Speichern oder verwerfen Sie Ihre Änderungen vor dem Bestätigen.</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed this CSP tenant.</source>
        <translation>Festhalten, dass Microsoft diesen CSP-Tenant bestätigt hat.</translation>
    </message>
    <message>
        <source>Verify CSP tenant</source>
        <translation>CSP-Tenant bestätigen</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed the CSP tenant %1 of the profile %2?</source>
        <translation>Festhalten, dass Microsoft den CSP-Tenant %1 des Profils %2 bestätigt hat?</translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfilesModel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Land der Bank</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Default for</source>
        <translation>Standard für</translation>
    </message>
    <message>
        <source>Credit note: %1</source>
        <translation>Gutschrift: %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ChangePasswordDialog</name>
    <message>
        <source>You signed in with a temporary password. Choose your own to go on.</source>
        <translation>Sie haben sich mit einem temporären Kennwort angemeldet. Wählen Sie ein eigenes, um fortzufahren.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Kennwort.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Kennwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ClassroomDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the class</source>
        <translation>Schulung aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox…</source>
        <translation>Sandbox &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset the selected trainee&apos;s sandbox</source>
        <translation>Sandbox des gewählten Teilnehmers zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a template file</source>
        <translation>Vorlagendatei wählen</translation>
    </message>
    <message>
        <source>&amp;Create sandboxes</source>
        <translation>Sandboxes an&amp;legen</translation>
    </message>
    <message>
        <source>Create the sandboxes</source>
        <translation>Sandboxes anlegen</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Schulungsübersicht</translation>
    </message>
    <message>
        <source>Each trainee works in a sandbox of their own: a whole organization on this server, which only their login can open. Their progress through the guided scenarios shows here as they go.</source>
        <translation>Jeder Teilnehmer arbeitet in einer eigenen Sandbox: einer ganzen Organisation auf diesem Server, die nur seine Anmeldung öffnen kann. Sein Fortschritt in den geführten Szenarien erscheint hier laufend.</translation>
    </message>
    <message>
        <source>Trainees and their progress</source>
        <translation>Teilnehmer und ihr Fortschritt</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>On this step</source>
        <translation>Bei diesem Schritt</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Verbindet mit</translation>
    </message>
    <message>
        <source>New sandboxes</source>
        <translation>Neue Sandboxes</translation>
    </message>
    <message>
        <source>Trainee logins</source>
        <translation>Anmeldungen der Teilnehmer</translation>
    </message>
    <message>
        <source>Logins, separated by commas or spaces</source>
        <translation>Anmeldungen, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Trainees:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <source>Empty: the built-in demo</source>
        <translation>Leer: die eingebaute Demo</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No trainee has a sandbox yet: name them below.</source>
        <translation>Noch kein Teilnehmer hat eine Sandbox: Nennen Sie sie unten.</translation>
    </message>
    <message>
        <source>Reset a sandbox</source>
        <translation>Sandbox zurücksetzen</translation>
    </message>
    <message>
        <source>Rebuild the sandbox of %1 from its template? Everything done in it, and the scenario progress, is lost; the other trainees&apos; sandboxes stay as they are.</source>
        <translation>Die Sandbox von %1 aus ihrer Vorlage neu aufbauen? Alles darin Erledigte und der Szenario-Fortschritt gehen verloren; die Sandboxes der anderen Teilnehmer bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The sandbox of %1 is back to its template.</source>
        <translation>Die Sandbox von %1 entspricht wieder ihrer Vorlage.</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>Demo-Vorlage wählen</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>Demo-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (new login, password %3)</source>
        <translation>%1: %2 (neue Anmeldung, Passwort %3)</translation>
    </message>
    <message>
        <source>Sandboxes created:</source>
        <translation>Angelegte Sandboxes:</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Use it when the server offers it</source>
        <translation>Verwenden, wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>Require it</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>Require it and verify the server&apos;s certificate</source>
        <translation>Erzwingen und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Never (trusted networks only)</source>
        <translation>Nie (nur in vertrauenswürdigen Netzwerken)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the database user name.</source>
        <translation>Geben Sie den Benutzernamen für die Datenbank ein.</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keychain: %1</source>
        <translation>Verbunden, aber das Kennwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::DefaultProfilesDialog</name>
    <message>
        <source>Manage default profiles</source>
        <translation>Standardprofile verwalten</translation>
    </message>
    <message>
        <source>The bank profile becomes the default of every location checked; their enrollments paid from the default that have no currency yet take the currency.</source>
        <translation>Das Bankprofil wird zum Standard jedes markierten Standorts; deren Registrierungen, die über den Standard bezahlt werden und noch keine Währung haben, erhalten die Währung.</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Bankprofil</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>&amp;Bankprofil:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation>&amp;Standorte:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Choose a bank profile.</source>
        <translation>Wählen Sie ein Bankprofil.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::EligibilityDialog</name>
    <message>
        <source>%1 has no eligibility criteria: it is open to every location.</source>
        <translation>%1 hat keine Berechtigungskriterien: Das Programm steht allen Standorten offen.</translation>
    </message>
    <message>
        <source>%1 meets every requirement of %2.</source>
        <translation>%1 erfüllt alle Anforderungen von %2.</translation>
    </message>
    <message>
        <source>%1 does not meet 1 requirement of %2.</source>
        <translation>%1 erfüllt 1 Anforderung von %2 nicht.</translation>
    </message>
    <message>
        <source>%1 does not meet %2 requirements of %3.</source>
        <translation>%1 erfüllt %2 Anforderungen von %3 nicht.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
</context>
<context>
    <name>incentives::gui::GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Incentives Desk follows Partner Center&apos;s incentive enrollment step by step. Each step below links to the screen where it is done.</source>
        <translation>Incentives Desk bildet die Incentive-Registrierung von Partner Center Schritt für Schritt ab. Jeder der folgenden Schritte verweist auf den Bildschirm, auf dem er erledigt wird.</translation>
    </message>
    <message>
        <source>1. Roles: who may enroll</source>
        <translation>1. Rollen: Wer registrieren darf</translation>
    </message>
    <message>
        <source>Only an &lt;b&gt;Incentives admin&lt;/b&gt; enrolls a location in incentive programs, and each location PartnerID has at most one. An &lt;b&gt;Account admin&lt;/b&gt; assigns the role, to someone else or to themselves, in %1. An &lt;b&gt;Incentives user&lt;/b&gt; sees the workspace of their locations but cannot enroll or see full bank details. %2 shows what you hold.</source>
        <translation>Nur ein &lt;b&gt;Incentives-Administrator&lt;/b&gt; registriert einen Standort für Incentive-Programme, und jede PartnerID eines Standorts hat höchstens einen. Ein &lt;b&gt;Kontoadministrator&lt;/b&gt; weist die Rolle unter %1 zu, einer anderen Person oder sich selbst. Ein &lt;b&gt;Incentives-Benutzer&lt;/b&gt; sieht den Arbeitsbereich seiner Standorte, kann aber weder registrieren noch die vollständigen Bankdaten sehen. %2 zeigt, welche Rollen Sie haben.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>Mein Zugriff</translation>
    </message>
    <message>
        <source>2. The enrollment invitation</source>
        <translation>2. Die Einladung zur Registrierung</translation>
    </message>
    <message>
        <source>When a location becomes eligible for a program, its Incentives admin receives the email &lt;i&gt;Partner Incentive Enrollment Invitation&lt;/i&gt; from Microsoft Partner Center in the %1; &lt;b&gt;Get Started&lt;/b&gt; opens the invitation. It is also shown once on %2, and &lt;b&gt;Enroll&lt;/b&gt; in the %3 always works. Programs open to all send no email: their invitation is shown in the workspace only. A location without an Incentives admin keeps its invitations until an Account admin assigns one.</source>
        <translation>Wenn ein Standort für ein Programm berechtigt wird, erhält sein Incentives-Administrator im %1 die E-Mail &lt;i&gt;Einladung zur Registrierung für Partner-Incentives&lt;/i&gt; von Microsoft Partner Center; &lt;b&gt;Jetzt starten&lt;/b&gt; öffnet die Einladung. Sie wird außerdem einmal auf der %2 angezeigt, und &lt;b&gt;Registrieren&lt;/b&gt; im %3 funktioniert immer. Programme, die allen offenstehen, senden keine E-Mail: Ihre Einladung wird nur im Arbeitsbereich angezeigt. Ein Standort ohne Incentives-Administrator behält seine Einladungen, bis ein Kontoadministrator einen zuweist.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Incentives-Arbeitsbereich</translation>
    </message>
    <message>
        <source>3. Payout and tax profiles</source>
        <translation>3. Auszahlungs- und Steuerprofile</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile. When everything the program needs is on file, select &lt;b&gt;Submit&lt;/b&gt;; otherwise &lt;b&gt;Continue&lt;/b&gt; opens %1 with the missing parts marked. Accepting an invitation alone never enrolls: Microsoft validates the profiles first, within 48 hours. Profiles can be edited at any time, and an edit sends the enrollments that use them back to validation.</source>
        <translation>Die Einladung zeigt das Standard-Bankprofil und das Steuerprofil des Standorts. Wenn alles hinterlegt ist, was das Programm benötigt, wählen Sie &lt;b&gt;Übermitteln&lt;/b&gt;; andernfalls öffnet &lt;b&gt;Weiter&lt;/b&gt; die Seite %1, auf der die fehlenden Angaben markiert sind. Das Annehmen einer Einladung allein führt nie zur Registrierung: Microsoft validiert zuerst die Profile, innerhalb von 48 Stunden. Profile können jederzeit bearbeitet werden, und eine Änderung schickt die Registrierungen, die sie verwenden, zurück in die Validierung.</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>Auszahlungs- und Steuerprofile</translation>
    </message>
    <message>
        <source>4. Statuses</source>
        <translation>4. Status</translation>
    </message>
    <message>
        <source>The Status column of the %1 says where each enrollment stands, and the Actions required column what to do next:</source>
        <translation>Die Spalte „Status“ im %1 zeigt, wo jede Registrierung steht, und die Spalte „Erforderliche Aktionen“, was als Nächstes zu tun ist:</translation>
    </message>
    <message>
        <source>an invitation was sent; enrollment has not started.</source>
        <translation>Eine Einladung wurde gesendet; die Registrierung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>the invitation was accepted; bank or tax details are missing, outdated or rejected.</source>
        <translation>Die Einladung wurde angenommen; Bank- oder Steuerdaten fehlen, sind veraltet oder wurden abgelehnt.</translation>
    </message>
    <message>
        <source>the details were submitted or changed; Microsoft validates them within 48 hours.</source>
        <translation>Die Daten wurden übermittelt oder geändert; Microsoft validiert sie innerhalb von 48 Stunden.</translation>
    </message>
    <message>
        <source>bank and tax details are validated; nothing more to do.</source>
        <translation>Bank- und Steuerdaten sind validiert; es ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <source>the location misses current eligibility criteria; &lt;i&gt;See eligibility requirements&lt;/i&gt; lists them.</source>
        <translation>Der Standort erfüllt aktuelle Berechtigungskriterien nicht; &lt;i&gt;Berechtigungsanforderungen anzeigen&lt;/i&gt; listet sie auf.</translation>
    </message>
    <message>
        <source>the program is not open, or re-enrollment failed (for example, the agreement expired).</source>
        <translation>Das Programm ist nicht geöffnet, oder die erneute Registrierung ist fehlgeschlagen (zum Beispiel, weil die Vereinbarung abgelaufen ist).</translation>
    </message>
    <message>
        <source>the program is no longer offered.</source>
        <translation>Das Programm wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>5. Expiry and automatic renewal</source>
        <translation>5. Ablauf und automatische Verlängerung</translation>
    </message>
    <message>
        <source>Microsoft&apos;s fiscal year runs from 1 July to 30 June, and enrollments expire at its end. On 1 July an Enrolled enrollment renews by itself when the location is still eligible, its agreement is active, and its payout and tax details are complete and valid. Otherwise it becomes Inactive or Enrolling, with the reason in Actions required.</source>
        <translation>Das Geschäftsjahr von Microsoft läuft vom 1. Juli bis zum 30. Juni, und Registrierungen laufen an seinem Ende ab. Am 1. Juli wird eine Registrierung mit dem Status „Registriert“ automatisch verlängert, wenn der Standort weiterhin berechtigt ist, seine Vereinbarung aktiv ist und seine Auszahlungs- und Steuerdaten vollständig und gültig sind. Andernfalls erhält sie den Status „Inaktiv“ oder „Registrierung läuft“, mit dem Grund unter „Erforderliche Aktionen“.</translation>
    </message>
    <message>
        <source>In this demo database, the %1 move the clock (for example to the fiscal-year end) and play Microsoft&apos;s validation, and the %2 walk through each step.</source>
        <translation>In dieser Demodatenbank stellen die %1 die Uhr (zum Beispiel auf das Geschäftsjahresende) und spielen die Validierung durch Microsoft nach, und die %2 führen durch jeden Schritt.</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Moderatortools</translation>
    </message>
    <message>
        <source>guided scenarios</source>
        <translation>geführten Szenarien</translation>
    </message>
    <message>
        <source>Records and printouts</source>
        <translation>Protokolle und Ausdrucke</translation>
    </message>
    <message>
        <source>Every change is recorded in the %1. File → Export workspace saves the workspace as it is filtered to a CSV file, and a %2 prints a location&apos;s enrollments and profiles. Language, auto-lock and the default database are in %3.</source>
        <translation>Jede Änderung wird im %1 aufgezeichnet. Datei → Arbeitsbereich exportieren speichert den Arbeitsbereich mit der aktuellen Filterung als CSV-Datei, und eine %2 druckt die Registrierungen und Profile eines Standorts. Sprache, automatische Sperre und Standarddatenbank finden Sie in den %3.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>location summary</source>
        <translation>Standortzusammenfassung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>incentives::gui::HomePage</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment Invitation: %1 for %2 (%3)</source>
        <translation>Einladung zur Registrierung für Partner-Incentives: %1 für %2 (%3)</translation>
    </message>
    <message>
        <source>Select to start the enrollment. Invited %1.</source>
        <translation>Auswählen, um die Registrierung zu starten. Eingeladen am %1.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Für Sie steht nichts an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): %4</source>
        <extracomment>program — location (PartnerID): what to do</extracomment>
        <translation>%1 — %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <extracomment>subject — due date</extracomment>
        <translation>%1 — fällig %2</translation>
    </message>
    <message>
        <source>Mandatory actions (%1)</source>
        <translation>Verpflichtende Aktionen (%1)</translation>
    </message>
    <message>
        <source>Organization logo</source>
        <translation>Logo der Organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of more than %Ln invitations.</source>
        <translation>
            <numerusform>Die neuesten %L1 von mehr als %Ln Einladung.</numerusform>
            <numerusform>Die neuesten %L1 von mehr als %Ln Einladungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of %Ln invitations.</source>
        <translation>
            <numerusform>Die neuesten %L1 von %Ln Einladung.</numerusform>
            <numerusform>Die neuesten %L1 von %Ln Einladungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::ImportDialog</name>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>Standorte importieren</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first line names the columns. Required: %1. Optional: %2. Nothing is imported unless every row is valid.</source>
        <translation>Eine CSV-Datei (UTF-8), deren erste Zeile die Spalten nennt. Erforderlich: %1. Optional: %2. Importiert wird nur, wenn jede Zeile gültig ist.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Die CSV-Datei wählen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Each row of the file with what is wrong with it, if anything</source>
        <translation>Jede Zeile der Datei mit ihrem Fehler, falls vorhanden</translation>
    </message>
    <message>
        <source>Choose a file to see its rows.</source>
        <translation>Wählen Sie eine Datei, um ihre Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Alle Zeilen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 rows have a problem. Correct the file and choose it again; nothing is imported until every row is valid.</source>
        <translation>⚠ %1 von %2 Zeilen haben ein Problem. Korrigieren Sie die Datei und wählen Sie sie erneut; importiert wird erst, wenn jede Zeile gültig ist.</translation>
    </message>
    <message>
        <source>%1 rows are ready to import.</source>
        <translation>%1 Zeilen sind bereit zum Import.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Dismissed on %1</source>
        <translation>Verworfen am %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxPage</name>
    <message>
        <source>From: %1

%2</source>
        <translation>Von: %1

%2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Keine offenen Aktionen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s). Mandatory ones stay open until they are done.</source>
        <translation>
            <numerusform>%n offene Aktion. Verpflichtende bleiben offen, bis sie erledigt sind.</numerusform>
            <numerusform>%n offene Aktionen. Verpflichtende bleiben offen, bis sie erledigt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>kind · priority · state, e.g. &quot;Tax form expiring · Mandatory · Open&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · fällig %1</translation>
    </message>
    <message>
        <source>&amp;Get Started</source>
        <translation>&amp;Los geht’s</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>A mandatory action closes once it is done.</source>
        <translation>Eine verpflichtende Aktion wird geschlossen, sobald sie erledigt ist.</translation>
    </message>
    <message>
        <source>The first %1 of %2 messages are listed, open ones first; more follow as you scroll.</source>
        <extracomment>%1 messages listed of %2 in all</extracomment>
        <translation>Die ersten %1 von %2 Nachrichten werden angezeigt, offene zuerst; weitere folgen beim Blättern.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InvitationDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Übermitteln</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment — %1</source>
        <translation>Registrierung für Partner-Incentives — %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3) · %4 · %5</source>
        <translation>%1 (%2, %3) · %4 · %5</translation>
    </message>
    <message>
        <source>No bank profile is set for this location</source>
        <translation>Für diesen Standort ist kein Bankprofil festgelegt</translation>
    </message>
    <message>
        <source> (the location&apos;s default)</source>
        <translation> (Standard des Standorts)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Keines hinterlegt</translation>
    </message>
    <message>
        <source>Microsoft has all the bank and tax details this program needs. Select Submit to finalize the enrollment; validation takes up to 48 hours.</source>
        <translation>Microsoft liegen alle Bank- und Steuerdaten vor, die dieses Programm benötigt. Wählen Sie „Übermitteln“, um die Registrierung abzuschließen; die Validierung dauert bis zu 48 Stunden.</translation>
    </message>
    <message>
        <source>More information is needed. Select Continue to complete:</source>
        <translation>Weitere Informationen sind erforderlich. Wählen Sie „Weiter“, um Folgendes zu vervollständigen:</translation>
    </message>
    <message>
        <source>Accept the program terms first.</source>
        <translation>Akzeptieren Sie zuerst die Programmbedingungen.</translation>
    </message>
    <message>
        <source>Accept the terms and complete the missing bank or tax details on the profiles page</source>
        <translation>Bedingungen akzeptieren und die fehlenden Bank- oder Steuerdaten auf der Profilseite vervollständigen</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationDialog</name>
    <message>
        <source>Edit location %1</source>
        <translation>Standort %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Record the location as Partner Center shows it. Its legal entity name is the name a bank account paying it must carry.</source>
        <translation>Erfassen Sie den Standort so, wie Partner Center ihn zeigt. Der Name der juristischen Person muss auf dem Bankkonto stehen, auf das gezahlt wird.</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>7 digits, e.g. 4649101</source>
        <translation>7 Ziffern, z. B. 4649101</translation>
    </message>
    <message>
        <source>&amp;PartnerID:</source>
        <translation>&amp;PartnerID:</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Legal entity name</source>
        <translation>Name der juristischen Person</translation>
    </message>
    <message>
        <source>&amp;Legal entity name:</source>
        <translation>&amp;Juristische Person:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Partnerprogrammvereinbarung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <source>Holds a &amp;Solutions Partner designation</source>
        <translation>Hat eine &amp;Solutions-Partner-Auszeichnung</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Solutions-Partner-Auszeichnung</translation>
    </message>
    <message>
        <source>CSP in&amp;direct reseller</source>
        <translation>CSP-in&amp;direkter Wiederverkäufer</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>CSP-indirekter Wiederverkäufer</translation>
    </message>
    <message>
        <source>CSP di&amp;rect-bill partner</source>
        <translation>CSP-Di&amp;rektabrechnungspartner</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>CSP-Direktabrechnungspartner</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue in US dollars</source>
        <translation>Umsatz der letzten zwölf Monate in US-Dollar</translation>
    </message>
    <message>
        <source>Re&amp;venue (12 months):</source>
        <translation>&amp;Umsatz (12 Monate):</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>Neue Kunden im letzten Jahr</translation>
    </message>
    <message>
        <source>New c&amp;ustomers (12 months):</source>
        <translation>Neue &amp;Kunden (12 Monate):</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationPicker</name>
    <message>
        <source>All locations — type a PartnerID or a name</source>
        <translation>Alle Standorte – PartnerID oder Namen eingeben</translation>
    </message>
    <message>
        <source>Matching locations</source>
        <translation>Passende Standorte</translation>
    </message>
    <message>
        <source>More locations match: type more of the name or PartnerID</source>
        <translation>Weitere Standorte passen: mehr vom Namen oder der PartnerID eingeben</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MainWindow</name>
    <message>
        <source>Guided scenarios</source>
        <translation>Geführte Szenarien</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Incentives-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>Auszahlungs- und Steuerprofile</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>Mein Zugriff</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Moderatortools</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <source>DEMO CLOCK %1</source>
        <translation>DEMO-UHR %1</translation>
    </message>
    <message>
        <source>This is a demo database: its clock is set by the presenter (%1).</source>
        <translation>Dies ist eine Demodatenbank: Ihre Uhr wird vom Moderator gestellt (%1).</translation>
    </message>
    <message>
        <source>The app clock</source>
        <translation>Die Uhr der App</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Submitted %1 for %2: Validating enrollment.</source>
        <translation>%1 für %2 übermittelt: Status „Registrierung wird validiert“.</translation>
    </message>
    <message>
        <source>About Incentives Desk</source>
        <translation>Info zu Incentives Desk</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Incentives Desk-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the current data with %1? Changes made since that backup are lost.</source>
        <translation>Die aktuellen Daten durch %1 ersetzen? Änderungen seit dieser Sicherung gehen verloren.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>The database is intact: its pages, its references and the audit log&apos;s chain.</source>
        <translation>Die Datenbank ist intakt: ihre Seiten, ihre Verweise und die Kette des Überwachungsprotokolls.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Datenbank wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation>Nach &amp;Inaktivität sperren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Updated with changes made by someone else.</source>
        <translation>Mit Änderungen von jemand anderem aktualisiert.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Incentives Desk-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Partner Center&apos;s incentive enrollment: roles, invitations, payout and tax profiles, validation and renewal.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Arbeitsumgebung für die Incentive-Registrierung in Partner Center: Rollen, Einladungen, Auszahlungs- und Steuerprofile, Validierung und Verlängerung.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3, ausgeführt unter Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Distributed under the terms in the LICENSE file that comes with it; it is provided without warranty.</source>
        <translation>Vertrieben unter den Bedingungen der mitgelieferten Datei LICENSE; ohne jegliche Gewährleistung.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Keine Registrierungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enrollment(s) to %1</source>
        <translation>
            <numerusform>%n Registrierung nach %1 exportiert</numerusform>
            <numerusform>%n Registrierungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The default database opens from the next start: %1</source>
        <translation>Die Standarddatenbank wird ab dem nächsten Start geöffnet: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Incentives Desk shows the new language when it starts again. Restart it now?</source>
        <translation>Incentives Desk zeigt die neue Sprache nach einem Neustart an. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Incentives Desk could not be started again; the new language applies from the next start.</source>
        <translation>Incentives Desk konnte nicht neu gestartet werden; die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The database is damaged: nothing will be written to it.</source>
        <translation>Die Datenbank ist beschädigt: Es wird nichts mehr in sie geschrieben.</translation>
    </message>
    <message>
        <source>Action Center</source>
        <translation>Aktionscenter</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>Verlängerungsprognose</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Action Center (%1)</source>
        <translation>Aktionscenter (%1)</translation>
    </message>
    <message>
        <source>&amp;Action Center (%1)</source>
        <translation>&amp;Aktionscenter (%1)</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>&amp;Aktionscenter</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Aktion</numerusform>
            <numerusform>%n offene Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Keine offenen Aktionen</translation>
    </message>
    <message>
        <source>New &amp;demo…</source>
        <translation>Neue &amp;Demo…</translation>
    </message>
    <message>
        <source>New demo</source>
        <translation>Neue Demo</translation>
    </message>
    <message>
        <source>Export demo as template</source>
        <translation>Demo als Vorlage exportieren</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>Demo-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Exported the demo as the template %1</source>
        <translation>Demo als Vorlage %1 exportiert</translation>
    </message>
    <message>
        <source>Export demo as tem&amp;plate…</source>
        <translation>Demo als &amp;Vorlage exportieren…</translation>
    </message>
    <message>
        <source>Profile assignment</source>
        <translation>Profilzuordnung</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MyAccessPage</name>
    <message>
        <source>%1 — the whole organization</source>
        <translation>%1 — gesamte Organisation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You hold no incentives role yet.</source>
        <translation>Sie haben noch keine Incentives-Rolle.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::NewDemoDialog</name>
    <message>
        <source>New demo</source>
        <translation>Neue Demo</translation>
    </message>
    <message>
        <source>A new demo database: the built-in demo organization, or a customer&apos;s organization described in a demo template.</source>
        <translation>Eine neue Demodatenbank: die eingebaute Demo-Organisation oder die Organisation eines Kunden, beschrieben in einer Demo-Vorlage.</translation>
    </message>
    <message>
        <source>About new demos</source>
        <translation>Über neue Demos</translation>
    </message>
    <message>
        <source>The &amp;built-in demo (Contoso Ltd)</source>
        <translation>Die &amp;eingebaute Demo (Contoso Ltd)</translation>
    </message>
    <message>
        <source>The built-in demo</source>
        <translation>Die eingebaute Demo</translation>
    </message>
    <message>
        <source>From a demo &amp;template:</source>
        <translation>Aus einer Demo-&amp;Vorlage:</translation>
    </message>
    <message>
        <source>From a demo template</source>
        <translation>Aus einer Demo-Vorlage</translation>
    </message>
    <message>
        <source>Demo template file</source>
        <translation>Demo-Vorlagendatei</translation>
    </message>
    <message>
        <source>A demo template file (.json)</source>
        <translation>Eine Demo-Vorlagendatei (.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>Demo-Vorlage auswählen</translation>
    </message>
    <message>
        <source>&amp;Save the new database as:</source>
        <translation>Neue Datenbank &amp;speichern als:</translation>
    </message>
    <message>
        <source>Save the new database as</source>
        <translation>Neue Datenbank speichern als</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Neue Datenbankdatei</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort auswählen</translation>
    </message>
    <message>
        <source>What stops the demo</source>
        <translation>Was die Demo verhindert</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Demo templates (*.json);;All files (*)</source>
        <translation>Demo-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the new demo as</source>
        <translation>Neue Demo speichern als</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Incentives Desk-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>This is the database the window has open; choose another file.</source>
        <translation>Diese Datenbank ist im Fenster geöffnet; wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::OutcomeDialog</name>
    <message>
        <source>Record Microsoft&apos;s outcome</source>
        <translation>Ergebnis von Microsoft erfassen</translation>
    </message>
    <message>
        <source>Record what Partner Center reports for %1 at %2. Only Microsoft validates: record its decision once Partner Center shows it.</source>
        <translation>Erfassen Sie, was Partner Center für %1 bei %2 meldet. Nur Microsoft prüft: Erfassen Sie die Entscheidung, sobald Partner Center sie zeigt.</translation>
    </message>
    <message>
        <source>&amp;Approved: the enrollment is Enrolled</source>
        <translation>&amp;Genehmigt: Die Registrierung ist registriert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>&amp;Rejected: the enrollment needs action</source>
        <translation>&amp;Abgelehnt: Die Registrierung erfordert eine Aktion</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reason Partner Center gives</source>
        <translation>Grund laut Partner Center</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>G&amp;rund:</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PeopleModel</name>
    <message>
        <source>No incentives role</source>
        <translation>Keine Incentives-Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PresenterPage</name>
    <message>
        <source>One hour later.</source>
        <translation>Eine Stunde später.</translation>
    </message>
    <message>
        <source>One day later.</source>
        <translation>Einen Tag später.</translation>
    </message>
    <message>
        <source>48 hours later: every validation submitted before has ended.</source>
        <translation>48 Stunden später: Alle zuvor übermittelten Validierungen sind abgeschlossen.</translation>
    </message>
    <message>
        <source>The fiscal year ended: renewals are done.</source>
        <translation>Das Geschäftsjahr ist zu Ende: Die Verlängerungen sind erfolgt.</translation>
    </message>
    <message>
        <source>The demo clock is set.</source>
        <translation>Die Demo-Uhr ist gestellt.</translation>
    </message>
    <message>
        <source>Microsoft approved %1 for %2.</source>
        <translation>Microsoft hat %1 für %2 genehmigt.</translation>
    </message>
    <message>
        <source>Microsoft rejected %1 for %2.</source>
        <translation>Microsoft hat %1 für %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is closed for enrollment.</source>
        <translation>%1 ist für die Registrierung geschlossen.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 ist wieder geöffnet.</translation>
    </message>
    <message>
        <source>Discontinue</source>
        <translation>Einstellen</translation>
    </message>
    <message>
        <source>Discontinue %1? Every enrollment in it becomes Discontinued, for good.</source>
        <translation>%1 einstellen? Alle Registrierungen des Programms erhalten endgültig den Status „Eingestellt“.</translation>
    </message>
    <message>
        <source>%1 is discontinued.</source>
        <translation>%1 ist eingestellt.</translation>
    </message>
    <message>
        <source>%1 is published; eligibility is judged.</source>
        <translation>%1 ist veröffentlicht; die Berechtigung wurde beurteilt.</translation>
    </message>
    <message>
        <source>Saved %1; eligibility is judged again.</source>
        <translation>%1 gespeichert; die Berechtigung wurde neu beurteilt.</translation>
    </message>
    <message>
        <source>Saved the snapshot &apos;%1&apos;.</source>
        <translation>Snapshot „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 — %2, which ends on %3</source>
        <translation>%1 — %2, endet am %3</translation>
    </message>
    <message>
        <source>%1 — %2 (due %3)</source>
        <translation>%1 — %2 (fällig %3)</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data? Everything done since is lost unless you saved a snapshot.</source>
        <translation>Zu den ausgelieferten Demodaten zurückkehren? Alles, was seitdem geschehen ist, geht verloren, sofern Sie keinen Snapshot gespeichert haben.</translation>
    </message>
    <message>
        <source>The demo is back to its shipped state.</source>
        <translation>Die Demo ist wieder im Auslieferungszustand.</translation>
    </message>
    <message>
        <source>Load snapshot</source>
        <translation>Snapshot laden</translation>
    </message>
    <message>
        <source>Replace the current demo with the snapshot &apos;%1&apos;?</source>
        <translation>Die aktuelle Demo durch den Snapshot „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>Loaded the snapshot &apos;%1&apos;.</source>
        <translation>Snapshot „%1“ geladen.</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>PartnerID oder Namen eingeben</translation>
    </message>
    <message>
        <source>The first %1 are listed; type a program, PartnerID or location to find the others.</source>
        <translation>Die ersten %1 werden angezeigt; geben Sie ein Programm, eine PartnerID oder einen Standort ein, um die übrigen zu finden.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProfilesPage</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>none — %1 needed</source>
        <translation>keines — %1 erforderlich</translation>
    </message>
    <message>
        <source> · valid until %1</source>
        <translation> · gültig bis %1</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>Als Standard für den Standort &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Make default for %1</source>
        <translation>Als Standard für %1 &amp;festlegen</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, complete the tax profile of this location, then select Enroll again in the workspace.</source>
        <translation>Um die Registrierung von %1 für %2 fortzusetzen, vervollständigen Sie das Steuerprofil dieses Standorts, und wählen Sie dann im Arbeitsbereich erneut „Registrieren“.</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, add or choose a bank profile the program can pay (%3) and make it the location&apos;s default, then select Enroll again.</source>
        <translation>Um die Registrierung von %1 für %2 fortzusetzen, fügen Sie ein Bankprofil hinzu, auf das das Programm auszahlen kann (%3), oder wählen Sie ein solches aus, legen Sie es als Standard des Standorts fest, und wählen Sie dann erneut „Registrieren“.</translation>
    </message>
    <message>
        <source>Default bank profile</source>
        <translation>Standard-Bankprofil</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Steuerprofil</translation>
    </message>
    <message>
        <source>Choose a location first.</source>
        <translation>Wählen Sie zuerst einen Standort.</translation>
    </message>
    <message>
        <source>Select a bank profile first.</source>
        <translation>Wählen Sie zuerst ein Bankprofil aus.</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>PartnerID oder Namen eingeben</translation>
    </message>
    <message>
        <source>The first %1 bank profiles are listed; search for a name to find the others.</source>
        <translation>Die ersten %1 Bankprofile werden angezeigt; suchen Sie nach einem Namen, um die übrigen zu finden.</translation>
    </message>
    <message>
        <source>Tax profile to edit</source>
        <translation>Zu bearbeitendes Steuerprofil</translation>
    </message>
    <message>
        <source>Add a&amp;nother tax profile…</source>
        <translation>&amp;Weiteres Steuerprofil hinzufügen…</translation>
    </message>
    <message>
        <source>Add another tax profile</source>
        <translation>Weiteres Steuerprofil hinzufügen</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source> · location default</source>
        <translation> · Standard des Standorts</translation>
    </message>
    <message>
        <source>Add the location&apos;s first tax profile with Edit tax profile.</source>
        <translation>Legen Sie das erste Steuerprofil des Standorts mit „Steuerprofil bearbeiten“ an.</translation>
    </message>
    <message>
        <source>%1 tax profiles on file; choose one below to edit it or to see its documents.</source>
        <translation>%1 Steuerprofile liegen vor; wählen Sie unten eines aus, um es zu bearbeiten oder seine Dokumente zu sehen.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Every incentive program with its state; the selected one&apos;s guide is below</source>
        <translation>Jedes Incentive-Programm mit seinem Status; der Leitfaden des ausgewählten steht darunter</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>Programmleitfaden</translation>
    </message>
    <message>
        <source>&amp;Record program…</source>
        <translation>Programm &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record a program Partner Center shows</source>
        <translation>Ein Programm erfassen, das Partner Center zeigt</translation>
    </message>
    <message>
        <source>Record &amp;invitation…</source>
        <translation>E&amp;inladung erfassen…</translation>
    </message>
    <message>
        <source>Record an invitation Partner Center shows for the selected program</source>
        <translation>Eine Einladung für das ausgewählte Programm erfassen, die Partner Center zeigt</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Währungen</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Teilnahmeberechtigung</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>Offen für alle</translation>
    </message>
    <message>
        <source>No criteria</source>
        <translation>Keine Kriterien</translation>
    </message>
    <message>
        <source>No programs yet. Record the programs your Partner Center account shows.</source>
        <translation>Noch keine Programme. Erfassen Sie die Programme, die Ihr Partner-Center-Konto zeigt.</translation>
    </message>
    <message>
        <source>No programs yet. An Account admin records them.</source>
        <translation>Noch keine Programme. Ein Kontoadministrator erfasst sie.</translation>
    </message>
    <message>
        <source>Record an invitation</source>
        <translation>Einladung erfassen</translation>
    </message>
    <message>
        <source>The location Partner Center shows an invitation to %1 for:</source>
        <translation>Der Standort, für den Partner Center eine Einladung zu %1 zeigt:</translation>
    </message>
    <message>
        <source>%1 at %2 is %3 now: it shows in the workspace.</source>
        <translation>%1 bei %2 ist jetzt %3: Es steht im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RecordProgramDialog</name>
    <message>
        <source>Record a program</source>
        <translation>Programm erfassen</translation>
    </message>
    <message>
        <source>Record the program as your Partner Center account shows it. Its invitations are recorded one by one: Record invitation… on this page.</source>
        <translation>Erfassen Sie das Programm so, wie Ihr Partner-Center-Konto es zeigt. Seine Einladungen werden einzeln erfasst: Einladung erfassen… auf dieser Seite.</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Programmname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>Auszahlungswährungen</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>z. B. USD, EUR</translation>
    </message>
    <message>
        <source>Payout &amp;currencies:</source>
        <translation>Auszahlungs&amp;währungen:</translation>
    </message>
    <message>
        <source>&amp;Open to every location</source>
        <translation>Für jeden Standort &amp;offen</translation>
    </message>
    <message>
        <source>Open to every location</source>
        <translation>Für jeden Standort offen</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Teilnahmekriterien</translation>
    </message>
    <message>
        <source>e.g. agreement; solutions-partner; revenue&gt;=50000</source>
        <translation>z. B. agreement; solutions-partner; revenue&gt;=50000</translation>
    </message>
    <message>
        <source>&amp;Eligibility criteria:</source>
        <translation>&amp;Teilnahmekriterien:</translation>
    </message>
    <message>
        <source>Also pays by credit &amp;note</source>
        <translation>Zahlt auch per &amp;Gutschrift</translation>
    </message>
    <message>
        <source>Also pays by credit note</source>
        <translation>Zahlt auch per Gutschrift</translation>
    </message>
    <message>
        <source>Program state</source>
        <translation>Programmstatus</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RenewalPage</name>
    <message>
        <source>Renewal forecast</source>
        <translation>Verlängerungsprognose</translation>
    </message>
    <message>
        <source>One row per enrollment due at the fiscal-year end: whether it will renew, and if not, the condition that fails and what fixes it. Press Enter to show the enrollment in the workspace.</source>
        <translation>Eine Zeile pro zum Geschäftsjahresende fälliger Registrierung: ob sie verlängert wird und, falls nicht, welche Bedingung fehlt und was hilft. Drücken Sie die Eingabetaste, um die Registrierung im Arbeitsbereich anzuzeigen.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Will renew</source>
        <translation>Wird verlängert</translation>
    </message>
    <message>
        <source>Failing condition</source>
        <translation>Nicht erfüllte Bedingung</translation>
    </message>
    <message>
        <source>What fixes it</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Renewal forecast for the end of %1 (%2)</source>
        <translation>Verlängerungsprognose zum Ende von %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>location name (PartnerID)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Will not renew: becomes %1</source>
        <translation>Wird nicht verlängert: wird %1</translation>
    </message>
    <message>
        <source>Enrolled for %1</source>
        <translation>Registriert für %1</translation>
    </message>
    <message>
        <source>Becomes %1 in %2</source>
        <translation>Wird %1 in %2</translation>
    </message>
    <message>
        <source>No condition fails</source>
        <translation>Keine Bedingung fehlt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>No enrollment you can see is Enrolled, so none is due for renewal at this year end.</source>
        <translation>Keine für Sie sichtbare Registrierung ist registriert, daher ist zum Jahresende keine zur Verlängerung fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) due: </source>
        <translation>
            <numerusform>%n Registrierung fällig: </numerusform>
            <numerusform>%n Registrierungen fällig: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will renew, </source>
        <translation>
            <numerusform>%n wird verlängert, </numerusform>
            <numerusform>%n werden verlängert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not.</source>
        <translation>
            <numerusform>%n nicht.</numerusform>
            <numerusform>%n nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::RoleDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Assign a role to %1</source>
        <translation>%1 eine Rolle zuweisen</translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation>Noch keine Rolle</translation>
    </message>
    <message>
        <source>%1 is the Incentives admin of %2 now. A location has one: saving gives the role to this user instead.</source>
        <translation>%1 ist derzeit Incentives-Administrator von %2. Ein Standort hat genau einen: Beim Speichern geht die Rolle stattdessen an diesen Benutzer.</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin: its %2 waiting invitation(s) will reach this user&apos;s inbox at once.</source>
        <translation>%1 hat keinen Incentives-Administrator: Die wartenden Einladungen (%2) gehen sofort im Posteingang dieses Benutzers ein.</translation>
    </message>
    <message>
        <source>Account admins manage users and roles for the whole organization.</source>
        <translation>Kontoadministratoren verwalten Benutzer und Rollen für die gesamte Organisation.</translation>
    </message>
    <message>
        <source>Replace the Incentives admin</source>
        <translation>Incentives-Administrator ersetzen</translation>
    </message>
    <message>
        <source>%1 will lose the Incentives admin role for %2. Go on?</source>
        <translation>%1 verliert die Rolle „Incentives-Administrator“ für %2. Fortfahren?</translation>
    </message>
    <message>
        <source>Presenters run the demo: its clock, Microsoft&apos;s side, programs and snapshots.</source>
        <translation>Präsentatoren steuern die Demo: ihre Uhr, die Seite von Microsoft, Programme und Schnappschüsse.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Choose the location.</source>
        <translation>Wählen Sie den Standort.</translation>
    </message>
    <message>
        <source>%1 is added, with no role yet.</source>
        <translation>%1 wurde hinzugefügt, noch ohne Rolle.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3 (%4).</source>
        <extracomment>person, role, location name, PartnerID</extracomment>
        <translation>%1 ist jetzt %2 von %3 (%4).</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ScenariosPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Zu erledigen: %1</translation>
    </message>
    <message>
        <source>All %1 steps done.</source>
        <translation>Alle %1 Schritte erledigt.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 von %2 Schritten erledigt.</translation>
    </message>
    <message>
        <source>Start the scenario</source>
        <translation>Szenario starten</translation>
    </message>
    <message>
        <source>Starting from the initial state resets the demo to its shipped data. Go on?</source>
        <translation>Beim Start vom Ausgangszustand wird die Demo auf die ausgelieferten Daten zurückgesetzt. Fortfahren?</translation>
    </message>
    <message>
        <source>Highlight the control of the running scenario&apos;s next step</source>
        <translation>Das Bedienelement für den nächsten Schritt des laufenden Szenarios hervorheben</translation>
    </message>
    <message>
        <source>Spotli&amp;ght</source>
        <translation>Spotli&amp;ght</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>Step %1 has no notes.</source>
        <translation>Schritt %1 hat keine Notizen.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Szenariodateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>%1 is not a scenario that can be followed:

%2</source>
        <translation>%1 ist kein Szenario, dem man folgen kann:

%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save a copy of the scenario</source>
        <translation>Kopie des Szenarios speichern</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Szenariodateien (*.json)</translation>
    </message>
    <message>
        <source>Saved %1. Edit it in any text editor, then open it here with Open scenario.</source>
        <translation>%1 gespeichert. In einem beliebigen Texteditor bearbeiten und dann hier mit „Szenario öffnen“ öffnen.</translation>
    </message>
    <message>
        <source>Write each step&apos;s text with a picture of the window when it was done as a PDF</source>
        <translation>Den Text jedes Schritts mit einem Bild des Fensters, als er erledigt wurde, als PDF schreiben</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Wählen Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the handout to %1.</source>
        <translation>Das Handout wurde nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Give the full path of the database file, starting with /.</source>
        <translation>Geben Sie den vollständigen Pfad der Datenbankdatei an, beginnend mit /.</translation>
    </message>
    <message>
        <source>This is a folder; give the path of a database file in it.</source>
        <translation>Dies ist ein Ordner; geben Sie den Pfad einer Datenbankdatei darin an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Incentives Desk-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>This is a demo database: choose who you are, no password needed. What you may see and do follows that user&apos;s roles.</source>
        <translation>Dies ist eine Demodatenbank: Wählen Sie aus, wer Sie sind; ein Kennwort ist nicht erforderlich. Was Sie sehen und tun dürfen, richtet sich nach den Rollen dieses Benutzers.</translation>
    </message>
    <message>
        <source>⚠ Choose a new password to go on.</source>
        <translation>⚠ Wählen Sie ein neues Kennwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>Incentives Desk locked itself after a period of inactivity. Sign in again as %1 to go on where you left off.</source>
        <translation>Incentives Desk wurde nach einer Zeit der Inaktivität gesperrt. Melden Sie sich erneut als %1 an, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>You locked Incentives Desk. Sign in again as %1 to go on where you left off.</source>
        <translation>Sie haben Incentives Desk gesperrt. Melden Sie sich erneut als %1 an, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Loading the people of this organization…</source>
        <translation>Die Personen dieser Organisation werden geladen…</translation>
    </message>
</context>
<context>
    <name>incentives::gui::Spotlight</name>
    <message>
        <source>First open the “%1” tab.</source>
        <translation>Öffnen Sie zuerst die Registerkarte „%1“.</translation>
    </message>
    <message>
        <source>First open “%1”.</source>
        <translation>Öffnen Sie zuerst „%1“.</translation>
    </message>
    <message>
        <source>The next step of the guided scenario</source>
        <translation>Der nächste Schritt des geführten Szenarios</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SpotlightOverlay</name>
    <message>
        <source>Spotlight</source>
        <translation>Spotlight</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SummaryDialog</name>
    <message>
        <source>You have no role at any location, so there is nothing to summarize.</source>
        <translation>Sie haben an keinem Standort eine Rolle, daher gibt es nichts zusammenzufassen.</translation>
    </message>
    <message>
        <source>Enrollment summary %1</source>
        <translation>Registrierungsübersicht %1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>There is no summary to export.</source>
        <translation>Es gibt keine Zusammenfassung zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxDocumentsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Tax profile documents</source>
        <translation>Dokumente zum Steuerprofil</translation>
    </message>
    <message>
        <source>Documents attached to the tax profile</source>
        <translation>An das Steuerprofil angehängte Dokumente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Kopie des Dokuments speichern</translation>
    </message>
    <message>
        <source>No documents attached. PDF, PNG or JPEG files of at most 10 MB each.</source>
        <translation>Keine Dokumente angehängt. PDF-, PNG- oder JPEG-Dateien mit je höchstens 10 MB.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 angehängt.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Kopie unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxProfileDialog</name>
    <message>
        <source>Tax profile — %1 (%2)</source>
        <translation>Steuerprofil — %1 (%2)</translation>
    </message>
    <message>
        <source>A US location files a W-9 with its Employer Identification Number.</source>
        <translation>Ein Standort in den USA reicht ein W-9 mit seiner Arbeitgeber-Identifikationsnummer (EIN) ein.</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, valid until the end of the third calendar year after signing.</source>
        <translation>Ein Standort außerhalb der USA reicht ein W-8BEN-E ein, das bis zum Ende des dritten Kalenderjahres nach der Unterzeichnung gültig ist.</translation>
    </message>
    <message>
        <source>Saving sends these enrollments of %1 back to Validating enrollment: %2.</source>
        <translation>Beim Speichern werden diese Registrierungen von %1 wieder auf „Registrierung wird validiert“ gesetzt: %2.</translation>
    </message>
    <message>
        <source>A form signed then has expired already; sign a new one.</source>
        <translation>Ein an diesem Datum unterzeichnetes Formular ist bereits abgelaufen; unterzeichnen Sie ein neues.</translation>
    </message>
    <message>
        <source>This form stays valid until %1.</source>
        <translation>Dieses Formular bleibt gültig bis %1.</translation>
    </message>
    <message>
        <source>A W-9 does not expire.</source>
        <translation>Ein W-9 läuft nicht ab.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved the tax profile of %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>Jemand anderes hat das Steuerprofil von %1 gespeichert, nachdem Sie es geöffnet haben.

Die Version der anderen Person in das Formular laden? Ihre Eingaben hier werden dann ersetzt; wählen Sie „Nein“, um sie auf dem Bildschirm zu behalten.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>Dies ist die von jemand anderem gespeicherte Version. Nehmen Sie Ihre Änderungen erneut vor, und speichern Sie.</translation>
    </message>
    <message>
        <source>Name of the individual</source>
        <translation>Name der Einzelperson</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Reason no foreign tax ID is given</source>
        <translation>Grund für fehlende ausländische Steuernummer</translation>
    </message>
    <message>
        <source>Only without a foreign tax ID</source>
        <translation>Nur ohne ausländische Steuernummer</translation>
    </message>
    <message>
        <source>&amp;Name of the individual:</source>
        <translation>&amp;Name der Einzelperson:</translation>
    </message>
    <message>
        <source>Country of ci&amp;tizenship:</source>
        <translation>S&amp;taatsangehörigkeit:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Reason for no tax ID:</source>
        <translation>G&amp;rund ohne Steuernummer:</translation>
    </message>
    <message>
        <source>An individual outside the US files a W-8BEN: their name, citizenship and date of birth, and a foreign tax ID or the reason none is given. It stays valid until the end of the third calendar year after signing.</source>
        <translation>Eine Einzelperson außerhalb der USA reicht ein W-8BEN ein: Name, Staatsangehörigkeit und Geburtsdatum sowie eine ausländische Steuernummer oder den Grund, warum keine angegeben wird. Es bleibt bis zum Ende des dritten Kalenderjahres nach der Unterzeichnung gültig.</translation>
    </message>
    <message>
        <source>Add a tax profile — %1 (%2)</source>
        <translation>Steuerprofil hinzufügen — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UserPicker</name>
    <message>
        <source>Everyone — type a name or email address</source>
        <translation>Alle – Name oder E-Mail-Adresse eingeben</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Passende Personen</translation>
    </message>
    <message>
        <source>More users match: type more of the name or email address</source>
        <translation>Weitere Personen passen: mehr vom Namen oder der E-Mail-Adresse eingeben</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UsersPage</name>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Kontoadministratoren</translation>
    </message>
    <message>
        <source>Incentives admins</source>
        <translation>Incentives-Administratoren</translation>
    </message>
    <message>
        <source>Incentives users</source>
        <translation>Incentives-Benutzer</translation>
    </message>
    <message>
        <source>Users without a role</source>
        <translation>Benutzer ohne Rolle</translation>
    </message>
    <message>
        <source>Deactivated users</source>
        <translation>Deaktivierte Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>No incentives role</source>
        <translation>Keine Incentives-Rolle</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Incentives-Administrator</translation>
    </message>
    <message>
        <source>Waiting invitations</source>
        <translation>Wartende Einladungen</translation>
    </message>
    <message>
        <source>⚠ No Incentives admin — invitations for this location are waiting</source>
        <translation>⚠ Kein Incentives-Administrator — Einladungen für diesen Standort warten</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reakti&amp;vieren</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Kennwort</translation>
    </message>
    <message>
        <source>%1 signs in the first time with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 meldet sich beim ersten Mal mit diesem temporären Kennwort an und wählt dann ein eigenes. Es wird nur jetzt angezeigt:

%2</translation>
    </message>
    <message>
        <source>Assign Incentives admin</source>
        <translation>Incentives-Administrator zuweisen</translation>
    </message>
    <message>
        <source>Select the user in the Users tab first.</source>
        <translation>Wählen Sie zuerst den Benutzer auf der Registerkarte „Benutzer“ aus.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>%1 holds no role.</source>
        <translation>%1 hat keine Rolle.</translation>
    </message>
    <message>
        <source>Role of %1 to remove:</source>
        <translation>Zu entfernende Rolle von %1:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or act. Their history stays in the audit log. Deactivate?</source>
        <translation>%1 kann sich dann nicht mehr anmelden oder Aktionen ausführen. Der Verlauf bleibt im Überwachungsprotokoll erhalten. Deaktivieren?</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Kennwort zurücksetzen</translation>
    </message>
    <message>
        <source>%1 signs in next with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 meldet sich beim nächsten Mal mit diesem temporären Kennwort an und wählt dann ein eigenes. Es wird nur jetzt angezeigt:

%2</translation>
    </message>
    <message>
        <source>The first %1 users are listed; search for a name or email address to find the others.</source>
        <translation>Die ersten %1 Benutzer werden angezeigt; suchen Sie nach einem Namen oder einer E-Mail-Adresse, um die übrigen zu finden.</translation>
    </message>
    <message>
        <source>The first %1 locations are listed; search for a PartnerID or name to find the others.</source>
        <translation>Die ersten %1 Standorte werden angezeigt; suchen Sie nach einer PartnerID oder einem Namen, um die übrigen zu finden.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Juristische Person</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Temporary passwords</source>
        <translation>Vorläufige Kennwörter</translation>
    </message>
    <message>
        <source>Each imported user signs in the first time with their temporary password, then chooses their own. They are shown only now:

%1</source>
        <translation>Jeder importierte Benutzer meldet sich zuerst mit seinem vorläufigen Kennwort an und wählt dann ein eigenes. Sie werden nur jetzt angezeigt:

%1</translation>
    </message>
    <message>
        <source>%1 no longer holds the role %2.</source>
        <translation>%1 hat die Rolle %2 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceDetailsPane</name>
    <message>
        <source>Enrollment details</source>
        <translation>Registrierungsdetails</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Validation expected to end</source>
        <translation>Voraussichtliches Ende der Prüfung</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Bankprofil</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Steuerprofil</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Validation ends:</source>
        <translation>Prüfung endet:</translation>
    </message>
    <message>
        <source>Bank profile:</source>
        <translation>Bankprofil:</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>Steuerprofil:</translation>
    </message>
    <message>
        <source>Status his&amp;tory:</source>
        <translation>S&amp;tatusverlauf:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Select an enrollment to see its next step, its profiles and its history.</source>
        <translation>Wählen Sie eine Registrierung aus, um den nächsten Schritt, ihre Profile und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 at %2 — %3</source>
        <translation>%1 bei %2 — %3</translation>
    </message>
    <message>
        <source>No validation under way</source>
        <translation>Keine Prüfung läuft</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Noch keines gewählt</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Keines hinterlegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>Keine Statusänderungen erfasst.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Zahlung zurückgehalten</translation>
    </message>
    <message>
        <source>Payment on hold (%1)</source>
        <translation>Zahlung zurückgehalten (%1)</translation>
    </message>
    <message>
        <source>No currency chosen yet</source>
        <translation>Noch keine Währung gewählt</translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>Bezahlt in %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceGroupModel</name>
    <message>
        <source>1 enrollment</source>
        <translation>1 Registrierung</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 Registrierungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Location / program</source>
        <translation>Standort / Programm</translation>
    </message>
    <message>
        <source>Program / location</source>
        <translation>Programm / Standort</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Open the program guide of %1</source>
        <translation>Programmleitfaden von %1 öffnen</translation>
    </message>
    <message>
        <source>Validation is expected to end by %1.</source>
        <translation>Die Validierung ist voraussichtlich bis %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>Erforderliche Aktionen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspacePage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Counting the matching enrollments… the first %1 are shown</source>
        <translation>Passende Registrierungen werden gezählt… die ersten %1 werden angezeigt</translation>
    </message>
    <message>
        <source>1 enrollment</source>
        <translation>1 Registrierung</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 Registrierungen</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Keine Registrierungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>There are no invitations or enrollments for your locations yet.</source>
        <translation>Für Ihre Standorte gibt es noch keine Einladungen oder Registrierungen.</translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation>Wählen Sie zuerst eine Einladung aus.</translation>
    </message>
    <message>
        <source>Open the invitation of the selected row</source>
        <translation>Einladung der ausgewählten Zeile öffnen</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>Berechtigungsanforderungen</translation>
    </message>
    <message>
        <source>Program guide — %1</source>
        <translation>Programmleitfaden — %1</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>Programmleitfaden</translation>
    </message>
    <message>
        <source>Workspace view</source>
        <translation>Arbeitsbereichsansicht</translation>
    </message>
    <message>
        <source>&amp;All enrollments</source>
        <translation>&amp;Alle Registrierungen</translation>
    </message>
    <message>
        <source>By p&amp;rogram</source>
        <translation>Nach P&amp;rogramm</translation>
    </message>
    <message>
        <source>By l&amp;ocation</source>
        <translation>Nach Stand&amp;ort</translation>
    </message>
    <message>
        <source>Record Microsoft&apos;s &amp;outcome…</source>
        <translation>Ergebnis von Microsoft &amp;erfassen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner Center incentive enrollment workbench</source>
        <translation>Arbeitsumgebung für die Incentive-Registrierung in Partner Center</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt;.</source>
        <translation>Als &lt;E-Mail&gt; anmelden.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>This database cannot be opened:

%1</source>
        <translation>Diese Datenbank kann nicht geöffnet werden:

%1</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Create a new demo database…</source>
        <translation>Neue Demodatenbank erstellen…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Incentives Desk-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Neue Demodatenbank</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Incentives Desk-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;: a file, or postgresql://USER@HOST:PORT/DATABASE. Without it, the database opened last.</source>
        <translation>Die Datenbank unter &lt;Pfad&gt; öffnen: eine Datei oder postgresql://BENUTZER@HOST:PORT/DATENBANK. Ohne Angabe die zuletzt geöffnete.</translation>
    </message>
    <message>
        <source>Log what the application does on stderr.</source>
        <translation>Auf stderr protokollieren, was die Anwendung tut.</translation>
    </message>
    <message>
        <source>The database file to open, as with --database.</source>
        <translation>Die zu öffnende Datenbankdatei, wie mit --database.</translation>
    </message>
</context>
</TS>
