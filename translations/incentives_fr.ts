<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionCenter</name>
    <message>
        <source>%1 for %2 (%3)</source>
        <extracomment>program for location (PartnerID)</extracomment>
        <translation>%1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>Validation approved: %1</source>
        <translation>Validation approuvée : %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 passed validation: it is Enrolled for %4.</source>
        <translation>L&apos;inscription de %1 (%2) à %3 a été validée : elle est inscrite pour %4.</translation>
    </message>
    <message>
        <source>Validation rejected: %1</source>
        <translation>Validation refusée : %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 was rejected: %4

Correct the profile named in the reason, then submit the enrollment again.</source>
        <translation>L&apos;inscription de %1 (%2) à %3 a été refusée : %4

Corrigez le profil indiqué dans le motif, puis soumettez à nouveau l&apos;inscription.</translation>
    </message>
    <message>
        <source>Renewed for %1: %2</source>
        <translation>Renouvelée pour %1 : %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 continues into %4.</source>
        <translation>L&apos;inscription de %1 (%2) à %3 se poursuit en %4.</translation>
    </message>
    <message>
        <source>Not renewed for %1: %2</source>
        <translation>Non renouvelée pour %1 : %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 did not continue into %4: %5

What fixes it: %6</source>
        <translation>L&apos;inscription de %1 (%2) à %3 ne se poursuit pas en %4 : %5

Solution : %6</translation>
    </message>
    <message>
        <source>Tax form expires in %1 days: %2 (%3)</source>
        <translation>Le formulaire fiscal expire dans %1 jours : %2 (%3)</translation>
    </message>
    <message>
        <source>The %1 of %2 (%3) expires on %4. Sign a new one before then: with an expired tax form, payouts stop and enrollments do not renew at the fiscal-year end.</source>
        <translation>Le %1 de %2 (%3) expire le %4. Signez-en un nouveau avant : avec un formulaire fiscal expiré, les paiements s&apos;arrêtent et les inscriptions ne sont pas renouvelées à la fin de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Role given: %1</source>
        <translation>Rôle attribué : %1</translation>
    </message>
    <message>
        <source>Role given: %1 at %2</source>
        <translation>Rôle attribué : %1 pour %2</translation>
    </message>
    <message>
        <source>You now hold the %1 role. See My access for what it lets you do.</source>
        <translation>Vous avez désormais le rôle %1. Consultez Mon accès pour voir ce qu&apos;il permet.</translation>
    </message>
    <message>
        <source>You now hold the %1 role at %2. See My access for what it lets you do.</source>
        <translation>Vous avez désormais le rôle %1 pour %2. Consultez Mon accès pour voir ce qu&apos;il permet.</translation>
    </message>
    <message>
        <source>Role removed: %1</source>
        <translation>Rôle retiré : %1</translation>
    </message>
    <message>
        <source>Role removed: %1 at %2</source>
        <translation>Rôle retiré : %1 pour %2</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role. See My access for what you can still do.</source>
        <translation>Vous n&apos;avez plus le rôle %1. Consultez Mon accès pour voir ce que vous pouvez encore faire.</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role at %2. See My access for what you can still do.</source>
        <translation>Vous n&apos;avez plus le rôle %1 pour %2. Consultez Mon accès pour voir ce que vous pouvez encore faire.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Validation approved</source>
        <translation>Validation approuvée</translation>
    </message>
    <message>
        <source>Validation rejected</source>
        <translation>Validation refusée</translation>
    </message>
    <message>
        <source>Tax form expiring</source>
        <translation>Formulaire fiscal expirant</translation>
    </message>
    <message>
        <source>Renewal outcome</source>
        <translation>Résultat du renouvellement</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation>L&apos;utilisateur %1 est désactivé.</translation>
    </message>
    <message>
        <source>Sign in first: say who acts.</source>
        <translation>Connectez-vous d’abord : indiquez qui agit.</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>%1 has no enrollment for location %2.</source>
        <translation>%1 n’a aucune inscription pour le site %2.</translation>
    </message>
    <message>
        <source>There is no bank profile %1.</source>
        <translation>Il n’existe aucun profil bancaire %1.</translation>
    </message>
    <message>
        <source>Choose at least one location.</source>
        <translation>Choisissez au moins un site.</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>%1 n’est pas accepté pour un compte bancaire en %2.</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation>%1 n° %2 (%3)</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile %2; choose one of its own on the Payout and tax profiles page.</source>
        <translation>L&apos;emplacement %1 n&apos;a pas de profil fiscal %2 ; choisissez l&apos;un des siens sur la page Profils de paiement et fiscaux.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actions, locations, programs and details</source>
        <translation>Rechercher dans les actions, emplacements, programmes et détails</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Shows the records whose action, location, program or details contain the text</source>
        <translation>Affiche les entrées dont l&apos;action, l&apos;emplacement, le programme ou les détails contiennent le texte</translation>
    </message>
    <message>
        <source>Every change with its time, user, action, location, program and details, newest first</source>
        <translation>Chaque modification avec sa date et heure, son utilisateur, son action, son emplacement, son programme et ses détails, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Shows only the records of the user chosen; type part of a name or email address to find them</source>
        <translation>N’affiche que les entrées de l’utilisateur choisi ; tapez une partie de son nom ou de son adresse e-mail pour le trouver</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Charger plus</translation>
    </message>
    <message>
        <source>Load more records</source>
        <translation>Charger plus d’entrées</translation>
    </message>
    <message>
        <source>Adds the next older records to the table</source>
        <translation>Ajoute au tableau les entrées plus anciennes suivantes</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>%1 accepted the invitation to %2 for %3</source>
        <translation>%1 a accepté l’invitation à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 submitted the enrollment in %2 for %3</source>
        <translation>%1 a soumis l’inscription à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 validated the enrollment in %2 for %3</source>
        <translation>%1 a validé l’inscription à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 rejected the enrollment in %2 for %3</source>
        <translation>%1 a refusé l’inscription à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 sent the enrollment in %2 for %3 back to validation after a profile change</source>
        <translation>%1 a renvoyé l’inscription à %2 pour %3 en validation après une modification de profil</translation>
    </message>
    <message>
        <source>%1 held the enrollment in %2 for %3 because its tax form expired</source>
        <translation>%1 a suspendu l’inscription à %2 pour %3 car son formulaire fiscal a expiré</translation>
    </message>
    <message>
        <source>%1 found %3 no longer eligible for %2</source>
        <translation>%1 a constaté que %3 n’est plus éligible à %2</translation>
    </message>
    <message>
        <source>%1 found %3 eligible for %2 again</source>
        <translation>%1 a constaté que %3 est de nouveau éligible à %2</translation>
    </message>
    <message>
        <source>%1 discontinued %2 for %3</source>
        <translation>%1 a arrêté %2 pour %3</translation>
    </message>
    <message>
        <source>%1 renewed the enrollment in %2 for %3</source>
        <translation>%1 a renouvelé l’inscription à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 let the enrollment in %2 for %3 lapse at the fiscal year&apos;s end</source>
        <translation>%1 a laissé expirer l’inscription à %2 pour %3 à la fin de l’exercice</translation>
    </message>
    <message>
        <source>%1 held the renewal of %2 for %3 for missing payout or tax details</source>
        <translation>%1 a suspendu le renouvellement de %2 pour %3 faute de coordonnées de paiement ou fiscales</translation>
    </message>
    <message>
        <source>%1 reactivated the enrollment in %2 for %3</source>
        <translation>%1 a réactivé l’inscription à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 closed %2 for %3</source>
        <translation>%1 a clôturé %2 pour %3</translation>
    </message>
    <message>
        <source>%1 invited %3 to enroll in %2 (%4).</source>
        <translation>%1 a invité %3 à s’inscrire à %2 (%4).</translation>
    </message>
    <message>
        <source>%1 changed the enrollment in %2 for %3</source>
        <translation>%1 a modifié l’inscription à %2 pour %3</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 made %2 %3.</source>
        <translation>%1 a nommé %2 %3.</translation>
    </message>
    <message>
        <source>%1 made %2 %3 of %4.</source>
        <translation>%1 a nommé %2 %3 de %4.</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2</source>
        <translation>%1 a retiré le rôle %3 à %2</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2 at %4</source>
        <translation>%1 a retiré le rôle %3 à %2 pour %4</translation>
    </message>
    <message>
        <source>%1; %2 holds it now.</source>
        <translation>%1 ; %2 le détient désormais.</translation>
    </message>
    <message>
        <source>%1, as %2 is %3 there now.</source>
        <translation>%1, car %2 y est désormais %3.</translation>
    </message>
    <message>
        <source>%1 emailed %2 the invitation to enroll %3 in %4.</source>
        <translation>%1 a envoyé à %2 l’invitation à inscrire %3 à %4.</translation>
    </message>
    <message>
        <source>%1 added the user %2.</source>
        <translation>%1 a ajouté l’utilisateur %2.</translation>
    </message>
    <message>
        <source>%1 deactivated %2.</source>
        <translation>%1 a désactivé %2.</translation>
    </message>
    <message>
        <source>%1 reactivated %2.</source>
        <translation>%1 a réactivé %2.</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 s’est connecté.</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed (%2).</source>
        <translation>Une connexion en tant que %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 a changé son mot de passe.</translation>
    </message>
    <message>
        <source>%1 reset the password of %2.</source>
        <translation>%1 a réinitialisé le mot de passe de %2.</translation>
    </message>
    <message>
        <source>%1 opened the invitation to %2 for %3 from Home.</source>
        <translation>%1 a ouvert l’invitation à %2 pour %3 depuis l’accueil.</translation>
    </message>
    <message>
        <source>%1 added the bank profile %2.</source>
        <translation>%1 a ajouté le profil bancaire %2.</translation>
    </message>
    <message>
        <source>%1 changed the bank profile %2.</source>
        <translation>%1 a modifié le profil bancaire %2.</translation>
    </message>
    <message>
        <source>%1 made the bank profile %2 the default of %3.</source>
        <translation>%1 a fait du profil bancaire %2 celui par défaut de %3.</translation>
    </message>
    <message>
        <source>%1 saved the tax profile of %2 (%3).</source>
        <translation>%1 a enregistré le profil fiscal de %2 (%3).</translation>
    </message>
    <message>
        <source>The tax profile of %1 needs action: %2</source>
        <translation>Le profil fiscal de %1 demande une action : %2</translation>
    </message>
    <message>
        <source>%1 closed fiscal year %2.</source>
        <translation>%1 a clôturé l’exercice %2.</translation>
    </message>
    <message>
        <source>%1 published the program %2 (%3).</source>
        <translation>%1 a publié le programme %2 (%3).</translation>
    </message>
    <message>
        <source>%1 discontinued the program %2.</source>
        <translation>%1 a arrêté le programme %2.</translation>
    </message>
    <message>
        <source>%1 closed the program %2.</source>
        <translation>%1 a clôturé le programme %2.</translation>
    </message>
    <message>
        <source>%1 reopened the program %2.</source>
        <translation>%1 a rouvert le programme %2.</translation>
    </message>
    <message>
        <source>%1 changed the partner attributes of %2: %3</source>
        <translation>%1 a modifié les attributs partenaire de %2 : %3</translation>
    </message>
    <message>
        <source>%1 moved the demo clock (%2).</source>
        <translation>%1 a déplacé l’horloge de démo (%2).</translation>
    </message>
    <message>
        <source>%1 created the database (%2).</source>
        <translation>%1 a créé la base de données (%2).</translation>
    </message>
    <message>
        <source>%1 generated the database (%2).</source>
        <translation>%1 a généré la base de données (%2).</translation>
    </message>
    <message>
        <source>%1 copied the database here (%2).</source>
        <translation>%1 a copié la base de données ici (%2).</translation>
    </message>
    <message>
        <source>%1 restored the database (%2).</source>
        <translation>%1 a restauré la base de données (%2).</translation>
    </message>
    <message>
        <source>%1 backed up the database to %2.</source>
        <translation>%1 a sauvegardé la base de données dans %2.</translation>
    </message>
    <message>
        <source>%1 loaded a demo snapshot (%2).</source>
        <translation>%1 a chargé un instantané de démo (%2).</translation>
    </message>
    <message>
        <source>%1 reset the demo (%2).</source>
        <translation>%1 a réinitialisé la démo (%2).</translation>
    </message>
    <message>
        <source>%1 saved the demo snapshot %2.</source>
        <translation>%1 a enregistré l’instantané de démo %2.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 a été refusé : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 attached %2 to the tax profile of %3.</source>
        <translation>%1 a joint %2 au profil fiscal de %3.</translation>
    </message>
    <message>
        <source>%1 assigned %2 at %3: %4.</source>
        <translation>%1 a attribué %2 à %3 : %4.</translation>
    </message>
    <message>
        <source>%1 chose the default profiles of %2: %3.</source>
        <translation>%1 a choisi les profils par défaut de %2 : %3.</translation>
    </message>
    <message>
        <source>%1 held the payments of %2 at %3.</source>
        <translation>%1 a suspendu les paiements de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 released the payments of %2 at %3.</source>
        <translation>%1 a libéré les paiements de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 recorded that Microsoft confirmed the CSP tenant of the credit note %2.</source>
        <translation>%1 a enregistré que Microsoft a confirmé le locataire CSP de l&apos;avoir %2.</translation>
    </message>
    <message>
        <source>%1 created a class sandbox (%2).</source>
        <translation>%1 a créé un bac à sable de formation (%2).</translation>
    </message>
    <message>
        <source>%1 reset a class sandbox (%2).</source>
        <translation>%1 a réinitialisé un bac à sable de formation (%2).</translation>
    </message>
    <message>
        <source>%1 removed a class sandbox that could not be built (%2).</source>
        <translation>%1 a supprimé un bac à sable de formation qui n’a pas pu être construit (%2).</translation>
    </message>
    <message>
        <source>%1 reached a step of a guided scenario (%2).</source>
        <translation>%1 a atteint une étape d’un scénario guidé (%2).</translation>
    </message>
    <message>
        <source>%1 added another tax profile to %2 (%3).</source>
        <translation>%1 a ajouté un autre profil fiscal à %2 (%3).</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Ce compte d&apos;utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>An audit anchor is COUNT:HASH, as &apos;audit anchor&apos; prints it.</source>
        <translation>Une ancre d&apos;audit s&apos;écrit NOMBRE:HASH, comme l&apos;affiche &apos;audit anchor&apos;.</translation>
    </message>
    <message>
        <source>The audit log holds %1 records, fewer than the %2 of its anchor: records were deleted.</source>
        <translation>Le journal d&apos;audit contient %1 enregistrements, moins que les %2 de son ancre : des enregistrements ont été supprimés.</translation>
    </message>
    <message>
        <source>Record %1 of the audit log no longer matches its anchor: the log was rewritten.</source>
        <translation>L&apos;enregistrement %1 du journal d&apos;audit ne correspond plus à son ancre : le journal a été réécrit.</translation>
    </message>
    <message>
        <source>%1 (This computer last saw the log at %2.)</source>
        <translation>%1 (Cet ordinateur a vu le journal pour la dernière fois à %2.)</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The email address or the password is not right.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait %1 seconds and try again.</source>
        <translation>Trop d&apos;échecs de connexion&#xa0;: patientez %1 secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Ce compte d&apos;utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent du mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>This user account is deactivated or unknown.</source>
        <translation>Ce compte d&apos;utilisateur est désactivé ou inconnu.</translation>
    </message>
    <message>
        <source>You have no role for this location. Ask an Account admin for access.</source>
        <translation>Vous n&apos;avez aucun rôle pour cet emplacement. Demandez l&apos;accès à un administrateur de compte.</translation>
    </message>
    <message>
        <source>Only the location&apos;s Incentives admin sees full bank details.</source>
        <translation>Seul l&apos;administrateur des incentives de l&apos;emplacement voit les coordonnées bancaires complètes.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can enroll it. An Account admin assigns that role.</source>
        <translation>Seul l&apos;administrateur des incentives de cet emplacement peut l&apos;inscrire. Un administrateur de compte attribue ce rôle.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can change its payout and tax profiles.</source>
        <translation>Seul l&apos;administrateur des incentives de cet emplacement peut modifier ses profils de paiement et fiscaux.</translation>
    </message>
    <message>
        <source>Only an Incentives admin can create or change bank profiles.</source>
        <translation>Seul un administrateur des incentives peut créer ou modifier des profils bancaires.</translation>
    </message>
    <message>
        <source>Only an Account admin can do this.</source>
        <translation>Seul un administrateur de compte peut effectuer cette opération.</translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation>Cette action n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>Only an Account admin can back up or restore the database: a backup holds every account number.</source>
        <translation>Seul un administrateur de compte peut sauvegarder ou restaurer la base de données : une sauvegarde contient tous les numéros de compte.</translation>
    </message>
    <message>
        <source>Only a Presenter can use the presenter tools. An Account admin assigns that role.</source>
        <translation>Seul un présentateur peut utiliser les outils de présentation. Un administrateur de compte attribue ce rôle.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Les outils de démonstration ne fonctionnent que dans une base de démonstration.</translation>
    </message>
    <message>
        <source>Only an Incentives admin can see, use or change bank profiles.</source>
        <translation>Seul un administrateur des incitations peut voir, utiliser ou modifier des profils bancaires.</translation>
    </message>
    <message>
        <source>This bank profile belongs to locations you do not administer.</source>
        <translation>Ce profil bancaire appartient à des sites que vous n’administrez pas.</translation>
    </message>
    <message>
        <source>This bank profile also pays a location you do not administer; only an Incentives admin of every location that uses it can change it.</source>
        <translation>Ce profil bancaire paie aussi un site que vous n’administrez pas ; seul un administrateur des incitations de tous les sites qui l’utilisent peut le modifier.</translation>
    </message>
    <message>
        <source>Only an Account admin can record locations and programs.</source>
        <translation>Seul un administrateur de compte peut enregistrer des sites et des programmes.</translation>
    </message>
    <message>
        <source>Only an Account admin or the location&apos;s Incentives admin can record an invitation for it.</source>
        <translation>Seul un administrateur de compte ou l&apos;administrateur Incentives du site peut enregistrer une invitation pour celui-ci.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can record Microsoft&apos;s validation outcome.</source>
        <translation>Seul l&apos;administrateur Incentives de ce site peut enregistrer le résultat de la validation de Microsoft.</translation>
    </message>
    <message>
        <source>Only those with a role for this location see the documents of its tax profile.</source>
        <translation>Seules les personnes ayant un rôle pour ce site voient les documents de son profil fiscal.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can attach documents to its tax profile.</source>
        <translation>Seul l’administrateur Incentives de ce site peut joindre des documents à son profil fiscal.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can assign its payout and tax profiles.</source>
        <translation>Seul l’administrateur Incentives de ce site peut attribuer ses profils de paiement et fiscaux.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can hold or release its payments.</source>
        <translation>Seul l’administrateur Incentives de ce site peut suspendre ou libérer ses paiements.</translation>
    </message>
</context>
<context>
    <name>BankProfileDialog</name>
    <message>
        <source>Bank profile</source>
        <translation>Profil bancaire</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Contoso EU payouts</source>
        <translation>p. ex. Paiements Contoso UE</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>&amp;Pays de la banque&#xa0;:</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Pays de la banque</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>&amp;Mode de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titulaire du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation>Nom du titulaire du compte</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>p. ex. DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>&amp;BIC / SWIFT:</source>
        <translation>&amp;BIC / SWIFT&#xa0;:</translation>
    </message>
    <message>
        <source>BIC or SWIFT code</source>
        <translation>Code BIC ou SWIFT</translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation>8 ou 11 caractères</translation>
    </message>
    <message>
        <source>&amp;Institution number:</source>
        <translation>Numéro d&apos;instit&amp;ution&#xa0;:</translation>
    </message>
    <message>
        <source>Institution number</source>
        <translation>Numéro d&apos;institution</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3 chiffres</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>Numéro de &amp;routage&#xa0;:</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Numéro de routage</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Numéro de &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Account t&amp;ype:</source>
        <translation>T&amp;ype de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Ban&amp;k name:</source>
        <translation>Nom de la ban&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nom de la banque</translation>
    </message>
    <message>
        <source>Bank a&amp;ddress:</source>
        <translation>A&amp;dresse de la banque&#xa0;:</translation>
    </message>
    <message>
        <source>Bank address</source>
        <translation>Adresse de la banque</translation>
    </message>
    <message>
        <source>A name of your choice that tells this bank account apart from the others</source>
        <translation>Un nom de votre choix qui distingue ce compte bancaire des autres</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name or its two-letter code; the fields below follow the country</source>
        <translation>Tapez une partie du nom du pays ou son code à deux lettres&#xa0;; les champs ci-dessous dépendent du pays</translation>
    </message>
    <message>
        <source>The currencies the bank&apos;s country allows and the program pays in</source>
        <translation>Les devises autorisées par le pays de la banque et dans lesquelles le programme paie</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>Les champs dépendent du pays de la banque. Microsoft ne paie que sur un compte détenu au nom de l&apos;entité juridique de l&apos;emplacement payé.</translation>
    </message>
    <message>
        <source>The legal entity name of the location it pays, as the bank has it</source>
        <translation>Le nom de l&apos;entité juridique de l&apos;emplacement payé, tel qu&apos;il figure auprès de la banque</translation>
    </message>
    <message>
        <source>The location&apos;s legal entity name</source>
        <translation>Le nom de l&apos;entité juridique de l&apos;emplacement</translation>
    </message>
    <message>
        <source>CSP t&amp;enant ID:</source>
        <translation>ID de t&amp;enant CSP :</translation>
    </message>
    <message>
        <source>CSP tenant ID</source>
        <translation>ID de tenant CSP</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant ID of your CSP account, a GUID; the credit note is issued to it</source>
        <translation>L&apos;ID de tenant Microsoft Entra de votre compte CSP, un GUID ; l&apos;avoir est émis sur ce tenant</translation>
    </message>
    <message>
        <source>e.g. 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</source>
        <translation>p. ex. 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</translation>
    </message>
    <message>
        <source>Tenant status:</source>
        <translation>Statut du tenant :</translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation>Statut du tenant</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Verify tenant</source>
        <translation>Vérifier le tenant</translation>
    </message>
    <message>
        <source>Records that Microsoft confirmed the CSP tenant of this credit-note profile</source>
        <translation>Enregistre que Microsoft a confirmé le tenant CSP de ce profil d&apos;avoir</translation>
    </message>
    <message>
        <source>Request tax e&amp;xemption for the credit note</source>
        <translation>Demander l&apos;e&amp;xonération fiscale pour l&apos;avoir</translation>
    </message>
    <message>
        <source>Request tax exemption</source>
        <translation>Demander l&apos;exonération fiscale</translation>
    </message>
    <message>
        <source>In this country the credit note carries tax unless you ask for the exemption</source>
        <translation>Dans ce pays, l&apos;avoir inclut la taxe sauf si vous demandez l&apos;exonération</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Personne à cont&amp;acter :</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>The person at your company the bank may contact about this account (optional)</source>
        <translation>La personne de votre société que la banque peut contacter au sujet de ce compte (facultatif)</translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation>E-mai&amp;l du contact :</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Email address of the contact person</source>
        <translation>Adresse e-mail de la personne à contacter</translation>
    </message>
    <message>
        <source>Contact ph&amp;one:</source>
        <translation>Télép&amp;hone du contact :</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Phone number of the contact person, with the country code</source>
        <translation>Numéro de téléphone de la personne à contacter, avec l&apos;indicatif du pays</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Confirmez le nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>ClassroomService</name>
    <message>
        <source>A class needs a shared PostgreSQL database: each trainee&apos;s sandbox is a schema of its own there.</source>
        <translation>Une formation nécessite une base PostgreSQL partagée : le bac à sable de chaque stagiaire y est un schéma à part.</translation>
    </message>
    <message>
        <source>A class is managed from the main organization, not from a sandbox.</source>
        <translation>Une formation se gère depuis l’organisation principale, pas depuis un bac à sable.</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>Indiquez au moins un stagiaire.</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (at most 63).</source>
        <translation>%1 ne peut pas désigner l’identifiant d’un stagiaire : utilisez des lettres, des chiffres, « . », « _ », « - » et « @ » (63 au plus).</translation>
    </message>
    <message>
        <source>%1 is named twice (or like another trainee).</source>
        <translation>%1 est indiqué deux fois (ou comme un autre stagiaire).</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be built: %2</source>
        <translation>Le bac à sable de %1 n’a pas pu être construit : %2</translation>
    </message>
    <message>
        <source>%1 has no sandbox in this class.</source>
        <translation>%1 n’a pas de bac à sable dans cette formation.</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be rebuilt; it stays as it was. %2</source>
        <translation>Le bac à sable de %1 n’a pas pu être reconstruit ; il reste tel quel. %2</translation>
    </message>
    <message>
        <source>The scenario&apos;s progress does not match its steps.</source>
        <translation>La progression ne correspond pas aux étapes du scénario.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base de données partagée</translation>
    </message>
    <message>
        <source>Work on one PostgreSQL database with the rest of your team. Every change is checked against the same rules as in a local file, and the others see it at once.</source>
        <translation>Travaillez sur une même base de données PostgreSQL avec le reste de votre équipe. Chaque modification est vérifiée selon les mêmes règles que dans un fichier local, et les autres la voient immédiatement.</translation>
    </message>
    <message>
        <source>Saved &amp;connection:</source>
        <translation>Connexion enre&amp;gistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Connexion enregistrée</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Forget the saved connection</source>
        <translation>Oublier la connexion enregistrée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Shown in the list of saved connections, e.g. Team database</source>
        <translation>Affiché dans la liste des connexions enregistrées, p. ex. Base de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nom d&apos;hôte du serveur</translation>
    </message>
    <message>
        <source>The PostgreSQL server, e.g. db.example.com</source>
        <translation>Le serveur PostgreSQL, p. ex. db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Database user name</source>
        <translation>Nom d&apos;utilisateur de la base de données</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Encryption (TLS) mode</source>
        <translation>Mode de chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Leave empty to use ~/.pgpass or the keychain</source>
        <translation>Laissez vide pour utiliser ~/.pgpass ou le trousseau</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keychain</source>
        <translation>Conser&amp;ver le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Les deux bases de données ont des versions de schéma différentes (%1 et %2).</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>La copie de la table %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>Credit note is not offered in %1; the profile &apos;%2&apos; cannot pay a location there.</source>
        <translation>L&apos;avoir n&apos;est pas proposé en/au %1 ; le profil « %2 » ne peut pas payer un site de ce pays.</translation>
    </message>
    <message>
        <source>The credit-note profile &apos;%1&apos; is for %2; it cannot pay a location in %3.</source>
        <translation>Le profil d&apos;avoir « %1 » est pour %2 ; il ne peut pas payer un site en/au %3.</translation>
    </message>
    <message>
        <source>%1 does not pay by credit note; choose a bank-transfer profile instead of &apos;%2&apos;.</source>
        <translation>%1 ne paie pas par avoir ; choisissez un profil de virement au lieu de « %2 ».</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The file holds a NUL character: it is not a CSV file.</source>
        <translation>Le fichier contient un caractère NUL : ce n&apos;est pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Line %1: a quote is never closed.</source>
        <translation>Ligne %1 : un guillemet n&apos;est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 belongs to another application; Incentives Desk leaves it untouched.</source>
        <translation>%1 appartient à une autre application&#xa0;; Incentives Desk n&apos;y touche pas.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Incentives Desk (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Incentives Desk (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No database path was given.</source>
        <translation>Aucun chemin de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>Il n&apos;existe aucune base de données sous %1. Créez-en une avec «&#xa0;incentives-cli --database %1 init --demo&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not an Incentives Desk database.</source>
        <translation>%1 n&apos;est pas une base de données Incentives Desk.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 est endommagé&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable or open a copy.</source>
        <translation>%1 est en lecture seule. Rendez-le accessible en écriture ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 est endommagé ou n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;: un autre programme y écrit. Rien n&apos;a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved.</source>
        <translation>La base de données est en lecture seule&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>That would duplicate an existing record.</source>
        <translation>Cela créerait un doublon d&apos;un enregistrement existant.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de données a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 n&apos;est pas une adresse PostgreSQL utilisable&#xa0;: %2. Écrivez-la sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>le nom de la base de données est manquant</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>le nom d&apos;utilisateur est manquant</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode doit prendre l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600</source>
        <translation>connect_timeout doit être un nombre de secondes compris entre 1 et 600</translation>
    </message>
    <message>
        <source>the option %1 is not known</source>
        <translation>l&apos;option %1 est inconnue</translation>
    </message>
    <message>
        <source>Cannot connect to %1: PostgreSQL support is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>Impossible de se connecter à %1&#xa0;: la prise en charge de PostgreSQL n&apos;est pas installée (sous Debian, le paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no Incentives Desk data yet. Create it with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>%1 ne contient encore aucune donnée Incentives Desk. Créez-les avec «&#xa0;incentives-cli --database %1 init --demo&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is in a folder you cannot write to (%2), and the database needs to write beside its file. Open a copy in a folder of yours.</source>
        <translation>%1 se trouve dans un dossier dans lequel vous ne pouvez pas écrire (%2), et la base de données doit écrire à côté de son fichier. Ouvrez une copie dans l&apos;un de vos dossiers.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left as it is; restore a backup or open another file.</source>
        <translation>%1 est endommagé (%2). Il a été laissé tel quel&#xa0;; restaurez une sauvegarde ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>A backup is written to a file; to copy a database to a server, use &apos;incentives-cli migrate&apos;.</source>
        <translation>Une sauvegarde est écrite dans un fichier&#xa0;; pour copier une base de données vers un serveur, utilisez «&#xa0;incentives-cli migrate&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>sandbox must name a classroom sandbox (%1…)</source>
        <translation>sandbox doit désigner un bac à sable de formation (%1…)</translation>
    </message>
    <message>
        <source>%1 is still being checked before its first change (on a large file this takes a minute); nothing was changed. Try again in a moment.</source>
        <translation>%1 est encore en cours de vérification avant sa première modification (pour un gros fichier, cela prend une minute) ; rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <source>A snapshot name has 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Un nom d&apos;instantané comporte de 1 à 60 lettres, chiffres, espaces, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Les outils de démo ne fonctionnent que dans une base de données de démo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>A snapshot named &apos;%1&apos; exists already.</source>
        <translation>Un instantané nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>Impossible de copier %1.</translation>
    </message>
    <message>
        <source>A %1 row points at a missing %2 row.</source>
        <translation>Une ligne de %1 fait référence à une ligne manquante de %2.</translation>
    </message>
    <message>
        <source>The audit log was changed after it was written, at record %1.</source>
        <translation>Le journal d&apos;audit a été modifié après son écriture, à l&apos;entrée %1.</translation>
    </message>
    <message>
        <source>There is no snapshot named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun instantané nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a demo snapshot.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un instantané de démo.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is not an intact Incentives Desk database (%2)</source>
        <translation>%1 ne peut pas être restauré : ce n&apos;est pas une base Incentives Desk intacte (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged; the current database stays. %2</source>
        <translation>%1 est endommagé ; la base actuelle reste en place. %2</translation>
    </message>
</context>
<context>
    <name>DemoTemplate</name>
    <message>
        <source>unknown key.</source>
        <translation>clé inconnue.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>est obligatoire.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>doit être une liste.</translation>
    </message>
    <message>
        <source>has more than %1 entries.</source>
        <translation>a plus de %1 entrées.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>doit être du texte.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit être true ou false.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>doit être un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>« %1 » ne fait pas partie de : %2.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 1 MB.</source>
        <translation>Le logo doit être une image PNG ou JPEG de 1 Mo au plus.</translation>
    </message>
    <message>
        <source>Cannot read the logo file %1.</source>
        <translation>Impossible de lire le fichier de logo %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice.</source>
        <translation>« %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>%1 covers the whole organization: no location.</source>
        <translation>%1 couvre toute l&apos;organisation : pas d&apos;emplacement.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a location of the template.</source>
        <translation>« %1 » n&apos;est pas un emplacement du modèle.</translation>
    </message>
    <message>
        <source>A demo needs an Account admin.</source>
        <translation>Une démo a besoin d&apos;un administrateur de compte.</translation>
    </message>
    <message>
        <source>A demo needs a Presenter, who runs the demo clock.</source>
        <translation>Une démo a besoin d&apos;un présentateur, qui règle l&apos;horloge de la démo.</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD.</source>
        <translation>doit être une date, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program of the template.</source>
        <translation>« %1 » n&apos;est pas un programme du modèle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bank profile of the template.</source>
        <translation>« %1 » n&apos;est pas un profil bancaire du modèle.</translation>
    </message>
    <message>
        <source>only a rejected enrollment has a reason.</source>
        <translation>seule une inscription rejetée a un motif.</translation>
    </message>
    <message>
        <source>The template has mistakes:</source>
        <translation>Le modèle contient des erreurs :</translation>
    </message>
    <message>
        <source>A template is at most %1 MiB.</source>
        <translation>Un modèle fait au plus %1 Mio.</translation>
    </message>
    <message>
        <source>The template is not valid JSON (line %1): %2</source>
        <translation>Le modèle n&apos;est pas du JSON valide (ligne %1) : %2</translation>
    </message>
    <message>
        <source>The template must be a JSON object.</source>
        <translation>Le modèle doit être un objet JSON.</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;.</source>
        <translation>doit être « %1 ».</translation>
    </message>
    <message>
        <source>must be 1 (the version this app reads).</source>
        <translation>doit être 1 (la version que lit cette application).</translation>
    </message>
    <message>
        <source>must be a date and time, such as 2027-05-03T09:00:00Z.</source>
        <translation>doit être une date et une heure, comme 2027-05-03T09:00:00Z.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>Cette base contient déjà une organisation ; utilisez un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin to do this; give the location one in users.</source>
        <translation>%1 n&apos;a pas d&apos;administrateur des incentives pour cela ; donnez-en un à l&apos;emplacement dans users.</translation>
    </message>
    <message>
        <source>no invitation</source>
        <translation>aucune invitation</translation>
    </message>
    <message>
        <source>%1: %2 at %3 cannot be %4 by the rules; the services reached %5.</source>
        <translation>%1 : %2 à %3 ne peut pas être %4 selon les règles ; les services ont atteint %5.</translation>
    </message>
    <message>
        <source>Only a demo database can be exported as a template.</source>
        <translation>Seule une base de démo peut être exportée comme modèle.</translation>
    </message>
    <message>
        <source>Only a Presenter or an Account admin can export the demo as a template.</source>
        <translation>Seul un présentateur ou un administrateur de compte peut exporter la démo comme modèle.</translation>
    </message>
    <message>
        <source>only a credit note is verified.</source>
        <translation>Seul un avoir est vérifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tax profile of the template.</source>
        <translation>« %1 » n&apos;est pas un profil fiscal du modèle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a tax profile of another location.</source>
        <translation>« %1 » est un profil fiscal d&apos;un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>This database has no organization yet.</source>
        <translation>Cette base de données ne contient encore aucune organisation.</translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation>Cet emplacement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No location has the PartnerID %1.</source>
        <translation>Aucun emplacement n&apos;a le PartnerID %1.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No user has the email address %1.</source>
        <translation>Aucun utilisateur n&apos;a l&apos;adresse e-mail %1.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Ce compte d&apos;utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>A user with the email address %1 exists already.</source>
        <translation>Un utilisateur avec l&apos;adresse e-mail %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 is the last active Account admin and cannot be deactivated.</source>
        <translation>%1 est le dernier administrateur de compte actif et ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the user first.</source>
        <translation>%1 est désactivé&#xa0;; réactivez d&apos;abord l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>Le rôle %1 est attribué par emplacement&#xa0;: indiquez le PartnerID de l&apos;emplacement.</translation>
    </message>
    <message>
        <source>%1 (%2) is the Incentives admin of %3 now. A location has one Incentives admin: replacing them removes the role from %1.</source>
        <translation>%1 (%2) est actuellement l&apos;administrateur des incentives de %3. Un emplacement n&apos;a qu&apos;un seul administrateur des incentives&#xa0;: le remplacer retire le rôle à %1.</translation>
    </message>
    <message>
        <source>%1 is the last Account admin; assign another before removing this role.</source>
        <translation>%1 est le dernier administrateur de compte&#xa0;; désignez-en un autre avant de retirer ce rôle.</translation>
    </message>
    <message>
        <source>%1 does not hold that role there.</source>
        <translation>%1 n&apos;a pas ce rôle pour cet emplacement.</translation>
    </message>
    <message>
        <source>The Presenter role exists only in demo databases.</source>
        <translation>Le rôle Présentateur n’existe que dans les bases de démonstration.</translation>
    </message>
    <message>
        <source>The %1 role covers the whole organization; give no location.</source>
        <translation>Le rôle %1 couvre toute l’organisation ; n’indiquez pas de site.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>&apos;%1&apos; is not an eligibility criterion.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un critère d&apos;éligibilité.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>An active Microsoft AI Cloud Partner Program agreement</source>
        <translation>Un contrat Microsoft AI Cloud Partner Program actif</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>expired or not signed (IVDMPA)</source>
        <translation>expiré ou non signé (IVDMPA)</translation>
    </message>
    <message>
        <source>A Solutions Partner designation</source>
        <translation>Une désignation Solutions Partner</translation>
    </message>
    <message>
        <source>Authorized as a CSP indirect reseller</source>
        <translation>Autorisé en tant que revendeur indirect CSP</translation>
    </message>
    <message>
        <source>A CSP direct-bill partner</source>
        <translation>Un partenaire CSP à facturation directe</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue of at least %1</source>
        <translation>Chiffre d&apos;affaires des douze derniers mois d&apos;au moins %1</translation>
    </message>
    <message>
        <source>At least %1 new customers in the trailing year</source>
        <translation>Au moins %1 nouveaux clients au cours des douze derniers mois</translation>
    </message>
    <message>
        <source>Located in one of: %1</source>
        <translation>Situé dans l&apos;un des pays suivants&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Eligibility requirements</source>
        <translation>Conditions d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Liste de contrôle de l&apos;éligibilité</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>Cet emplacement</translation>
    </message>
    <message>
        <source>Each requirement of the program, whether the location meets it, and the location&apos;s own figure</source>
        <translation>Chaque condition du programme, si l&apos;emplacement la remplit, et la valeur propre à l&apos;emplacement</translation>
    </message>
</context>
<context>
    <name>EnrollmentRules</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>US bank accounts are paid in USD only.</source>
        <translation>Les comptes bancaires américains sont payés uniquement en USD.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name.</source>
        <translation>Saisissez le nom du titulaire du compte.</translation>
    </message>
    <message>
        <source>This IBAN belongs to a bank in %1, not %2.</source>
        <translation>Cet IBAN appartient à une banque du pays %1, et non du pays %2.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s name.</source>
        <translation>Saisissez le nom de la banque.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s address.</source>
        <translation>Saisissez l&apos;adresse de la banque.</translation>
    </message>
    <message>
        <source>A US location files a W-9.</source>
        <translation>Un emplacement situé aux États-Unis remplit un formulaire W-9.</translation>
    </message>
    <message>
        <source>Enter the date the form was signed.</source>
        <translation>Saisissez la date de signature du formulaire.</translation>
    </message>
    <message>
        <source>No bank profile is chosen: set a default for this location.</source>
        <translation>Aucun profil bancaire n&apos;est choisi&#xa0;: définissez un profil par défaut pour cet emplacement.</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; is incomplete.</source>
        <translation>Le profil bancaire «&#xa0;%1&#xa0;» est incomplet.</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; needs action: %2</source>
        <translation>Le profil bancaire «&#xa0;%1&#xa0;» nécessite une action&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 pays in %2; the bank profile &apos;%3&apos; is in %4.</source>
        <translation>%1 paie en %2&#xa0;; le profil bancaire «&#xa0;%3&#xa0;» est en %4.</translation>
    </message>
    <message>
        <source>%1 does not pay by %2.</source>
        <translation>%1 ne prend pas en charge le mode de paiement «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This location has no tax profile.</source>
        <translation>Cet emplacement n&apos;a pas de profil fiscal.</translation>
    </message>
    <message>
        <source>The tax profile is incomplete.</source>
        <translation>Le profil fiscal est incomplet.</translation>
    </message>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>Le formulaire %1 a expiré le %2&#xa0;; signez-en un nouveau.</translation>
    </message>
    <message>
        <source>The tax profile needs action: %1</source>
        <translation>Le profil fiscal nécessite une action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bank or tax details are missing.</source>
        <translation>Des coordonnées bancaires ou des informations fiscales sont manquantes.</translation>
    </message>
    <message>
        <source>The account holder &apos;%1&apos; does not match the legal name &apos;%2&apos;.</source>
        <translation>Le titulaire du compte «&#xa0;%1&#xa0;» ne correspond pas au nom légal «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>%1 n&apos;est pas accepté pour un compte bancaire du pays %2.</translation>
    </message>
    <message>
        <source>The %1 has expired.</source>
        <translation>Le formulaire %1 a expiré.</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>Un administrateur de compte doit attribuer un administrateur des incentives à cet emplacement.</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Update payout and tax profiles: %1</source>
        <translation>Mettez à jour les profils de paiement et fiscaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Update the bank profile: %1</source>
        <translation>Mettez à jour le profil bancaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Update the tax profile: %1</source>
        <translation>Mettez à jour le profil fiscal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Complete payout and tax profiles, then Submit.</source>
        <translation>Complétez les profils de paiement et fiscaux, puis soumettez.</translation>
    </message>
    <message>
        <source>None. Validation is expected to end by %1.</source>
        <translation>Aucune. La validation devrait se terminer d&apos;ici le %1.</translation>
    </message>
    <message>
        <source>None. Validation takes up to 48 hours.</source>
        <translation>Aucune. La validation prend jusqu&apos;à 48 heures.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>See eligibility requirements</source>
        <translation>Voir les conditions d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>Renouvelez le contrat de programme partenaire (IVDMPA).</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>Remplissez à nouveau les conditions d&apos;éligibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The program is closed for enrollment; wait for it to reopen.</source>
        <translation>Le programme est fermé aux inscriptions&#xa0;; attendez sa réouverture.</translation>
    </message>
    <message>
        <source>The program is not open now.</source>
        <translation>Le programme n&apos;est pas ouvert actuellement.</translation>
    </message>
    <message>
        <source>None. The program is no longer offered.</source>
        <translation>Aucune. Le programme n&apos;est plus proposé.</translation>
    </message>
    <message>
        <source>Name the treaty article the claim rests on.</source>
        <translation>Indiquez l’article de la convention sur lequel repose la demande.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the W-8BEN.</source>
        <translation>Saisissez le nom de la personne qui signe le W-8BEN.</translation>
    </message>
    <message>
        <source>A US citizen files a W-9, not a W-8BEN.</source>
        <translation>Un citoyen américain remplit un W-9, pas un W-8BEN.</translation>
    </message>
    <message>
        <source>Enter the foreign tax ID, or the reason the person has none.</source>
        <translation>Saisissez le numéro fiscal étranger, ou la raison pour laquelle la personne n’en a pas.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s date of birth.</source>
        <translation>Saisissez la date de naissance de la personne.</translation>
    </message>
    <message>
        <source>Enter a date of birth after 1900.</source>
        <translation>Saisissez une date de naissance postérieure à 1900.</translation>
    </message>
    <message>
        <source>The date of birth must come before the signature date.</source>
        <translation>La date de naissance doit précéder la date de signature.</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, or a W-8BEN for an individual.</source>
        <translation>Un site hors des États-Unis remplit un W-8BEN-E, ou un W-8BEN pour une personne physique.</translation>
    </message>
    <message>
        <source>Enter the name of the person the bank may contact.</source>
        <translation>Saisissez le nom de la personne que la banque peut contacter.</translation>
    </message>
    <message>
        <source>Credit note is not offered in %1.</source>
        <translation>L&apos;avoir n&apos;est pas proposé en/au %1.</translation>
    </message>
    <message>
        <source>A credit note in %1 needs no tax-exemption request.</source>
        <translation>Un avoir en/au %1 ne nécessite pas de demande d&apos;exonération fiscale.</translation>
    </message>
    <message>
        <source>The CSP tenant of the credit-note profile &apos;%1&apos; needs verification by an Incentives admin of its location.</source>
        <translation>Le tenant CSP du profil d&apos;avoir « %1 » doit être vérifié par un administrateur Incentives de son site.</translation>
    </message>
    <message>
        <source>Action required: %1</source>
        <translation>Action requise : %1</translation>
    </message>
    <message>
        <source>%1 pays in %2 only.</source>
        <translation>%1 paie uniquement en %2.</translation>
    </message>
    <message>
        <source>The payments are already on hold.</source>
        <translation>Les paiements sont déjà suspendus.</translation>
    </message>
    <message>
        <source>The payments are not on hold.</source>
        <translation>Les paiements ne sont pas suspendus.</translation>
    </message>
    <message>
        <source>Only an accepted enrollment has payments to hold; this one is %1.</source>
        <translation>Seule une inscription acceptée a des paiements à suspendre ; celle-ci est %1.</translation>
    </message>
    <message>
        <source>%1 pays in %2; this enrollment is paid in %3.</source>
        <translation>%1 paie en %2 ; cette inscription est payée en %3.</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Paiement suspendu</translation>
    </message>
    <message>
        <source>%1 Payment on hold.</source>
        <translation>%1 Paiement suspendu.</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location; choose one of location %2&apos;s.</source>
        <translation>Le profil fiscal %1 appartient à un autre emplacement ; choisissez-en un de l&apos;emplacement %2.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Ce compte d&apos;utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>%1 has no invitation for location %2.</source>
        <translation>%1 n&apos;a pas d&apos;invitation pour l&apos;emplacement %2.</translation>
    </message>
    <message>
        <source>%1 is not open for enrollment.</source>
        <translation>%1 n&apos;est pas ouvert aux inscriptions.</translation>
    </message>
    <message>
        <source>Continue: complete the payout and tax profiles first. %1</source>
        <translation>Continuer&#xa0;: complétez d&apos;abord les profils de paiement et fiscaux. %1</translation>
    </message>
    <message>
        <source>All %L1 locations</source>
        <translation>Les %L1 emplacements</translation>
    </message>
    <message>
        <source>No such message in your inbox.</source>
        <translation>Ce message ne figure pas dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, account %2 (%3)</source>
        <translation>%1, compte %2 (%3)</translation>
    </message>
    <message>
        <source>This action is closed already.</source>
        <translation>Cette action est déjà close.</translation>
    </message>
    <message>
        <source>A mandatory action cannot be dismissed; it closes once it is done.</source>
        <translation>Une action obligatoire ne peut pas être ignorée ; elle se ferme une fois effectuée.</translation>
    </message>
</context>
<context>
    <name>Enrollments</name>
    <message>
        <source>No such enrollment.</source>
        <translation>Cette inscription n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Le disque est plein : %1 n&apos;a pas été écrit. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n&apos;y a aucun fichier à %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe, not a database file.</source>
        <translation>%1 est un périphérique ou un tube, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 est vide : il ne contient aucune base de données.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe; give the name of a regular file.</source>
        <translation>%1 est un périphérique ou un tube ; indiquez le nom d&apos;un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 est la base de données ouverte elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>the new database is missing</source>
        <translation>la nouvelle base de données est absente</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the new database could not be flushed to the disk</source>
        <translation>la nouvelle base de données n&apos;a pas pu être écrite sur le disque</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>No country is called “%1”: type more of its name, or choose it from the list.</source>
        <translation>Aucun pays ne s’appelle « %1 » : tapez davantage de son nom ou choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Encore requis : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Fields still needed</source>
        <translation>Champs encore requis</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Generate 1 to 1,000,000 locations and 1 to 1,000 programs.</source>
        <translation>Générez de 1 à 1&#xa0;000&#xa0;000 emplacements et de 1 à 1&#xa0;000 programmes.</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>Cette base de données contient déjà une organisation&#xa0;; utilisez un nouveau fichier.</translation>
    </message>
    <message>
        <source>The location misses a criterion.</source>
        <translation>L&apos;emplacement ne remplit pas l&apos;un des critères.</translation>
    </message>
    <message>
        <source>Generation cancelled after %1 enrollments.</source>
        <translation>Génération annulée après %1 inscriptions.</translation>
    </message>
</context>
<context>
    <name>GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 étapes terminées sur %2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>Non atteinte.</translation>
    </message>
    <message>
        <source>Done; no picture was taken of it.</source>
        <translation>Terminée ; aucune image n’en a été prise.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>L&apos;écriture d&apos;un fichier PDF nécessite la partie graphique de Qt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>No new invitations. Invitations you have opened stay in the Incentives workspace.</source>
        <translation>Aucune nouvelle invitation. Les invitations que vous avez ouvertes restent dans l&apos;espace de travail Incentives.</translation>
    </message>
    <message>
        <source>Your locations</source>
        <translation>Vos emplacements</translation>
    </message>
    <message>
        <source>Status summary by location</source>
        <translation>Synthèse des statuts par emplacement</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Action de votre part requise</translation>
    </message>
    <message>
        <source>Enrollments that need your action</source>
        <translation>Inscriptions nécessitant une action de votre part</translation>
    </message>
    <message>
        <source>New enrollment invitations; press Enter on one to open it in the Incentives workspace</source>
        <translation>Nouvelles invitations à l&apos;inscription&#xa0;; appuyez sur Entrée sur l&apos;une d&apos;elles pour l&apos;ouvrir dans l&apos;espace de travail Incentives</translation>
    </message>
    <message>
        <source>One row per location, one column per status, the number of enrollments in the cells</source>
        <translation>Une ligne par emplacement, une colonne par statut, le nombre d&apos;inscriptions dans les cellules</translation>
    </message>
    <message>
        <source>Press Enter on an enrollment to select it in the Incentives workspace</source>
        <translation>Appuyez sur Entrée sur une inscription pour la sélectionner dans l&apos;espace de travail Incentives</translation>
    </message>
    <message>
        <source>Mandatory actions</source>
        <translation>Actions obligatoires</translation>
    </message>
    <message>
        <source>Open mandatory actions, the earliest due first; press Enter on one to go where it is done</source>
        <translation>Actions obligatoires ouvertes, la plus proche échéance d&apos;abord ; appuyez sur Entrée pour aller là où elle se fait</translation>
    </message>
    <message>
        <source>How many invitations there are</source>
        <translation>Nombre d&apos;invitations</translation>
    </message>
    <message>
        <source>Show &amp;all invited enrollments</source>
        <translation>Afficher &amp;toutes les inscriptions invitées</translation>
    </message>
    <message>
        <source>Show all invited enrollments</source>
        <translation>Afficher toutes les inscriptions invitées</translation>
    </message>
    <message>
        <source>Opens the Incentives workspace filtered to the invited enrollments</source>
        <translation>Ouvre l&apos;espace de travail Incentives filtré sur les inscriptions invitées</translation>
    </message>
</context>
<context>
    <name>HtmlPrinter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>L&apos;écriture d&apos;un fichier PDF nécessite la partie graphique de Qt.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The text of the selected message</source>
        <translation>Le texte du message sélectionné</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Your actions and messages from Partner Center: open mandatory ones first, then by due date; the selected one shows below</source>
        <translation>Vos actions et messages de l&apos;Espace partenaires : les obligatoires ouvertes d&apos;abord, puis par échéance ; celle sélectionnée s&apos;affiche en dessous</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Go to where this action is done</source>
        <translation>Aller là où cette action se fait</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close this recommended action; mandatory actions close when they are done</source>
        <translation>Fermer cette action recommandée ; les actions obligatoires se ferment une fois effectuées</translation>
    </message>
    <message>
        <source>Nothing here yet. Invitations, validation outcomes, tax-form reminders, renewal outcomes and role changes arrive here.</source>
        <translation>Rien pour l&apos;instant. Les invitations, résultats de validation, rappels de formulaire fiscal, résultats de renouvellement et changements de rôle arrivent ici.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Partner incentive enrollment</source>
        <translation>Inscription aux incentives partenaires</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>Profil de paiement (bancaire)</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>Profil &amp;bancaire&#xa0;:</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Profil bancaire</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>I have read the program guide and accept the program &amp;terms for this location.</source>
        <translation>J&apos;ai lu le guide du programme et j&apos;accepte les &amp;conditions du programme pour cet emplacement.</translation>
    </message>
    <message>
        <source>The bank account Microsoft pays this program&apos;s incentives to</source>
        <translation>Le compte bancaire sur lequel Microsoft paie les incentives de ce programme</translation>
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
        <translation>Page</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Incentives &amp;workspace</source>
        <translation>&amp;Espace de travail Incentives</translation>
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
        <translation>Profils de &amp;paiement et fiscaux</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;My access</source>
        <translation>&amp;Mon accès</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>By &amp;program</source>
        <translation>Par pro&amp;gramme</translation>
    </message>
    <message>
        <source>List the workspace program by program</source>
        <translation>Afficher l&apos;espace de travail programme par programme</translation>
    </message>
    <message>
        <source>By &amp;location</source>
        <translation>Par emp&amp;lacement</translation>
    </message>
    <message>
        <source>List the workspace location by location</source>
        <translation>Afficher l&apos;espace de travail emplacement par emplacement</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the workspace (Ctrl+F)</source>
        <translation>Rechercher dans l&apos;espace de travail (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload from the database (F5)</source>
        <translation>Recharger depuis la base de données (F5)</translation>
    </message>
    <message>
        <source>&amp;About Incentives Desk</source>
        <translation>À &amp;propos d&apos;Incentives Desk</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer à partir d&apos;une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>Vérifier la base de &amp;données</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>&amp;Ouvrir un fichier de base de données…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a shared database…</source>
        <translation>Se co&amp;nnecter à une base de données partagée…</translation>
    </message>
    <message>
        <source>Work on a PostgreSQL database shared with your team</source>
        <translation>Travailler sur une base de données PostgreSQL partagée avec votre équipe</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Exporter l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the workspace as it is filtered and sorted to a CSV file (Ctrl+E)</source>
        <translation>Enregistrer l&apos;espace de travail, tel qu&apos;il est filtré et trié, dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Location su&amp;mmary…</source>
        <translation>Synthèse de l&apos;e&amp;mplacement…</translation>
    </message>
    <message>
        <source>Print or save as PDF a location&apos;s enrollments and profiles</source>
        <translation>Imprimer ou enregistrer en PDF les inscriptions et les profils d&apos;un emplacement</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>P&amp;rise en main</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>Centre d&apos;&amp;actions</translation>
    </message>
    <message>
        <source>&amp;Renewal forecast</source>
        <translation>&amp;Prévision de renouvellement</translation>
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
        <translation>Les outils de démonstration ne fonctionnent que dans une base de démonstration.</translation>
    </message>
    <message>
        <source>This database asks for passwords: only one of its Account admins can replace it. Say who acts with --as.</source>
        <translation>Cette base demande des mots de passe : seul l’un de ses administrateurs de compte peut la remplacer. Indiquez qui agit avec --as.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>Impossible de lire la version du schéma.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>La mise à niveau de la base de données vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot build the reference schema.</source>
        <translation>Impossible de construire le schéma de référence.</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>L&apos;objet %2 (%1) est absent.</translation>
    </message>
    <message>
        <source>The %1 %2 was altered.</source>
        <translation>L&apos;objet %2 (%1) a été modifié.</translation>
    </message>
    <message>
        <source>The %1 %2 does not belong to the schema.</source>
        <translation>L&apos;objet %2 (%1) n&apos;appartient pas au schéma.</translation>
    </message>
</context>
<context>
    <name>MyAccessPage</name>
    <message>
        <source>Your roles</source>
        <translation>Vos rôles</translation>
    </message>
    <message>
        <source>Your roles by location</source>
        <translation>Vos rôles par emplacement</translation>
    </message>
    <message>
        <source>For more access, ask an Account admin:</source>
        <translation>Pour obtenir davantage d&apos;accès, adressez-vous à un administrateur de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Administrateurs de compte</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>The program is not open for enrollment now.</source>
        <translation>Le programme n’est pas ouvert aux inscriptions pour le moment.</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>Un administrateur de compte doit attribuer un administrateur des incitations à ce site.</translation>
    </message>
    <message>
        <source>Nothing can be enrolled here until the program or the location is active again.</source>
        <translation>Rien ne peut être inscrit ici tant que le programme ou le site n’est pas de nouveau actif.</translation>
    </message>
    <message>
        <source>This enrollment is %1: there is nothing to enroll.</source>
        <translation>Cette inscription est %1 : il n’y a rien à inscrire.</translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>You don&apos;t have an incentives role yet. To see or enroll incentive programs, ask one of your organization&apos;s Account admins to assign you the Incentives admin or Incentives user role for your location.</source>
        <translation>Vous n&apos;avez pas encore de rôle pour les incentives. Pour consulter des programmes d&apos;incentives ou vous y inscrire, demandez à l&apos;un des administrateurs de compte de votre organisation de vous attribuer le rôle Administrateur des incentives ou Utilisateur des incentives pour votre emplacement.</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Administrateurs de compte</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Revenue cannot be negative.</source>
        <translation>Le chiffre d&apos;affaires ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The number of new customers cannot be negative.</source>
        <translation>Le nombre de nouveaux clients ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A location with the PartnerID %1 exists already.</source>
        <translation>Un site avec le PartnerID %1 existe déjà.</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>Indiquez au moins une devise de paiement.</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>Un programme ouvert à tous n&apos;a pas de critères d&apos;éligibilité.</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>Un programme nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>%1 is %2: it takes no new invitations.</source>
        <translation>%1 est %2 : il n&apos;accepte plus de nouvelles invitations.</translation>
    </message>
    <message>
        <source>%1 at %2 has its invitation already: it is %3.</source>
        <translation>%1 sur %2 a déjà son invitation : statut %3.</translation>
    </message>
    <message>
        <source>Give the reason Partner Center shows for the rejection.</source>
        <translation>Indiquez le motif du refus affiché par Partner Center.</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>%1 n&apos;a pas d&apos;inscription sur %2.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Le fichier dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The file is empty: its first line names the columns (%1).</source>
        <translation>Le fichier est vide : sa première ligne nomme les colonnes (%1).</translation>
    </message>
    <message>
        <source>Line 1: &apos;%1&apos; is not a column of this import; the columns are %2.</source>
        <translation>Ligne 1 : « %1 » n&apos;est pas une colonne de cet import ; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 appears twice.</source>
        <translation>Ligne 1 : la colonne %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 is missing; the file needs %2.</source>
        <translation>Ligne 1 : la colonne %1 manque ; le fichier doit avoir %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Le fichier a plus de %1 lignes.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>agreement is active or expired.</source>
        <translation>agreement vaut active ou expired.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 vaut yes ou no.</translation>
    </message>
    <message>
        <source>revenue_usd and customers are whole numbers, zero or more.</source>
        <translation>revenue_usd et customers sont des nombres entiers positifs ou nuls.</translation>
    </message>
    <message>
        <source>the PartnerID %1 is on line %2 already.</source>
        <translation>le PartnerID %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>a location with the PartnerID %1 exists already.</source>
        <translation>un site avec le PartnerID %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 is on line %2 already.</source>
        <translation>%1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>a user with the email address %1 exists already.</source>
        <translation>un utilisateur avec l&apos;adresse e-mail %1 existe déjà.</translation>
    </message>
    <message>
        <source>a location is given without a role.</source>
        <translation>un site est indiqué sans rôle.</translation>
    </message>
    <message>
        <source>role is account-admin, incentives-admin or incentives-user.</source>
        <translation>role vaut account-admin, incentives-admin ou incentives-user.</translation>
    </message>
    <message>
        <source>an Account admin covers the whole organization; give no location.</source>
        <translation>un administrateur de compte couvre toute l&apos;organisation ; n&apos;indiquez pas de site.</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>%1 s&apos;attribue par site : indiquez son PartnerID.</translation>
    </message>
    <message>
        <source>%1 has one Incentives admin; line %2 names one already.</source>
        <translation>%1 a un seul administrateur Incentives ; la ligne %2 en nomme déjà un.</translation>
    </message>
    <message>
        <source>%1 has an Incentives admin already: %2.</source>
        <translation>%1 a déjà un administrateur Incentives : %2.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>Le fichier n&apos;a aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Nothing was imported (problems: %1). %2</source>
        <translation>Rien n&apos;a été importé (problèmes : %1). %2</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Mémoire insuffisante pour protéger le mot de passe.</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Demo clock</source>
        <translation>Horloge de démo</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 &amp;heure</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;jour</translation>
    </message>
    <message>
        <source>+&amp;48 hours</source>
        <translation>+&amp;48 heures</translation>
    </message>
    <message>
        <source>To &amp;fiscal-year end</source>
        <translation>Jusqu&apos;à la &amp;fin de l&apos;exercice</translation>
    </message>
    <message>
        <source>Set the demo clock to</source>
        <translation>Régler l&apos;horloge de démo sur</translation>
    </message>
    <message>
        <source>&amp;Set clock</source>
        <translation>Régler l&apos;hor&amp;loge</translation>
    </message>
    <message>
        <source>Validations waiting for Microsoft</source>
        <translation>Validations en attente chez Microsoft</translation>
    </message>
    <message>
        <source>Pending validations</source>
        <translation>Validations en attente</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Motif d&apos;un rejet</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>&amp;Approve now</source>
        <translation>&amp;Approuver maintenant</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Close for enrollment</source>
        <translation>Fermer aux in&amp;scriptions</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>D&amp;iscontinue…</source>
        <translation>Arrê&amp;ter…</translation>
    </message>
    <message>
        <source>&amp;New program:</source>
        <translation>&amp;Nouveau programme&#xa0;:</translation>
    </message>
    <message>
        <source>New program name</source>
        <translation>Nom du nouveau programme</translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation>De&amp;vises&#xa0;:</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>Devises de paiement</translation>
    </message>
    <message>
        <source>Cri&amp;teria:</source>
        <translation>&amp;Critères&#xa0;:</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Critères d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Open to all (no criteria, no email)</source>
        <translation>Ouvert à tous (aucun critère, aucun e-mail)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>What eligibility is judged on</source>
        <translation>Éléments d&apos;évaluation de l&apos;éligibilité</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Active partner program a&amp;greement</source>
        <translation>Contrat &amp;de programme partenaire actif</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Désignation Solutions Partner</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>Revendeur indirect CSP</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>Partenaire CSP à facturation directe</translation>
    </message>
    <message>
        <source>Re&amp;venue (USD):</source>
        <translation>Ch&amp;iffre d&apos;affaires (USD)&#xa0;:</translation>
    </message>
    <message>
        <source>Trailing revenue in US dollars</source>
        <translation>Chiffre d&apos;affaires des douze derniers mois en dollars américains</translation>
    </message>
    <message>
        <source>New c&amp;ustomers:</source>
        <translation>Nouveau&amp;x clients&#xa0;:</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>Nouveaux clients au cours des douze derniers mois</translation>
    </message>
    <message>
        <source>Save and &amp;judge eligibility</source>
        <translation>Enregistrer et évaluer l&apos;éligi&amp;bilité</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>Nom de l&apos;instantané</translation>
    </message>
    <message>
        <source>Sa&amp;ve snapshot</source>
        <translation>Enregistrer l&apos;inst&amp;antané</translation>
    </message>
    <message>
        <source>Saved snapshots</source>
        <translation>Instantanés enregistrés</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>R&amp;eset demo…</source>
        <translation>Réinitialiser la dé&amp;mo…</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Outils du présentateur</translation>
    </message>
    <message>
        <source>Move the demo clock one hour forward; what came due on Microsoft&apos;s side happens</source>
        <translation>Avancer l&apos;horloge de démo d&apos;une heure&#xa0;; ce qui est arrivé à échéance côté Microsoft a lieu</translation>
    </message>
    <message>
        <source>Move the demo clock one day forward; what came due on Microsoft&apos;s side happens</source>
        <translation>Avancer l&apos;horloge de démo d&apos;un jour&#xa0;; ce qui est arrivé à échéance côté Microsoft a lieu</translation>
    </message>
    <message>
        <source>Move the demo clock 48 hours forward: every validation under way ends</source>
        <translation>Avancer l&apos;horloge de démo de 48 heures&#xa0;: toutes les validations en cours se terminent</translation>
    </message>
    <message>
        <source>Move the demo clock to the start of the next fiscal year: enrollments renew or become inactive</source>
        <translation>Régler l&apos;horloge de démo sur le début de l&apos;exercice suivant&#xa0;: les inscriptions sont renouvelées ou deviennent inactives</translation>
    </message>
    <message>
        <source>A date and time in UTC, year-month-day hours:minutes, no earlier than now</source>
        <translation>Une date et une heure en UTC, année-mois-jour heures:minutes, au plus tôt maintenant</translation>
    </message>
    <message>
        <source>The program that Close, Reopen and Discontinue act on</source>
        <translation>Le programme sur lequel agissent Fermer aux inscriptions, Rouvrir et Arrêter</translation>
    </message>
    <message>
        <source>Every enrollment in the program becomes Discontinued, for good; asks first</source>
        <translation>Toutes les inscriptions du programme passent définitivement au statut «&#xa0;Arrêté&#xa0;»&#xa0;; avec confirmation</translation>
    </message>
    <message>
        <source>Currency codes separated by commas</source>
        <translation>Codes de devise séparés par des virgules</translation>
    </message>
    <message>
        <source>Requirements separated by semicolons, for example agreement;solutions-partner;revenue&gt;=100000</source>
        <translation>Conditions séparées par des points-virgules, par exemple agreement;solutions-partner;revenue&gt;=100000</translation>
    </message>
    <message>
        <source>Publish the new program; Microsoft judges every location&apos;s eligibility and sends the invitations</source>
        <translation>Publier le nouveau programme&#xa0;; Microsoft évalue l&apos;éligibilité de chaque emplacement et envoie les invitations</translation>
    </message>
    <message>
        <source>Enrollments under validation and when each is due; Approve and Reject act on the selected one</source>
        <translation>Inscriptions en cours de validation et leur échéance&#xa0;; Approuver et Rejeter agissent sur celle qui est sélectionnée</translation>
    </message>
    <message>
        <source>What Microsoft tells the Incentives admin when the selected validation is rejected</source>
        <translation>Ce que Microsoft indique à l&apos;administrateur des incentives lorsque la validation sélectionnée est rejetée</translation>
    </message>
    <message>
        <source>Reject the selected validation with the reason above</source>
        <translation>Rejeter la validation sélectionnée avec le motif ci-dessus</translation>
    </message>
    <message>
        <source>The location whose attributes show below</source>
        <translation>L&apos;emplacement dont les attributs s&apos;affichent ci-dessous</translation>
    </message>
    <message>
        <source>Save the demo as it is now under the name typed before</source>
        <translation>Enregistrer l&apos;état actuel de la démo sous le nom saisi auparavant</translation>
    </message>
    <message>
        <source>Replace the demo with the chosen snapshot; asks first</source>
        <translation>Remplacer la démo par l&apos;instantané choisi&#xa0;; avec confirmation</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data; asks first</source>
        <translation>Revenir aux données de démo d&apos;origine&#xa0;; avec confirmation</translation>
    </message>
    <message>
        <source>Find a pending validation</source>
        <translation>Trouver une validation en attente</translation>
    </message>
    <message>
        <source>Find by program, PartnerID or location</source>
        <translation>Chercher par programme, PartnerID ou site</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>On a shared PostgreSQL database: a sandbox organization for each trainee, and their progress live.</source>
        <translation>Sur une base PostgreSQL partagée : une organisation bac à sable par stagiaire, et sa progression en direct.</translation>
    </message>
    <message>
        <source>Class &amp;dashboard…</source>
        <translation>&amp;Tableau de bord de la formation…</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Tableau de bord de la formation</translation>
    </message>
    <message>
        <source>Create trainees&apos; sandboxes, follow their progress and reset one</source>
        <translation>Créer les bacs à sable des stagiaires, suivre leur progression et en réinitialiser un</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Il n’existe aucun document %1.</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>Vous n&apos;avez aucun rôle pour les incentives. Demandez l&apos;accès à un administrateur de compte.</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun profil bancaire nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A bank profile named &apos;%1&apos; exists already.</source>
        <translation>Un profil bancaire nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation>La date de signature ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A %1 signed on %2 expired on %3; sign a new one.</source>
        <translation>Un formulaire %1 signé le %2 a expiré le %3&#xa0;; signez-en un nouveau.</translation>
    </message>
    <message>
        <source>Say which of your locations this bank profile is for.</source>
        <translation>Indiquez pour lequel de vos sites est ce profil bancaire.</translation>
    </message>
    <message>
        <source>Credit note is not offered in the country of %1; choose bank transfer.</source>
        <translation>L&apos;avoir n&apos;est pas proposé dans le pays de %1 ; choisissez le virement.</translation>
    </message>
    <message>
        <source>A credit-note profile is in the country of its location (%1).</source>
        <translation>Un profil d&apos;avoir est dans le pays de son site (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; pays by bank transfer; only a credit-note profile has a tenant to verify.</source>
        <translation>« %1 » paie par virement ; seul un profil d&apos;avoir a un tenant à vérifier.</translation>
    </message>
    <message>
        <source>Only an Incentives admin of the location the profile &apos;%1&apos; was created for verifies its CSP tenant.</source>
        <translation>Seul un administrateur Incentives du site pour lequel le profil « %1 » a été créé vérifie son tenant CSP.</translation>
    </message>
    <message>
        <source>The CSP tenant of &apos;%1&apos; is confirmed already.</source>
        <translation>Le tenant CSP de « %1 » est déjà confirmé.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>No such bank profile.</source>
        <translation>Ce profil bancaire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun profil bancaire nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no tax profile %1.</source>
        <translation>Il n&apos;y a pas de profil fiscal %1.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Bank profiles of the organization</source>
        <translation>Profils bancaires de l&apos;organisation</translation>
    </message>
    <message>
        <source>Bank profiles</source>
        <translation>Profils bancaires</translation>
    </message>
    <message>
        <source>&amp;Add bank profile…</source>
        <translation>&amp;Ajouter un profil bancaire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>&amp;Définir par défaut pour l&apos;emplacement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Default bank profile:</source>
        <translation>Profil bancaire par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>Profil fiscal&#xa0;:</translation>
    </message>
    <message>
        <source>Edit &amp;tax profile…</source>
        <translation>Modifier le profil &amp;fiscal…</translation>
    </message>
    <message>
        <source>The organization&apos;s bank profiles and their validation status; press Enter to edit the selected one</source>
        <translation>Les profils bancaires de l&apos;organisation et leur statut de validation&#xa0;; appuyez sur Entrée pour modifier celui qui est sélectionné</translation>
    </message>
    <message>
        <source>The location whose default bank profile and tax profile show below</source>
        <translation>L&apos;emplacement dont le profil bancaire par défaut et le profil fiscal s&apos;affichent ci-dessous</translation>
    </message>
    <message>
        <source>Search bank profiles by name</source>
        <translation>Chercher des profils bancaires par nom</translation>
    </message>
    <message>
        <source>Search bank profiles</source>
        <translation>Chercher des profils bancaires</translation>
    </message>
</context>
<context>
    <name>ProgramGuide</name>
    <message>
        <source>About this program</source>
        <translation>À propos de ce programme</translation>
    </message>
    <message>
        <source>%1 is an incentive program of Microsoft Partner Center for fiscal year %2, from %3 to %4.</source>
        <translation>%1 est un programme d’incitations de l’Espace partenaires Microsoft pour l’exercice %2, du %3 au %4.</translation>
    </message>
    <message>
        <source>It is open for enrollment.</source>
        <translation>Il est ouvert aux inscriptions.</translation>
    </message>
    <message>
        <source>It is closed for enrollment: invitations not yet enrolled wait until it opens again.</source>
        <translation>Il est fermé aux inscriptions : les invitations pas encore inscrites attendent sa réouverture.</translation>
    </message>
    <message>
        <source>It is no longer offered; its enrollments are discontinued.</source>
        <translation>Il n’est plus proposé ; ses inscriptions sont arrêtées.</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>Qui est admissible</translation>
    </message>
    <message>
        <source>Every location may enroll: the program is open to all. It sends no invitation email; it shows in the Incentives workspace of the users who hold a role for the location.</source>
        <translation>Tout site peut s’inscrire : le programme est ouvert à tous. Il n’envoie pas d’e-mail d’invitation ; il apparaît dans l’espace de travail des incitations des utilisateurs qui ont un rôle pour le site.</translation>
    </message>
    <message>
        <source>Microsoft invites the locations it chooses; the invitation reaches the location&apos;s Incentives admin by email.</source>
        <translation>Microsoft invite les sites de son choix ; l’invitation parvient par e-mail à l’administrateur des incitations du site.</translation>
    </message>
    <message>
        <source>A location is invited when it meets every one of these criteria; the invitation reaches its Incentives admin by email:</source>
        <translation>Un site est invité lorsqu’il remplit chacun de ces critères ; l’invitation parvient par e-mail à son administrateur des incitations :</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Payouts are made in %1, by %2, to the bank profile of the enrollment; the account holder must be the location&apos;s legal entity.</source>
        <translation>Les paiements sont effectués en %1, par %2, sur le profil bancaire de l’inscription ; le titulaire du compte doit être l’entité juridique du site.</translation>
    </message>
    <message>
        <source>How to enroll</source>
        <translation>Comment s’inscrire</translation>
    </message>
    <message>
        <source>The location&apos;s Incentives admin selects Get Started in the invitation email, or Enroll in the Incentives workspace.</source>
        <translation>L’administrateur des incitations du site sélectionne Commencer dans l’e-mail d’invitation, ou S’inscrire dans l’espace de travail des incitations.</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile; another of the location&apos;s bank profiles may be chosen.</source>
        <translation>L’invitation affiche le profil bancaire par défaut et le profil fiscal du site ; un autre profil bancaire du site peut être choisi.</translation>
    </message>
    <message>
        <source>When everything the program needs is on file, Submit sends it for validation; otherwise Continue opens the payout and tax profiles with what is missing.</source>
        <translation>Quand tout ce que le programme demande est enregistré, Envoyer le transmet pour validation ; sinon Continuer ouvre les profils de paiement et fiscaux avec ce qui manque.</translation>
    </message>
    <message>
        <source>Microsoft validates the details within 48 hours: the enrollment is then Enrolled, or Enrolling with what to correct.</source>
        <translation>Microsoft valide les informations sous 48 heures : l’inscription est alors Inscrit, ou En cours d’inscription avec ce qu’il faut corriger.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>The enrollment expires on %1, at the end of the fiscal year. It renews into the next fiscal year by itself when the location is still eligible, its partner program agreement is active, and its payout and tax details are complete and valid.</source>
        <translation>L’inscription expire le %1, à la fin de l’exercice. Elle se renouvelle d’elle-même pour l’exercice suivant lorsque le site est toujours admissible, que son contrat du programme partenaire est actif et que ses informations de paiement et fiscales sont complètes et valides.</translation>
    </message>
    <message>
        <source>The terms you accept</source>
        <translation>Les conditions que vous acceptez</translation>
    </message>
    <message>
        <source>By enrolling a location in %1 you confirm that:</source>
        <translation>En inscrivant un site à %1, vous confirmez que :</translation>
    </message>
    <message>
        <source>you are the location&apos;s Incentives admin and may act for it;</source>
        <translation>vous êtes l’administrateur des incitations du site et pouvez agir en son nom ;</translation>
    </message>
    <message>
        <source>the payout and tax details on file are accurate and belong to the location&apos;s legal entity;</source>
        <translation>les informations de paiement et fiscales enregistrées sont exactes et appartiennent à l’entité juridique du site ;</translation>
    </message>
    <message>
        <source>Microsoft may validate these details, and payouts wait while any of them needs action;</source>
        <translation>Microsoft peut valider ces informations, et les paiements attendent tant que l’une d’elles demande une action ;</translation>
    </message>
    <message>
        <source>the enrollment ends with the fiscal year unless it renews, and when the program is discontinued.</source>
        <translation>l’inscription prend fin avec l’exercice, sauf si elle se renouvelle, et lorsque le programme est arrêté.</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>No such program.</source>
        <translation>Ce programme n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no program named &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun programme nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>The partner program agreement is not active (IVDMPA).</source>
        <translation>Le contrat de programme partenaire n&apos;est pas actif (IVDMPA).</translation>
    </message>
    <message>
        <source>Payout and tax profiles must be validated again.</source>
        <translation>Les profils de paiement et fiscaux doivent être validés à nouveau.</translation>
    </message>
    <message>
        <source>None: the program is not open for the new year.</source>
        <translation>Aucune&#xa0;: le programme n&apos;est pas ouvert pour la nouvelle année.</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>Renouvelez le contrat de programme partenaire (IVDMPA).</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>Remplissez à nouveau les conditions d&apos;éligibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign a new tax form before the year ends: %1</source>
        <translation>Signez un nouveau formulaire fiscal avant la fin de l&apos;exercice&#xa0;: %1</translation>
    </message>
    <message>
        <source>Update the payout and tax profiles: %1</source>
        <translation>Mettez à jour les profils de paiement et fiscaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>The program is not open for the new year</source>
        <translation>Le programme n&apos;est pas ouvert pour la nouvelle année</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Contrat du programme partenaire</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>Critères d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Payout and tax details</source>
        <translation>Informations de paiement et fiscales</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Assign a role</source>
        <translation>Attribuer un rôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The address the user signs in with</source>
        <translation>L&apos;adresse avec laquelle l&apos;utilisateur se connecte</translation>
    </message>
    <message>
        <source>The location the role is for; an Account admin&apos;s role covers the whole organization</source>
        <translation>L&apos;emplacement auquel s&apos;applique le rôle&#xa0;; le rôle d&apos;un administrateur de compte couvre toute l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>Sandboxes</name>
    <message>
        <source>There is no sandbox %1.</source>
        <translation>Il n’y a pas de bac à sable %1.</translation>
    </message>
    <message>
        <source>There is no sandbox %1 in this database.</source>
        <translation>Il n’y a pas de bac à sable %1 dans cette base.</translation>
    </message>
    <message>
        <source>The server refuses the login %1 access to the sandbox %2.</source>
        <translation>Le serveur refuse à l’identifiant %1 l’accès au bac à sable %2.</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login.</source>
        <translation>%1 ne peut pas désigner l’identifiant d’un stagiaire.</translation>
    </message>
    <message>
        <source>There is a sandbox %1 already: reset it, or choose another trainee.</source>
        <translation>Le bac à sable %1 existe déjà : réinitialisez-le ou choisissez un autre stagiaire.</translation>
    </message>
    <message>
        <source>The login %1 has administrator rights and cannot be a trainee&apos;s.</source>
        <translation>L’identifiant %1 a des droits d’administrateur et ne peut pas être celui d’un stagiaire.</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>clé inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>« %1 » manque</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>« %1 » doit être du texte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PartnerID (7 digits)</source>
        <translation>« %1 » n&apos;est pas un PartnerID (7 chiffres)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos; (known: %2)</source>
        <translation>motif inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>&apos;in&apos; must be a list of at least one status</source>
        <translation>« in » doit être une liste d&apos;au moins un statut</translation>
    </message>
    <message>
        <source>a status must be text</source>
        <translation>un statut doit être du texte</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (known: %2)</source>
        <translation>statut inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>give exactly one of &apos;user&apos; and &apos;adminOf&apos;</source>
        <translation>indiquez exactement l&apos;un de « user » et « adminOf »</translation>
    </message>
    <message>
        <source>give both &apos;program&apos; and &apos;location&apos;, or neither</source>
        <translation>indiquez « program » et « location » ensemble, ou aucun des deux</translation>
    </message>
    <message>
        <source>unknown message kind &apos;%1&apos; (known: %2)</source>
        <translation>type de message inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>rôle inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>the role %1 covers the whole organization: it takes no location</source>
        <translation>le rôle %1 couvre toute l&apos;organisation : il ne prend pas d&apos;emplacement</translation>
    </message>
    <message>
        <source>unknown profile kind &apos;%1&apos; (known: %2)</source>
        <translation>type de profil inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>unknown profile status &apos;%1&apos; (known: %2)</source>
        <translation>statut de profil inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>a bank profile condition needs &apos;name&apos; or &apos;location&apos;</source>
        <translation>une condition de profil bancaire requiert « name » ou « location »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to bank profiles only</source>
        <translation>« %1 » ne s&apos;applique qu&apos;aux profils bancaires</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (e.g. 2026-07-01T00:00:00Z)</source>
        <translation>« %1 » n&apos;est pas une date et heure (p. ex. 2026-07-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>clockPast takes a date and time, or {&quot;sinceStart&quot;: a duration such as &quot;48h&quot;}</source>
        <translation>clockPast prend une date et heure, ou {&quot;sinceStart&quot;: une durée comme &quot;48h&quot;}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 48h, 2d, 1w)</source>
        <translation>« %1 » n&apos;est pas une durée (p. ex. 48h, 2d, 1w)</translation>
    </message>
    <message>
        <source>a condition is an object with one key, its kind (%1)</source>
        <translation>une condition est un objet à une seule clé, son type (%1)</translation>
    </message>
    <message>
        <source>unknown condition kind &apos;%1&apos; (known: %2)</source>
        <translation>type de condition inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a list of at least one condition</source>
        <translation>« %1 » prend une liste d&apos;au moins une condition</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an object</source>
        <translation>« %1 » prend un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>« %1 » doit être un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: lower-case letters, digits and hyphens</source>
        <translation>« %1 » n&apos;est pas un identifiant valide : minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>« format » doit valoir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number</source>
        <translation>« version » doit être un nombre entier</translation>
    </message>
    <message>
        <source>the file is written in version %1 of the format; this app reads version %2</source>
        <translation>le fichier utilise la version %1 du format ; cette application lit la version %2</translation>
    </message>
    <message>
        <source>&apos;chapters&apos; must be a list of at least one chapter</source>
        <translation>« chapters » doit être une liste d&apos;au moins un chapitre</translation>
    </message>
    <message>
        <source>a chapter must be an object</source>
        <translation>un chapitre doit être un objet</translation>
    </message>
    <message>
        <source>duplicate chapter id &apos;%1&apos;</source>
        <translation>identifiant de chapitre en double « %1 »</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of at least one step</source>
        <translation>« steps » doit être une liste d&apos;au moins une étape</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>une étape doit être un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an objectName: letters, digits and underscores, not starting with a digit</source>
        <translation>« %1 » n&apos;est pas un objectName : lettres, chiffres et traits de soulignement, sans chiffre au début</translation>
    </message>
    <message>
        <source>duplicate step id &apos;%1&apos;</source>
        <translation>identifiant d&apos;étape en double « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (e.g. de, pt_BR)</source>
        <translation>« %1 » n&apos;est pas un code de langue (p. ex. de, pt_BR)</translation>
    </message>
    <message>
        <source>a language variant must be an object</source>
        <translation>une variante de langue doit être un objet</translation>
    </message>
    <message>
        <source>no chapter has the id &apos;%1&apos;</source>
        <translation>aucun chapitre n&apos;a l&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <source>a chapter&apos;s title must be text</source>
        <translation>le titre d&apos;un chapitre doit être du texte</translation>
    </message>
    <message>
        <source>no step has the id &apos;%1&apos;</source>
        <translation>aucune étape n&apos;a l&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <source>a step&apos;s texts must be an object</source>
        <translation>les textes d&apos;une étape doivent être un objet</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB: not a scenario</source>
        <translation>le fichier dépasse %1 Kio : ce n&apos;est pas un scénario</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels: not a scenario</source>
        <translation>imbriqué sur plus de %1 niveaux : ce n&apos;est pas un scénario</translation>
    </message>
    <message>
        <source>a scenario file holds one JSON object</source>
        <translation>un fichier de scénario contient un objet JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the same object</source>
        <translation>« %1 » apparaît deux fois dans le même objet</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three letters)</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois lettres)</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Choisissez d’abord un scénario.</translation>
    </message>
    <message>
        <source>Start the scenario first: the handout shows the window as it was when each step was done.</source>
        <translation>Démarrez d’abord le scénario : le document montre la fenêtre telle qu’elle était à la fin de chaque étape.</translation>
    </message>
    <message>
        <source>No step has been done since the scenario started.</source>
        <translation>Aucune étape n’a été terminée depuis le démarrage du scénario.</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Start from the initial state…</source>
        <translation>&amp;Démarrer depuis l&apos;état initial…</translation>
    </message>
    <message>
        <source>The guided demo script to follow</source>
        <translation>Le script de démo guidé à suivre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop following the running scenario; the demo data stays as it is</source>
        <translation>Ne plus suivre le scénario en cours ; les données de démonstration restent telles quelles</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Reads a scenario file and lists it with the built-in ones</source>
        <translation>Lit un fichier de scénario et l&apos;ajoute à la liste des scénarios intégrés</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Writes the selected scenario as a file to start your own from</source>
        <translation>Écrit le scénario sélectionné dans un fichier, point de départ du vôtre</translation>
    </message>
    <message>
        <source>The scenario&apos;s steps by chapter; each says whether it is done</source>
        <translation>Les étapes du scénario par chapitre ; chacune indique si elle est faite</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notes du présentateur</translation>
    </message>
    <message>
        <source>Export han&amp;dout…</source>
        <translation>Exporter le docu&amp;ment…</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <source>Writes a PDF with each step&apos;s text and a picture of the window when it was done</source>
        <translation>Écrit un PDF avec le texte de chaque étape et une image de la fenêtre au moment où elle a été terminée</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>This database already holds an organization; use a new file (or --force).</source>
        <translation>Cette base de données contient déjà une organisation&#xa0;; utilisez un nouveau fichier (ou --force).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The window shows a new language when Incentives Desk starts again; you can restart it right after OK.</source>
        <translation>Une nouvelle langue s&apos;affiche au prochain démarrage d&apos;Incentives Desk&#xa0;; vous pouvez le redémarrer juste après OK.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Verrouiller après &amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Base de données par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Standard location</source>
        <translation>Chemin &amp;standard</translation>
    </message>
    <message>
        <source>Use incentives.db in your data folder</source>
        <translation>Utiliser incentives.db dans votre dossier de données</translation>
    </message>
    <message>
        <source>Opened when Incentives Desk starts without --database, from its next start on.</source>
        <translation>Ouverte quand Incentives Desk démarre sans --database, à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Show the &amp;clock in the status bar</source>
        <translation>Afficher l&apos;&amp;horloge dans la barre d&apos;état</translation>
    </message>
    <message>
        <source>The app clock; in a demo database, the demo clock the presenter sets</source>
        <translation>L&apos;horloge de l&apos;application&#xa0;; dans une base de données de démo, l&apos;horloge de démo réglée par le présentateur</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Incentives Desk</source>
        <translation>Connexion — Incentives Desk</translation>
    </message>
    <message>
        <source>Choose who you are. What you may see and do follows that user&apos;s roles.</source>
        <translation>Choisissez qui vous êtes. Ce que vous pouvez voir et faire dépend des rôles de cet utilisateur.</translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation>Filtrer par nom ou e-mail</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Select who you are; Enter signs in</source>
        <translation>Sélectionnez qui vous êtes&#xa0;; Entrée vous connecte</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>Le formulaire %1 a expiré le %2&#xa0;; signez-en un nouveau.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Les outils de démo ne fonctionnent que dans une base de données de démo.</translation>
    </message>
    <message>
        <source>The demo clock only moves forward (it is %1 now). Reset the demo to start over.</source>
        <translation>L&apos;horloge de démo ne fait qu&apos;avancer (il est actuellement %1). Réinitialisez la démo pour recommencer.</translation>
    </message>
    <message>
        <source>The clock can only be advanced by a positive duration.</source>
        <translation>L&apos;horloge ne peut être avancée que d&apos;une durée positive.</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation>Indiquez le motif du rejet.</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>%1 n&apos;a aucune inscription pour l&apos;emplacement %2.</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>Cette inscription n&apos;est pas en attente de validation.</translation>
    </message>
    <message>
        <source>%1 is discontinued already.</source>
        <translation>%1 est déjà arrêté.</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>Indiquez au moins une devise de paiement.</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>Un programme ouvert à tous n&apos;a aucun critère d&apos;éligibilité.</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>Un programme nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>Revenue and customer counts cannot be negative.</source>
        <translation>Le chiffre d&apos;affaires et le nombre de clients ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>Vous n&apos;avez aucun rôle pour les incentives. Demandez l&apos;accès à un administrateur de compte.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Upgrading %1 for this version of Incentives Desk: the file is checked, a copy of it as it is now is kept beside it, then it is upgraded. For a large file this takes a few minutes.</source>
        <translation>Mise à niveau de %1 pour cette version d’Incentives Desk : le fichier est vérifié, une copie de son état actuel est conservée à côté, puis il est mis à niveau. Pour un fichier volumineux, cela prend quelques minutes.</translation>
    </message>
    <message>
        <source>%1 holds no organization yet. Its owner moves one in first (incentives-cli migrate or init).</source>
        <translation>%1 ne contient encore aucune organisation. Son propriétaire doit d’abord en installer une (incentives-cli migrate ou init).</translation>
    </message>
</context>
<context>
    <name>StateMachine</name>
    <message>
        <source>Only an invitation that is still Invited can be accepted.</source>
        <translation>Seule une invitation encore au statut «&#xa0;Invité&#xa0;» peut être acceptée.</translation>
    </message>
    <message>
        <source>Only an Invited or Enrolling enrollment can be submitted for validation.</source>
        <translation>Seule une inscription au statut «&#xa0;Invité&#xa0;» ou «&#xa0;Inscription en cours&#xa0;» peut être soumise pour validation.</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>Cette inscription n&apos;est pas en attente de validation.</translation>
    </message>
    <message>
        <source>The program is discontinued; nothing can change here.</source>
        <translation>Le programme est arrêté&#xa0;; plus rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <source>An enrollment that is %1 cannot take the step &apos;%2&apos;.</source>
        <translation>Une inscription au statut «&#xa0;%1&#xa0;» ne peut pas passer par l&apos;étape «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Someone else changed this record since it was opened. Reload it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet enregistrement depuis son ouverture. Rechargez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Location summary</source>
        <translation>Synthèse de l&apos;emplacement</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the pages as they will print, and print them</source>
        <translation>Afficher les pages telles qu&apos;elles seront imprimées, et les imprimer</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>Enregistrer la synthèse dans un fichier PDF</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>Pays de la banque</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
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
        <translation>Numéro de routage ou code guichet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Numéro d&apos;institution</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Ce compte d&apos;utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>Enrollment summary — %1</source>
        <translation>Synthèse des inscriptions — %1</translation>
    </message>
    <message>
        <source>Enrollment summary: %1 (%2)</source>
        <translation>Synthèse des inscriptions&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prepared %2 for %3</source>
        <translation>%1 — préparé le %2 pour %3</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Location PartnerID</source>
        <translation>PartnerID de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Contrat de programme partenaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired or not signed (IVDMPA)</source>
        <translation>Expiré ou non signé (IVDMPA)</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Administrateur des incentives</translation>
    </message>
    <message>
        <source>None: an Account admin must assign one before this location can enroll</source>
        <translation>Aucun&#xa0;: un administrateur de compte doit en attribuer un avant que cet emplacement puisse être inscrit</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>This location has no invitations or enrollments.</source>
        <translation>Cet emplacement n&apos;a aucune invitation ni inscription.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>Actions requises</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>ends by %1</source>
        <translation>se termine d&apos;ici le %1</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>Profil de paiement (bancaire)</translation>
    </message>
    <message>
        <source>No default bank profile is set for this location.</source>
        <translation>Aucun profil bancaire par défaut n&apos;est défini pour cet emplacement.</translation>
    </message>
    <message>
        <source>Also used by enrollments here</source>
        <translation>Également utilisés par des inscriptions de cet emplacement</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>Pays de constitution</translation>
    </message>
    <message>
        <source>Foreign tax ID</source>
        <translation>Numéro fiscal étranger</translation>
    </message>
    <message>
        <source>Treaty claim</source>
        <translation>Avantages conventionnels</translation>
    </message>
    <message>
        <source>%1, article %2</source>
        <translation>%1, article %2</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>No tax profile is on file for this location.</source>
        <translation>Aucun profil fiscal n&apos;est enregistré pour cet emplacement.</translation>
    </message>
    <message>
        <source>Account numbers and tax IDs are masked: only their last four characters are shown. Enrollments expire at the end of the fiscal year (30 June) and renew on 1 July when the location is still eligible, its agreement is active and its payout and tax details are complete.</source>
        <translation>Les numéros de compte et les identifiants fiscaux sont masqués&#xa0;: seuls leurs quatre derniers caractères sont affichés. Les inscriptions expirent à la fin de l&apos;exercice (30&#xa0;juin) et sont renouvelées le 1er&#xa0;juillet si l&apos;emplacement est toujours éligible, que son contrat est actif et que ses informations de paiement et fiscales sont complètes.</translation>
    </message>
</context>
<context>
    <name>TaxDocumentService</name>
    <message>
        <source>Save the tax profile first; documents are attached to it.</source>
        <translation>Enregistrez d’abord le profil fiscal ; les documents y sont joints.</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile yet; save it first, then attach documents to it.</source>
        <translation>Le site %1 n’a pas encore de profil fiscal ; enregistrez-le d’abord, puis joignez-y des documents.</translation>
    </message>
    <message>
        <source>This file is attached to the tax profile of %1 already (the same content, SHA-256 %2).</source>
        <translation>Ce fichier est déjà joint au profil fiscal de %1 (même contenu, SHA-256 %2).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>Le fichier %1 dépasse 10 Mo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>TaxDocuments</name>
    <message>
        <source>The document needs a file name.</source>
        <translation>Le document doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>Le fichier %1 dépasse 10 Mo.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, PNG or JPEG file (judged by its content, not its name).</source>
        <translation>Le fichier %1 n’est pas un fichier PDF, PNG ou JPEG (d’après son contenu, pas son nom).</translation>
    </message>
</context>
<context>
    <name>TaxProfileDialog</name>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>&amp;EIN:</source>
        <translation>&amp;EIN&#xa0;:</translation>
    </message>
    <message>
        <source>Employer Identification Number</source>
        <translation>Numéro d&apos;identification d&apos;employeur (EIN)</translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation>12-3456789</translation>
    </message>
    <message>
        <source>Country of &amp;incorporation:</source>
        <translation>Pays de &amp;constitution&#xa0;:</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>Pays de constitution</translation>
    </message>
    <message>
        <source>&amp;Foreign tax ID:</source>
        <translation>&amp;Numéro fiscal étranger&#xa0;:</translation>
    </message>
    <message>
        <source>Foreign tax identification number</source>
        <translation>Numéro d&apos;identification fiscale étranger</translation>
    </message>
    <message>
        <source>&amp;Treaty claim:</source>
        <translation>Avantages con&amp;ventionnels&#xa0;:</translation>
    </message>
    <message>
        <source>Claim treaty benefits</source>
        <translation>Demander les avantages conventionnels</translation>
    </message>
    <message>
        <source>Claim a reduced rate under an income tax treaty</source>
        <translation>Demander un taux réduit en vertu d&apos;une convention fiscale</translation>
    </message>
    <message>
        <source>Treaty &amp;country:</source>
        <translation>&amp;Pays de la convention&#xa0;:</translation>
    </message>
    <message>
        <source>Treaty country</source>
        <translation>Pays de la convention</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>&amp;Article de la convention&#xa0;:</translation>
    </message>
    <message>
        <source>Treaty article</source>
        <translation>Article de la convention</translation>
    </message>
    <message>
        <source>e.g. Article 12</source>
        <translation>p. ex. Article 12</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signé le&#xa0;:</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>Numéro de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>VAT identification number</source>
        <translation>Numéro d&apos;identification à la TVA</translation>
    </message>
    <message>
        <source>e.g. DE136695976</source>
        <translation>p. ex. DE136695976</translation>
    </message>
    <message>
        <source>The location&apos;s tax identification number in its own country</source>
        <translation>Le numéro d&apos;identification fiscale de l&apos;emplacement dans son propre pays</translation>
    </message>
    <message>
        <source>The day the form was signed, year-month-day; a W-8BEN-E stays valid until the end of the third calendar year after it</source>
        <translation>Le jour de la signature du formulaire, année-mois-jour&#xa0;; un formulaire W-8BEN-E reste valide jusqu&apos;à la fin de la troisième année civile qui suit</translation>
    </message>
    <message>
        <source>Tax &amp;form:</source>
        <translation>&amp;Formulaire fiscal :</translation>
    </message>
    <message>
        <source>Tax form</source>
        <translation>Formulaire fiscal</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The legal name</source>
        <translation>La raison sociale</translation>
    </message>
    <message>
        <source>The account holder&apos;s name</source>
        <translation>Le nom du titulaire du compte</translation>
    </message>
    <message>
        <source>The bank&apos;s name</source>
        <translation>Le nom de la banque</translation>
    </message>
    <message>
        <source>The bank&apos;s address</source>
        <translation>L&apos;adresse de la banque</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>Les critères</translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation>Le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Le texte</translation>
    </message>
    <message>
        <source>%1 cannot contain control or text-direction characters (found U+%2).</source>
        <translation>%1 ne peut pas contenir de caractères de contrôle ou de direction du texte (trouvé : U+%2).</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2026-06-30 or 2026-06-30 14:00.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure&#xa0;; écrivez-la sous la forme 2026-06-30 ou 2026-06-30 14:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write a number and a unit, such as 30m, 1h, 2d, 48h or 1w.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée&#xa0;; écrivez un nombre suivi d&apos;une unité, par exemple 30m, 1h, 2d, 48h ou 1w.</translation>
    </message>
    <message>
        <source>A duration must be more than zero.</source>
        <translation>Une durée doit être supérieure à zéro.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>%1 already holds data; a database is moved only into a new or empty one.</source>
        <translation>%1 contient déjà des données&#xa0;; une base de données n&apos;est déplacée que vers une base nouvelle ou vide.</translation>
    </message>
    <message>
        <source>The copy of %1 has %2 rows instead of %3; nothing was written.</source>
        <translation>La copie de %1 comporte %2 lignes au lieu de %3&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation>Copié depuis %1</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>La source et la cible sont la même base de données.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Account admin</source>
        <translation>Administrateur de compte</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Administrateur des incentives</translation>
    </message>
    <message>
        <source>Incentives user</source>
        <translation>Utilisateur des incentives</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Inscription en cours</translation>
    </message>
    <message>
        <source>Validating enrollment</source>
        <translation>Validation de l&apos;inscription</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed for enrollment</source>
        <translation>Fermé aux inscriptions</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Validation en attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
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
        <translation>Virement bancaire électronique</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Compte courant</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Compte d&apos;épargne</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <source>W-8BEN</source>
        <translation>W-8BEN</translation>
    </message>
    <message>
        <source>Verification needed</source>
        <translation>Vérification requise</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show users by role</source>
        <translation>Afficher les utilisateurs par rôle</translation>
    </message>
    <message>
        <source>Search names and email addresses</source>
        <translation>Rechercher des noms et des adresses e-mail</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>A&amp;jouter un utilisateur…</translation>
    </message>
    <message>
        <source>Assign &amp;role…</source>
        <translation>Attribuer un &amp;rôle…</translation>
    </message>
    <message>
        <source>Re&amp;move role…</source>
        <translation>Re&amp;tirer un rôle…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Emplacements</translation>
    </message>
    <message>
        <source>Locations and their Incentives admins</source>
        <translation>Emplacements et leurs administrateurs des incentives</translation>
    </message>
    <message>
        <source>Assign Incentives &amp;admin…</source>
        <translation>Attribuer un administrateur des &amp;incentives…</translation>
    </message>
    <message>
        <source>Users and locations</source>
        <translation>Utilisateurs et emplacements</translation>
    </message>
    <message>
        <source>Every user of the organization with their status and roles</source>
        <translation>Tous les utilisateurs de l&apos;organisation avec leur statut et leurs rôles</translation>
    </message>
    <message>
        <source>A location without an Incentives admin says so; its invitations wait until one is assigned</source>
        <translation>Un emplacement sans administrateur des incentives est signalé&#xa0;; ses invitations attendent qu&apos;un administrateur soit attribué</translation>
    </message>
    <message>
        <source>Search PartnerIDs and location names</source>
        <translation>Chercher dans les PartnerID et les noms de sites</translation>
    </message>
    <message>
        <source>Search locations</source>
        <translation>Chercher des sites</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import users from a CSV file</source>
        <translation>Importer des utilisateurs depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Add l&amp;ocation…</source>
        <translation>Ajouter un site (&amp;o)…</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>&amp;Edit location…</source>
        <translation>&amp;Modifier le site…</translation>
    </message>
    <message>
        <source>Edit the selected location</source>
        <translation>Modifier le site sélectionné</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;porter…</translation>
    </message>
    <message>
        <source>Import locations from a CSV file</source>
        <translation>Importer des sites depuis un fichier CSV</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>Enter an IBAN.</source>
        <translation>Saisissez un IBAN.</translation>
    </message>
    <message>
        <source>An IBAN may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un IBAN ne peut contenir que des lettres A–Z et des chiffres&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, like DE or FR.</source>
        <translation>Un IBAN commence par un code pays à deux lettres, comme DE ou FR.</translation>
    </message>
    <message>
        <source>An IBAN starts with a country code; %1 is not a known country code.</source>
        <translation>Un IBAN commence par un code pays&#xa0;; %1 n&apos;est pas un code pays connu.</translation>
    </message>
    <message>
        <source>%1 (%2) does not use IBANs.</source>
        <translation>%1 (%2) n&apos;utilise pas d&apos;IBAN.</translation>
    </message>
    <message>
        <source>An IBAN with the country code %1 (%2) has %3 characters; this one has %4.</source>
        <translation>Un IBAN avec le code pays %1 (%2) comporte %3 caractères&#xa0;; celui-ci en comporte %4.</translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are its check digits and must be digits.</source>
        <translation>Les troisième et quatrième caractères d&apos;un IBAN sont ses chiffres de contrôle et doivent être des chiffres.</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: a character is mistyped.</source>
        <translation>Les chiffres de contrôle de l&apos;IBAN ne correspondent pas&#xa0;: un caractère est mal saisi.</translation>
    </message>
    <message>
        <source>Enter a BIC (SWIFT code).</source>
        <translation>Saisissez un BIC (code SWIFT).</translation>
    </message>
    <message>
        <source>A BIC may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un BIC ne peut contenir que des lettres A–Z et des chiffres&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation>Un BIC comporte 8 ou 11 caractères&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>The first six characters of a BIC are letters: four for the bank, two for the country.</source>
        <translation>Les six premiers caractères d&apos;un BIC sont des lettres&#xa0;: quatre pour la banque, deux pour le pays.</translation>
    </message>
    <message>
        <source>The BIC&apos;s country (%1) does not match the bank country (%2).</source>
        <translation>Le pays du BIC (%1) ne correspond pas au pays de la banque (%2).</translation>
    </message>
    <message>
        <source>Enter a routing number.</source>
        <translation>Saisissez un numéro de routage.</translation>
    </message>
    <message>
        <source>A routing number has 9 digits; this one has %1.</source>
        <translation>Un numéro de routage comporte 9 chiffres&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>A routing number cannot be all zeros.</source>
        <translation>Un numéro de routage ne peut pas être composé uniquement de zéros.</translation>
    </message>
    <message>
        <source>The routing number&apos;s checksum does not match: a digit is mistyped.</source>
        <translation>La somme de contrôle du numéro de routage ne correspond pas&#xa0;: un chiffre est mal saisi.</translation>
    </message>
    <message>
        <source>Enter a sort code.</source>
        <translation>Saisissez un sort code.</translation>
    </message>
    <message>
        <source>A sort code has 6 digits, like 12-34-56; this one has %1.</source>
        <translation>Un sort code comporte 6 chiffres, comme 12-34-56&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>Enter an account number.</source>
        <translation>Saisissez un numéro de compte.</translation>
    </message>
    <message>
        <source>A UK account number has 8 digits; this one has %1.</source>
        <translation>Un numéro de compte britannique comporte 8 chiffres&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>Enter an institution number.</source>
        <translation>Saisissez un numéro d&apos;institution.</translation>
    </message>
    <message>
        <source>An institution number has 3 digits; this one has %1.</source>
        <translation>Un numéro d&apos;institution comporte 3 chiffres&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>Enter a transit number.</source>
        <translation>Saisissez un numéro de transit.</translation>
    </message>
    <message>
        <source>A transit number has 5 digits; this one has %1.</source>
        <translation>Un numéro de transit comporte 5 chiffres&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>Enter a BSB.</source>
        <translation>Saisissez un numéro BSB.</translation>
    </message>
    <message>
        <source>A BSB has 6 digits, like 123-456; this one has %1.</source>
        <translation>Un numéro BSB comporte 6 chiffres, comme 123-456&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>Enter an IFSC code.</source>
        <translation>Saisissez un code IFSC.</translation>
    </message>
    <message>
        <source>An IFSC code may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un code IFSC ne peut contenir que des lettres A–Z et des chiffres&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>An IFSC code has 11 characters; this one has %1.</source>
        <translation>Un code IFSC comporte 11 caractères&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>An IFSC code starts with four letters that name the bank.</source>
        <translation>Un code IFSC commence par quatre lettres qui désignent la banque.</translation>
    </message>
    <message>
        <source>The fifth character of an IFSC code is always the digit 0 (zero).</source>
        <translation>Le cinquième caractère d&apos;un code IFSC est toujours le chiffre 0 (zéro).</translation>
    </message>
    <message>
        <source>An account number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un numéro de compte ne peut contenir que des lettres A–Z et des chiffres&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>An account number has 4 to 34 characters; this one has %1.</source>
        <translation>Un numéro de compte comporte de 4 à 34 caractères&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>Enter an EIN.</source>
        <translation>Saisissez un EIN.</translation>
    </message>
    <message>
        <source>An EIN has 9 digits, like 12-3456789; this one has %1.</source>
        <translation>Un EIN comporte 9 chiffres, comme 12-3456789&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>EIN prefix %1 is not assigned by the IRS.</source>
        <translation>Le préfixe d&apos;EIN %1 n&apos;est pas attribué par l&apos;IRS.</translation>
    </message>
    <message>
        <source>Enter a country code.</source>
        <translation>Saisissez un code pays.</translation>
    </message>
    <message>
        <source>A country code has two letters, like DE or US.</source>
        <translation>Un code pays comporte deux lettres, comme DE ou US.</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>%1 n&apos;est pas un code pays connu.</translation>
    </message>
    <message>
        <source>Enter a currency code.</source>
        <translation>Saisissez un code de devise.</translation>
    </message>
    <message>
        <source>A currency code has three letters, like EUR or USD.</source>
        <translation>Un code de devise comporte trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 n&apos;est pas une devise prise en charge.</translation>
    </message>
    <message>
        <source>Enter a PartnerID.</source>
        <translation>Saisissez un PartnerID.</translation>
    </message>
    <message>
        <source>A PartnerID has 7 digits; this one has %1.</source>
        <translation>Un PartnerID comporte 7 chiffres&#xa0;; celui-ci en comporte %1.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters; this one has %1.</source>
        <translation>Une adresse e-mail comporte au maximum 254 caractères&#xa0;; celle-ci en comporte %1.</translation>
    </message>
    <message>
        <source>An email address has exactly one @, like name@example.com.</source>
        <translation>Une adresse e-mail contient exactement un @, comme name@example.com.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is empty.</source>
        <translation>La partie de l&apos;adresse e-mail avant le @ est vide.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot contain %1.</source>
        <translation>La partie de l&apos;adresse e-mail avant le @ ne peut pas contenir %1.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ has at most 64 characters.</source>
        <translation>La partie de l&apos;adresse e-mail avant le @ comporte au maximum 64 caractères.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>La partie de l&apos;adresse e-mail avant le @ ne peut ni commencer ni se terminer par un point, ni contenir deux points consécutifs.</translation>
    </message>
    <message>
        <source>The email address has no domain after the @.</source>
        <translation>L&apos;adresse e-mail n&apos;a pas de domaine après le @.</translation>
    </message>
    <message>
        <source>The domain of the email address cannot contain %1.</source>
        <translation>Le domaine de l&apos;adresse e-mail ne peut pas contenir %1.</translation>
    </message>
    <message>
        <source>The domain of the email address needs a dot, like example.com.</source>
        <translation>Le domaine de l&apos;adresse e-mail doit contenir un point, comme example.com.</translation>
    </message>
    <message>
        <source>The domain of the email address is malformed: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end.</source>
        <translation>Le domaine de l&apos;adresse e-mail est mal formé&#xa0;: chaque partie entre deux points comporte de 1 à 63 lettres, chiffres ou traits d&apos;union, sans trait d&apos;union au début ni à la fin.</translation>
    </message>
    <message>
        <source>The domain of the email address must end in a name, like .com, not a number.</source>
        <translation>Le domaine de l&apos;adresse e-mail doit se terminer par un nom, comme .com, et non par un nombre.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible text-direction character %1.</source>
        <translation>Un nom ne peut pas contenir le caractère invisible de direction du texte %1.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters such as line breaks or tabs (%1).</source>
        <translation>Un nom ne peut pas contenir de caractères de contrôle tels que des sauts de ligne ou des tabulations (%1).</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible formatting character %1.</source>
        <translation>Un nom ne peut pas contenir le caractère de mise en forme invisible %1.</translation>
    </message>
    <message>
        <source>A name cannot contain the character %1.</source>
        <translation>Un nom ne peut pas contenir le caractère %1.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Un nom comporte au maximum %1 caractères&#xa0;; celui-ci en comporte %2.</translation>
    </message>
    <message>
        <source>U and 8 digits</source>
        <translation>U et 8 chiffres</translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation>10 chiffres commençant par 0 ou 1</translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation>9 ou 10 chiffres</translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation>8 chiffres et une lettre</translation>
    </message>
    <message>
        <source>8, 9 or 10 digits</source>
        <translation>8, 9 ou 10 chiffres</translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation>9 chiffres, le premier différent de 0</translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation>8 chiffres, le premier différent de 0</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>a letter or digit, 7 digits and a check letter or digit</source>
        <translation>une lettre ou un chiffre, 7 chiffres et une lettre ou un chiffre de contrôle</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 chiffres</translation>
    </message>
    <message>
        <source>a 2-character key and the 9-digit SIREN</source>
        <translation>une clé de 2 caractères et le numéro SIREN à 9 chiffres</translation>
    </message>
    <message>
        <source>9 or 12 digits, GD and 3 digits below 500, or HA and 3 digits from 500</source>
        <translation>9 ou 12 chiffres, GD et 3 chiffres inférieurs à 500, ou HA et 3 chiffres à partir de 500</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <source>7 digits and 1 or 2 letters, or the older form like 1A23456B</source>
        <translation>7 chiffres et 1 ou 2 lettres, ou l&apos;ancien format comme 1A23456B</translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation>9 ou 12 chiffres</translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits (not 00)</source>
        <translation>9 chiffres, la lettre B et 2 chiffres (sauf 00)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 chiffres</translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation>12 chiffres se terminant par 01</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Irlande du Nord</translation>
    </message>
    <message>
        <source>Enter a VAT number.</source>
        <translation>Saisissez un numéro de TVA.</translation>
    </message>
    <message>
        <source>A VAT number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un numéro de TVA ne peut contenir que des lettres A–Z et des chiffres&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code; for %1 that is %2.</source>
        <translation>Un numéro de TVA commence par son code pays&#xa0;; pour %1, il s&apos;agit de %2.</translation>
    </message>
    <message>
        <source>A VAT number starts with its two-letter country code, like DE123456789.</source>
        <translation>Un numéro de TVA commence par son code pays à deux lettres, comme DE123456789.</translation>
    </message>
    <message>
        <source>Greek VAT numbers start with EL, not GR.</source>
        <translation>Les numéros de TVA grecs commencent par EL, et non par GR.</translation>
    </message>
    <message>
        <source>The VAT number&apos;s country (%1) does not match the selected country (%2).</source>
        <translation>Le pays du numéro de TVA (%1) ne correspond pas au pays sélectionné (%2).</translation>
    </message>
    <message>
        <source>After the prefix %1 (%2), a VAT number has %3.</source>
        <translation>Après le préfixe %1 (%2), un numéro de TVA comporte %3.</translation>
    </message>
    <message>
        <source>A VAT number cannot be all zeros.</source>
        <translation>Un numéro de TVA ne peut pas être composé uniquement de zéros.</translation>
    </message>
    <message>
        <source>The VAT number&apos;s check digits do not match: a character is mistyped.</source>
        <translation>Les chiffres de contrôle du numéro de TVA ne correspondent pas&#xa0;: un caractère est mal saisi.</translation>
    </message>
    <message>
        <source>A routing number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un numéro de routage ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A routing number cannot start with %1; it starts with 00–12, 21–32, 61–72 or 80.</source>
        <translation>Un numéro de routage ne peut pas commencer par %1&#xa0;; il commence par 00–12, 21–32, 61–72 ou 80.</translation>
    </message>
    <message>
        <source>A sort code may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un sort code ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A UK account number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un numéro de compte britannique ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>An institution number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un numéro d&apos;institution ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A transit number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un numéro de transit ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A BSB may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un numéro BSB ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>An EIN may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un EIN ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A PartnerID may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un PartnerID ne peut contenir que les chiffres 0 à 9&#xa0;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a digit, not “%3”.</source>
        <translation>Le caractère %1 d&apos;un IBAN de %2 doit être un chiffre, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a letter A–Z, not “%3”.</source>
        <translation>Le caractère %1 d&apos;un IBAN de %2 doit être une lettre A–Z, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Its account part has the form %1 (n: digit, a: letter, c: letter or digit).</source>
        <translation>Sa partie compte a la forme %1 (n&#xa0;: chiffre, a&#xa0;: lettre, c&#xa0;: lettre ou chiffre).</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits match, but the bank and account number fail %1&apos;s national check (%2): a digit is mistyped.</source>
        <translation>Les chiffres de contrôle de l&apos;IBAN correspondent, mais la banque et le numéro de compte échouent au contrôle national de %1 (%2)&#xa0;: un chiffre est mal saisi.</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 (characters 5 and 6) is not a known country.</source>
        <translation>Le code pays %1 du BIC (caractères 5 et 6) n&apos;est pas un pays connu.</translation>
    </message>
    <message>
        <source>%1 is a SWIFT test and training BIC (its eighth character is 0): payments cannot be sent to it.</source>
        <translation>%1 est un BIC SWIFT de test et de formation (son huitième caractère est 0)&#xa0;: aucun paiement ne peut y être envoyé.</translation>
    </message>
    <message>
        <source>E and 9 digits, optionally followed by MWST, TVA, IVA or TPV</source>
        <translation>E et 9 chiffres, suivis éventuellement de MWST, TVA, IVA ou TPV</translation>
    </message>
    <message>
        <source>9 digits and MVA</source>
        <translation>9 chiffres et MVA</translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0, or a 13-digit personal numeric code</source>
        <translation>2 à 10 chiffres, le premier différent de 0, ou un code numérique personnel de 13 chiffres</translation>
    </message>
    <message>
        <source>%1 does not issue EU, UK, Swiss or Norwegian VAT numbers.</source>
        <translation>%1 n&apos;attribue pas de numéros de TVA de l&apos;UE, du Royaume-Uni, de Suisse ou de Norvège.</translation>
    </message>
    <message>
        <source>%1 is not the country code of a VAT number checked here; use the code of an EU country, GB, XI, CH or NO.</source>
        <translation>%1 n&apos;est pas le code pays d&apos;un numéro de TVA vérifié ici&#xa0;; utilisez le code d&apos;un pays de l&apos;UE, GB, XI, CH ou NO.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a digit, not %2.</source>
        <translation>Le caractère %1 du numéro de TVA doit être un chiffre, pas %2.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a letter A–Z, not %2.</source>
        <translation>Le caractère %1 du numéro de TVA doit être une lettre A–Z, pas %2.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be %2, not %3.</source>
        <translation>Le caractère %1 du numéro de TVA doit être %2, pas %3.</translation>
    </message>
    <message>
        <source>Enter the foreign tax identification number.</source>
        <translation>Saisissez le numéro d&apos;identification fiscale étranger.</translation>
    </message>
    <message>
        <source>A tax ID may contain only letters A–Z, digits, spaces, hyphens, slashes and dots; %1 is not allowed.</source>
        <translation>Un numéro fiscal ne peut contenir que des lettres A–Z, des chiffres, des espaces, des traits d’union, des barres obliques et des points ; %1 n’est pas autorisé.</translation>
    </message>
    <message>
        <source>A tax ID has digits; this one has none.</source>
        <translation>Un numéro fiscal comporte des chiffres ; celui-ci n’en a aucun.</translation>
    </message>
    <message>
        <source>A tax ID has at most 40 characters; this one has %1.</source>
        <translation>Un numéro fiscal compte au plus 40 caractères ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, a leading +, spaces, hyphens, dots and parentheses; %1 is not allowed.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, un + initial, des espaces, des tirets, des points et des parenthèses ; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits; this one has %1.</source>
        <translation>Un numéro de téléphone a de 7 à 15 chiffres ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>Enter the CSP tenant ID.</source>
        <translation>Saisissez l&apos;ID de tenant CSP.</translation>
    </message>
    <message>
        <source>A tenant ID contains only the digits 0–9, the letters a–f and hyphens; %1 is not allowed.</source>
        <translation>Un ID de tenant ne contient que les chiffres 0–9, les lettres a–f et des tirets ; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>A tenant ID is a GUID of 32 hexadecimal digits grouped 8-4-4-4-12, like 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d.</source>
        <translation>Un ID de tenant est un GUID de 32 chiffres hexadécimaux groupés 8-4-4-4-12, comme 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d.</translation>
    </message>
    <message>
        <source>The all-zero GUID is not a tenant ID; copy the ID from Partner Center&apos;s account settings.</source>
        <translation>Le GUID entièrement nul n&apos;est pas un ID de tenant ; copiez l&apos;ID depuis les paramètres du compte de l&apos;Espace partenaires.</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
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
        <translation>Invitation à l&apos;inscription aux incentives partenaires</translation>
    </message>
    <message>
        <source>Hello %1,

Your organization&apos;s location %2 (%3) is eligible for %4 in %5. Select Get Started to accept the invitation and confirm your payout and tax profiles.

Microsoft Partner Center</source>
        <translation>Bonjour %1,

L&apos;emplacement %2 (%3) de votre organisation est éligible à %4 pour %5. Sélectionnez Commencer pour accepter l&apos;invitation et confirmer vos profils de paiement et fiscaux.

Microsoft Partner Center</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location.</source>
        <translation>Le profil fiscal %1 appartient à un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExporter</name>
    <message>
        <source>Exporting the workspace…</source>
        <translation>Exportation de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exporter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Exporting the workspace… %1 rows written</source>
        <translation>Exportation de l&apos;espace de travail… %1 lignes écrites</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation>Filtre d&apos;emplacement</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>Filtre de programme</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs, locations (Ctrl+F)</source>
        <translation>Rechercher des programmes, PartnerID, emplacements (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Effa&amp;cer les filtres</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Espace de travail Incentives</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Aucune inscription ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Comptage en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>See &amp;eligibility requirements</source>
        <translation>Voir les conditions d&apos;é&amp;ligibilité</translation>
    </message>
    <message>
        <source>Program &amp;guide</source>
        <translation>&amp;Guide du programme</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Every enrollment of your locations with its status and the action it needs; press Enter to take the selected row&apos;s action</source>
        <translation>Toutes les inscriptions de vos emplacements avec leur statut et l&apos;action requise&#xa0;; appuyez sur Entrée pour effectuer l&apos;action de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Workspace and details</source>
        <translation>Espace de travail et détails</translation>
    </message>
    <message>
        <source>Grouped workspace</source>
        <translation>Espace de travail groupé</translation>
    </message>
    <message>
        <source>The enrollments under each program or location; expand a group to see its rows</source>
        <translation>Les inscriptions de chaque programme ou emplacement ; développez un groupe pour voir ses lignes</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show the details pane</source>
        <translation>Afficher le volet des détails</translation>
    </message>
    <message>
        <source>Show or hide the selected enrollment&apos;s details</source>
        <translation>Afficher ou masquer les détails de l’inscription sélectionnée</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Modifier l’attribution</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Profil bancaire</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>Profil &amp;bancaire :</translation>
    </message>
    <message>
        <source>&amp;Tax profile:</source>
        <translation>Profil &amp;fiscal :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, expire le %2</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentsPage</name>
    <message>
        <source>Payout and tax profile assignment</source>
        <translation>Attribution des profils de paiement et fiscaux</translation>
    </message>
    <message>
        <source>What each enrollment is paid with: its bank profile, its location&apos;s tax profile and the currency Microsoft pays it in. Hold the payments of an enrollment to stop them until you release them.</source>
        <translation>Ce avec quoi chaque inscription est payée : son profil bancaire, le profil fiscal de son site et la devise dans laquelle Microsoft la paie. Suspendez les paiements d’une inscription pour les arrêter jusqu’à ce que vous les libériez.</translation>
    </message>
    <message>
        <source>About payout and tax profile assignment</source>
        <translation>À propos de l’attribution des profils de paiement et fiscaux</translation>
    </message>
    <message>
        <source>Payout and tax profile assignments</source>
        <translation>Attributions des profils de paiement et fiscaux</translation>
    </message>
    <message>
        <source>Why an action is not available</source>
        <translation>Pourquoi une action n’est pas disponible</translation>
    </message>
    <message>
        <source>&amp;Edit assignment…</source>
        <translation>&amp;Modifier l’attribution…</translation>
    </message>
    <message>
        <source>Edit the selected assignment</source>
        <translation>Modifier l’attribution sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Hold payment</source>
        <translation>&amp;Suspendre le paiement</translation>
    </message>
    <message>
        <source>Hold the payments of the selected enrollment</source>
        <translation>Suspendre les paiements de l’inscription sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Release payment</source>
        <translation>&amp;Libérer le paiement</translation>
    </message>
    <message>
        <source>Release the payments of the selected enrollment</source>
        <translation>Libérer les paiements de l’inscription sélectionnée</translation>
    </message>
    <message>
        <source>Manage &amp;default profiles…</source>
        <translation>Gérer les profils par &amp;défaut…</translation>
    </message>
    <message>
        <source>Choose one bank profile and currency for several locations</source>
        <translation>Choisir un profil bancaire et une devise pour plusieurs sites</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Profil bancaire</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (location default)</source>
        <translation>%1 (par défaut du site)</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (proposée)</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Paiement suspendu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>No enrollments to show.</source>
        <translation>Aucune inscription à afficher.</translation>
    </message>
    <message>
        <source>Select an enrollment.</source>
        <translation>Sélectionnez une inscription.</translation>
    </message>
    <message>
        <source>Hold payment</source>
        <translation>Suspendre le paiement</translation>
    </message>
    <message>
        <source>Release payment</source>
        <translation>Libérer le paiement</translation>
    </message>
    <message>
        <source>Manage default profiles</source>
        <translation>Gérer les profils par défaut</translation>
    </message>
    <message>
        <source>These programs do not pay in the chosen currency and keep theirs: %1</source>
        <translation>Ces programmes ne paient pas dans la devise choisie et gardent la leur : %1</translation>
    </message>
    <message>
        <source>Search the assignments</source>
        <translation>Rechercher dans les affectations</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs and locations</source>
        <translation>Rechercher programmes, PartnerID et sites</translation>
    </message>
    <message>
        <source>More enrollments</source>
        <translation>Autres inscriptions</translation>
    </message>
    <message>
        <source>The first %1 enrollments are listed; search for a program, PartnerID or location to find the others.</source>
        <translation>Les %1 premières inscriptions sont affichées ; recherchez un programme, un PartnerID ou un site pour trouver les autres.</translation>
    </message>
    <message>
        <source>No enrollment matches the search.</source>
        <translation>Aucune inscription ne correspond à la recherche.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>%1 records, newest first</source>
        <translation>%1 entrées, les plus récentes en premier</translation>
    </message>
    <message>
        <source>%1 of your own actions, newest first</source>
        <translation>%1 de vos propres actions, les plus récentes en premier</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>— older records follow: refine the search or load more.</source>
        <translation>— d’autres entrées plus anciennes suivent : affinez la recherche ou chargez-en plus.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfileDialog</name>
    <message>
        <source>Edit bank profile — %1</source>
        <translation>Modifier le profil bancaire — %1</translation>
    </message>
    <message>
        <source>New bank profile</source>
        <translation>Nouveau profil bancaire</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Compte courant</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Compte d&apos;épargne</translation>
    </message>
    <message>
        <source>Saving sends these enrollments back to Validating enrollment: %1.</source>
        <translation>L&apos;enregistrement renvoie ces inscriptions au statut «&#xa0;Validation de l&apos;inscription&#xa0;»&#xa0;: %1.</translation>
    </message>
    <message>
        <source>ABA &amp;routing number:</source>
        <translation>Numéro de &amp;routage ABA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sort code:</source>
        <translation>&amp;Sort code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Transit number:</source>
        <translation>Numéro de t&amp;ransit&#xa0;:</translation>
    </message>
    <message>
        <source>BS&amp;B:</source>
        <translation>BS&amp;B&#xa0;:</translation>
    </message>
    <message>
        <source>IF&amp;SC:</source>
        <translation>IF&amp;SC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>Numéro de &amp;routage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SWIFT code:</source>
        <translation>Code &amp;SWIFT&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC&#xa0;:</translation>
    </message>
    <message>
        <source>No currency of this country is paid by the program: choose another bank.</source>
        <translation>Le programme ne paie dans aucune devise de ce pays&#xa0;: choisissez une autre banque.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else saved the bank profile %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré le profil bancaire %1 après que vous l&apos;avez ouvert.

Charger sa version dans le formulaire&#xa0;? Ce que vous avez saisi ici sera alors remplacé&#xa0;; choisissez Non pour le conserver à l&apos;écran.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>Voici la version enregistrée par quelqu&apos;un d&apos;autre. Refaites vos modifications et enregistrez.</translation>
    </message>
    <message>
        <source>A credit note is issued to your CSP billing account instead of a payment to a bank. It is offered in some countries only, and only by programs that pay by credit note.</source>
        <translation>Un avoir est émis sur votre compte de facturation CSP au lieu d&apos;un paiement à une banque. Il n&apos;est proposé que dans certains pays, et seulement par les programmes qui paient par avoir.</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>Les champs dépendent du pays de la banque. Microsoft ne paie que sur un compte détenu au nom de l&apos;entité juridique de l&apos;emplacement payé.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>&amp;Pays de la banque&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — an Incentives admin of the location verifies the tenant once Microsoft has confirmed it.</source>
        <translation>%1 — un administrateur Incentives du site vérifie le tenant une fois que Microsoft l’a confirmé.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Enregistrez d&apos;abord le profil.</translation>
    </message>
    <message>
        <source>Save or discard your changes before verifying.</source>
        <translation>Enregistrez ou annulez vos modifications avant de vérifier.</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed this CSP tenant.</source>
        <translation>Enregistrer que Microsoft a confirmé ce tenant CSP.</translation>
    </message>
    <message>
        <source>Verify CSP tenant</source>
        <translation>Vérifier le tenant CSP</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed the CSP tenant %1 of the profile %2?</source>
        <translation>Enregistrer que Microsoft a confirmé le tenant CSP %1 du profil %2 ?</translation>
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
        <translation>Pays de la banque</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Default for</source>
        <translation>Par défaut pour</translation>
    </message>
    <message>
        <source>Credit note: %1</source>
        <translation>Avoir : %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ChangePasswordDialog</name>
    <message>
        <source>You signed in with a temporary password. Choose your own to go on.</source>
        <translation>Vous vous êtes connecté avec un mot de passe temporaire. Choisissez le vôtre pour continuer.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ClassroomDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the class</source>
        <translation>Actualiser la formation</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox…</source>
        <translation>Réinitiali&amp;ser le bac à sable…</translation>
    </message>
    <message>
        <source>Reset the selected trainee&apos;s sandbox</source>
        <translation>Réinitialiser le bac à sable du stagiaire choisi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a template file</source>
        <translation>Choisir un fichier modèle</translation>
    </message>
    <message>
        <source>&amp;Create sandboxes</source>
        <translation>&amp;Créer les bacs à sable</translation>
    </message>
    <message>
        <source>Create the sandboxes</source>
        <translation>Créer les bacs à sable</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Tableau de bord de la formation</translation>
    </message>
    <message>
        <source>Each trainee works in a sandbox of their own: a whole organization on this server, which only their login can open. Their progress through the guided scenarios shows here as they go.</source>
        <translation>Chaque stagiaire travaille dans son propre bac à sable : une organisation entière sur ce serveur, que seul son identifiant peut ouvrir. Sa progression dans les scénarios guidés s’affiche ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>Trainees and their progress</source>
        <translation>Stagiaires et leur progression</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes faites</translation>
    </message>
    <message>
        <source>On this step</source>
        <translation>Sur cette étape</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Se connecte à</translation>
    </message>
    <message>
        <source>New sandboxes</source>
        <translation>Nouveaux bacs à sable</translation>
    </message>
    <message>
        <source>Trainee logins</source>
        <translation>Identifiants des stagiaires</translation>
    </message>
    <message>
        <source>Logins, separated by commas or spaces</source>
        <translation>Identifiants, séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>&amp;Trainees:</source>
        <translation>S&amp;tagiaires :</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Fichier modèle</translation>
    </message>
    <message>
        <source>Empty: the built-in demo</source>
        <translation>Vide : la démo intégrée</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No trainee has a sandbox yet: name them below.</source>
        <translation>Aucun stagiaire n’a encore de bac à sable : indiquez-les ci-dessous.</translation>
    </message>
    <message>
        <source>Reset a sandbox</source>
        <translation>Réinitialiser un bac à sable</translation>
    </message>
    <message>
        <source>Rebuild the sandbox of %1 from its template? Everything done in it, and the scenario progress, is lost; the other trainees&apos; sandboxes stay as they are.</source>
        <translation>Reconstruire le bac à sable de %1 à partir de son modèle ? Tout ce qui y a été fait, et la progression des scénarios, est perdu ; les bacs à sable des autres stagiaires restent tels quels.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>The sandbox of %1 is back to its template.</source>
        <translation>Le bac à sable de %1 est revenu à son modèle.</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>Choisir un modèle de démo</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>Modèles de démo (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (new login, password %3)</source>
        <translation>%1 : %2 (nouvel identifiant, mot de passe %3)</translation>
    </message>
    <message>
        <source>Sandboxes created:</source>
        <translation>Bacs à sable créés :</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se connec&amp;ter</translation>
    </message>
    <message>
        <source>Use it when the server offers it</source>
        <translation>L&apos;utiliser si le serveur le propose</translation>
    </message>
    <message>
        <source>Require it</source>
        <translation>L&apos;exiger</translation>
    </message>
    <message>
        <source>Require it and verify the server&apos;s certificate</source>
        <translation>L&apos;exiger et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Never (trusted networks only)</source>
        <translation>Jamais (réseaux de confiance uniquement)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter the database user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur de la base de données.</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keychain: %1</source>
        <translation>Connecté, mais le mot de passe n&apos;a pas pu être conservé dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::DefaultProfilesDialog</name>
    <message>
        <source>Manage default profiles</source>
        <translation>Gérer les profils par défaut</translation>
    </message>
    <message>
        <source>The bank profile becomes the default of every location checked; their enrollments paid from the default that have no currency yet take the currency.</source>
        <translation>Le profil bancaire devient le profil par défaut de chaque site coché ; leurs inscriptions payées via le profil par défaut et sans devise prennent cette devise.</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Profil bancaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>Profil &amp;bancaire :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation>&amp;Sites :</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Choose a bank profile.</source>
        <translation>Choisissez un profil bancaire.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::EligibilityDialog</name>
    <message>
        <source>%1 has no eligibility criteria: it is open to every location.</source>
        <translation>%1 n&apos;a aucun critère d&apos;éligibilité&#xa0;: le programme est ouvert à tous les emplacements.</translation>
    </message>
    <message>
        <source>%1 meets every requirement of %2.</source>
        <translation>%1 remplit toutes les conditions de %2.</translation>
    </message>
    <message>
        <source>%1 does not meet 1 requirement of %2.</source>
        <translation>%1 ne remplit pas 1 condition de %2.</translation>
    </message>
    <message>
        <source>%1 does not meet %2 requirements of %3.</source>
        <translation>%1 ne remplit pas %2 conditions de %3.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non remplie</translation>
    </message>
</context>
<context>
    <name>incentives::gui::GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Incentives Desk follows Partner Center&apos;s incentive enrollment step by step. Each step below links to the screen where it is done.</source>
        <translation>Incentives Desk reproduit pas à pas l&apos;inscription aux incentives de Partner Center. Chaque étape ci-dessous renvoie à l&apos;écran où elle s&apos;effectue.</translation>
    </message>
    <message>
        <source>1. Roles: who may enroll</source>
        <translation>1. Rôles&#xa0;: qui peut inscrire</translation>
    </message>
    <message>
        <source>Only an &lt;b&gt;Incentives admin&lt;/b&gt; enrolls a location in incentive programs, and each location PartnerID has at most one. An &lt;b&gt;Account admin&lt;/b&gt; assigns the role, to someone else or to themselves, in %1. An &lt;b&gt;Incentives user&lt;/b&gt; sees the workspace of their locations but cannot enroll or see full bank details. %2 shows what you hold.</source>
        <translation>Seul un &lt;b&gt;administrateur des incentives&lt;/b&gt; inscrit un emplacement à des programmes d&apos;incentives, et chaque PartnerID d&apos;emplacement en a au plus un. Un &lt;b&gt;administrateur de compte&lt;/b&gt; attribue ce rôle, à une autre personne ou à lui-même, dans %1. Un &lt;b&gt;utilisateur des incentives&lt;/b&gt; voit l&apos;espace de travail de ses emplacements, mais ne peut ni inscrire ni voir les coordonnées bancaires complètes. %2 indique les rôles dont vous disposez.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>Mon accès</translation>
    </message>
    <message>
        <source>2. The enrollment invitation</source>
        <translation>2. L&apos;invitation à l&apos;inscription</translation>
    </message>
    <message>
        <source>When a location becomes eligible for a program, its Incentives admin receives the email &lt;i&gt;Partner Incentive Enrollment Invitation&lt;/i&gt; from Microsoft Partner Center in the %1; &lt;b&gt;Get Started&lt;/b&gt; opens the invitation. It is also shown once on %2, and &lt;b&gt;Enroll&lt;/b&gt; in the %3 always works. Programs open to all send no email: their invitation is shown in the workspace only. A location without an Incentives admin keeps its invitations until an Account admin assigns one.</source>
        <translation>Lorsqu&apos;un emplacement devient éligible à un programme, son administrateur des incentives reçoit dans la %1 l&apos;e-mail &lt;i&gt;Invitation à l&apos;inscription aux incentives partenaires&lt;/i&gt; de Microsoft Partner Center&#xa0;; &lt;b&gt;Commencer&lt;/b&gt; ouvre l&apos;invitation. Elle s&apos;affiche aussi une fois sur la page %2, et &lt;b&gt;Inscrire&lt;/b&gt; dans l&apos;%3 fonctionne toujours. Les programmes ouverts à tous n&apos;envoient pas d&apos;e-mail&#xa0;: leur invitation s&apos;affiche uniquement dans l&apos;espace de travail. Un emplacement sans administrateur des incentives conserve ses invitations jusqu&apos;à ce qu&apos;un administrateur de compte lui en attribue un.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Espace de travail Incentives</translation>
    </message>
    <message>
        <source>3. Payout and tax profiles</source>
        <translation>3. Profils de paiement et fiscaux</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile. When everything the program needs is on file, select &lt;b&gt;Submit&lt;/b&gt;; otherwise &lt;b&gt;Continue&lt;/b&gt; opens %1 with the missing parts marked. Accepting an invitation alone never enrolls: Microsoft validates the profiles first, within 48 hours. Profiles can be edited at any time, and an edit sends the enrollments that use them back to validation.</source>
        <translation>L&apos;invitation affiche le profil bancaire par défaut et le profil fiscal de l&apos;emplacement. Lorsque tout ce dont le programme a besoin est enregistré, sélectionnez &lt;b&gt;Soumettre&lt;/b&gt;&#xa0;; sinon, &lt;b&gt;Continuer&lt;/b&gt; ouvre la page %1 en signalant les éléments manquants. Accepter une invitation ne suffit jamais pour être inscrit&#xa0;: Microsoft valide d&apos;abord les profils, sous 48 heures. Les profils peuvent être modifiés à tout moment, et une modification renvoie en validation les inscriptions qui les utilisent.</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>Profils de paiement et fiscaux</translation>
    </message>
    <message>
        <source>4. Statuses</source>
        <translation>4. Statuts</translation>
    </message>
    <message>
        <source>The Status column of the %1 says where each enrollment stands, and the Actions required column what to do next:</source>
        <translation>La colonne Statut de l&apos;%1 indique où en est chaque inscription, et la colonne Actions requises ce qu&apos;il faut faire ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>an invitation was sent; enrollment has not started.</source>
        <translation>une invitation a été envoyée&#xa0;; l&apos;inscription n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>the invitation was accepted; bank or tax details are missing, outdated or rejected.</source>
        <translation>l&apos;invitation a été acceptée&#xa0;; des coordonnées bancaires ou des informations fiscales sont manquantes, obsolètes ou rejetées.</translation>
    </message>
    <message>
        <source>the details were submitted or changed; Microsoft validates them within 48 hours.</source>
        <translation>les informations ont été soumises ou modifiées&#xa0;; Microsoft les valide sous 48 heures.</translation>
    </message>
    <message>
        <source>bank and tax details are validated; nothing more to do.</source>
        <translation>les coordonnées bancaires et les informations fiscales sont validées&#xa0;; plus rien à faire.</translation>
    </message>
    <message>
        <source>the location misses current eligibility criteria; &lt;i&gt;See eligibility requirements&lt;/i&gt; lists them.</source>
        <translation>l&apos;emplacement ne remplit pas les critères d&apos;éligibilité actuels&#xa0;; &lt;i&gt;Voir les conditions d&apos;éligibilité&lt;/i&gt; les répertorie.</translation>
    </message>
    <message>
        <source>the program is not open, or re-enrollment failed (for example, the agreement expired).</source>
        <translation>le programme n&apos;est pas ouvert, ou la réinscription a échoué (par exemple, parce que le contrat a expiré).</translation>
    </message>
    <message>
        <source>the program is no longer offered.</source>
        <translation>le programme n&apos;est plus proposé.</translation>
    </message>
    <message>
        <source>5. Expiry and automatic renewal</source>
        <translation>5. Expiration et renouvellement automatique</translation>
    </message>
    <message>
        <source>Microsoft&apos;s fiscal year runs from 1 July to 30 June, and enrollments expire at its end. On 1 July an Enrolled enrollment renews by itself when the location is still eligible, its agreement is active, and its payout and tax details are complete and valid. Otherwise it becomes Inactive or Enrolling, with the reason in Actions required.</source>
        <translation>L&apos;exercice de Microsoft va du 1er&#xa0;juillet au 30&#xa0;juin, et les inscriptions expirent à sa fin. Le 1er&#xa0;juillet, une inscription au statut «&#xa0;Inscrit&#xa0;» est renouvelée automatiquement si l&apos;emplacement est toujours éligible, que son contrat est actif et que ses informations de paiement et fiscales sont complètes et valides. Sinon, elle passe au statut «&#xa0;Inactif&#xa0;» ou «&#xa0;Inscription en cours&#xa0;», avec le motif dans Actions requises.</translation>
    </message>
    <message>
        <source>In this demo database, the %1 move the clock (for example to the fiscal-year end) and play Microsoft&apos;s validation, and the %2 walk through each step.</source>
        <translation>Dans cette base de données de démo, les %1 avancent l&apos;horloge (par exemple jusqu&apos;à la fin de l&apos;exercice) et simulent la validation par Microsoft, et les %2 guident à travers chaque étape.</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Outils du présentateur</translation>
    </message>
    <message>
        <source>guided scenarios</source>
        <translation>scénarios guidés</translation>
    </message>
    <message>
        <source>Records and printouts</source>
        <translation>Historique et impressions</translation>
    </message>
    <message>
        <source>Every change is recorded in the %1. File → Export workspace saves the workspace as it is filtered to a CSV file, and a %2 prints a location&apos;s enrollments and profiles. Language, auto-lock and the default database are in %3.</source>
        <translation>Chaque modification est consignée dans le %1. Fichier → Exporter l&apos;espace de travail enregistre l&apos;espace de travail, tel qu&apos;il est filtré, dans un fichier CSV, et une %2 imprime les inscriptions et les profils d&apos;un emplacement. La langue, le verrouillage automatique et la base de données par défaut se trouvent dans les %3.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>location summary</source>
        <translation>synthèse d&apos;emplacement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>incentives::gui::HomePage</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment Invitation: %1 for %2 (%3)</source>
        <translation>Invitation à l&apos;inscription aux incentives partenaires&#xa0;: %1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>Select to start the enrollment. Invited %1.</source>
        <translation>Sélectionnez pour commencer l&apos;inscription. Invitation reçue le %1.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Aucune action ne vous attend.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): %4</source>
        <extracomment>program — location (PartnerID): what to do</extracomment>
        <translation>%1 — %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <extracomment>subject — due date</extracomment>
        <translation>%1 — échéance %2</translation>
    </message>
    <message>
        <source>Mandatory actions (%1)</source>
        <translation>Actions obligatoires (%1)</translation>
    </message>
    <message>
        <source>Organization logo</source>
        <translation>Logo de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of more than %Ln invitations.</source>
        <translation>
            <numerusform>Les %L1 plus récentes sur plus de %Ln invitation.</numerusform>
            <numerusform>Les %L1 plus récentes sur plus de %Ln invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of %Ln invitations.</source>
        <translation>
            <numerusform>Les %L1 plus récentes sur %Ln invitation.</numerusform>
            <numerusform>Les %L1 plus récentes sur %Ln invitations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::ImportDialog</name>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>Importer des sites</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first line names the columns. Required: %1. Optional: %2. Nothing is imported unless every row is valid.</source>
        <translation>Un fichier CSV (UTF-8) dont la première ligne nomme les colonnes. Obligatoires : %1. Facultatives : %2. Rien n&apos;est importé tant qu&apos;une ligne est invalide.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Each row of the file with what is wrong with it, if anything</source>
        <translation>Chaque ligne du fichier avec son problème éventuel</translation>
    </message>
    <message>
        <source>Choose a file to see its rows.</source>
        <translation>Choisissez un fichier pour voir ses lignes.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importer toutes les lignes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 rows have a problem. Correct the file and choose it again; nothing is imported until every row is valid.</source>
        <translation>⚠ %1 lignes sur %2 ont un problème. Corrigez le fichier et choisissez-le à nouveau ; rien n&apos;est importé tant qu&apos;une ligne est invalide.</translation>
    </message>
    <message>
        <source>%1 rows are ready to import.</source>
        <translation>%1 lignes sont prêtes à être importées.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Non lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Dismissed on %1</source>
        <translation>Ignorée le %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Effectuée le %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxPage</name>
    <message>
        <source>From: %1

%2</source>
        <translation>De&#xa0;: %1

%2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s). Mandatory ones stay open until they are done.</source>
        <translation>
            <numerusform>%n action ouverte. Les obligatoires restent ouvertes jusqu&apos;à ce qu&apos;elles soient effectuées.</numerusform>
            <numerusform>%n actions ouvertes. Les obligatoires restent ouvertes jusqu&apos;à ce qu&apos;elles soient effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>kind · priority · state, e.g. &quot;Tax form expiring · Mandatory · Open&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · échéance %1</translation>
    </message>
    <message>
        <source>&amp;Get Started</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>A mandatory action closes once it is done.</source>
        <translation>Une action obligatoire se ferme une fois effectuée.</translation>
    </message>
    <message>
        <source>The first %1 of %2 messages are listed, open ones first; more follow as you scroll.</source>
        <extracomment>%1 messages listed of %2 in all</extracomment>
        <translation>Les %1 premiers des %2 messages sont affichés, ceux qui sont ouverts d’abord ; la suite s’affiche en faisant défiler.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InvitationDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment — %1</source>
        <translation>Inscription aux incentives partenaires — %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3) · %4 · %5</source>
        <translation>%1 (%2, %3) · %4 · %5</translation>
    </message>
    <message>
        <source>No bank profile is set for this location</source>
        <translation>Aucun profil bancaire n&apos;est défini pour cet emplacement</translation>
    </message>
    <message>
        <source> (the location&apos;s default)</source>
        <translation> (par défaut pour l&apos;emplacement)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Microsoft has all the bank and tax details this program needs. Select Submit to finalize the enrollment; validation takes up to 48 hours.</source>
        <translation>Microsoft dispose de toutes les coordonnées bancaires et informations fiscales requises par ce programme. Sélectionnez Soumettre pour finaliser l&apos;inscription&#xa0;; la validation prend jusqu&apos;à 48 heures.</translation>
    </message>
    <message>
        <source>More information is needed. Select Continue to complete:</source>
        <translation>Des informations supplémentaires sont nécessaires. Sélectionnez Continuer pour compléter&#xa0;:</translation>
    </message>
    <message>
        <source>Accept the program terms first.</source>
        <translation>Acceptez d&apos;abord les conditions du programme.</translation>
    </message>
    <message>
        <source>Accept the terms and complete the missing bank or tax details on the profiles page</source>
        <translation>Accepter les conditions et compléter les coordonnées bancaires ou informations fiscales manquantes sur la page des profils</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationDialog</name>
    <message>
        <source>Edit location %1</source>
        <translation>Modifier le site %1</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>Record the location as Partner Center shows it. Its legal entity name is the name a bank account paying it must carry.</source>
        <translation>Enregistrez le site tel que Partner Center l&apos;affiche. Le nom de l&apos;entité juridique est celui que doit porter le compte bancaire qui le paie.</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>7 digits, e.g. 4649101</source>
        <translation>7 chiffres, par ex. 4649101</translation>
    </message>
    <message>
        <source>&amp;PartnerID:</source>
        <translation>&amp;PartnerID :</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Legal entity name</source>
        <translation>Nom de l&apos;entité juridique</translation>
    </message>
    <message>
        <source>&amp;Legal entity name:</source>
        <translation>Entité &amp;juridique :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Accord du programme partenaires</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>Acc&amp;ord :</translation>
    </message>
    <message>
        <source>Holds a &amp;Solutions Partner designation</source>
        <translation>Détient une désignation &amp;Solutions Partner</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Désignation Solutions Partner</translation>
    </message>
    <message>
        <source>CSP in&amp;direct reseller</source>
        <translation>Revendeur CSP in&amp;direct</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>Revendeur CSP indirect</translation>
    </message>
    <message>
        <source>CSP di&amp;rect-bill partner</source>
        <translation>Partenaire CSP à factu&amp;ration directe</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>Partenaire CSP à facturation directe</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue in US dollars</source>
        <translation>Chiffre d&apos;affaires des douze derniers mois en dollars US</translation>
    </message>
    <message>
        <source>Re&amp;venue (12 months):</source>
        <translation>&amp;Chiffre d&apos;affaires (12 mois) :</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>Nouveaux clients sur l&apos;année écoulée</translation>
    </message>
    <message>
        <source>New c&amp;ustomers (12 months):</source>
        <translation>Nouveaux c&amp;lients (12 mois) :</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationPicker</name>
    <message>
        <source>All locations — type a PartnerID or a name</source>
        <translation>Tous les sites — saisissez un PartnerID ou un nom</translation>
    </message>
    <message>
        <source>Matching locations</source>
        <translation>Sites correspondants</translation>
    </message>
    <message>
        <source>More locations match: type more of the name or PartnerID</source>
        <translation>D’autres sites correspondent : saisissez davantage du nom ou du PartnerID</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MainWindow</name>
    <message>
        <source>Guided scenarios</source>
        <translation>Scénarios guidés</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Espace de travail Incentives</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>Profils de paiement et fiscaux</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>Mon accès</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Outils du présentateur</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Rechargé</translation>
    </message>
    <message>
        <source>DEMO CLOCK %1</source>
        <translation>HORLOGE DE DÉMO %1</translation>
    </message>
    <message>
        <source>This is a demo database: its clock is set by the presenter (%1).</source>
        <translation>Ceci est une base de données de démo&#xa0;: son horloge est réglée par le présentateur (%1).</translation>
    </message>
    <message>
        <source>The app clock</source>
        <translation>L&apos;horloge de l&apos;application</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Submitted %1 for %2: Validating enrollment.</source>
        <translation>%1 soumis pour %2&#xa0;: statut «&#xa0;Validation de l&apos;inscription&#xa0;».</translation>
    </message>
    <message>
        <source>About Incentives Desk</source>
        <translation>À propos d&apos;Incentives Desk</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Bases de données Incentives Desk (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the current data with %1? Changes made since that backup are lost.</source>
        <translation>Remplacer les données actuelles par %1&#xa0;? Les modifications effectuées depuis cette sauvegarde seront perdues.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restauré à partir de %1</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>The database is intact: its pages, its references and the audit log&apos;s chain.</source>
        <translation>La base de données est intacte&#xa0;: ses pages, ses références et la chaîne du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation>Verrouiller après &amp;inactivité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Updated with changes made by someone else.</source>
        <translation>Mis à jour avec les modifications de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Ouvrir un fichier de base de données</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Bases de données Incentives Desk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Partner Center&apos;s incentive enrollment: roles, invitations, payout and tax profiles, validation and renewal.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;Une application de bureau pour l&apos;inscription aux incentives dans Partner Center&#xa0;: rôles, invitations, profils de paiement et fiscaux, validation et renouvellement.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Compilé avec Qt %3, exécuté sous Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Distributed under the terms in the LICENSE file that comes with it; it is provided without warranty.</source>
        <translation>Distribué selon les conditions du fichier LICENSE qui l&apos;accompagne&#xa0;; fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exporter l&apos;espace de travail</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Aucune inscription ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enrollment(s) to %1</source>
        <translation>
            <numerusform>%n inscription exportée vers %1</numerusform>
            <numerusform>%n inscriptions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The default database opens from the next start: %1</source>
        <translation>La base de données par défaut s&apos;ouvrira à partir du prochain démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Incentives Desk shows the new language when it starts again. Restart it now?</source>
        <translation>Incentives Desk affichera la nouvelle langue au prochain démarrage. Le redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Incentives Desk could not be started again; the new language applies from the next start.</source>
        <translation>Incentives Desk n&apos;a pas pu être redémarré&#xa0;; la nouvelle langue s&apos;appliquera à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The database is damaged: nothing will be written to it.</source>
        <translation>La base de données est endommagée : rien n’y sera écrit.</translation>
    </message>
    <message>
        <source>Action Center</source>
        <translation>Centre d&apos;actions</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>Prévision de renouvellement</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Action Center (%1)</source>
        <translation>Centre d&apos;actions (%1)</translation>
    </message>
    <message>
        <source>&amp;Action Center (%1)</source>
        <translation>Centre d&apos;&amp;actions (%1)</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>Centre d&apos;&amp;actions</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n action ouverte</numerusform>
            <numerusform>%n actions ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>Aucune action ouverte</translation>
    </message>
    <message>
        <source>New &amp;demo…</source>
        <translation>Nouvelle &amp;démo…</translation>
    </message>
    <message>
        <source>New demo</source>
        <translation>Nouvelle démo</translation>
    </message>
    <message>
        <source>Export demo as template</source>
        <translation>Exporter la démo comme modèle</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>Modèles de démo (*.json)</translation>
    </message>
    <message>
        <source>Exported the demo as the template %1</source>
        <translation>Démo exportée comme modèle %1</translation>
    </message>
    <message>
        <source>Export demo as tem&amp;plate…</source>
        <translation>Exporter la démo comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Profile assignment</source>
        <translation>Attribution des profils</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MyAccessPage</name>
    <message>
        <source>%1 — the whole organization</source>
        <translation>%1 — toute l&apos;organisation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You hold no incentives role yet.</source>
        <translation>Vous n&apos;avez pas encore de rôle pour les incentives.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::NewDemoDialog</name>
    <message>
        <source>New demo</source>
        <translation>Nouvelle démo</translation>
    </message>
    <message>
        <source>A new demo database: the built-in demo organization, or a customer&apos;s organization described in a demo template.</source>
        <translation>Une nouvelle base de démo : l&apos;organisation de démo intégrée, ou celle d&apos;un client décrite dans un modèle de démo.</translation>
    </message>
    <message>
        <source>About new demos</source>
        <translation>À propos des nouvelles démos</translation>
    </message>
    <message>
        <source>The &amp;built-in demo (Contoso Ltd)</source>
        <translation>La démo &amp;intégrée (Contoso Ltd)</translation>
    </message>
    <message>
        <source>The built-in demo</source>
        <translation>La démo intégrée</translation>
    </message>
    <message>
        <source>From a demo &amp;template:</source>
        <translation>À partir d&apos;un &amp;modèle de démo :</translation>
    </message>
    <message>
        <source>From a demo template</source>
        <translation>À partir d&apos;un modèle de démo</translation>
    </message>
    <message>
        <source>Demo template file</source>
        <translation>Fichier de modèle de démo</translation>
    </message>
    <message>
        <source>A demo template file (.json)</source>
        <translation>Un fichier de modèle de démo (.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>Choisir un modèle de démo</translation>
    </message>
    <message>
        <source>&amp;Save the new database as:</source>
        <translation>&amp;Enregistrer la nouvelle base sous :</translation>
    </message>
    <message>
        <source>Save the new database as</source>
        <translation>Enregistrer la nouvelle base sous</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nouveau fichier de base</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir l&apos;emplacement</translation>
    </message>
    <message>
        <source>What stops the demo</source>
        <translation>Ce qui empêche la démo</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Demo templates (*.json);;All files (*)</source>
        <translation>Modèles de démo (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the new demo as</source>
        <translation>Enregistrer la nouvelle démo sous</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Bases Incentives Desk (*.db)</translation>
    </message>
    <message>
        <source>This is the database the window has open; choose another file.</source>
        <translation>Cette base est ouverte dans la fenêtre ; choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::OutcomeDialog</name>
    <message>
        <source>Record Microsoft&apos;s outcome</source>
        <translation>Enregistrer le résultat de Microsoft</translation>
    </message>
    <message>
        <source>Record what Partner Center reports for %1 at %2. Only Microsoft validates: record its decision once Partner Center shows it.</source>
        <translation>Enregistrez ce que Partner Center indique pour %1 sur %2. Seul Microsoft valide : enregistrez sa décision dès que Partner Center l&apos;affiche.</translation>
    </message>
    <message>
        <source>&amp;Approved: the enrollment is Enrolled</source>
        <translation>&amp;Approuvé : l&apos;inscription est Inscrite</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>&amp;Rejected: the enrollment needs action</source>
        <translation>&amp;Refusé : l&apos;inscription demande une action</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Reason Partner Center gives</source>
        <translation>Motif indiqué par Partner Center</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PeopleModel</name>
    <message>
        <source>No incentives role</source>
        <translation>Aucun rôle pour les incentives</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PresenterPage</name>
    <message>
        <source>One hour later.</source>
        <translation>Une heure plus tard.</translation>
    </message>
    <message>
        <source>One day later.</source>
        <translation>Un jour plus tard.</translation>
    </message>
    <message>
        <source>48 hours later: every validation submitted before has ended.</source>
        <translation>48 heures plus tard&#xa0;: toutes les validations soumises auparavant sont terminées.</translation>
    </message>
    <message>
        <source>The fiscal year ended: renewals are done.</source>
        <translation>L&apos;exercice est terminé&#xa0;: les renouvellements sont effectués.</translation>
    </message>
    <message>
        <source>The demo clock is set.</source>
        <translation>L&apos;horloge de démo est réglée.</translation>
    </message>
    <message>
        <source>Microsoft approved %1 for %2.</source>
        <translation>Microsoft a approuvé %1 pour %2.</translation>
    </message>
    <message>
        <source>Microsoft rejected %1 for %2.</source>
        <translation>Microsoft a rejeté %1 pour %2.</translation>
    </message>
    <message>
        <source>%1 is closed for enrollment.</source>
        <translation>%1 est fermé aux inscriptions.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 est de nouveau ouvert.</translation>
    </message>
    <message>
        <source>Discontinue</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Discontinue %1? Every enrollment in it becomes Discontinued, for good.</source>
        <translation>Arrêter %1&#xa0;? Toutes ses inscriptions passent définitivement au statut «&#xa0;Arrêté&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is discontinued.</source>
        <translation>%1 est arrêté.</translation>
    </message>
    <message>
        <source>%1 is published; eligibility is judged.</source>
        <translation>%1 est publié&#xa0;; l&apos;éligibilité a été évaluée.</translation>
    </message>
    <message>
        <source>Saved %1; eligibility is judged again.</source>
        <translation>%1 enregistré&#xa0;; l&apos;éligibilité a été réévaluée.</translation>
    </message>
    <message>
        <source>Saved the snapshot &apos;%1&apos;.</source>
        <translation>Instantané «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>%1 — %2, which ends on %3</source>
        <translation>%1 — %2, qui se termine le %3</translation>
    </message>
    <message>
        <source>%1 — %2 (due %3)</source>
        <translation>%1 — %2 (échéance %3)</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Réinitialiser la démo</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data? Everything done since is lost unless you saved a snapshot.</source>
        <translation>Revenir aux données de démo d&apos;origine&#xa0;? Tout ce qui a été fait depuis sera perdu, sauf si vous avez enregistré un instantané.</translation>
    </message>
    <message>
        <source>The demo is back to its shipped state.</source>
        <translation>La démo est revenue à son état d&apos;origine.</translation>
    </message>
    <message>
        <source>Load snapshot</source>
        <translation>Charger un instantané</translation>
    </message>
    <message>
        <source>Replace the current demo with the snapshot &apos;%1&apos;?</source>
        <translation>Remplacer la démo actuelle par l&apos;instantané «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Loaded the snapshot &apos;%1&apos;.</source>
        <translation>Instantané «&#xa0;%1&#xa0;» chargé.</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>Saisissez un PartnerID ou un nom</translation>
    </message>
    <message>
        <source>The first %1 are listed; type a program, PartnerID or location to find the others.</source>
        <translation>Les %1 premières sont listées ; saisissez un programme, un PartnerID ou un site pour trouver les autres.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProfilesPage</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none — %1 needed</source>
        <translation>aucun — %1 requis</translation>
    </message>
    <message>
        <source> · valid until %1</source>
        <translation> · valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>&amp;Définir par défaut pour l&apos;emplacement</translation>
    </message>
    <message>
        <source>&amp;Make default for %1</source>
        <translation>&amp;Définir par défaut pour %1</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, complete the tax profile of this location, then select Enroll again in the workspace.</source>
        <translation>Pour poursuivre l&apos;inscription de %1 à %2, complétez le profil fiscal de cet emplacement, puis sélectionnez à nouveau Inscrire dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, add or choose a bank profile the program can pay (%3) and make it the location&apos;s default, then select Enroll again.</source>
        <translation>Pour poursuivre l&apos;inscription de %1 à %2, ajoutez ou choisissez un profil bancaire sur lequel le programme peut payer (%3), définissez-le par défaut pour l&apos;emplacement, puis sélectionnez à nouveau Inscrire.</translation>
    </message>
    <message>
        <source>Default bank profile</source>
        <translation>Profil bancaire par défaut</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Choose a location first.</source>
        <translation>Choisissez d’abord un site.</translation>
    </message>
    <message>
        <source>Select a bank profile first.</source>
        <translation>Sélectionnez d’abord un profil bancaire.</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>Saisissez un PartnerID ou un nom</translation>
    </message>
    <message>
        <source>The first %1 bank profiles are listed; search for a name to find the others.</source>
        <translation>Les %1 premiers profils bancaires sont listés ; cherchez un nom pour trouver les autres.</translation>
    </message>
    <message>
        <source>Tax profile to edit</source>
        <translation>Profil fiscal à modifier</translation>
    </message>
    <message>
        <source>Add a&amp;nother tax profile…</source>
        <translation>Ajouter un a&amp;utre profil fiscal…</translation>
    </message>
    <message>
        <source>Add another tax profile</source>
        <translation>Ajouter un autre profil fiscal</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>n° %1 %2 · %3</translation>
    </message>
    <message>
        <source> · location default</source>
        <translation> · par défaut du site</translation>
    </message>
    <message>
        <source>Add the location&apos;s first tax profile with Edit tax profile.</source>
        <translation>Créez le premier profil fiscal de l&apos;emplacement avec Modifier le profil fiscal.</translation>
    </message>
    <message>
        <source>%1 tax profiles on file; choose one below to edit it or to see its documents.</source>
        <translation>%1 profils fiscaux enregistrés ; choisissez-en un ci-dessous pour le modifier ou voir ses documents.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Every incentive program with its state; the selected one&apos;s guide is below</source>
        <translation>Chaque programme d&apos;incitation avec son état ; le guide de celui sélectionné est en dessous</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>Guide du programme</translation>
    </message>
    <message>
        <source>&amp;Record program…</source>
        <translation>&amp;Enregistrer un programme…</translation>
    </message>
    <message>
        <source>Record a program Partner Center shows</source>
        <translation>Enregistrer un programme affiché par Partner Center</translation>
    </message>
    <message>
        <source>Record &amp;invitation…</source>
        <translation>Enregistrer une &amp;invitation…</translation>
    </message>
    <message>
        <source>Record an invitation Partner Center shows for the selected program</source>
        <translation>Enregistrer une invitation affichée par Partner Center pour le programme sélectionné</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Devises</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>Ouvert à tous</translation>
    </message>
    <message>
        <source>No criteria</source>
        <translation>Aucun critère</translation>
    </message>
    <message>
        <source>No programs yet. Record the programs your Partner Center account shows.</source>
        <translation>Aucun programme pour l&apos;instant. Enregistrez les programmes affichés par votre compte Partner Center.</translation>
    </message>
    <message>
        <source>No programs yet. An Account admin records them.</source>
        <translation>Aucun programme pour l&apos;instant. Un administrateur de compte les enregistre.</translation>
    </message>
    <message>
        <source>Record an invitation</source>
        <translation>Enregistrer une invitation</translation>
    </message>
    <message>
        <source>The location Partner Center shows an invitation to %1 for:</source>
        <translation>Le site pour lequel Partner Center affiche une invitation à %1 :</translation>
    </message>
    <message>
        <source>%1 at %2 is %3 now: it shows in the workspace.</source>
        <translation>%1 sur %2 est maintenant %3 : il apparaît dans l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RecordProgramDialog</name>
    <message>
        <source>Record a program</source>
        <translation>Enregistrer un programme</translation>
    </message>
    <message>
        <source>Record the program as your Partner Center account shows it. Its invitations are recorded one by one: Record invitation… on this page.</source>
        <translation>Enregistrez le programme tel que votre compte Partner Center l&apos;affiche. Ses invitations s&apos;enregistrent une par une : Enregistrer une invitation… sur cette page.</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>Devises de paiement</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>par ex. USD, EUR</translation>
    </message>
    <message>
        <source>Payout &amp;currencies:</source>
        <translation>&amp;Devises de paiement :</translation>
    </message>
    <message>
        <source>&amp;Open to every location</source>
        <translation>&amp;Ouvert à tous les sites</translation>
    </message>
    <message>
        <source>Open to every location</source>
        <translation>Ouvert à tous les sites</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Critères d&apos;éligibilité</translation>
    </message>
    <message>
        <source>e.g. agreement; solutions-partner; revenue&gt;=50000</source>
        <translation>par ex. agreement; solutions-partner; revenue&gt;=50000</translation>
    </message>
    <message>
        <source>&amp;Eligibility criteria:</source>
        <translation>Critères d&apos;é&amp;ligibilité :</translation>
    </message>
    <message>
        <source>Also pays by credit &amp;note</source>
        <translation>Paie aussi par &amp;avoir</translation>
    </message>
    <message>
        <source>Also pays by credit note</source>
        <translation>Paie aussi par avoir</translation>
    </message>
    <message>
        <source>Program state</source>
        <translation>État du programme</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RenewalPage</name>
    <message>
        <source>Renewal forecast</source>
        <translation>Prévision de renouvellement</translation>
    </message>
    <message>
        <source>One row per enrollment due at the fiscal-year end: whether it will renew, and if not, the condition that fails and what fixes it. Press Enter to show the enrollment in the workspace.</source>
        <translation>Une ligne par inscription arrivant à échéance en fin d&apos;exercice : si elle sera renouvelée et, sinon, la condition non remplie et la solution. Appuyez sur Entrée pour afficher l&apos;inscription dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Will renew</source>
        <translation>Sera renouvelée</translation>
    </message>
    <message>
        <source>Failing condition</source>
        <translation>Condition non remplie</translation>
    </message>
    <message>
        <source>What fixes it</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Renewal forecast for the end of %1 (%2)</source>
        <translation>Prévision de renouvellement pour la fin de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>location name (PartnerID)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Will not renew: becomes %1</source>
        <translation>Ne sera pas renouvelée : devient %1</translation>
    </message>
    <message>
        <source>Enrolled for %1</source>
        <translation>Inscrite pour %1</translation>
    </message>
    <message>
        <source>Becomes %1 in %2</source>
        <translation>Devient %1 en %2</translation>
    </message>
    <message>
        <source>No condition fails</source>
        <translation>Aucune condition non remplie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>No enrollment you can see is Enrolled, so none is due for renewal at this year end.</source>
        <translation>Aucune inscription visible pour vous n&apos;est inscrite : aucune n&apos;arrive à renouvellement en fin d&apos;année.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) due: </source>
        <translation>
            <numerusform>%n inscription à échéance : </numerusform>
            <numerusform>%n inscriptions à échéance : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will renew, </source>
        <translation>
            <numerusform>%n sera renouvelée, </numerusform>
            <numerusform>%n seront renouvelées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not.</source>
        <translation>
            <numerusform>%n ne le sera pas.</numerusform>
            <numerusform>%n ne le seront pas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::RoleDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Assign a role to %1</source>
        <translation>Attribuer un rôle à %1</translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation>Aucun rôle pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 is the Incentives admin of %2 now. A location has one: saving gives the role to this user instead.</source>
        <translation>%1 est actuellement l&apos;administrateur des incentives de %2. Un emplacement n&apos;en a qu&apos;un&#xa0;: l&apos;enregistrement attribue le rôle à cet utilisateur à la place.</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin: its %2 waiting invitation(s) will reach this user&apos;s inbox at once.</source>
        <translation>%1 n&apos;a pas d&apos;administrateur des incentives&#xa0;: ses invitations en attente (%2) arriveront immédiatement dans la boîte de réception de cet utilisateur.</translation>
    </message>
    <message>
        <source>Account admins manage users and roles for the whole organization.</source>
        <translation>Les administrateurs de compte gèrent les utilisateurs et les rôles de toute l&apos;organisation.</translation>
    </message>
    <message>
        <source>Replace the Incentives admin</source>
        <translation>Remplacer l&apos;administrateur des incentives</translation>
    </message>
    <message>
        <source>%1 will lose the Incentives admin role for %2. Go on?</source>
        <translation>%1 perdra le rôle Administrateur des incentives pour %2. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Presenters run the demo: its clock, Microsoft&apos;s side, programs and snapshots.</source>
        <translation>Les présentateurs pilotent la démonstration : son horloge, le côté Microsoft, les programmes et les instantanés.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <source>Choose the location.</source>
        <translation>Choisissez l’emplacement.</translation>
    </message>
    <message>
        <source>%1 is added, with no role yet.</source>
        <translation>%1 a été ajouté, sans rôle pour l’instant.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3 (%4).</source>
        <extracomment>person, role, location name, PartnerID</extracomment>
        <translation>%1 est désormais %2 de %3 (%4).</translation>
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
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>À faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>All %1 steps done.</source>
        <translation>Les %1 étapes sont terminées.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 étapes terminées sur %2.</translation>
    </message>
    <message>
        <source>Start the scenario</source>
        <translation>Démarrer le scénario</translation>
    </message>
    <message>
        <source>Starting from the initial state resets the demo to its shipped data. Go on?</source>
        <translation>Démarrer depuis l&apos;état initial réinitialise la démo avec ses données d&apos;origine. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Highlight the control of the running scenario&apos;s next step</source>
        <translation>Mettre en évidence la commande de l&apos;étape suivante du scénario en cours</translation>
    </message>
    <message>
        <source>Spotli&amp;ght</source>
        <translation>Pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Toutes les étapes sont faites.</translation>
    </message>
    <message>
        <source>Step %1 has no notes.</source>
        <translation>L&apos;étape %1 n&apos;a pas de notes.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Fichiers de scénario (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
    </message>
    <message>
        <source>%1 is not a scenario that can be followed:

%2</source>
        <translation>%1 n&apos;est pas un scénario utilisable :

%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save a copy of the scenario</source>
        <translation>Enregistrer une copie du scénario</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <source>Saved %1. Edit it in any text editor, then open it here with Open scenario.</source>
        <translation>%1 enregistré. Modifiez-le dans un éditeur de texte, puis ouvrez-le ici avec Ouvrir un scénario.</translation>
    </message>
    <message>
        <source>Write each step&apos;s text with a picture of the window when it was done as a PDF</source>
        <translation>Écrire en PDF le texte de chaque étape avec une image de la fenêtre au moment où elle a été terminée</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Choisissez d’abord un scénario.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the handout to %1.</source>
        <translation>Le document a été écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Give the full path of the database file, starting with /.</source>
        <translation>Indiquez le chemin complet du fichier de base de données, en commençant par /.</translation>
    </message>
    <message>
        <source>This is a folder; give the path of a database file in it.</source>
        <translation>Il s&apos;agit d&apos;un dossier&#xa0;; indiquez le chemin d&apos;un fichier de base de données qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Bases de données Incentives Desk (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>This is a demo database: choose who you are, no password needed. What you may see and do follows that user&apos;s roles.</source>
        <translation>Ceci est une base de données de démo&#xa0;: choisissez qui vous êtes, aucun mot de passe n&apos;est nécessaire. Ce que vous pouvez voir et faire dépend des rôles de cet utilisateur.</translation>
    </message>
    <message>
        <source>⚠ Choose a new password to go on.</source>
        <translation>⚠ Choisissez un nouveau mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Incentives Desk locked itself after a period of inactivity. Sign in again as %1 to go on where you left off.</source>
        <translation>Incentives Desk s&apos;est verrouillé après une période d&apos;inactivité. Reconnectez-vous en tant que %1 pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>You locked Incentives Desk. Sign in again as %1 to go on where you left off.</source>
        <translation>Vous avez verrouillé Incentives Desk. Reconnectez-vous en tant que %1 pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Loading the people of this organization…</source>
        <translation>Chargement des personnes de cette organisation…</translation>
    </message>
</context>
<context>
    <name>incentives::gui::Spotlight</name>
    <message>
        <source>First open the “%1” tab.</source>
        <translation>Ouvrez d’abord l’onglet « %1 ».</translation>
    </message>
    <message>
        <source>First open “%1”.</source>
        <translation>Ouvrez d’abord « %1 ».</translation>
    </message>
    <message>
        <source>The next step of the guided scenario</source>
        <translation>L’étape suivante du scénario guidé</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SpotlightOverlay</name>
    <message>
        <source>Spotlight</source>
        <translation>Projecteur</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SummaryDialog</name>
    <message>
        <source>You have no role at any location, so there is nothing to summarize.</source>
        <translation>Vous n&apos;avez de rôle pour aucun emplacement&#xa0;; il n&apos;y a donc rien à synthétiser.</translation>
    </message>
    <message>
        <source>Enrollment summary %1</source>
        <translation>Synthèse des inscriptions %1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Exporter la synthèse en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>There is no summary to export.</source>
        <translation>Il n&apos;y a aucune synthèse à exporter.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxDocumentsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Tax profile documents</source>
        <translation>Documents du profil fiscal</translation>
    </message>
    <message>
        <source>Documents attached to the tax profile</source>
        <translation>Documents joints au profil fiscal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <source>No documents attached. PDF, PNG or JPEG files of at most 10 MB each.</source>
        <translation>Aucun document joint. Fichiers PDF, PNG ou JPEG de 10 Mo au plus chacun.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 joint.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Copie enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxProfileDialog</name>
    <message>
        <source>Tax profile — %1 (%2)</source>
        <translation>Profil fiscal — %1 (%2)</translation>
    </message>
    <message>
        <source>A US location files a W-9 with its Employer Identification Number.</source>
        <translation>Un emplacement situé aux États-Unis remplit un formulaire W-9 avec son numéro d&apos;identification d&apos;employeur (EIN).</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, valid until the end of the third calendar year after signing.</source>
        <translation>Un emplacement situé hors des États-Unis remplit un formulaire W-8BEN-E, valide jusqu&apos;à la fin de la troisième année civile suivant sa signature.</translation>
    </message>
    <message>
        <source>Saving sends these enrollments of %1 back to Validating enrollment: %2.</source>
        <translation>L&apos;enregistrement renvoie ces inscriptions de %1 au statut «&#xa0;Validation de l&apos;inscription&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A form signed then has expired already; sign a new one.</source>
        <translation>Un formulaire signé à cette date a déjà expiré&#xa0;; signez-en un nouveau.</translation>
    </message>
    <message>
        <source>This form stays valid until %1.</source>
        <translation>Ce formulaire reste valide jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>A W-9 does not expire.</source>
        <translation>Un formulaire W-9 n&apos;expire pas.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else saved the tax profile of %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré le profil fiscal de %1 après que vous l&apos;avez ouvert.

Charger sa version dans le formulaire&#xa0;? Ce que vous avez saisi ici sera alors remplacé&#xa0;; choisissez Non pour le conserver à l&apos;écran.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>Voici la version enregistrée par quelqu&apos;un d&apos;autre. Refaites vos modifications et enregistrez.</translation>
    </message>
    <message>
        <source>Name of the individual</source>
        <translation>Nom de la personne physique</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation>Pays de citoyenneté</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Reason no foreign tax ID is given</source>
        <translation>Raison de l’absence de numéro fiscal étranger</translation>
    </message>
    <message>
        <source>Only without a foreign tax ID</source>
        <translation>Uniquement sans numéro fiscal étranger</translation>
    </message>
    <message>
        <source>&amp;Name of the individual:</source>
        <translation>&amp;Nom de la personne physique :</translation>
    </message>
    <message>
        <source>Country of ci&amp;tizenship:</source>
        <translation>Pays de ci&amp;toyenneté :</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>&amp;Reason for no tax ID:</source>
        <translation>&amp;Raison sans numéro fiscal :</translation>
    </message>
    <message>
        <source>An individual outside the US files a W-8BEN: their name, citizenship and date of birth, and a foreign tax ID or the reason none is given. It stays valid until the end of the third calendar year after signing.</source>
        <translation>Une personne physique hors des États-Unis remplit un W-8BEN : son nom, sa citoyenneté et sa date de naissance, ainsi qu’un numéro fiscal étranger ou la raison de son absence. Il reste valable jusqu’à la fin de la troisième année civile après la signature.</translation>
    </message>
    <message>
        <source>Add a tax profile — %1 (%2)</source>
        <translation>Ajouter un profil fiscal — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UserPicker</name>
    <message>
        <source>Everyone — type a name or email address</source>
        <translation>Tout le monde — tapez un nom ou une adresse e-mail</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Utilisateurs correspondants</translation>
    </message>
    <message>
        <source>More users match: type more of the name or email address</source>
        <translation>D’autres utilisateurs correspondent : tapez davantage du nom ou de l’adresse e-mail</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UsersPage</name>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Administrateurs de compte</translation>
    </message>
    <message>
        <source>Incentives admins</source>
        <translation>Administrateurs des incentives</translation>
    </message>
    <message>
        <source>Incentives users</source>
        <translation>Utilisateurs des incentives</translation>
    </message>
    <message>
        <source>Users without a role</source>
        <translation>Utilisateurs sans rôle</translation>
    </message>
    <message>
        <source>Deactivated users</source>
        <translation>Utilisateurs désactivés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No incentives role</source>
        <translation>Aucun rôle pour les incentives</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Administrateur des incentives</translation>
    </message>
    <message>
        <source>Waiting invitations</source>
        <translation>Invitations en attente</translation>
    </message>
    <message>
        <source>⚠ No Incentives admin — invitations for this location are waiting</source>
        <translation>⚠ Aucun administrateur des incentives — des invitations pour cet emplacement sont en attente</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>%1 signs in the first time with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 se connectera la première fois avec ce mot de passe temporaire, puis choisira le sien. Il n&apos;est affiché que maintenant&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Assign Incentives admin</source>
        <translation>Attribuer un administrateur des incentives</translation>
    </message>
    <message>
        <source>Select the user in the Users tab first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;utilisateur dans l&apos;onglet Utilisateurs.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer un rôle</translation>
    </message>
    <message>
        <source>%1 holds no role.</source>
        <translation>%1 n&apos;a aucun rôle.</translation>
    </message>
    <message>
        <source>Role of %1 to remove:</source>
        <translation>Rôle de %1 à retirer&#xa0;:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or act. Their history stays in the audit log. Deactivate?</source>
        <translation>%1 ne pourra plus se connecter ni agir. Son historique reste dans le journal d&apos;audit. Désactiver&#xa0;?</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>%1 signs in next with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 se connectera la prochaine fois avec ce mot de passe temporaire, puis choisira le sien. Il n&apos;est affiché que maintenant&#xa0;:

%2</translation>
    </message>
    <message>
        <source>The first %1 users are listed; search for a name or email address to find the others.</source>
        <translation>Les %1 premiers utilisateurs sont listés ; cherchez un nom ou une adresse e-mail pour trouver les autres.</translation>
    </message>
    <message>
        <source>The first %1 locations are listed; search for a PartnerID or name to find the others.</source>
        <translation>Les %1 premiers sites sont listés ; cherchez un PartnerID ou un nom pour trouver les autres.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Entité juridique</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Temporary passwords</source>
        <translation>Mots de passe temporaires</translation>
    </message>
    <message>
        <source>Each imported user signs in the first time with their temporary password, then chooses their own. They are shown only now:

%1</source>
        <translation>Chaque utilisateur importé se connecte la première fois avec son mot de passe temporaire, puis choisit le sien. Ils ne sont affichés que maintenant :

%1</translation>
    </message>
    <message>
        <source>%1 no longer holds the role %2.</source>
        <translation>%1 n’a plus le rôle %2.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceDetailsPane</name>
    <message>
        <source>Enrollment details</source>
        <translation>Détails de l’inscription</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Validation expected to end</source>
        <translation>Fin prévue de la validation</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Profil bancaire</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Étape suivante :</translation>
    </message>
    <message>
        <source>Validation ends:</source>
        <translation>Fin de la validation :</translation>
    </message>
    <message>
        <source>Bank profile:</source>
        <translation>Profil bancaire :</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>Profil fiscal :</translation>
    </message>
    <message>
        <source>Status his&amp;tory:</source>
        <translation>His&amp;torique du statut :</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique du statut</translation>
    </message>
    <message>
        <source>Select an enrollment to see its next step, its profiles and its history.</source>
        <translation>Sélectionnez une inscription pour voir son étape suivante, ses profils et son historique.</translation>
    </message>
    <message>
        <source>%1 at %2 — %3</source>
        <translation>%1 à %2 — %3</translation>
    </message>
    <message>
        <source>No validation under way</source>
        <translation>Aucune validation en cours</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Aucun choisi pour l’instant</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>Aucun changement de statut enregistré.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Paiement suspendu</translation>
    </message>
    <message>
        <source>Payment on hold (%1)</source>
        <translation>Paiement suspendu (%1)</translation>
    </message>
    <message>
        <source>No currency chosen yet</source>
        <translation>Aucune devise choisie</translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>Payé en %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceGroupModel</name>
    <message>
        <source>1 enrollment</source>
        <translation>1 inscription</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 inscriptions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Location / program</source>
        <translation>Emplacement / programme</translation>
    </message>
    <message>
        <source>Program / location</source>
        <translation>Programme / emplacement</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Open the program guide of %1</source>
        <translation>Ouvrir le guide du programme %1</translation>
    </message>
    <message>
        <source>Validation is expected to end by %1.</source>
        <translation>La validation devrait se terminer d&apos;ici le %1.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>Actions requises</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspacePage</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Counting the matching enrollments… the first %1 are shown</source>
        <translation>Comptage des inscriptions correspondantes… les %1 premières sont affichées</translation>
    </message>
    <message>
        <source>1 enrollment</source>
        <translation>1 inscription</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 inscriptions</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Aucune inscription ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>There are no invitations or enrollments for your locations yet.</source>
        <translation>Il n&apos;y a encore aucune invitation ni inscription pour vos emplacements.</translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation>Sélectionnez d&apos;abord une invitation.</translation>
    </message>
    <message>
        <source>Open the invitation of the selected row</source>
        <translation>Ouvrir l&apos;invitation de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>Conditions d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Program guide — %1</source>
        <translation>Guide du programme — %1</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>Guide du programme</translation>
    </message>
    <message>
        <source>Workspace view</source>
        <translation>Vue de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;All enrollments</source>
        <translation>&amp;Toutes les inscriptions</translation>
    </message>
    <message>
        <source>By p&amp;rogram</source>
        <translation>Par p&amp;rogramme</translation>
    </message>
    <message>
        <source>By l&amp;ocation</source>
        <translation>Par empla&amp;cement</translation>
    </message>
    <message>
        <source>Record Microsoft&apos;s &amp;outcome…</source>
        <translation>Enregistrer le &amp;résultat de Microsoft…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner Center incentive enrollment workbench</source>
        <translation>Application pour l&apos;inscription aux incentives dans Partner Center</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt;.</source>
        <translation>Se connecter en tant que &lt;e-mail&gt;.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>This database cannot be opened:

%1</source>
        <translation>Impossible d&apos;ouvrir cette base de données&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Create a new demo database…</source>
        <translation>Créer une base de données de démo…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Bases de données Incentives Desk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Nouvelle base de données de démo</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Bases de données Incentives Desk (*.db)</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;: a file, or postgresql://USER@HOST:PORT/DATABASE. Without it, the database opened last.</source>
        <translation>Ouvrir la base de données située à &lt;chemin&gt;&#xa0;: un fichier, ou postgresql://UTILISATEUR@HÔTE:PORT/BASE. Sans cette option, la dernière base ouverte.</translation>
    </message>
    <message>
        <source>Log what the application does on stderr.</source>
        <translation>Journaliser sur stderr ce que fait l’application.</translation>
    </message>
    <message>
        <source>The database file to open, as with --database.</source>
        <translation>Le fichier de base de données à ouvrir, comme avec --database.</translation>
    </message>
</context>
</TS>
