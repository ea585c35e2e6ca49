<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A temporary password is generated; the user chooses their own at first sign-in.</source>
        <translation>Un mot de passe temporaire est généré ; l&apos;utilisateur choisit le sien à la première connexion.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Many customer records viewed in a short time</source>
        <translation>Nombreuses fiches clients consultées en peu de temps</translation>
    </message>
    <message>
        <source>Many customer records deleted in a short time</source>
        <translation>Nombreuses fiches clients supprimées en peu de temps</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Échecs de connexion</translation>
    </message>
    <message>
        <source>Large export</source>
        <translation>Export volumineux</translation>
    </message>
    <message>
        <source>Sign-in outside working hours</source>
        <translation>Connexion en dehors des heures de travail</translation>
    </message>
    <message>
        <source>Audit log chain broken</source>
        <translation>Chaîne du journal d&apos;audit rompue</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Aucune sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Older key slot refused</source>
        <translation>Emplacement de clé ancien refusé</translation>
    </message>
    <message>
        <source>Failed-sign-in record damaged</source>
        <translation>Registre des échecs de connexion endommagé</translation>
    </message>
    <message>
        <source>Many refused actions</source>
        <translation>Nombreuses actions refusées</translation>
    </message>
    <message>
        <source>Sync refused changes from another device</source>
        <translation>Modifications d&apos;un autre appareil refusées par la synchronisation</translation>
    </message>
    <message>
        <source>A sign-in as {user} with an older key slot (version {version}, the vault knows {required}) was refused: keyslots.json was replaced with an older copy, or an old password was replayed.</source>
        <translation>Une connexion en tant que {user} avec un emplacement de clé ancien (version {version}, le coffre connaît la {required}) a été refusée : keyslots.json a été remplacé par une copie plus ancienne, ou un ancien mot de passe a été rejoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</source>
        <translation>
            <numerusform>%n emplacement de clé plus ancien que l&apos;état enregistré du coffre a été trouvé dans keyslots.json et supprimé : une ancienne copie du fichier a été remise en place.</numerusform>
            <numerusform>%n emplacements de clé plus anciens que l&apos;état enregistré du coffre ont été trouvés dans keyslots.json et supprimés : une ancienne copie du fichier a été remise en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} viewed {count} customer records within {minutes} minutes.</source>
        <translation>{user} a consulté {count} fiches clients en {minutes} minutes.</translation>
    </message>
    <message>
        <source>{user} was refused {count} actions within {minutes} minutes.</source>
        <translation>{count} actions de {user} ont été refusées en {minutes} minutes.</translation>
    </message>
    <message>
        <source>{user} deleted {count} customer records within {minutes} minutes.</source>
        <translation>{user} a supprimé {count} fiches clients en {minutes} minutes.</translation>
    </message>
    <message numerus="yes">
        <source>{user} exported %n row(s) ({action}).</source>
        <translation>
            <numerusform>{user} a exporté %n ligne ({action}).</numerusform>
            <numerusform>{user} a exporté %n lignes ({action}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} signed in at {time}, outside working hours ({start}–{end}).</source>
        <translation>{user} s&apos;est connecté à {time}, en dehors des heures de travail ({start}–{end}).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) for {user} since the last successful sign-in.</source>
        <translation>
            <numerusform>%n échec de connexion pour {user} depuis la dernière connexion réussie.</numerusform>
            <numerusform>%n échecs de connexion pour {user} depuis la dernière connexion réussie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) with unknown user names since the last successful sign-in.</source>
        <translation>
            <numerusform>%n échec de connexion avec un nom d&apos;utilisateur inconnu depuis la dernière connexion réussie.</numerusform>
            <numerusform>%n échecs de connexion avec des noms d&apos;utilisateur inconnus depuis la dernière connexion réussie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was modified outside the app: entry {entry} is not what was written ({reason}).</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de l&apos;application : l&apos;entrée {entry} n&apos;est pas celle qui a été écrite ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>No verified backup since {time} (limit: %n day(s)).</source>
        <translation>
            <numerusform>Aucune sauvegarde vérifiée depuis {time} (limite : %n jour).</numerusform>
            <numerusform>Aucune sauvegarde vérifiée depuis {time} (limite : %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup ever (limit: %n day(s)).</source>
        <translation>
            <numerusform>Aucune sauvegarde n&apos;a jamais été vérifiée (limite : %n jour).</numerusform>
            <numerusform>Aucune sauvegarde n&apos;a jamais été vérifiée (limite : %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-sign-in record was damaged (found at {time}); it was counted as one failed sign-in and rewritten. Failures before it may be missing.</source>
        <translation>Le registre des échecs de connexion était endommagé (constaté le {time}) ; il a été compté comme un échec de connexion et réécrit. Les échecs antérieurs peuvent manquer.</translation>
    </message>
    <message numerus="yes">
        <source>Sync refused %n segment(s) or change(s) from other devices; the rest was applied.</source>
        <translation>
            <numerusform>La synchronisation a refusé %n segment ou modification provenant d&apos;autres appareils ; le reste a été appliqué.</numerusform>
            <numerusform>La synchronisation a refusé %n segments ou modifications provenant d&apos;autres appareils ; le reste a été appliqué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Security alerts</source>
        <translation>Alertes de sécurité</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Ouvertes uniquement</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
    <message>
        <source>What was done (optional):</source>
        <translation>Mesures prises (facultatif) :</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing a demo vault with generated customers…</source>
        <translation>Préparation d&apos;un coffre de démonstration avec des clients générés…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>View {0}</source>
        <translation>Afficher {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Save a copy to open it in another program.</source>
        <translation>Cette image ne peut pas être affichée. Utilisez Enregistrer une copie pour l&apos;ouvrir dans un autre programme.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>unnamed file</source>
        <translation>fichier sans nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation>Aucun fichier joint pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Afficher le fichier sélectionné</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Enregistrer une copie du fichier sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Supprimer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation>{0} joint.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app; use Save a copy.</source>
        <translation>Ce type de fichier ne peut pas être affiché dans l&apos;application ; utilisez Enregistrer une copie.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation>Copie enregistrée dans {0}.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Delete the attached file {0}? It is removed from the vault for good; this cannot be undone.</source>
        <translation>Supprimer le fichier joint {0} ? Il est retiré du coffre définitivement ; cette action est irréversible.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>the head recorded beside the vault</source>
        <translation>la tête enregistrée à côté du coffre</translation>
    </message>
    <message>
        <source>not compared: {file} was changed outside the app (damaged, or its MAC does not match)</source>
        <translation>non comparé : {file} a été modifié en dehors de l&apos;application (endommagé, ou son MAC ne correspond pas)</translation>
    </message>
    <message>
        <source>the signed backup {name}</source>
        <translation>la sauvegarde signée {name}</translation>
    </message>
    <message>
        <source>the backups at {url}</source>
        <translation>les sauvegardes de {url}</translation>
    </message>
    <message>
        <source>not compared: {problem}</source>
        <translation>non comparé : {problem}</translation>
    </message>
    <message>
        <source>the verified point</source>
        <translation>le point vérifié</translation>
    </message>
    <message>
        <source>not compared: the restore at entry {seq} ({time}) replaced the history it showed</source>
        <translation>non comparé : la restauration de l&apos;entrée {seq} ({time}) a remplacé l&apos;historique indiqué</translation>
    </message>
    <message>
        <source>the log still holds entry {seq}</source>
        <translation>le journal contient toujours l&apos;entrée {seq}</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log no longer has it</source>
        <translation>les entrées à partir de l&apos;entrée {point} ont été supprimées ou remplacées (journal tronqué ou réécrit) : {anchor} ({time}) indiquait l&apos;entrée {seq}, et le journal ne l&apos;a plus</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log has another entry there</source>
        <translation>les entrées à partir de l&apos;entrée {point} ont été supprimées ou remplacées (journal tronqué ou réécrit) : {anchor} ({time}) indiquait l&apos;entrée {seq}, et le journal a une autre entrée à cet endroit</translation>
    </message>
    <message>
        <source>entry missing or out of order (sequence has a gap)</source>
        <translation>entrée manquante ou dans le désordre (la séquence a un trou)</translation>
    </message>
    <message>
        <source>entry changed, or an entry before it removed or reordered</source>
        <translation>entrée modifiée, ou une entrée antérieure supprimée ou déplacée</translation>
    </message>
    <message>
        <source>the last verified entry was removed or changed (log truncated or rewritten)</source>
        <translation>la dernière entrée vérifiée a été supprimée ou modifiée (journal tronqué ou réécrit)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Sign-in refused: an outdated key slot</source>
        <translation>Connexion refusée : emplacement de clé périmé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Unlocked again after a lock</source>
        <translation>Déverrouillage après un verrouillage</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Ouverture avec la clé de secours</translation>
    </message>
    <message>
        <source>Key slots of inactive users removed</source>
        <translation>Emplacements de clé des utilisateurs inactifs supprimés</translation>
    </message>
    <message>
        <source>Viewed a customer</source>
        <translation>Consultation d&apos;un client</translation>
    </message>
    <message>
        <source>Revealed a sensitive field</source>
        <translation>Affichage d&apos;un champ sensible</translation>
    </message>
    <message>
        <source>Searched customers</source>
        <translation>Recherche de clients</translation>
    </message>
    <message>
        <source>Created a customer</source>
        <translation>Création d&apos;un client</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Modification d&apos;un client</translation>
    </message>
    <message>
        <source>Deleted a customer</source>
        <translation>Suppression d&apos;un client</translation>
    </message>
    <message>
        <source>Restored a deleted customer</source>
        <translation>Restauration d&apos;un client supprimé</translation>
    </message>
    <message>
        <source>Erased deleted customers for good</source>
        <translation>Effacement définitif de clients supprimés</translation>
    </message>
    <message>
        <source>Merged duplicate customers</source>
        <translation>Fusion de clients en doublon</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Import de clients</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Annulation d&apos;un import</translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation>Export de clients</translation>
    </message>
    <message>
        <source>Started an export of customers</source>
        <translation>Début d&apos;un export de clients</translation>
    </message>
    <message>
        <source>Cancelled an export of customers</source>
        <translation>Annulation d&apos;un export de clients</translation>
    </message>
    <message>
        <source>Defined a custom field</source>
        <translation>Définition d&apos;un champ personnalisé</translation>
    </message>
    <message>
        <source>Created a deal</source>
        <translation>Création d&apos;une affaire</translation>
    </message>
    <message>
        <source>Changed a deal</source>
        <translation>Modification d&apos;une affaire</translation>
    </message>
    <message>
        <source>Deleted a deal</source>
        <translation>Suppression d&apos;une affaire</translation>
    </message>
    <message>
        <source>Logged an interaction</source>
        <translation>Échange consigné</translation>
    </message>
    <message>
        <source>Deleted an interaction</source>
        <translation>Suppression d&apos;un échange</translation>
    </message>
    <message>
        <source>Added a contact preference</source>
        <translation>Ajout d&apos;une préférence de contact</translation>
    </message>
    <message>
        <source>Removed a contact preference</source>
        <translation>Suppression d&apos;une préférence de contact</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Verified a backup</source>
        <translation>Vérification d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Re-applied erasures and disabled users after a restore</source>
        <translation>Effacements et désactivations d&apos;utilisateurs réappliqués après une restauration</translation>
    </message>
    <message>
        <source>Removed old backups</source>
        <translation>Suppression d&apos;anciennes sauvegardes</translation>
    </message>
    <message>
        <source>Stored backup credentials</source>
        <translation>Enregistrement d&apos;identifiants de sauvegarde</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Ajout d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Désactivation d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Disabled a user again after a restore</source>
        <translation>Utilisateur de nouveau désactivé après une restauration</translation>
    </message>
    <message>
        <source>Re-enabled a user</source>
        <translation>Réactivation d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialisation d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>Reset an authenticator</source>
        <translation>Réinitialisation d&apos;une application d&apos;authentification</translation>
    </message>
    <message>
        <source>Changed a user&apos;s profile</source>
        <translation>Changement du profil d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Changement de son mot de passe</translation>
    </message>
    <message>
        <source>Changed own authenticator</source>
        <translation>Changement de son application d&apos;authentification</translation>
    </message>
    <message>
        <source>Reset with the recovery key</source>
        <translation>Réinitialisation avec la clé de secours</translation>
    </message>
    <message>
        <source>Replaced credentials kept after a restore</source>
        <translation>Identifiants conservés après une restauration remplacés</translation>
    </message>
    <message>
        <source>Created a profile</source>
        <translation>Création d&apos;un profil</translation>
    </message>
    <message>
        <source>Changed a profile</source>
        <translation>Modification d&apos;un profil</translation>
    </message>
    <message>
        <source>Deleted a profile</source>
        <translation>Suppression d&apos;un profil</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Modification d&apos;un paramètre</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Export du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Acquittement d&apos;une alerte</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Refusé : non autorisé</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data (subject access)</source>
        <translation>Export des données d&apos;une personne (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Effacement d&apos;une personne</translation>
    </message>
    <message>
        <source>Erased a person again after a restore</source>
        <translation>Personne de nouveau effacée après une restauration</translation>
    </message>
    <message>
        <source>The erasure ledger was found damaged</source>
        <translation>Le registre des effacements a été trouvé endommagé</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Enregistrement d&apos;un consentement</translation>
    </message>
    <message>
        <source>Withdrew a consent</source>
        <translation>Retrait d&apos;un consentement</translation>
    </message>
    <message>
        <source>Restricted processing</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Lifted a restriction</source>
        <translation>Levée d&apos;une limitation du traitement</translation>
    </message>
    <message>
        <source>Changed a retention rule</source>
        <translation>Modification d&apos;une règle de conservation</translation>
    </message>
    <message>
        <source>Applied the retention rules</source>
        <translation>Application des règles de conservation</translation>
    </message>
    <message>
        <source>Generated the record of processing</source>
        <translation>Génération du registre des activités de traitement</translation>
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
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Added a task</source>
        <translation>Tâche ajoutée</translation>
    </message>
    <message>
        <source>Changed a task</source>
        <translation>Tâche modifiée</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>Reopened a task</source>
        <translation>Tâche rouverte</translation>
    </message>
    <message>
        <source>Snoozed a task&apos;s reminder</source>
        <translation>Rappel d&apos;une tâche reporté</translation>
    </message>
    <message>
        <source>Deleted a task</source>
        <translation>Tâche supprimée</translation>
    </message>
    <message>
        <source>Exported tasks and meetings as a calendar</source>
        <translation>Tâches et réunions exportées en calendrier</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Pruned old backups</source>
        <translation>Anciennes sauvegardes supprimées</translation>
    </message>
    <message>
        <source>Reset an authenticator enrolment</source>
        <translation>Réinitialisation de l&apos;enregistrement d&apos;une application d&apos;authentification</translation>
    </message>
    <message>
        <source>Changed own authenticator enrolment</source>
        <translation>Changement de l&apos;enregistrement de son application d&apos;authentification</translation>
    </message>
    <message>
        <source>Made new recovery codes for own account</source>
        <translation>Nouveaux codes de secours pour son propre compte</translation>
    </message>
    <message>
        <source>Saved the dashboard as a PDF</source>
        <translation>Tableau de bord enregistré en PDF</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export pour le droit d&apos;accès</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Viewed an attached file</source>
        <translation>Fichier joint affiché</translation>
    </message>
    <message>
        <source>Saved a copy of an attached file</source>
        <translation>Copie d&apos;un fichier joint enregistrée</translation>
    </message>
    <message>
        <source>Deleted an attached file</source>
        <translation>Fichier joint supprimé</translation>
    </message>
    <message>
        <source>Erasure re-applied after a restore</source>
        <translation>Effacement réappliqué après une restauration</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Limitation du traitement levée</translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation>Règle de conservation modifiée</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Règles de conservation appliquées</translation>
    </message>
    <message>
        <source>Record of processing generated</source>
        <translation>Registre des activités de traitement généré</translation>
    </message>
    <message>
        <source>Invited a laptop to the team book</source>
        <translation>Invitation d&apos;un ordinateur portable dans le carnet d&apos;équipe</translation>
    </message>
    <message>
        <source>Asked to join a team book</source>
        <translation>Demande d&apos;adhésion à un carnet d&apos;équipe</translation>
    </message>
    <message>
        <source>Admitted a device to the team book</source>
        <translation>Admission d&apos;un appareil dans le carnet d&apos;équipe</translation>
    </message>
    <message>
        <source>Refused a device&apos;s join request</source>
        <translation>Refus de la demande d&apos;adhésion d&apos;un appareil</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Révocation d&apos;un appareil</translation>
    </message>
    <message>
        <source>Started a team book</source>
        <translation>Création d&apos;un carnet d&apos;équipe</translation>
    </message>
    <message>
        <source>Synced with the team</source>
        <translation>Synchronisation avec l&apos;équipe</translation>
    </message>
    <message>
        <source>Refused a change from another device</source>
        <translation>Refus d&apos;une modification d&apos;un autre appareil</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Résolution d&apos;un conflit de synchronisation</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Filtrer par client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Chain not checked yet in this view.</source>
        <translation>Chaîne pas encore vérifiée dans cette vue.</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Plus récentes</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Entrées plus récentes</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Plus anciennes ›</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entrées plus anciennes</translation>
    </message>
    <message numerus="yes">
        <source>Page {0} of {1} · %Ln entry(s)</source>
        <translation>
            <numerusform>Page {0} sur {1} · %Ln entrée</numerusform>
            <numerusform>Page {0} sur {1} · %Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation>
            <numerusform>Chaîne intacte : %Ln entrée, chaque maillon vérifié.</numerusform>
            <numerusform>Chaîne intacte : %Ln entrées, chaque maillon vérifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
        <translation>Chaîne ROMPUE à l&apos;entrée {0} : {1}. Conservez ce coffre comme preuve et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exporté vers {0}.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorPage</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key into it. Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Scannez ce code avec votre application d&apos;authentification ou saisissez-y la clé. Chaque connexion demande le code à 6 chiffres qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Clé de l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code de l&apos;application</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Code affiché maintenant :</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Emplacement de sauvegarde</translation>
    </message>
    <message>
        <source>A folder, or sftp://, webdav://, s3:// …</source>
        <translation>Un dossier, ou sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Sauvegarder vers :</translation>
    </message>
    <message>
        <source>The archive is encrypted to the vault&apos;s recovery key, signed, then read back and verified.</source>
        <translation>L&apos;archive est chiffrée pour la clé de secours du coffre, signée, puis relue et vérifiée.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose where to back up.</source>
        <translation>Choisissez où sauvegarder.</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>Sauvegarde effectuée.</translation>
    </message>
    <message>
        <source>Backed up and verified ({0}). The archive is:
{1}</source>
        <translation>Sauvegarde effectuée et vérifiée ({0}). L&apos;archive est :
{1}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No verified backup yet.</source>
        <translation>Aucune sauvegarde vérifiée pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>La dernière sauvegarde vérifiée date de %n jour.</numerusform>
            <numerusform>La dernière sauvegarde vérifiée date de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified backup: {time} UTC.</source>
        <translation>Dernière sauvegarde vérifiée : {time} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n effacement</numerusform>
            <numerusform>%n effacements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation>
            <numerusform>%n utilisateur désactivé</numerusform>
            <numerusform>%n utilisateurs désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation>
            <numerusform>%n changement d&apos;identifiants</numerusform>
            <numerusform>%n changements d&apos;identifiants</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied {items}</source>
        <translation>réappliqué : {items}</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Sauvegardes : non configurées</translation>
    </message>
    <message>
        <source>the vault&apos;s keyslots.json</source>
        <translation>le fichier keyslots.json du coffre</translation>
    </message>
    <message>
        <source>pinned on this machine ({fingerprint})</source>
        <translation>épinglée sur cet ordinateur ({fingerprint})</translation>
    </message>
    <message>
        <source>trusted on first use ({fingerprint}): compare it with the fingerprint on the recovery sheet</source>
        <translation>approuvée à la première utilisation ({fingerprint}) : comparez-la avec l&apos;empreinte de la feuille de secours</translation>
    </message>
    <message>
        <source>no pinned key</source>
        <translation>aucune clé épinglée</translation>
    </message>
    <message>
        <source>the fingerprint given ({fingerprint})</source>
        <translation>l&apos;empreinte indiquée ({fingerprint})</translation>
    </message>
    <message>
        <source>no signature carries the fingerprint given</source>
        <translation>aucune signature ne porte l&apos;empreinte indiquée</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>sequences 1..{last} are missing before {name}</source>
        <translation>les séquences 1..{last} manquent avant {name}</translation>
    </message>
    <message>
        <source>two archives claim sequence {sequence}</source>
        <translation>deux archives revendiquent la séquence {sequence}</translation>
    </message>
    <message>
        <source>sequence {missing} missing between {previous} and {name}: an archive was deleted</source>
        <translation>séquence {missing} manquante entre {previous} et {name} : une archive a été supprimée</translation>
    </message>
    <message>
        <source>{name} does not follow {previous}: an archive was replaced</source>
        <translation>{name} ne suit pas {previous} : une archive a été remplacée</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} bytes, the signature says {signed}</source>
        <translation>{size} octets, la signature indique {signed}</translation>
    </message>
    <message>
        <source>{digest}, the signature says {signed}</source>
        <translation>{digest}, la signature indique {signed}</translation>
    </message>
    <message>
        <source>{name} is missing (its signature is there)</source>
        <translation>{name} est manquant (sa signature est présente)</translation>
    </message>
    <message>
        <source>{name} is not a VaultCRM archive name</source>
        <translation>{name} n&apos;est pas un nom d&apos;archive VaultCRM</translation>
    </message>
    <message>
        <source>{name}.sig is missing: an incomplete or foreign upload</source>
        <translation>{name}.sig est manquant : envoi incomplet ou étranger</translation>
    </message>
    <message>
        <source>no trusted key</source>
        <translation>aucune clé approuvée</translation>
    </message>
    <message>
        <source>Ed25519 by {fingerprint}, sequence {sequence}</source>
        <translation>Ed25519 par {fingerprint}, séquence {sequence}</translation>
    </message>
    <message>
        <source>no gap up to sequence {sequence}</source>
        <translation>aucune lacune jusqu&apos;à la séquence {sequence}</translation>
    </message>
    <message>
        <source>age decrypted and authenticated every chunk</source>
        <translation>age a déchiffré et authentifié chaque bloc</translation>
    </message>
    <message>
        <source>manifest.json is missing or damaged ({reason})</source>
        <translation>manifest.json est manquant ou endommagé ({reason})</translation>
    </message>
    <message>
        <source>SHA-256 of keyslots.json and vault.db match the manifest</source>
        <translation>Les SHA-256 de keyslots.json et de vault.db (base du coffre) correspondent au manifeste</translation>
    </message>
    <message>
        <source>differ from the manifest: {members}</source>
        <translation>diffèrent du manifeste : {members}</translation>
    </message>
    <message>
        <source>agrees with the signature</source>
        <translation>concorde avec la signature</translation>
    </message>
    <message>
        <source>differs from the signature in {fields}</source>
        <translation>diffère de la signature pour {fields}</translation>
    </message>
    <message>
        <source>the manifest holds no database key</source>
        <translation>le manifeste ne contient aucune clé de base de données</translation>
    </message>
    <message>
        <source>integrity_check and cipher_integrity_check: ok</source>
        <translation>integrity_check et cipher_integrity_check : ok</translation>
    </message>
    <message>
        <source>the database does not open with the manifest&apos;s key ({reason})</source>
        <translation>la base de données ne s&apos;ouvre pas avec la clé du manifeste ({reason})</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables match the manifest</source>
        <translation>{rows} lignes dans {tables} tables correspondent au manifeste</translation>
    </message>
    <message>
        <source>row counts differ in {tables}</source>
        <translation>le nombre de lignes diffère dans {tables}</translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation>version de schéma {version}</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot not checked (this key is an extra recipient, not the vault&apos;s recovery key: it cannot restore)</source>
        <translation>même coffre et même clé de signature ; emplacement de secours non vérifié (cette clé est un destinataire supplémentaire, pas la clé de secours du coffre : elle ne peut pas restaurer)</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot opens; MAC valid</source>
        <translation>même coffre et même clé de signature ; l&apos;emplacement de secours s&apos;ouvre ; MAC valide</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted customers</source>
        <translation>Clients supprimés</translation>
    </message>
    <message>
        <source>Deleted customers can be restored until the date shown; then they are erased for good, with their contact details, interactions and deals (see Settings).</source>
        <translation>Les clients supprimés peuvent être restaurés jusqu&apos;à la date indiquée ; ensuite, ils sont effacés définitivement, avec leurs coordonnées, échanges et affaires (voir Paramètres).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Meeting: {customer}</source>
        <translation>Réunion : {customer}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Client : {customer}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Fill in the current password and an accepted new one.</source>
        <translation>Saisissez le mot de passe actuel et un nouveau mot de passe accepté.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>erreur inattendue ({kind} : {error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit exportée vers {path}.</numerusform>
            <numerusform>%n entrées d&apos;audit exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} of {total}; use --offset/--limit for more)</source>
        <translation>({shown} sur {total} ; utilisez --offset/--limit pour la suite)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation>
            <numerusform>Journal d&apos;audit intact : %n entrée.</numerusform>
            <numerusform>Journal d&apos;audit intact : %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}</source>
        <translation>JOURNAL D&apos;AUDIT ROMPU à l&apos;entrée {seq} ({at} {action}) : {reason}</translation>
    </message>
    <message>
        <source>Alert {id} acknowledged.</source>
        <translation>Alerte {id} acquittée.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>ack {user}</source>
        <translation>acquittée par {user}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>Created profile {name}.</source>
        <translation>Profil {name} créé.</translation>
    </message>
    <message>
        <source>Deleted profile {name}.</source>
        <translation>Profil {name} supprimé.</translation>
    </message>
    <message>
        <source>Backed up to {url}.</source>
        <translation>Sauvegardé vers {url}.</translation>
    </message>
    <message>
        <source>{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}</source>
        <translation>{size} octets, SHA-256 {sha256}, séquence {sequence}, relue et vérifiée : {verified}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Pruned by retention: {archives}</source>
        <translation>Supprimées par la règle de conservation : {archives}</translation>
    </message>
    <message>
        <source>Warning: the signed revocation ledger could not be written at the location (the archive&apos;s manifest carries it; the next backup tries again).</source>
        <translation>Avertissement : le registre des révocations signé n&apos;a pas pu être écrit à l&apos;emplacement (le manifeste de l&apos;archive le contient ; la prochaine sauvegarde réessaiera).</translation>
    </message>
    <message>
        <source>No signed archives here.</source>
        <translation>Aucune archive signée ici.</translation>
    </message>
    <message>
        <source>Verified (deep)</source>
        <translation>Vérifiée (approfondie)</translation>
    </message>
    <message>
        <source>Verified (quick)</source>
        <translation>Vérifiée (rapide)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (deep)</source>
        <translation>ÉCHEC DE LA VÉRIFICATION (approfondie)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (quick)</source>
        <translation>ÉCHEC DE LA VÉRIFICATION (rapide)</translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation>
            <numerusform>{archive} restaurée dans le coffre {vault} (%n ligne).</numerusform>
            <numerusform>{archive} restaurée dans le coffre {vault} (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Signataire : {signer}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Revocation ledger: {summary} (from: {sources})</source>
        <translation>Registre des révocations : {summary} (sources : {sources})</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one (user reset-password): {users}</source>
        <translation>Leur mot de passe a changé après cette sauvegarde ; donnez-leur-en un nouveau (user reset-password) : {users}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Avertissement : {problem}</translation>
    </message>
    <message>
        <source>Secret for the location: </source>
        <translation>Secret de l&apos;emplacement : </translation>
    </message>
    <message>
        <source>Stored the secret for {key} in the {place}.</source>
        <translation>Secret de {key} enregistré ({place}).</translation>
    </message>
    <message>
        <source>would prune {archive}</source>
        <translation>supprimerait {archive}</translation>
    </message>
    <message>
        <source>keep {archive} ({reasons})</source>
        <translation>conserver {archive} ({reasons})</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Code de votre application d&apos;authentification : </translation>
    </message>
    <message>
        <source>Customer {id} changed (version {version}).</source>
        <translation>Client {id} modifié (version {version}).</translation>
    </message>
    <message>
        <source>Customer {id} moved to the bin.</source>
        <translation>Client {id} placé dans la corbeille.</translation>
    </message>
    <message>
        <source>Wrote {path} and {html} ({sections}).</source>
        <translation>{path} et {html} écrits ({sections}).</translation>
    </message>
    <message>
        <source>Erased customer {id} (ledger entry {entry}).</source>
        <translation>Client {id} effacé (entrée {entry} du registre).</translation>
    </message>
    <message>
        <source>Processing of customer {id} is restricted.</source>
        <translation>Le traitement du client {id} fait l&apos;objet d&apos;une limitation.</translation>
    </message>
    <message>
        <source>Restriction lifted for customer {id}.</source>
        <translation>Limitation du traitement levée pour le client {id}.</translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation>Consentement {id} enregistré.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn.</source>
        <translation>Consentement {id} retiré.</translation>
    </message>
    <message>
        <source>Added retention rule {id}.</source>
        <translation>Règle de conservation {id} ajoutée.</translation>
    </message>
    <message>
        <source>{id}  {name}  ({rule}, last activity {at})</source>
        <translation>{id}  {name}  ({rule}, dernière activité {at})</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation>
            <numerusform>%n personne serait effacée (aperçu ; ajoutez --apply pour l&apos;effacer).</numerusform>
            <numerusform>%n personnes seraient effacées (aperçu ; ajoutez --apply pour les effacer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>%n personne effacée.</numerusform>
            <numerusform>%n personnes effacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) written to {path}; it expires on {time}.</source>
        <translation>Invitation pour {user} (profil {profile}) écrite dans {path} ; elle expire le {time}.</translation>
    </message>
    <message>
        <source>ONE-TIME CODE (tell it to {user} separately from the file; shown once): {code}</source>
        <translation>CODE À USAGE UNIQUE (communiquez-le à {user} séparément du fichier ; affiché une seule fois) : {code}</translation>
    </message>
    <message>
        <source>Roster fingerprint: {fingerprint}</source>
        <translation>Empreinte de la liste des membres : {fingerprint}</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Code à usage unique : </translation>
    </message>
    <message>
        <source>Created vault {id} in {folder} for {user}.</source>
        <translation>Coffre {id} créé dans {folder} pour {user}.</translation>
    </message>
    <message>
        <source>Device {device} asked to join; waiting for an administrator to approve it.</source>
        <translation>L&apos;appareil {device} a demandé à rejoindre le carnet ; en attente de l&apos;approbation d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(inactif)</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(cet appareil)</translation>
    </message>
    <message>
        <source>Device {device} of {user} is on the team&apos;s roster (version {version}).</source>
        <translation>L&apos;appareil {device} de {user} figure dans la liste des membres de l&apos;équipe (version {version}).</translation>
    </message>
    <message>
        <source>Device {device} is revoked; its segments after number {seq} are refused.</source>
        <translation>L&apos;appareil {device} est révoqué ; ses segments postérieurs au numéro {seq} sont refusés.</translation>
    </message>
    <message>
        <source>Device {device} asked to join again; the administrator approving it should see the fingerprint {fingerprint}.</source>
        <translation>L&apos;appareil {device} a de nouveau demandé à rejoindre le carnet ; l&apos;administrateur qui l&apos;approuve doit voir l&apos;empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Created vault {id} in {folder}.</source>
        <translation>Coffre {id} créé dans {folder}.</translation>
    </message>
    <message>
        <source>Administrator: {user}</source>
        <translation>Administrateur : {user}</translation>
    </message>
    <message>
        <source>TOTP secret (add it to your authenticator app): {secret}</source>
        <translation>Secret TOTP (ajoutez-le à votre application d&apos;authentification) : {secret}</translation>
    </message>
    <message>
        <source>TOTP URI: {uri}</source>
        <translation>URI TOTP : {uri}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it and keep it safe; shown once): {key}</source>
        <translation>CLÉ DE SECOURS (imprimez-la et conservez-la en lieu sûr ; affichée une seule fois) : {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Empreinte de la clé de signature : {fingerprint}</translation>
    </message>
    <message>
        <source>Recovery codes (each works once): {codes}</source>
        <translation>Codes de secours (chacun ne sert qu&apos;une fois) : {codes}</translation>
    </message>
    <message>
        <source>Losing both your password and the recovery key loses the data.</source>
        <translation>Si vous perdez à la fois votre mot de passe et la clé de secours, les données sont perdues.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Mot de passe actuel : </translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation>Mot de passe changé pour {user}.</translation>
    </message>
    <message>
        <source>New password and TOTP enrolment for {user}.</source>
        <translation>Nouveau mot de passe et nouvel enregistrement TOTP pour {user}.</translation>
    </message>
    <message>
        <source>TOTP secret: {secret}</source>
        <translation>Secret TOTP : {secret}</translation>
    </message>
    <message>
        <source>Recovery codes: {codes}</source>
        <translation>Codes de secours : {codes}</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Mot de passe du nouvel utilisateur : </translation>
    </message>
    <message>
        <source>Added {user} ({profile}).</source>
        <translation>{user} ajouté (profil {profile}).</translation>
    </message>
    <message>
        <source>last sign-in: {time}</source>
        <translation>dernière connexion : {time}</translation>
    </message>
    <message>
        <source>last sign-in: never</source>
        <translation>dernière connexion : jamais</translation>
    </message>
    <message>
        <source>Disabled {user}.</source>
        <translation>{user} désactivé.</translation>
    </message>
    <message>
        <source>Re-enabled {user}; they must choose a new password at sign-in.</source>
        <translation>{user} réactivé ; cet utilisateur devra choisir un nouveau mot de passe à la connexion.</translation>
    </message>
    <message>
        <source>Temporary password set for {user}; they must change it at sign-in.</source>
        <translation>Mot de passe temporaire défini pour {user} ; cet utilisateur devra le changer à la connexion.</translation>
    </message>
    <message>
        <source>New authenticator enrolment for {user} (temporary password set).</source>
        <translation>Nouvel enregistrement de l&apos;application d&apos;authentification pour {user} (mot de passe temporaire défini).</translation>
    </message>
    <message>
        <source>{user} now has the profile {profile}.</source>
        <translation>{user} a désormais le profil {profile}.</translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation>Mot de passe temporaire : </translation>
    </message>
    <message>
        <source>Would import {imported}, skipped {skipped} (dry run: nothing written).</source>
        <translation>Seraient importés : {imported} ; ignorés : {skipped} (simulation : rien n&apos;a été écrit).</translation>
    </message>
    <message>
        <source>Imported {imported}, skipped {skipped}.</source>
        <translation>Importés : {imported} ; ignorés : {skipped}.</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>encodage : {encoding}</translation>
    </message>
    <message>
        <source>encoding: {encoding} (a guess)</source>
        <translation>encodage : {encoding} (supposé)</translation>
    </message>
    <message>
        <source>  warning: {where}: {reason}</source>
        <translation>  avertissement : {where} : {reason}</translation>
    </message>
    <message>
        <source>  {where}: {reason}</source>
        <translation>  {where} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>%n client exporté vers {path}.</numerusform>
            <numerusform>%n clients exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Aucun client trouvé.</translation>
    </message>
    <message>
        <source>This vault is now the first device of team book {book}.</source>
        <translation>Ce coffre est désormais le premier appareil du carnet d&apos;équipe {book}.</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Appareil : {device}</translation>
    </message>
    <message>
        <source>Genesis fingerprint (compare it on every invitation): {fingerprint}</source>
        <translation>Empreinte d&apos;origine (comparez-la à chaque invitation) : {fingerprint}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Modifications en attente : {count}</translation>
    </message>
    <message>
        <source>Location: {url}</source>
        <translation>Emplacement : {url}</translation>
    </message>
    <message>
        <source>Book: {book}  device: {device}</source>
        <translation>Carnet : {book}  appareil : {device}</translation>
    </message>
    <message>
        <source>refused: {device} segment {segment}: {reason}</source>
        <translation>refusé : {device}, segment {segment} : {reason}</translation>
    </message>
    <message>
        <source>Stale devices: unknown (the location cannot be reached).</source>
        <translation>Appareils inactifs : inconnus (l&apos;emplacement de synchronisation est injoignable).</translation>
    </message>
    <message>
        <source>Stale device: {device} ({user}), last seen {when}; it holds compaction back until it syncs or is revoked.</source>
        <translation>Appareil inactif : {device} ({user}), vu pour la dernière fois {when} ; il bloque le compactage jusqu&apos;à ce qu&apos;il se synchronise ou soit révoqué.</translation>
    </message>
    <message>
        <source>warning: the changes of device {device} are dated {minutes} min ahead of this computer&apos;s clock; check that device&apos;s clock.</source>
        <translation>avertissement : les modifications de l&apos;appareil {device} sont datées de {minutes} min en avance sur l&apos;horloge de cet ordinateur ; vérifiez l&apos;horloge de cet appareil.</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the sync location&apos;s by {minutes} min; check the clock.</source>
        <translation>avertissement : l&apos;horloge de cet ordinateur diffère de celle de l&apos;emplacement de synchronisation de {minutes} min ; vérifiez l&apos;horloge.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {value}</source>
        <translation>Conflit {id} résolu : {value}</translation>
    </message>
    <message>
        <source>{id}  {at}  {table}.{field} of {uid}: kept {kept} (from {kept_from}), other {other} (from {other_from})</source>
        <translation>{id}  {at}  {table}.{field} de {uid} : conservé {kept} (de {kept_from}), autre {other} (de {other_from})</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Aucune affaire.</translation>
    </message>
    <message>
        <source>Added task {id}.</source>
        <translation>Tâche {id} ajoutée.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>Task {id} is open again.</source>
        <translation>La tâche {id} est rouverte.</translation>
    </message>
    <message>
        <source>Task {id} is done.</source>
        <translation>La tâche {id} est terminée.</translation>
    </message>
    <message>
        <source>Next occurrence: task {id}.</source>
        <translation>Prochaine occurrence : tâche {id}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({tasks} tasks, {meetings} meetings).</source>
        <translation>{path} écrit (tâches : {tasks}, réunions : {meetings}).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Effacé définitivement le</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Motif du refus d&apos;import</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Current by</source>
        <translation>Origine de la valeur actuelle</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Other by</source>
        <translation>Origine de l&apos;autre valeur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Conserver la valeur actuelle</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Prendre l&apos;autre valeur</translation>
    </message>
    <message>
        <source>The current value is the one every device holds now. Select one or more rows and keep it, or take the other value instead; either choice is recorded in the audit log and synced to the team.</source>
        <translation>La valeur actuelle est celle que tous les appareils ont maintenant. Sélectionnez une ou plusieurs lignes et conservez-la, ou prenez plutôt l&apos;autre valeur ; chaque choix est consigné dans le journal d&apos;audit et synchronisé avec l&apos;équipe.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n conflit résolu.</numerusform>
            <numerusform>%n conflits résolus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict {0} was not: {1}</source>
        <translation>Le conflit {0} n&apos;a pas été résolu : {1}</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intérêts vitaux</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intérêts légitimes</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>e.g. newsletter, phone marketing</source>
        <translation>ex. newsletter, démarchage téléphonique</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where it was given, e.g. web form, signed paper</source>
        <translation>Où il a été donné, ex. formulaire web, document signé</translation>
    </message>
    <message>
        <source>A purpose of 1 to 200 characters is needed.</source>
        <translation>Une finalité de 1 à 200 caractères est requise.</translation>
    </message>
</context>
<context>
    <name>ContactLabel</name>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Reload the record</source>
        <translation>Recharger la fiche</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation>E-mails (un par ligne, &quot;travail : a@b.com&quot;)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Téléphones (un par ligne)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Étiquettes (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sensitive: your profile cannot see or fill it in.</source>
        <translation>Sensible : votre profil ne peut ni voir ni remplir ce champ.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>What you typed for this customer has not been saved. Discard it?</source>
        <translation>Ce que vous avez saisi pour ce client n&apos;a pas été enregistré. L&apos;abandonner ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>This looks like a customer you already have ({0}). Save anyway to create it, or open the existing one.</source>
        <translation>Ce client semble déjà exister ({0}). Enregistrez quand même pour le créer, ou ouvrez la fiche existante.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <source>Reloaded the current version. Make your changes again.</source>
        <translation>La version actuelle a été rechargée. Refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Ce que vous avez saisi n&apos;a pas été enregistré. L&apos;abandonner ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrigez les champs signalés ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Customer list</source>
        <translation>Liste des clients</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Cette colonne ne peut pas être triée</translation>
    </message>
    <message>
        <source>{0} (sync conflict)</source>
        <translation>{0} (conflit de synchronisation)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
        <translation>Rechercher nom, société, e-mail, téléphone, ville…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d&apos;étiquette</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de responsable</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous responsables</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Modifier le client…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Deleted customers…</source>
        <translation>Clients supprimés…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Rechercher les doublons…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>{0} clients</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
        <translation>Supprimer {0} ? Vous pouvez annuler juste après, ou le restaurer plus tard depuis la corbeille.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>{0} a été supprimé.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la suppression</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({0})</source>
        <translation>Valeur du pipeline par étape ({0})</translation>
    </message>
    <message>
        <source>Also in other currencies: {0}</source>
        <translation>Également dans d&apos;autres devises : {0}</translation>
    </message>
    <message>
        <source>Won and lost deals per month</source>
        <translation>Affaires gagnées et perdues par mois</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(aucun utilisateur)</translation>
    </message>
    <message>
        <source>Activities per user per week</source>
        <translation>Échanges par utilisateur et par semaine</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Nouveaux clients par mois</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Overdue tasks per user</source>
        <translation>Tâches en retard par utilisateur</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>Enregistrer le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Choose a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Modifier l&apos;affaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Line items (optional)</source>
        <translation>Lignes (facultatif)</translation>
    </message>
    <message>
        <source>With line items, the amount is their total (leave Amount empty).</source>
        <translation>Avec des lignes, le montant est leur total (laissez Montant vide).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>ex. {0}</translation>
    </message>
    <message>
        <source>e.g. {0} (optional)</source>
        <translation>ex. {0} (facultatif)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line item</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Supprimer l&apos;affaire</translation>
    </message>
    <message>
        <source>{0}: error</source>
        <translation>{0} : erreur</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>Supprimer l&apos;affaire {0} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>Ligne {0}, {1} : {2}</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Reload to see their version (your changes here are then lost), or Cancel.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette affaire depuis que vous l&apos;avez ouverte. Rechargez pour voir sa version (vos modifications ici seront alors perdues), ou annulez.</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Subject access export</source>
        <translation>Export pour le droit d&apos;accès</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported everything held about {0} to {1} (and a readable {2}).</source>
        <translation>Toutes les données détenues sur {0} ont été exportées vers {1} (et une version lisible : {2}).</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Limiter le traitement</translation>
    </message>
    <message>
        <source>Reason (e.g. the person&apos;s request of …):</source>
        <translation>Motif (ex. demande de la personne concernée du …) :</translation>
    </message>
    <message>
        <source>Erase {0}</source>
        <translation>Effacer {0}</translation>
    </message>
    <message>
        <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
        <translation>Effacer définitivement cette personne ? Ses données personnelles sont anonymisées et sa clé détruite : le journal d&apos;audit conserve ses entrées mais ne peut plus afficher leurs valeurs. Cette action est irréversible et sera réappliquée après une restauration.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>La personne a été effacée.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Supprimer l&apos;affaire</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>Supprimer l&apos;affaire {0} ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Record that {0} withdrew their consent for {1}? The consent stays in the record, marked as withdrawn.</source>
        <translation>Enregistrer que {0} a retiré son consentement pour {1} ? Le consentement reste dans la fiche, marqué comme retiré.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>Supprimer la préférence</translation>
    </message>
    <message>
        <source>Remove the purchase preference &quot;{0}&quot; of {1}?</source>
        <translation>Supprimer la préférence d&apos;achat « {0} » de {1} ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Sélectionnez un client pour voir ses détails.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No e-mail or phone yet.</source>
        <translation>Pas encore d&apos;e-mail ni de téléphone.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Aucun historique.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation>Type d&apos;échange</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé ?</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Consigner</translation>
    </message>
    <message>
        <source>Log the interaction</source>
        <translation>Consigner l&apos;échange</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Aucun échange pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Deals and purchases</source>
        <translation>Affaires et achats</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nouvelle affaire…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Edit deal {0}</source>
        <translation>Modifier l&apos;affaire {0}</translation>
    </message>
    <message>
        <source>Bought in total</source>
        <translation>Total des achats</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aucune affaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Préférences d&apos;achat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove preference {0}</source>
        <translation>Supprimer la préférence {0}</translation>
    </message>
    <message>
        <source>No purchase preferences recorded.</source>
        <translation>Aucune préférence d&apos;achat enregistrée.</translation>
    </message>
    <message>
        <source>Add preference…</source>
        <translation>Ajouter une préférence…</translation>
    </message>
    <message>
        <source>Add purchase preference</source>
        <translation>Ajouter une préférence d&apos;achat</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>RESTRICTED: no export, no edits but by privacy managers</source>
        <translation>LIMITÉ : pas d&apos;export, modifications réservées aux gestionnaires de la confidentialité</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>withdrawn {0}</source>
        <translation>retiré le {0}</translation>
    </message>
    <message>
        <source>given {0}</source>
        <translation>donné le {0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>source : {0}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Withdraw consent for {0}</source>
        <translation>Retirer le consentement pour {0}</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Exporter toutes les données détenues…</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Lever la limitation</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Limiter le traitement</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Copier {0}</translation>
    </message>
    <message>
        <source>Write to {0}</source>
        <translation>Écrire à {0}</translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation>Appeler {0}</translation>
    </message>
    <message>
        <source>No program on this computer opens {0} links.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les liens {0}.</translation>
    </message>
    <message>
        <source>E-mail to {0}: </source>
        <translation>E-mail à {0} : </translation>
    </message>
    <message>
        <source>Call to {0}: </source>
        <translation>Appel vers {0} : </translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reveal sensitive fields</source>
        <translation>Afficher les champs sensibles</translation>
    </message>
    <message>
        <source>Showing sensitive fields is recorded in the audit log.</source>
        <translation>L&apos;affichage des champs sensibles est consigné dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>DeviceState</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>{0}, not synced for a while</source>
        <translation>{0}, non synchronisé depuis longtemps</translation>
    </message>
    <message>
        <source>{0}, this device</source>
        <translation>{0}, cet appareil</translation>
    </message>
    <message numerus="yes">
        <source>%n change file(s)</source>
        <translation>
            <numerusform>%n fichier de modifications</numerusform>
            <numerusform>%n fichiers de modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>A device highlighted as stale has not synced for longer than the team allows (Settings). Revoking stops a device from syncing; what is already on it stays there.</source>
        <translation>Un appareil signalé comme inactif ne s&apos;est pas synchronisé depuis plus longtemps que ce que l&apos;équipe autorise (Paramètres). La révocation empêche un appareil de se synchroniser ; ce qui s&apos;y trouve déjà y reste.</translation>
    </message>
    <message>
        <source>Approve device</source>
        <translation>Approuver l&apos;appareil</translation>
    </message>
    <message>
        <source>Admit this device of {user} to the team? It will download the team&apos;s customers and sync from now on.</source>
        <translation>Admettre cet appareil de {user} dans l&apos;équipe ? Il téléchargera les clients de l&apos;équipe et se synchronisera désormais.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>The device is approved, but the book could not be published for it yet: {0}</source>
        <translation>L&apos;appareil est approuvé, mais le carnet n&apos;a pas encore pu être publié pour lui : {0}</translation>
    </message>
    <message>
        <source>Revoke this device of {user}?

From now on it can no longer sync: the other devices refuse anything it sends after what they have already received, and it receives nothing new.

Revoking does not delete anything: the customers already on that laptop stay there. If the laptop is lost, also disable the user or change their password.</source>
        <translation>Révoquer cet appareil de {user} ?

Désormais, il ne peut plus se synchroniser : les autres appareils refusent tout ce qu&apos;il envoie après ce qu&apos;ils ont déjà reçu, et il ne reçoit plus rien de nouveau.

La révocation ne supprime rien : les clients déjà présents sur cet ordinateur portable y restent. Si l&apos;ordinateur portable est perdu, désactivez aussi l&apos;utilisateur ou changez son mot de passe.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Révoquer l&apos;appareil</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Impossible d&apos;enregistrer à cet endroit</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <source>This laptop is approved. It downloads the team&apos;s customer book now; you can cancel and try again later.</source>
        <translation>Cet ordinateur portable est approuvé. Il télécharge maintenant le carnet de clients de l&apos;équipe ; vous pouvez annuler et réessayer plus tard.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email ({email}) as customer {id}</source>
        <translation>même e-mail ({email}) que le client {id}</translation>
    </message>
    <message>
        <source>same phone ({phone}) as customer {id}</source>
        <translation>même téléphone ({phone}) que le client {id}</translation>
    </message>
    <message>
        <source>a close name ({name}) at the same company, customer {id}</source>
        <translation>un nom proche ({name}) dans la même société, client {id}</translation>
    </message>
    <message>
        <source>same email ({email}) as {where} of this file</source>
        <translation>même e-mail ({email}) que la {where} de ce fichier</translation>
    </message>
    <message>
        <source>same phone ({phone}) as {where} of this file</source>
        <translation>même téléphone ({phone}) que la {where} de ce fichier</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Looking for customers that seem to be the same…</source>
        <translation>Recherche des clients qui semblent identiques…</translation>
    </message>
    <message>
        <source>Groups of possible duplicates</source>
        <translation>Groupes de doublons possibles</translation>
    </message>
    <message>
        <source>Records in the group: choose the one to keep</source>
        <translation>Fiches du groupe : choisissez celle à conserver</translation>
    </message>
    <message>
        <source>Why they look alike:</source>
        <translation>Pourquoi elles se ressemblent :</translation>
    </message>
    <message>
        <source>Keep this record (the others are merged into it):</source>
        <translation>Conserver cette fiche (les autres y sont fusionnées) :</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the group into the chosen record</source>
        <translation>Fusionner le groupe dans la fiche choisie</translation>
    </message>
    <message>
        <source>Showing the first {0} groups of possible duplicates; merge some and search again for more.</source>
        <translation>Affichage des {0} premiers groupes de doublons possibles ; fusionnez-en quelques-uns et relancez la recherche pour voir la suite.</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates. Pick a group, then the record to keep.</source>
        <translation>{0} groupes de doublons possibles. Choisissez un groupe, puis la fiche à conserver.</translation>
    </message>
    <message>
        <source>1 group of possible duplicates. Pick the record to keep.</source>
        <translation>1 groupe de doublons possibles. Choisissez la fiche à conserver.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message>
        <source>same email ({0})</source>
        <translation>même e-mail ({0})</translation>
    </message>
    <message>
        <source>same phone ({0})</source>
        <translation>même téléphone ({0})</translation>
    </message>
    <message>
        <source>close names at the same company ({0})</source>
        <translation>noms proches dans la même société ({0})</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>pas d&apos;e-mail</translation>
    </message>
    <message>
        <source>Keep {0} and merge {1} into it? Their contact details fill in what is missing, and every interaction and deal moves to the kept record. The merged records go to the bin.</source>
        <translation>Conserver {0} et y fusionner {1} ? Leurs coordonnées complètent ce qui manque, et tous les échanges et affaires passent dans la fiche conservée. Les fiches fusionnées vont dans la corbeille.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>One of these records was changed by someone else meanwhile; the list was reloaded, please check and merge again.</source>
        <translation>L&apos;une de ces fiches a été modifiée entre-temps par quelqu&apos;un d&apos;autre ; la liste a été rechargée. Vérifiez-la et fusionnez à nouveau.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Give this to {0} in person. It is shown only once.</source>
        <translation>Remettez ceci en main propre à {0}. Ces informations ne sont affichées qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Mot de passe temporaire :</translation>
    </message>
    <message>
        <source>Authenticator:</source>
        <translation>Application d&apos;authentification :</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Codes de secours :</translation>
    </message>
</context>
<context>
    <name>EnrolmentView</name>
    <message>
        <source>Scan the code with your authenticator app (or type the key), then enter the code it shows. Your old authenticator and recovery codes no longer work; write down the new recovery codes.</source>
        <translation>Scannez le code avec votre application d&apos;authentification (ou saisissez la clé), puis entrez le code qu&apos;elle affiche. Votre ancienne application d&apos;authentification et vos anciens codes de secours ne fonctionnent plus ; notez les nouveaux codes de secours.</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Codes de secours :</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Code de l&apos;application :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no alert {id}.</source>
        <translation>Il n&apos;existe pas d&apos;alerte {id}.</translation>
    </message>
    <message>
        <source>The audit log exports as json or csv.</source>
        <translation>Le journal d&apos;audit s&apos;exporte en json ou en csv.</translation>
    </message>
    <message>
        <source>{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}</source>
        <translation>{name} : pas une date/heure ISO (ex. 2026-11-24 ou 2026-11-24T09:30:00Z) : {text}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Le coffre est verrouillé. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The key of person {id} does not open (modified outside the app).</source>
        <translation>La clé de la personne {id} ne s&apos;ouvre pas (modifiée en dehors de l&apos;application).</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>Aucun utilisateur n&apos;est connecté.</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); sign in to keep the secret inside the vault instead (--in-vault).</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau sécurisé ({name}) ; connectez-vous pour conserver plutôt le secret dans le coffre (--in-vault).</translation>
    </message>
    <message>
        <source>No backup location: choose one in the settings or pass --to.</source>
        <translation>Aucun emplacement de sauvegarde : choisissez-en un dans les paramètres ou indiquez --to.</translation>
    </message>
    <message>
        <source>{url} is inside the vault folder {folder}: a backup kept beside the vault is lost with it; choose a folder outside it (another disk, a share, a remote location).</source>
        <translation>{url} se trouve dans le dossier du coffre {folder} : une sauvegarde conservée à côté du coffre est perdue avec lui ; choisissez un dossier extérieur (un autre disque, un partage, un emplacement distant).</translation>
    </message>
    <message>
        <source>Restore needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>La restauration nécessite la clé de secours (--recovery-key-file) ou un administrateur connecté.</translation>
    </message>
    <message>
        <source>{folder} is neither a vault nor empty; choose a new folder.</source>
        <translation>{folder} n&apos;est ni un coffre ni un dossier vide ; choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>Cancelled; the current vault was not touched.</source>
        <translation>Annulé ; le coffre actuel n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This archive is from vault {archive_vault}, not the vault in {folder} ({vault}); restore it into a new folder.</source>
        <translation>Cette archive provient du coffre {archive_vault}, pas du coffre de {folder} ({vault}) ; restaurez-la dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>The new backup is not verified; nothing is pruned.</source>
        <translation>La nouvelle sauvegarde n&apos;est pas vérifiée ; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>La vérification approfondie nécessite la clé de secours (--recovery-key-file) ou un administrateur connecté.</translation>
    </message>
    <message>
        <source>Choose a sub-command (see --help).</source>
        <translation>Choisissez une sous-commande (voir --help).</translation>
    </message>
    <message>
        <source>{folder} is not a folder: there is no backup location there.</source>
        <translation>{folder} n&apos;est pas un dossier : il n&apos;y a pas d&apos;emplacement de sauvegarde à cet endroit.</translation>
    </message>
    <message>
        <source>--user needs --vault (the vault to sign in to).</source>
        <translation>--user nécessite --vault (le coffre auquel se connecter).</translation>
    </message>
    <message>
        <source>Deep verify failed: {reason}</source>
        <translation>Échec de la vérification approfondie : {reason}</translation>
    </message>
    <message>
        <source>Restore needs either --recovery-key-file F or a sign-in (--user …).</source>
        <translation>La restauration nécessite --recovery-key-file F ou une connexion (--user …).</translation>
    </message>
    <message>
        <source>--user needs --vault.</source>
        <translation>--user nécessite --vault (le coffre).</translation>
    </message>
    <message>
        <source>stdin has no line {number} ({what}).</source>
        <translation>L&apos;entrée standard n&apos;a pas de ligne {number} ({what}).</translation>
    </message>
    <message>
        <source>{what} needed: use --password-stdin or run in a terminal.</source>
        <translation>{what} requis : utilisez --password-stdin ou exécutez dans un terminal.</translation>
    </message>
    <message>
        <source>A code is needed: use --totp CODE or --recovery-code CODE.</source>
        <translation>Un code est requis : utilisez --totp CODE ou --recovery-code CODE.</translation>
    </message>
    <message>
        <source>{id} is neither a customer id nor a uid.</source>
        <translation>{id} n&apos;est ni un identifiant de client ni un uid.</translation>
    </message>
    <message>
        <source>{item}: give FIELD=VALUE with FIELD one of {fields}.</source>
        <translation>{item} : indiquez CHAMP=VALEUR, CHAMP étant l&apos;un de {fields}.</translation>
    </message>
    <message>
        <source>{field} is given twice.</source>
        <translation>{field} est indiqué deux fois.</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>L&apos;effacement est irréversible : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>customer id: a whole number</source>
        <translation>ID client : un nombre entier</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>Il n&apos;existe pas de client {id}.</translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation>1 à 200 caractères</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>Please check: {fields}.</source>
        <translation>Vérifiez : {fields}.</translation>
    </message>
    <message>
        <source>There is no consent {id}.</source>
        <translation>Il n&apos;existe pas de consentement {id}.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>Customer {id} was already erased on {at}.</source>
        <translation>Le client {id} a déjà été effacé le {at}.</translation>
    </message>
    <message>
        <source>status: lead, prospect, customer or inactive</source>
        <translation>status : lead, prospect, customer ou inactive</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>pas un statut</translation>
    </message>
    <message>
        <source>The retention preview has changed since you saw it; preview again before applying.</source>
        <translation>L&apos;aperçu de conservation a changé depuis que vous l&apos;avez consulté ; affichez de nouveau l&apos;aperçu avant d&apos;appliquer.</translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation>Il n&apos;existe pas de profil nommé {name}.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 characters.</source>
        <translation>Un nom de profil comporte de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 à 64 caractères</translation>
    </message>
    <message>
        <source>A profile name cannot hold invisible or direction-changing characters.</source>
        <translation>Un nom de profil ne peut pas contenir de caractères invisibles ou qui changent le sens d&apos;écriture.</translation>
    </message>
    <message>
        <source>no invisible characters</source>
        <translation>pas de caractères invisibles</translation>
    </message>
    <message>
        <source>The scope is &apos;own&apos; or &apos;all&apos;.</source>
        <translation>La portée est « own » (les siennes) ou « all » (toutes).</translation>
    </message>
    <message>
        <source>own or all</source>
        <translation>own ou all</translation>
    </message>
    <message>
        <source>Unknown permission atoms: {atoms}.</source>
        <translation>Autorisations élémentaires inconnues : {atoms}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be changed; create a copy instead.</source>
        <translation>{name} est un profil intégré et ne peut pas être modifié ; créez-en plutôt une copie.</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be deleted.</source>
        <translation>{name} est un profil intégré et ne peut pas être supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation>
            <numerusform>Le profil {name} est encore attribué à %n utilisateur ; attribuez-lui d&apos;abord un autre profil.</numerusform>
            <numerusform>Le profil {name} est encore attribué à %n utilisateurs ; attribuez-leur d&apos;abord un autre profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation>Un profil nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either ({fields}).</source>
        <translation>Votre profil ne peut pas voir les champs sensibles, il ne peut donc pas non plus les remplir ({fields}).</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ (start with a letter)</source>
        <translation>lettres minuscules, chiffres et _ (commencer par une lettre)</translation>
    </message>
    <message>
        <source>text, number, date or choice</source>
        <translation>texte, nombre, date ou choix</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>un champ à choix nécessite des choix</translation>
    </message>
    <message>
        <source>a label is needed</source>
        <translation>un libellé est requis</translation>
    </message>
    <message>
        <source>A custom field {key} exists already.</source>
        <translation>Un champ personnalisé {key} existe déjà.</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>Your profile can only own its own records; you cannot give one to someone else.</source>
        <translation>Votre profil ne peut être responsable que de ses propres fiches ; vous ne pouvez pas en attribuer une à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>owner: no such user</source>
        <translation>responsable : utilisateur inexistant</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>utilisateur inexistant</translation>
    </message>
    <message>
        <source>company: a company cannot belong to a company</source>
        <translation>société : une société ne peut pas appartenir à une société</translation>
    </message>
    <message>
        <source>only a person can belong to a company</source>
        <translation>seule une personne peut appartenir à une société</translation>
    </message>
    <message>
        <source>company: no such company</source>
        <translation>société : société inexistante</translation>
    </message>
    <message>
        <source>no such company</source>
        <translation>société inexistante</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either.</source>
        <translation>Votre profil ne peut pas voir les champs sensibles, il ne peut donc pas non plus les remplir.</translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation>Champs inconnus : {fields}.</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot change them.</source>
        <translation>Votre profil ne peut pas voir les champs sensibles, il ne peut donc pas les modifier.</translation>
    </message>
    <message>
        <source>a whole number from 1 to {maximum}</source>
        <translation>un nombre entier de 1 à {maximum}</translation>
    </message>
    <message>
        <source>a product is needed</source>
        <translation>un produit est requis</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>un titre est requis</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the line items add up to {total}, not {amount}</source>
        <translation>le total des lignes est {total}, pas {amount}</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB each (setting: largest attachment).</source>
        <extracomment>media types recognised from the content (the name&apos;s extension is never trusted)</extracomment>
        <translation>Le fichier fait {size} Mo ; chaque pièce jointe peut faire au plus {limit} Mo (paramètre : pièce jointe la plus grande).</translation>
    </message>
    <message>
        <source>The vault already holds {used} MB of attachments; adding {size} MB would pass its limit of {limit} MB (setting: attachments per vault).</source>
        <translation>Le coffre contient déjà {used} Mo de pièces jointes ; ajouter {size} Mo dépasserait sa limite de {limit} Mo (paramètre : pièces jointes par coffre).</translation>
    </message>
    <message>
        <source>There is no deal {id}.</source>
        <translation>Il n&apos;existe pas d&apos;affaire {id}.</translation>
    </message>
    <message>
        <source>There is no attachment {id}.</source>
        <translation>La pièce jointe {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>The attachment {name} is incomplete or damaged (its content does not match its checksum); it may still be arriving by sync.</source>
        <translation>La pièce jointe {name} est incomplète ou endommagée (son contenu ne correspond pas à sa somme de contrôle) ; elle arrive peut-être encore par synchronisation.</translation>
    </message>
    <message>
        <source>The deal {title} was changed by someone else since you opened it; reload it.</source>
        <translation>L&apos;affaire {title} a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte ; rechargez-la.</translation>
    </message>
    <message>
        <source>The deal was changed by someone else since you opened it; reload it.</source>
        <translation>L&apos;affaire a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte ; rechargez-la.</translation>
    </message>
    <message>
        <source>category: a category is needed</source>
        <translation>catégorie : une catégorie est requise</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>There is no preference {id}.</source>
        <translation>Il n&apos;existe pas de préférence {id}.</translation>
    </message>
    <message>
        <source>Choose at least one other record to merge.</source>
        <translation>Choisissez au moins une autre fiche à fusionner.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])</source>
        <translation>{name} : {value} n&apos;est pas une date ou une heure (AAAA-MM-JJ[THH:MM])</translation>
    </message>
    <message>
        <source>not a date or time</source>
        <translation>pas une date ou une heure</translation>
    </message>
    <message>
        <source>too long (at most {maximum} characters)</source>
        <translation>trop long ({maximum} caractères au maximum)</translation>
    </message>
    <message>
        <source>deal: not a deal of this customer</source>
        <translation>affaire : pas une affaire de ce client</translation>
    </message>
    <message>
        <source>not this customer&apos;s deal</source>
        <translation>pas une affaire de ce client</translation>
    </message>
    <message>
        <source>There is no interaction {id}.</source>
        <translation>Il n&apos;existe pas d&apos;échange {id}.</translation>
    </message>
    <message>
        <source>Cannot sort by {key}.</source>
        <translation>Impossible de trier par {key}.</translation>
    </message>
    <message>
        <source>There is no customer {id} in the bin.</source>
        <translation>Il n&apos;existe pas de client {id} dans la corbeille.</translation>
    </message>
    <message>
        <source>This customer is not one of your records.</source>
        <translation>Ce client ne fait pas partie de vos fiches.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot change it. Ask your privacy manager.</source>
        <translation>Le traitement de cette personne fait l&apos;objet d&apos;une limitation (RGPD, art. 18) : vous ne pouvez pas la modifier. Adressez-vous à votre gestionnaire de la confidentialité.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot delete it. Ask your privacy manager.</source>
        <translation>Le traitement de cette personne fait l&apos;objet d&apos;une limitation (RGPD, art. 18) : vous ne pouvez pas la supprimer. Adressez-vous à votre gestionnaire de la confidentialité.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot restore it. Ask your privacy manager.</source>
        <translation>Le traitement de cette personne fait l&apos;objet d&apos;une limitation (RGPD, art. 18) : vous ne pouvez pas la restaurer. Adressez-vous à votre gestionnaire de la confidentialité.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot merge it. Ask your privacy manager.</source>
        <translation>Le traitement de cette personne fait l&apos;objet d&apos;une limitation (RGPD, art. 18) : vous ne pouvez pas la fusionner. Adressez-vous à votre gestionnaire de la confidentialité.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot export it. Ask your privacy manager.</source>
        <translation>Le traitement de cette personne fait l&apos;objet d&apos;une limitation (RGPD, art. 18) : vous ne pouvez pas l&apos;exporter. Adressez-vous à votre gestionnaire de la confidentialité.</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>trop long ({length} caractères ; {limit} au maximum)</translation>
    </message>
    <message>
        <source>{name}: give whole minor units (cents) or a decimal text, not a float</source>
        <translation>{name} : indiquez des unités mineures entières (centimes) ou un texte décimal, pas un nombre à virgule flottante</translation>
    </message>
    <message>
        <source>not a float; use cents</source>
        <translation>pas un nombre à virgule flottante ; utilisez des centimes</translation>
    </message>
    <message>
        <source>{name}: {value} is not an amount</source>
        <translation>{name} : {value} n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>not an amount (e.g. 1234.50)</source>
        <translation>pas un montant (ex. 1234.50)</translation>
    </message>
    <message>
        <source>{name}: too large (at most {limit} in whole units)</source>
        <translation>{name} : trop grand ({limit} au maximum en unités entières)</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>{limit} au maximum</translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation>
            <numerusform>{field} : {problem} (et %n autre)</numerusform>
            <numerusform>{field} : {problem} (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>must be person or company</source>
        <translation>doit être une personne ou une société</translation>
    </message>
    <message>
        <source>a name is needed (a person&apos;s name or a company name)</source>
        <translation>un nom est requis (nom d&apos;une personne ou d&apos;une société)</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>not a customer id</source>
        <translation>pas un ID client</translation>
    </message>
    <message>
        <source>{value} is not an email address (name@example.com)</source>
        <translation>{value} n&apos;est pas une adresse e-mail (nom@exemple.com)</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>a date of birth cannot be in the future</source>
        <translation>une date de naissance ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>champ personnalisé inexistant</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>choisissez l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>currency: {value} is not a 3-letter code (EUR, USD…)</source>
        <translation>devise : {value} n&apos;est pas un code à 3 lettres (EUR, USD…)</translation>
    </message>
    <message>
        <source>a 3-letter code such as EUR</source>
        <translation>un code à 3 lettres comme EUR</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>fichier de la clé de secours</translation>
    </message>
    <message>
        <source>No recovery key was found in the text of the PDF {path}. Give the recovery sheet&apos;s PDF, or a text file holding the line that starts with AGE-SECRET-KEY-1.</source>
        <translation>Aucune clé de secours n&apos;a été trouvée dans le texte du PDF {path}. Indiquez le PDF de la feuille de secours, ou un fichier texte contenant la ligne qui commence par AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>No recovery key was found in {path}. The recovery key is the line on the recovery sheet that starts with AGE-SECRET-KEY-1.</source>
        <translation>Aucune clé de secours n&apos;a été trouvée dans {path}. La clé de secours est la ligne de la feuille de secours qui commence par AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>Choose a new password first.</source>
        <translation>Choisissez d&apos;abord un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Your profile ({profile}) does not allow this: {permission}.</source>
        <translation>Votre profil ({profile}) ne le permet pas : {permission}.</translation>
    </message>
    <message>
        <source>Your profile no longer exists.</source>
        <translation>Votre profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{setting}: expected yes or no.</source>
        <translation>{setting} : oui ou non attendu.</translation>
    </message>
    <message>
        <source>{setting}: expected a number.</source>
        <translation>{setting} : nombre attendu.</translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}.</source>
        <translation>{setting} : doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{setting}: wrong type.</source>
        <translation>{setting} : type incorrect.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting} : choisissez l&apos;une des valeurs {choices}.</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is damaged ({reason}).</source>
        <translation>Le flux tar de l&apos;archive est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>The archive holds an extended tar header (pax or GNU), which this app never writes: it was not made by VaultCRM or has been altered.</source>
        <translation>L&apos;archive contient un en-tête tar étendu (pax ou GNU), que cette application n&apos;écrit jamais : elle n&apos;a pas été créée par VaultCRM ou a été modifiée.</translation>
    </message>
    <message>
        <source>Unexpected member in the archive: {name}.</source>
        <translation>Membre inattendu dans l&apos;archive : {name}.</translation>
    </message>
    <message>
        <source>{name} appears twice in the archive.</source>
        <translation>{name} figure deux fois dans l&apos;archive.</translation>
    </message>
    <message>
        <source>{name} in the archive is not a regular file.</source>
        <translation>{name} dans l&apos;archive n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{name} in the archive is too large ({size} bytes; at most {limit}): not a backup this app made.</source>
        <translation>{name} dans l&apos;archive est trop volumineux ({size} octets ; {limit} au maximum) : ce n&apos;est pas une sauvegarde créée par cette application.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key (AGE-SECRET-KEY-1…).</source>
        <translation>Ce n&apos;est pas une clé de secours valide (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The recovery key does not open this archive.</source>
        <translation>La clé de secours n&apos;ouvre pas cette archive.</translation>
    </message>
    <message>
        <source>The archive is damaged or was modified: age refused to decrypt it ({reason}).</source>
        <translation>L&apos;archive est endommagée ou a été modifiée : age a refusé de la déchiffrer ({reason}).</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is incomplete.</source>
        <translation>Le flux tar de l&apos;archive est incomplet.</translation>
    </message>
    <message>
        <source>{name} shrank while it was archived.</source>
        <translation>{name} a rétréci pendant son archivage.</translation>
    </message>
    <message>
        <source>The archive could not be processed ({reason}).</source>
        <translation>L&apos;archive n&apos;a pas pu être traitée ({reason}).</translation>
    </message>
    <message>
        <source>Not an age X25519 recipient: {start}…</source>
        <translation>Pas un destinataire age X25519 : {start}…</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); keep the secret inside the vault instead (`backup-login URL --in-vault`).</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau sécurisé ({name}) ; conservez plutôt le secret dans le coffre (`backup-login URL --in-vault`).</translation>
    </message>
    <message>
        <source>Cannot reach the SFTP server {host}:{port} ({reason}).</source>
        <translation>Impossible de joindre le serveur SFTP {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Not a file name: {name}.</source>
        <translation>Pas un nom de fichier : {name}.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what} : {reason}</translation>
    </message>
    <message>
        <source>{what} at {url}: {reason}.</source>
        <translation>{what} à {url} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder</source>
        <translation>Impossible de créer le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Cannot list the backup location</source>
        <translation>Impossible de lister l&apos;emplacement de sauvegarde</translation>
    </message>
    <message>
        <source>Cannot read the size of {name}</source>
        <translation>Impossible de lire la taille de {name}</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} est manquant.</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>Impossible de lire {name}</translation>
    </message>
    <message>
        <source>{name} is implausibly large.</source>
        <translation>{name} est anormalement volumineux.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder: {reason}</source>
        <translation>Impossible de créer le dossier de sauvegarde : {reason}</translation>
    </message>
    <message>
        <source>Cannot list the backup folder: {reason}</source>
        <translation>Impossible de lister le dossier de sauvegarde : {reason}</translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation>Impossible d&apos;écrire {name}</translation>
    </message>
    <message>
        <source>{name} already exists at {url}.</source>
        <translation>{name} existe déjà à {url}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} existe déjà.</translation>
    </message>
    <message>
        <source>The archive failed verification; nothing was restored: {problems}</source>
        <translation>L&apos;archive a échoué à la vérification ; rien n&apos;a été restauré : {problems}</translation>
    </message>
    <message>
        <source>This key can read the archive but cannot restore it: use the vault&apos;s recovery key.</source>
        <translation>Cette clé peut lire l&apos;archive mais pas la restaurer : utilisez la clé de secours du coffre.</translation>
    </message>
    <message>
        <source>Re-keying the restored database failed ({reason}).</source>
        <translation>Le changement de clé de la base restaurée a échoué ({reason}).</translation>
    </message>
    <message>
        <source>This system cannot swap folders atomically.</source>
        <translation>Ce système ne peut pas permuter des dossiers de façon atomique.</translation>
    </message>
    <message>
        <source>Could not swap {first} and {second}: {reason}.</source>
        <translation>Impossible de permuter {first} et {second} : {reason}.</translation>
    </message>
    <message>
        <source>The signature file is damaged ({reason}).</source>
        <translation>Le fichier de signature est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>Signed by a key that is not this vault&apos;s signing key ({fingerprint}); refused.</source>
        <translation>Signé par une clé qui n&apos;est pas la clé de signature de ce coffre ({fingerprint}) ; refusé.</translation>
    </message>
    <message>
        <source>The signature does not match the backup&apos;s description; refused.</source>
        <translation>La signature ne correspond pas à la description de la sauvegarde ; refusé.</translation>
    </message>
    <message>
        <source>Vault {vault_id} is already pinned to another signing key; refused.</source>
        <translation>Le coffre {vault_id} est déjà épinglé à une autre clé de signature ; refusé.</translation>
    </message>
    <message>
        <source>This machine pinned another signing key for this vault; refused.</source>
        <translation>Cet ordinateur a épinglé une autre clé de signature pour ce coffre ; refusé.</translation>
    </message>
    <message>
        <source>Unsupported cipher setting in the manifest: {name} = {value}.</source>
        <translation>Paramètre de chiffrement non pris en charge dans le manifeste : {name} = {value}.</translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: {problems}</source>
        <translation>L&apos;instantané a échoué au contrôle d&apos;intégrité : {problems}</translation>
    </message>
    <message>
        <source>{url} does not name an archive inside a location.</source>
        <translation>{url} ne désigne pas une archive dans un emplacement.</translation>
    </message>
    <message>
        <source>Unsupported backup location {url}: use a folder, sftp://, webdav(s):// or s3://.</source>
        <translation>Emplacement de sauvegarde non pris en charge {url} : utilisez un dossier, sftp://, webdav(s):// ou s3://.</translation>
    </message>
    <message>
        <source>{url}: no host.</source>
        <translation>{url} : aucun hôte.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: it is stored in the keyring (backup-login).</source>
        <translation>Ne mettez jamais de mot de passe dans l&apos;URL : il est enregistré dans le trousseau (backup-login).</translation>
    </message>
    <message>
        <source>No password for {key}: store it once with `backup-login {key}`.</source>
        <translation>Aucun mot de passe pour {key} : enregistrez-le une fois avec `backup-login {key}`.</translation>
    </message>
    <message>
        <source>{url}: no bucket.</source>
        <translation>{url} : aucun bucket.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring.</source>
        <translation>Ne mettez jamais de mot de passe dans l&apos;URL : utilisez une clé SSH (agent ou ~/.ssh) ou le trousseau.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fingerprint}. Check it with the server&apos;s administrator, then confirm it once (--trust-host-key).</source>
        <translation>Le serveur SFTP {host}:{port} n&apos;est pas encore approuvé ; l&apos;empreinte de sa clé d&apos;hôte est {fingerprint}. Vérifiez-la auprès de l&apos;administrateur du serveur, puis confirmez-la une fois (--trust-host-key).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} presented a host key that differs from the one pinned in {file}: refused (the server was reinstalled, or someone is intercepting).</source>
        <translation>Le serveur SFTP {host}:{port} a présenté une clé d&apos;hôte différente de celle épinglée dans {file} : refusé (le serveur a été réinstallé, ou quelqu&apos;un intercepte la connexion).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} refused the login: load your key into the SSH agent or ~/.ssh, or store a password with backup-login.</source>
        <translation>Le serveur SFTP {host}:{port} a refusé la connexion : chargez votre clé dans l&apos;agent SSH ou dans ~/.ssh, ou enregistrez un mot de passe avec backup-login.</translation>
    </message>
    <message>
        <source>Cannot connect to the SFTP server {host}:{port} ({reason}).</source>
        <translation>Impossible de se connecter au serveur SFTP {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>The location stored {stored} bytes of {size}: upload incomplete.</source>
        <translation>L&apos;emplacement a enregistré {stored} octets sur {size} : envoi incomplet.</translation>
    </message>
    <message>
        <source>The archive read back from the location differs from what was sent.</source>
        <translation>L&apos;archive relue depuis l&apos;emplacement diffère de ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>The archive changed size when it was renamed.</source>
        <translation>L&apos;archive a changé de taille lors de son renommage.</translation>
    </message>
    <message>
        <source>Writing the backup failed: {reason}</source>
        <translation>L&apos;écriture de la sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>Writing the backup to {url} failed: {reason}.</source>
        <translation>L&apos;écriture de la sauvegarde vers {url} a échoué : {reason}.</translation>
    </message>
    <message>
        <source>The signature read back from the location differs from what was sent.</source>
        <translation>La signature relue depuis l&apos;emplacement diffère de ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>Writing the signature failed: {reason}</source>
        <translation>L&apos;écriture de la signature a échoué : {reason}</translation>
    </message>
    <message>
        <source>The signature names another archive.</source>
        <translation>La signature désigne une autre archive.</translation>
    </message>
    <message>
        <source>No trusted key for this vault.</source>
        <translation>Aucune clé approuvée pour ce coffre.</translation>
    </message>
    <message>
        <source>keyslots.json belongs to another vault.</source>
        <translation>keyslots.json appartient à un autre coffre.</translation>
    </message>
    <message>
        <source>keyslots.json names another signing key than the one that signed.</source>
        <translation>keyslots.json désigne une autre clé de signature que celle qui a signé.</translation>
    </message>
    <message>
        <source>The recovery slot in the archive does not open with this recovery key.</source>
        <translation>L&apos;emplacement de secours de l&apos;archive ne s&apos;ouvre pas avec cette clé de secours.</translation>
    </message>
    <message>
        <source>{folder} is not empty; a new vault needs an empty or missing folder.</source>
        <translation>{folder} n&apos;est pas vide ; un nouveau coffre nécessite un dossier vide ou inexistant.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>Impossible de créer {folder} : {reason}.</translation>
    </message>
    <message>
        <source>The key slot did not open.</source>
        <translation>L&apos;emplacement de clé ne s&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <translation>{path} est manquant.</translation>
    </message>
    <message>
        <source>{path} is empty: the vault database was lost or truncated.</source>
        <translation>{path} est vide : la base de données du coffre a été perdue ou tronquée.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved ({path}).</source>
        <translation>Le disque est plein ; la modification n&apos;a pas été enregistrée ({path}).</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Le disque est plein ; la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written ({path}): {reason}.</source>
        <translation>La base de données du coffre n&apos;a pas pu être lue ou écrite ({path}) : {reason}.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written: {reason}.</source>
        <translation>La base de données du coffre n&apos;a pas pu être lue ou écrite : {reason}.</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app ({path}).</source>
        <translation>La base de données du coffre est endommagée ou a été modifiée en dehors de l&apos;application ({path}).</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app.</source>
        <translation>La base de données du coffre est endommagée ou a été modifiée en dehors de l&apos;application.</translation>
    </message>
    <message>
        <source>{what} is damaged (not text).</source>
        <translation>{what} est endommagé (pas du texte).</translation>
    </message>
    <message>
        <source>{what} is damaged (not JSON: {reason}).</source>
        <translation>{what} est endommagé (pas du JSON : {reason}).</translation>
    </message>
    <message>
        <source>{what} is damaged (not a JSON object).</source>
        <translation>{what} est endommagé (pas un objet JSON).</translation>
    </message>
    <message>
        <source>The disk is full ({path}); nothing was changed.</source>
        <translation>Le disque est plein ({path}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Le disque est plein ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Permission denied ({path}).</source>
        <translation>Autorisation refusée ({path}).</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Autorisation refusée.</translation>
    </message>
    <message>
        <source>The location is read-only ({path}).</source>
        <translation>L&apos;emplacement est en lecture seule ({path}).</translation>
    </message>
    <message>
        <source>The location is read-only.</source>
        <translation>L&apos;emplacement est en lecture seule.</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Aucun fichier de sortie indiqué.</translation>
    </message>
    <message>
        <source>{path} is inside the vault folder {folder}: an export or report must not be written there (it could replace the vault&apos;s own files); choose a place outside it.</source>
        <translation>{path} se trouve dans le dossier du coffre {folder} : un export ou un rapport ne doit pas y être écrit (il pourrait remplacer les fichiers du coffre) ; choisissez un emplacement extérieur.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} est un dossier ; indiquez un fichier à écrire.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); name an ordinary file.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (périphérique, tube ou socket) ; indiquez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>{path} existe déjà ; choisissez un autre nom, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not replaced.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire ; il n&apos;a pas été remplacé.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: there is no such file.</source>
        <translation>Impossible de lire le {what} {path} : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>Impossible de lire le {what} {path} : {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} est un dossier, pas un {what} lisible ; choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} est un tube nommé, pas un {what} lisible ; choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{path} is a device, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} est un périphérique, pas un {what} lisible ; choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire, ni un {what} lisible ; choisissez un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {what} can be at most {limit} MB: split it into smaller files.</source>
        <translation>{name} fait {size} Mo ; un {what} peut faire au plus {limit} Mo : divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} ({size} bytes; at most {limit}).</source>
        <translation>{name} est trop volumineux pour un {what} ({size} octets ; {limit} au maximum).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annulé ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Unsupported key derivation {algorithm} v{version}.</source>
        <translation>Dérivation de clé non prise en charge : {algorithm} v{version}.</translation>
    </message>
    <message>
        <source>Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing.</source>
        <translation>Les paramètres de l&apos;emplacement de clé sont inférieurs au minimum Argon2id (64 Mio, 3 passes) ; refus.</translation>
    </message>
    <message>
        <source>Key slot parameters are out of range; refusing.</source>
        <translation>Les paramètres de l&apos;emplacement de clé sont hors limites ; refus.</translation>
    </message>
    <message>
        <source>Key slot parameters are malformed.</source>
        <translation>Les paramètres de l&apos;emplacement de clé sont mal formés.</translation>
    </message>
    <message>
        <source>keyslots.json is damaged and cannot be read.</source>
        <translation>keyslots.json est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or it is incomplete.</source>
        <translation>{path} est manquant : ce dossier n&apos;est pas un coffre, ou il est incomplet.</translation>
    </message>
    <message>
        <source>keyslots.json has been modified outside the app (its MAC does not match).</source>
        <translation>keyslots.json a été modifié en dehors de l&apos;application (son MAC ne correspond pas).</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json is damaged.</source>
        <translation>Un emplacement de clé de keyslots.json est endommagé.</translation>
    </message>
    <message>
        <source>A key slot opened but its contents are malformed.</source>
        <translation>Un emplacement de clé s&apos;est ouvert, mais son contenu est mal formé.</translation>
    </message>
    <message>
        <source>A key slot holds a vault key of the wrong length.</source>
        <translation>Un emplacement de clé contient une clé de coffre de longueur incorrecte.</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name, password or code.</source>
        <translation>Connexion refusée : nom d&apos;utilisateur, mot de passe ou code incorrect.</translation>
    </message>
    <message>
        <source>{path} was modified outside the app (its MAC does not match).</source>
        <translation>{path} a été modifié en dehors de l&apos;application (son MAC ne correspond pas).</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} est endommagé.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is signed by another key; ignored.</source>
        <translation>Le registre à l&apos;emplacement de sauvegarde est signé par une autre clé ; ignoré.</translation>
    </message>
    <message>
        <source>The ledger at the backup location does not match its signature; ignored.</source>
        <translation>Le registre à l&apos;emplacement de sauvegarde ne correspond pas à sa signature ; ignoré.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is damaged ({reason}).</source>
        <translation>Le registre à l&apos;emplacement de sauvegarde est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Impossible de créer le fichier de verrou {path} : {reason}.</translation>
    </message>
    <message>
        <source>This vault is already open in another window or process. Close it there first.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre ou un autre processus. Fermez-le d&apos;abord à cet endroit.</translation>
    </message>
    <message>
        <source>This vault has schema version {version}, newer than this app knows ({known}); update the app to open it.</source>
        <translation>Ce coffre a la version de schéma {version}, plus récente que celles que connaît cette application ({known}) ; mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>Le coffre n&apos;a pas de {name}.</translation>
    </message>
    <message>
        <source>use at least {minimum} characters (this one has {length})</source>
        <translation>utilisez au moins {minimum} caractères (celui-ci en a {length})</translation>
    </message>
    <message>
        <source>use at most {maximum} characters</source>
        <translation>utilisez au plus {maximum} caractères</translation>
    </message>
    <message>
        <source>this is one of the most common passwords; choose another</source>
        <translation>c&apos;est l&apos;un des mots de passe les plus courants ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>le mot de passe ne doit pas être le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>a single repeated character is too easy to guess</source>
        <translation>un seul caractère répété est trop facile à deviner</translation>
    </message>
    <message>
        <source>too easy to guess ({warning}); add more words or characters that do not follow a pattern</source>
        <translation>trop facile à deviner ({warning}) ; ajoutez des mots ou des caractères qui ne suivent pas de logique</translation>
    </message>
    <message>
        <source>too easy to guess; add more words or characters that do not follow a pattern</source>
        <translation>trop facile à deviner ; ajoutez des mots ou des caractères qui ne suivent pas de logique</translation>
    </message>
    <message>
        <source>Password refused: {reasons}.</source>
        <translation>Mot de passe refusé : {reasons}.</translation>
    </message>
    <message>
        <source>{folder} is not a vault (no keyslots.json).</source>
        <translation>{folder} n&apos;est pas un coffre (pas de keyslots.json).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n s.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion. Réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key slot names a user who is not in the vault.</source>
        <translation>Un emplacement de clé désigne un utilisateur qui n&apos;est pas dans le coffre.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose a new one first.</source>
        <translation>Vous vous êtes connecté avec un mot de passe temporaire : choisissez d&apos;abord un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in refused: this password opens an older key slot than the vault knows for this account (it was changed or reset, or keyslots.json was replaced with an older copy). Ask an administrator to reset your password.</source>
        <translation>Connexion refusée : ce mot de passe ouvre un emplacement de clé plus ancien que celui que le coffre connaît pour ce compte (il a été changé ou réinitialisé, ou keyslots.json a été remplacé par une copie plus ancienne). Demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>La clé de secours n&apos;ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}</source>
        <translation>{name} : un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>invitation file</source>
        <translation>fichier d&apos;invitation</translation>
    </message>
    <message>
        <source>{path} is not a VaultCRM invitation file.</source>
        <translation>{path} n&apos;est pas un fichier d&apos;invitation VaultCRM.</translation>
    </message>
    <message>
        <source>{user} is disabled; enable them before inviting a laptop.</source>
        <translation>L&apos;utilisateur {user} est désactivé ; réactivez-le avant d&apos;inviter un ordinateur portable.</translation>
    </message>
    <message>
        <source>{user} already exists with another profile; change it with user set-profile first.</source>
        <translation>{user} existe déjà avec un autre profil ; modifiez-le d&apos;abord avec user set-profile.</translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation>Un utilisateur nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>{device} is not a device id.</source>
        <translation>{device} n&apos;est pas un identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <source>No join request from device {device} at the sync location.</source>
        <translation>Aucune demande d&apos;adhésion de l&apos;appareil {device} sur l&apos;emplacement de synchronisation.</translation>
    </message>
    <message>
        <source>The join request of device {device} names an invitation this vault did not make; refused.</source>
        <translation>La demande d&apos;adhésion de l&apos;appareil {device} mentionne une invitation que ce coffre n&apos;a pas créée ; refusée.</translation>
    </message>
    <message>
        <source>This invitation was used already (by device {device}); make a new one.</source>
        <translation>Cette invitation a déjà été utilisée (par l&apos;appareil {device}) ; créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; make a new one.</source>
        <translation>Cette invitation a expiré le {time} ; créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another user than its invitation; refused.</source>
        <translation>La demande d&apos;adhésion de l&apos;appareil {device} concerne un autre utilisateur que son invitation ; refusée.</translation>
    </message>
    <message>
        <source>The join request of device {device} has no invitation and names no earlier device of its user; refused.</source>
        <translation>La demande d&apos;adhésion de l&apos;appareil {device} n&apos;a pas d&apos;invitation et ne mentionne aucun appareil antérieur de son utilisateur ; refusée.</translation>
    </message>
    <message>
        <source>Device {device} asks to join without an invitation: compare the fingerprint its laptop shows with {fingerprint} and pass it with --fingerprint.</source>
        <translation>L&apos;appareil {device} demande à rejoindre le carnet sans invitation : comparez l&apos;empreinte qu&apos;affiche son ordinateur portable avec {fingerprint} et indiquez-la avec --fingerprint.</translation>
    </message>
    <message>
        <source>The user of device {device} does not exist or is disabled here.</source>
        <translation>L&apos;utilisateur de l&apos;appareil {device} n&apos;existe pas ici ou est désactivé.</translation>
    </message>
    <message>
        <source>Device {device} is on the team&apos;s roster already.</source>
        <translation>L&apos;appareil {device} figure déjà dans la liste des membres de l&apos;équipe.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Un nom d&apos;utilisateur comporte de 1 à 64 caractères, sans espace.</translation>
    </message>
    <message>
        <source>A user name cannot hold invisible or direction-changing characters.</source>
        <translation>Un nom d&apos;utilisateur ne peut pas contenir de caractères invisibles ou qui changent le sens d&apos;écriture.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Utilisateur inexistant.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>--map wants HEADER=FIELD, not {item}.</source>
        <translation>--map attend EN-TÊTE=CHAMP, pas {item}.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit doit être au moins égal à 1.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Échec du contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problème de stockage</translation>
    </message>
    <message>
        <source>Vault in use</source>
        <translation>Coffre en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Vérifiez le formulaire</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Non accepté</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was changed.</source>
        <translation>L&apos;ordinateur manque de mémoire ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed; please report this.</source>
        <translation>Erreur inattendue ({kind}). Rien n&apos;a été modifié ; veuillez signaler ce problème.</translation>
    </message>
    <message>
        <source>Sign in as yourself to make new recovery codes.</source>
        <translation>Connectez-vous avec votre propre compte pour générer de nouveaux codes de secours.</translation>
    </message>
    <message>
        <source>export format: one of {formats}</source>
        <translation>format d&apos;export : l&apos;un de {formats}</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Annulé ; aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>unknown import field {field}: use one of {fields}, email:LABEL, phone:LABEL, address:LABEL.street|city|postcode|region|country, custom:KEY</source>
        <translation>champ d&apos;import inconnu {field} : utilisez l&apos;un de {fields}, email:LIBELLÉ, phone:LIBELLÉ, address:LIBELLÉ.street|city|postcode|region|country, custom:CLÉ</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>encodage inconnu {encoding}</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte})</source>
        <translation>le fichier n&apos;est pas en {encoding} valide (octet {byte})</translation>
    </message>
    <message>
        <source>the file starts like {encoding} but is not (byte {byte})</source>
        <translation>le fichier commence comme du {encoding} mais n&apos;en est pas (octet {byte})</translation>
    </message>
    <message>
        <source>the file&apos;s encoding could not be recognised (is it a text file?)</source>
        <translation>l&apos;encodage du fichier n&apos;a pas pu être reconnu (est-ce un fichier texte ?)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); choose a CSV or vCard file</source>
        <translation>ce n&apos;est pas un fichier texte (il contient des données binaires) ; choisissez un fichier CSV ou vCard</translation>
    </message>
    <message>
        <source>duplicates: skip or import</source>
        <translation>doublons : skip (ignorer) ou import (importer)</translation>
    </message>
    <message>
        <source>file to import</source>
        <translation>fichier à importer</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>--map: the file has no column {column} (columns: {columns})</source>
        <translation>--map : le fichier n&apos;a pas de colonne {column} (colonnes : {columns})</translation>
    </message>
    <message>
        <source>no column could be matched to a name, company, email or phone (columns: {columns}); map them explicitly: choose where each column goes in the import dialog, or give --map HEADER=FIELD</source>
        <translation>aucune colonne n&apos;a pu être associée à un nom, une société, un e-mail ou un téléphone (colonnes : {columns}) ; associez-les explicitement : choisissez la destination de chaque colonne dans la boîte de dialogue d&apos;import, ou indiquez --map EN-TÊTE=CHAMP</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>L&apos;import {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD … END:VCARD)</source>
        <translation>aucune vCard trouvée (pas de BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {profiles}).</source>
        <translation>Aucun profil nommé {name} (profils : {profiles}).</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>Aucun utilisateur nommé {name}.</translation>
    </message>
    <message>
        <source>There must always be at least one active Administrator.</source>
        <translation>Il doit toujours y avoir au moins un administrateur actif.</translation>
    </message>
    <message>
        <source>That profile has rights yours lacks ({rights}); ask an Administrator.</source>
        <translation>Ce profil a des droits que le vôtre n&apos;a pas ({rights}) ; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>{user} is not disabled.</source>
        <translation>{user} n&apos;est pas désactivé.</translation>
    </message>
    <message>
        <source>You cannot reset the password of your own account here; use Change password, which asks for your current password.</source>
        <translation>Vous ne pouvez pas réinitialiser ici le mot de passe de votre propre compte ; utilisez Changer le mot de passe, qui demande votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account instead.</source>
        <translation>{user} est désactivé ; réactivez plutôt le compte.</translation>
    </message>
    <message>
        <source>You cannot reset the authenticator of your own account here; use Change authenticator, which asks for your current password.</source>
        <translation>Vous ne pouvez pas réinitialiser ici l&apos;application d&apos;authentification de votre propre compte ; utilisez Réenregistrer mon application d&apos;authentification, qui demande votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account first.</source>
        <translation>{user} est désactivé ; réactivez d&apos;abord le compte.</translation>
    </message>
    <message>
        <source>Not a sync clock stamp: {text}.</source>
        <extracomment>a difference above this between this device&apos;s clock and the location&apos;s file times is warned about</extracomment>
        <translation>Ce n&apos;est pas un horodatage de synchronisation : {text}.</translation>
    </message>
    <message>
        <source>A change is dated {hours} h ahead of this computer&apos;s clock; it was refused. Check the clock of the device that made it.</source>
        <translation>Une modification est datée de {hours} h en avance sur l&apos;horloge de cet ordinateur ; elle a été refusée. Vérifiez l&apos;horloge de l&apos;appareil qui l&apos;a faite.</translation>
    </message>
    <message>
        <source>This vault already belongs to a team book.</source>
        <translation>Ce coffre appartient déjà à un carnet d&apos;équipe.</translation>
    </message>
    <message>
        <source>Roster version {version} on the sync location is malformed; refused.</source>
        <translation>La version {version} de la liste des membres sur l&apos;emplacement de synchronisation est mal formée ; refusée.</translation>
    </message>
    <message>
        <source>Roster version {version} belongs to another book; refused.</source>
        <translation>La version {version} de la liste des membres appartient à un autre carnet ; refusée.</translation>
    </message>
    <message>
        <source>The roster chain skips from version {previous} to {version}; refused.</source>
        <translation>La chaîne de la liste des membres passe de la version {previous} à la version {version} ; refusée.</translation>
    </message>
    <message>
        <source>Roster version {version} is signed by a device that could not manage users at the time; refused.</source>
        <translation>La version {version} de la liste des membres est signée par un appareil qui ne pouvait pas gérer les utilisateurs à ce moment-là ; refusée.</translation>
    </message>
    <message>
        <source>The signature of roster version {version} does not verify; refused.</source>
        <translation>La signature de la version {version} de la liste des membres n&apos;est pas valide ; refusée.</translation>
    </message>
    <message>
        <source>Roster version {version} does not follow version {previous}; refused.</source>
        <translation>La version {version} de la liste des membres ne fait pas suite à la version {previous} ; refusée.</translation>
    </message>
    <message>
        <source>Roster version {version} drops a device, changes its keys or undoes a revocation; refused.</source>
        <translation>La version {version} de la liste des membres retire un appareil, modifie ses clés ou annule une révocation ; refusée.</translation>
    </message>
    <message>
        <source>The sync location holds no roster; refused.</source>
        <translation>L&apos;emplacement de synchronisation ne contient aucune liste des membres ; refusé.</translation>
    </message>
    <message>
        <source>The roster&apos;s first version is not the one this device joined (its fingerprint differs); refused.</source>
        <translation>La première version de la liste des membres n&apos;est pas celle que cet appareil a rejointe (son empreinte diffère) ; refusée.</translation>
    </message>
    <message>
        <source>Segment {segment} is not a segment file; refused.</source>
        <translation>Le segment {segment} n&apos;est pas un fichier de segment ; refusé.</translation>
    </message>
    <message>
        <source>Segment {segment} belongs to another book; refused.</source>
        <translation>Le segment {segment} appartient à un autre carnet ; refusé.</translation>
    </message>
    <message>
        <source>Segment {segment} was signed as {signed}: it was renamed or replayed; refused.</source>
        <translation>Le segment {segment} a été signé sous le nom {signed} : il a été renommé ou rejoué ; refusé.</translation>
    </message>
    <message>
        <source>Segment {segment} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Le segment {segment} provient d&apos;un appareil absent de la liste des membres du carnet ; refusé.</translation>
    </message>
    <message>
        <source>The signature of segment {segment} does not verify: it was altered or forged; refused.</source>
        <translation>La signature du segment {segment} n&apos;est pas valide : il a été altéré ou falsifié ; refusé.</translation>
    </message>
    <message>
        <source>Segment {segment} was written after its device was revoked; refused.</source>
        <translation>Le segment {segment} a été écrit après la révocation de son appareil ; refusé.</translation>
    </message>
    <message>
        <source>Segment {segment} is signed but its content is not a valid segment; refused.</source>
        <translation>Le segment {segment} est signé, mais son contenu n&apos;est pas un segment valide ; refusé.</translation>
    </message>
    <message>
        <source>Segment {segment} is not encrypted to this device; refused.</source>
        <translation>Le segment {segment} n&apos;est pas chiffré pour cet appareil ; refusé.</translation>
    </message>
    <message>
        <source>Segment {segment} was written by a newer version of the app (schema {theirs}, this app reads up to {ours}): update the app to keep syncing.</source>
        <translation>Le segment {segment} a été écrit par une version plus récente de l&apos;application (schéma {theirs}, cette application lit jusqu&apos;au {ours}) : mettez à jour l&apos;application pour continuer la synchronisation.</translation>
    </message>
    <message>
        <source>Cannot list the sync location: {reason}</source>
        <translation>Impossible de lister l&apos;emplacement de synchronisation : {reason}</translation>
    </message>
    <message>
        <source>Cannot list the sync location {url}: {reason}.</source>
        <translation>Impossible de lister l&apos;emplacement de synchronisation {url} : {reason}.</translation>
    </message>
    <message>
        <source>{name} already exists at {url}; a published file is never replaced.</source>
        <translation>{name} existe déjà sur {url} ; un fichier publié n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <source>Publishing {name} failed: {reason}</source>
        <translation>Échec de la publication de {name} : {reason}</translation>
    </message>
    <message>
        <source>Publishing {name} to {url} failed: {reason}.</source>
        <translation>Échec de la publication de {name} sur {url} : {reason}.</translation>
    </message>
    <message>
        <source>{name} read back from the sync location differs from what was sent.</source>
        <translation>{name}, relu depuis l&apos;emplacement de synchronisation, diffère de ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>Cannot read {name} at {url}: {reason}.</source>
        <translation>Impossible de lire {name} sur {url} : {reason}.</translation>
    </message>
    <message>
        <source>Name the invited user: --user YOU --user THEM, or --new-user THEM.</source>
        <translation>Indiquez l&apos;utilisateur invité : --user VOUS --user LUI, ou --new-user LUI.</translation>
    </message>
    <message>
        <source>Use: sync init VAULT --at URL, sync VAULT or sync status VAULT.</source>
        <translation>Utilisation : sync init VAULT --at URL, sync VAULT ou sync status VAULT (VAULT = coffre).</translation>
    </message>
    <message>
        <source>sync init needs --at URL, the team&apos;s sync location.</source>
        <translation>sync init nécessite --at URL, l&apos;emplacement de synchronisation de l&apos;équipe.</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep kept or --keep other.</source>
        <translation>conflicts resolve nécessite --keep kept ou --keep other.</translation>
    </message>
    <message>
        <source>{id} is not a conflict id.</source>
        <translation>{id} n&apos;est pas un identifiant de conflit.</translation>
    </message>
    <message>
        <source>Use: conflicts VAULT or conflicts resolve VAULT CONFLICT_ID --keep kept|other.</source>
        <translation>Utilisation : conflicts VAULT ou conflicts resolve VAULT CONFLICT_ID --keep kept|other (VAULT = coffre).</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>Le conflit {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved.</source>
        <translation>Le conflit {id} a déjà été résolu.</translation>
    </message>
    <message>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>La fiche concernée par le conflit {id} n&apos;existe plus ici.</translation>
    </message>
    <message>
        <source>Keep either kept or other.</source>
        <translation>Choisissez kept ou other.</translation>
    </message>
    <message>
        <source>This vault is not a device of a team book (run sync init, or device join on a new laptop).</source>
        <translation>Ce coffre n&apos;est pas un appareil d&apos;un carnet d&apos;équipe (exécutez sync init, ou device join sur un nouvel ordinateur portable).</translation>
    </message>
    <message>
        <source>This device has no pinned roster fingerprint; it cannot check the team&apos;s roster.</source>
        <translation>Cet appareil n&apos;a pas d&apos;empreinte épinglée de la liste des membres ; il ne peut pas vérifier la liste des membres de l&apos;équipe.</translation>
    </message>
    <message>
        <source>This device may not change the team&apos;s roster (it is not an active administrator&apos;s device on it).</source>
        <translation>Cet appareil ne peut pas modifier la liste des membres de l&apos;équipe (il n&apos;y figure pas comme appareil d&apos;un administrateur actif).</translation>
    </message>
    <message>
        <source>Roster version {version} is half published on the sync location; it stays pending here.</source>
        <translation>La version {version} de la liste des membres est à moitié publiée sur l&apos;emplacement de synchronisation ; elle reste en attente ici.</translation>
    </message>
    <message>
        <source>Another administrator changed the team&apos;s roster at the same time; your change (roster version {version}) was not published. Do it again.</source>
        <translation>Un autre administrateur a modifié la liste des membres de l&apos;équipe au même moment ; votre modification (version {version} de la liste des membres) n&apos;a pas été publiée. Recommencez.</translation>
    </message>
    <message>
        <source>Device {device} is not on the team&apos;s roster.</source>
        <translation>L&apos;appareil {device} ne figure pas dans la liste des membres de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Device {device} is revoked already.</source>
        <translation>L&apos;appareil {device} est déjà révoqué.</translation>
    </message>
    <message>
        <source>A device cannot revoke itself; revoke it from another administrator&apos;s device.</source>
        <translation>Un appareil ne peut pas se révoquer lui-même ; révoquez-le depuis l&apos;appareil d&apos;un autre administrateur.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Cette invitation a expiré le {time} ; demandez-en une nouvelle.</translation>
    </message>
    <message>
        <source>This device is on the team&apos;s roster already ({state}).</source>
        <translation>Cet appareil figure déjà dans la liste des membres de l&apos;équipe ({state}).</translation>
    </message>
    <message>
        <source>This invitation is for another book or another user.</source>
        <translation>Cette invitation concerne un autre carnet ou un autre utilisateur.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster yet: an administrator has to approve it before it can publish.</source>
        <extracomment>changes per segment (a transaction&apos;s changes are never split: a segment may hold more) bytes of change values per segment (attachment chunks are large): a batch ends before the transaction that would pass it (one bigger transaction goes alone), so a segment stays within the format&apos;s limits (docs/SYNC.md, &quot;Attachments&quot;)</extracomment>
        <translation>Cet appareil ne figure pas encore dans la liste des membres du carnet : un administrateur doit l&apos;approuver avant qu&apos;il puisse publier.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster: an administrator has to approve it first.</source>
        <extracomment>``vault_secrets`` row holding the last round&apos;s clock warnings (``sync status`` shows them)</extracomment>
        <translation>Cet appareil ne figure pas dans la liste des membres du carnet : un administrateur doit d&apos;abord l&apos;approuver.</translation>
    </message>
    <message>
        <source>This device was revoked from the team book; it can no longer sync.</source>
        <translation>Cet appareil a été révoqué du carnet d&apos;équipe ; il ne peut plus synchroniser.</translation>
    </message>
    <message>
        <source>This vault does not belong to a team book: run sync init first.</source>
        <translation>Ce coffre n&apos;appartient à aucun carnet d&apos;équipe : exécutez d&apos;abord sync init.</translation>
    </message>
    <message>
        <source>This book has no sync location.</source>
        <translation>Ce carnet n&apos;a pas d&apos;emplacement de synchronisation.</translation>
    </message>
    <message>
        <source>The invitation code is 8 letters and digits, like ABCD-EFGH.</source>
        <translation>Le code d&apos;invitation comporte 8 lettres et chiffres, par exemple ABCD-EFGH.</translation>
    </message>
    <message>
        <source>The join request of device {device} is not signed by the key it names; refused.</source>
        <translation>La demande d&apos;adhésion de l&apos;appareil {device} n&apos;est pas signée par la clé qu&apos;elle indique ; refusée.</translation>
    </message>
    <message>
        <source>The join request of device {device} was not made with the invitation&apos;s one-time code (a wrong code, or a request edited on the location); refused.</source>
        <translation>La demande d&apos;adhésion de l&apos;appareil {device} n&apos;a pas été faite avec le code à usage unique de l&apos;invitation (code erroné ou demande modifiée sur l&apos;emplacement) ; refusée.</translation>
    </message>
    <message>
        <source>The join request of device {device} is malformed; refused.</source>
        <translation>La demande d&apos;adhésion de l&apos;appareil {device} est mal formée ; refusée.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another book; refused.</source>
        <translation>La demande d&apos;adhésion de l&apos;appareil {device} concerne un autre carnet ; refusée.</translation>
    </message>
    <message>
        <source>The join request found as {device} names another device; refused.</source>
        <translation>La demande d&apos;adhésion trouvée sous {device} mentionne un autre appareil ; refusée.</translation>
    </message>
    <message>
        <source>This vault already trusts another team book&apos;s roster.</source>
        <translation>Ce coffre fait déjà confiance à la liste des membres d&apos;un autre carnet d&apos;équipe.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not a snapshot file; refused.</source>
        <extracomment>a manifest&apos;s plaintext (a few hundred bytes per part), and a part&apos;s (test seams) where the writer cuts a part (plaintext bytes)</extracomment>
        <translation>L&apos;instantané {snapshot} n&apos;est pas un fichier d&apos;instantané ; refusé.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was signed for another place or book; refused.</source>
        <translation>L&apos;instantané {snapshot} a été signé pour un autre emplacement ou un autre carnet ; refusé.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>L&apos;instantané {snapshot} provient d&apos;un appareil absent de la liste des membres du carnet ; refusé.</translation>
    </message>
    <message>
        <source>The signature of snapshot {snapshot} does not verify; refused.</source>
        <translation>La signature de l&apos;instantané {snapshot} n&apos;est pas valide ; refusé.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not encrypted to this device; refused.</source>
        <translation>L&apos;instantané {snapshot} n&apos;est pas chiffré pour cet appareil ; refusé.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is signed but its content is not a valid snapshot; refused.</source>
        <translation>L&apos;instantané {snapshot} est signé, mais son contenu n&apos;est pas un instantané valide ; refusé.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was written by a newer version of the app: update the app to keep syncing.</source>
        <translation>L&apos;instantané {snapshot} a été écrit par une version plus récente de l&apos;application : mettez à jour l&apos;application pour continuer la synchronisation.</translation>
    </message>
    <message>
        <source>stage: one of {choices}</source>
        <translation>étape : l&apos;une de {choices}</translation>
    </message>
    <message>
        <source>The team&apos;s sync folder {path} is not there (is its drive or share connected?).</source>
        <extracomment>at lock and exit, a round gets this long before it is cancelled and the vault locks anyway</extracomment>
        <translation>Le dossier de synchronisation de l&apos;équipe {path} est introuvable (son disque ou son partage est-il connecté ?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Snooze for 10m, 1h or tomorrow.</source>
        <translation>Reportez de 10m, 1h ou tomorrow.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>You can give tasks only to yourself.</source>
        <translation>Vous ne pouvez attribuer des tâches qu&apos;à vous-même.</translation>
    </message>
    <message>
        <source>owner: no such active user</source>
        <translation>responsable : aucun utilisateur actif de ce nom</translation>
    </message>
    <message>
        <source>no such active user</source>
        <translation>aucun utilisateur actif de ce nom</translation>
    </message>
    <message>
        <source>There is no task {id}.</source>
        <translation>Il n&apos;y a pas de tâche {id}.</translation>
    </message>
    <message>
        <source>This task is not one of yours.</source>
        <translation>Cette tâche ne fait pas partie des vôtres.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile. Reload it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette tâche entre-temps. Rechargez-la.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Exporter des clients</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation>vCard (carnets d&apos;adresses)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>All customers I can see</source>
        <translation>Tous les clients que je peux voir</translation>
    </message>
    <message>
        <source>Only the current search and filters</source>
        <translation>Uniquement la recherche et les filtres actuels</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Lesquels :</translation>
    </message>
    <message>
        <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
        <translation>Les champs sensibles sont masqués sauf si votre profil peut les lire. L&apos;export est consigné dans le journal d&apos;audit ; conservez le fichier en lieu sûr.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Annulé ; aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>%n client exporté.</numerusform>
            <numerusform>%n clients exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose an empty or new folder on this laptop for your vault (not a synced cloud folder).</source>
        <translation>Choisissez un dossier vide ou nouveau sur cet ordinateur portable pour votre coffre (pas un dossier synchronisé avec le cloud).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Rechercher un dossier</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>Follow up: {summary}</source>
        <translation>Relance : {summary}</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the vault was made. It lets you choose a new password and set up your authenticator again.</source>
        <translation>La clé de secours figure sur la feuille de secours imprimée lors de la création du coffre. Elle vous permet de choisir un nouveau mot de passe et de configurer de nouveau votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Set up your authenticator again</source>
        <translation>Configurer de nouveau votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Choisir la feuille de secours (PDF ou texte)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Feuille de secours (*.pdf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters. Compare it with your recovery sheet.</source>
        <translation>Ce n&apos;est pas une clé de secours complète : elle commence par AGE-SECRET-KEY-1 et compte 74 caractères. Comparez-la avec votre feuille de secours.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>This password is not accepted yet: see the notes above.</source>
        <translation>Ce mot de passe n&apos;est pas encore accepté : voir les remarques ci-dessus.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Ce n&apos;est pas le code qu&apos;affiche actuellement votre application d&apos;authentification. Vérifiez que vous avez scanné le nouveau code, puis saisissez les six chiffres qu&apos;elle affiche.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Sensitive data shown</source>
        <translation>Données sensibles affichées</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>Échange consigné</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Affaire créée</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Affaire modifiée</translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation>Affaire supprimée</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Limitation du traitement levée</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export pour le droit d&apos;accès</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Purchase preference added</source>
        <translation>Préférence d&apos;achat ajoutée</translation>
    </message>
    <message>
        <source>Purchase preference removed</source>
        <translation>Préférence d&apos;achat supprimée</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>unreadable CSV: {problem}</source>
        <translation>CSV illisible : {problem}</translation>
    </message>
    <message>
        <source>the file&apos;s encoding was guessed as {encoding} (not sure): check that names with accents read right, or give the encoding</source>
        <translation>l&apos;encodage du fichier a été supposé être {encoding} (sans certitude) : vérifiez que les noms accentués s&apos;affichent correctement, ou indiquez l&apos;encodage</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header has {width}</source>
        <translation>la ligne a {cells} cellules alors que l&apos;en-tête en a {width}</translation>
    </message>
    <message>
        <source>column {column} is too long ({length} characters; at most {limit})</source>
        <translation>la colonne {column} est trop longue ({length} caractères ; {limit} au maximum)</translation>
    </message>
    <message>
        <source>holds sensitive fields ({fields}) your profile cannot see</source>
        <translation>contient des champs sensibles ({fields}) que votre profil ne peut pas voir</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>doublon : {reason}</translation>
    </message>
    <message>
        <source>card {card} (line {line})</source>
        <translation>carte {card} (ligne {line})</translation>
    </message>
    <message>
        <source>not a readable vCard: {problem}</source>
        <translation>vCard illisible : {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>CSV (Google, Outlook or your own columns) or vCard. Check where each column goes; nothing is written until you press Import.</source>
        <translation>CSV (Google, Outlook ou vos propres colonnes) ou vCard. Vérifiez la destination de chaque colonne ; rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was guessed and may be wrong: check that names with accents read right in the examples, or choose another encoding.</source>
        <translation>L&apos;encodage du fichier a été deviné et peut être erroné : vérifiez que les noms accentués s&apos;affichent correctement dans les exemples, ou choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>No column was recognised as a name, company, e-mail or phone. Choose below where each column goes.</source>
        <translation>Aucune colonne n&apos;a été reconnue comme nom, société, e-mail ou téléphone. Choisissez ci-dessous la destination de chaque colonne.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation>
            <numerusform>%n fiche peut être importée ; {0} seraient refusées (listées après l&apos;import).</numerusform>
            <numerusform>%n fiches peuvent être importées ; {0} seraient refusées (listées après l&apos;import).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Label of the address</source>
        <translation>Libellé de l&apos;adresse</translation>
    </message>
    <message>
        <source>The address is a:</source>
        <translation>L&apos;adresse est de type :</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file and checking every record…</source>
        <translation>Lecture du fichier et vérification de chaque fiche…</translation>
    </message>
    <message>
        <source>Reading the file and checking every record… {0} so far</source>
        <translation>Lecture du fichier et vérification de chaque fiche… {0} pour l&apos;instant</translation>
    </message>
    <message>
        <source>{0} imported, {1} not imported.</source>
        <translation>{0} importées, {1} non importées.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mails (several in one cell)</source>
        <translation>E-mails (plusieurs dans une cellule)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phones (several in one cell)</source>
        <translation>Téléphones (plusieurs dans une cellule)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Personne ou société</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notes confidentielles</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Adresse professionnelle</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse personnelle</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Autre adresse</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>car</source>
        <translation>voiture</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 avec BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europe centrale (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO 8859-2)</source>
        <translation>Europe centrale (ISO 8859-2)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-15)</source>
        <translation>Europe occidentale (ISO 8859-15)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillique (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrillique (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Grec (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Your administrator gave you an invitation file and told you a one-time code. This laptop gets its own vault, with your own password and authenticator, and syncs with the team.</source>
        <translation>Votre administrateur vous a remis un fichier d&apos;invitation et communiqué un code à usage unique. Cet ordinateur portable reçoit son propre coffre, avec votre propre mot de passe et votre application d&apos;authentification, et se synchronise avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Fichier d&apos;invitation</translation>
    </message>
    <message>
        <source>Open the invitation…</source>
        <translation>Ouvrir l&apos;invitation…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation>ABCD-EFGH</translation>
    </message>
    <message>
        <source>Password or access key of the sync location</source>
        <translation>Mot de passe ou clé d&apos;accès de l&apos;emplacement de synchronisation</translation>
    </message>
    <message>
        <source>Location password or key:</source>
        <translation>Mot de passe ou clé de l&apos;emplacement :</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Code à usage unique :</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Inviter un ordinateur portable</translation>
    </message>
    <message>
        <source>Choose the colleague who will use the new laptop, or type a new user name. The invitation file holds no secret; the one-time code does: tell it to them separately.</source>
        <translation>Choisissez le collègue qui utilisera le nouvel ordinateur portable, ou saisissez un nouveau nom d&apos;utilisateur. Le fichier d&apos;invitation ne contient aucun secret ; le code à usage unique, si : communiquez-le séparément.</translation>
    </message>
    <message>
        <source>Team user</source>
        <translation>Utilisateur de l&apos;équipe</translation>
    </message>
    <message>
        <source>Profile of a new user</source>
        <translation>Profil d&apos;un nouvel utilisateur</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Save the invitation…</source>
        <translation>Enregistrer l&apos;invitation…</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>Code QR de l&apos;invitation</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Choose or type the user who will use the new laptop.</source>
        <translation>Choisissez ou saisissez l&apos;utilisateur du nouvel ordinateur portable.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <source>Invitation for {0}.vaultcrm-invite</source>
        <translation>Invitation pour {0}.vaultcrm-invite</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite)</source>
        <translation>Invitations VaultCRM (*.vaultcrm-invite)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) saved to {path}.</source>
        <translation>Invitation pour {user} ({profile}) enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Shown only now: tell {user} this code separately from the file (in person or by phone). It works once, until {time}.</source>
        <translation>Affiché maintenant seulement : communiquez ce code à {user} séparément du fichier (en personne ou par téléphone). Il sert une fois, jusqu&apos;au {time}.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}
The new laptop shows it when it opens the invitation; it must be the same.</source>
        <translation>Empreinte d&apos;origine : {0}
Le nouvel ordinateur portable l&apos;affiche à l&apos;ouverture de l&apos;invitation ; elle doit être identique.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>JoinTeamWizard</name>
    <message>
        <source>Open your invitation</source>
        <translation>Ouvrez votre invitation</translation>
    </message>
    <message>
        <source>Where to keep your vault</source>
        <translation>Où placer votre coffre</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Configurez votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Votre feuille de secours</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Downloading the customer book</source>
        <translation>Téléchargement du carnet de clients</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the invitation</source>
        <translation>Ouvrir l&apos;invitation</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite);;All files (*)</source>
        <translation>Invitations VaultCRM (*.vaultcrm-invite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}), valid until {time}.
Sync location: {location}
Genesis fingerprint: {fingerprint}
Check with your administrator that their screen shows the same fingerprint.</source>
        <translation>Invitation pour {user} ({profile}), valable jusqu&apos;au {time}.
Emplacement de synchronisation : {location}
Empreinte d&apos;origine : {fingerprint}
Vérifiez avec votre administrateur que son écran affiche la même empreinte.</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Choisissez un autre dossier : </translation>
    </message>
    <message>
        <source>Folder for your vault</source>
        <translation>Dossier pour votre coffre</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Ce mot de passe n&apos;est pas accepté : </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de secours</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Enregistrée dans {0}. Rangez-la en lieu sûr, hors ligne.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Imprimer la feuille de secours ?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>If your administrator asks, this laptop&apos;s request fingerprint is {0}.</source>
        <translation>Si votre administrateur le demande, l&apos;empreinte de la demande de cet ordinateur portable est {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at {0}; checked again every %n second(s).</source>
        <translation>
            <numerusform>Vérifié à {0} ; nouvelle vérification toutes les %n seconde.</numerusform>
            <numerusform>Vérifié à {0} ; nouvelle vérification toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check at {0}: {1}</source>
        <translation>Vérification impossible à {0} : {1}</translation>
    </message>
    <message>
        <source>Downloading the book…</source>
        <translation>Téléchargement du carnet…</translation>
    </message>
    <message numerus="yes">
        <source>The book is on this laptop: %n change(s) applied.</source>
        <translation>
            <numerusform>Le carnet est sur cet ordinateur portable : %n modification appliquée.</numerusform>
            <numerusform>Le carnet est sur cet ordinateur portable : %n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Try again when you are ready.</source>
        <translation>Annulé. Réessayez quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Quitter l&apos;assistant ?</translation>
    </message>
    <message>
        <source>This laptop&apos;s vault is made and its request to join is sent. Open the vault later from Recent vaults: it syncs once an administrator approves it.</source>
        <translation>Le coffre de cet ordinateur portable est créé et sa demande d&apos;adhésion envoyée. Ouvrez le coffre plus tard depuis Coffres récents : il se synchronise dès qu&apos;un administrateur l&apos;approuve.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <source>{user}, choose your own password for this laptop: at least 12 characters; several unrelated words work well. Nobody else knows it, not even your administrator.</source>
        <translation>{user}, choisissez votre propre mot de passe pour cet ordinateur portable : au moins 12 caractères ; plusieurs mots sans rapport conviennent bien. Personne d&apos;autre ne le connaît, pas même votre administrateur.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Créer mon coffre</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Confirmer le code</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Open the workspace</source>
        <translation>Ouvrir l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Sync location</source>
        <translation>Emplacement de synchronisation</translation>
    </message>
    <message>
        <source>A shared folder, or sftp://, webdav://, s3:// …</source>
        <translation>Un dossier partagé, ou sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Choose a folder for the sync location</source>
        <translation>Choisir un dossier pour l&apos;emplacement de synchronisation</translation>
    </message>
    <message>
        <source>Sync location:</source>
        <translation>Emplacement de synchronisation :</translation>
    </message>
    <message>
        <source>Password or access key of the location</source>
        <translation>Mot de passe ou clé d&apos;accès de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Only if the location needs one (S3: KEY_ID:SECRET)</source>
        <translation>Seulement si l&apos;emplacement en demande un (S3 : KEY_ID:SECRET)</translation>
    </message>
    <message>
        <source>Password or key:</source>
        <translation>Mot de passe ou clé :</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Folder for the team&apos;s sync location</source>
        <translation>Dossier pour l&apos;emplacement de synchronisation de l&apos;équipe</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location first.</source>
        <translation>Choisissez d&apos;abord l&apos;emplacement de synchronisation de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connected. Nothing has been written there yet.</source>
        <translation>Connecté. Rien n&apos;y a encore été écrit.</translation>
    </message>
    <message>
        <source>New SFTP server</source>
        <translation>Nouveau serveur SFTP</translation>
    </message>
    <message>
        <source>This is the first connection to {host}. Its host key fingerprint is:
{fingerprint}

Compare it with the one your server administrator gives you. Trust it?</source>
        <translation>C&apos;est la première connexion à {host}. L&apos;empreinte de sa clé d&apos;hôte est :
{fingerprint}

Comparez-la avec celle que vous donne l&apos;administrateur du serveur. Lui faire confiance ?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>Nouveau coffre…</translation>
    </message>
    <message>
        <source>Open vault…</source>
        <translation>Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Re-enrol my authenticator…</source>
        <translation>Réenregistrer mon application d&apos;authentification…</translation>
    </message>
    <message>
        <source>New recovery codes…</source>
        <translation>Nouveaux codes de secours…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About VaultCRM</source>
        <translation>À propos de VaultCRM</translation>
    </message>
    <message>
        <source>You joined the team. This laptop syncs with it.</source>
        <translation>Vous avez rejoint l&apos;équipe. Cet ordinateur portable se synchronise avec elle.</translation>
    </message>
    <message>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation>Votre coffre est prêt. Ajoutez votre premier client avec Ctrl+N.</translation>
    </message>
    <message>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation>Ceci est un coffre de démonstration jetable avec des clients générés ; il est supprimé quand vous quittez.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Scheduled backups run every %n hour(s); to take one now, choose Back up now… in the Vault menu.</source>
        <translation>
            <numerusform>Paramètres enregistrés. Les sauvegardes planifiées ont lieu toutes les %n heure ; pour en effectuer une maintenant, choisissez Sauvegarder maintenant… dans le menu Coffre.</numerusform>
            <numerusform>Paramètres enregistrés. Les sauvegardes planifiées ont lieu toutes les %n heures ; pour en effectuer une maintenant, choisissez Sauvegarder maintenant… dans le menu Coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Vault in {0} — VaultCRM</source>
        <translation>Coffre dans {0} — VaultCRM</translation>
    </message>
    <message>
        <source>{0} — VaultCRM</source>
        <translation>{0} — VaultCRM</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good (undo window over)</source>
        <translation>
            <numerusform>%n fiche supprimée effacée définitivement (délai d&apos;annulation écoulé)</numerusform>
            <numerusform>%n fiches supprimées effacées définitivement (délai d&apos;annulation écoulé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased: {0}</source>
        <translation>Les fiches supprimées dont le délai d&apos;annulation est écoulé n&apos;ont pas pu être effacées : {0}</translation>
    </message>
    <message>
        <source>The new language, {0}, applies the next time you start VaultCRM.</source>
        <translation>La nouvelle langue, {0}, s&apos;appliquera au prochain démarrage de VaultCRM.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Votre nouveau mot de passe est défini.</translation>
    </message>
    <message>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation>VaultCRM : un CRM local dont les données clients ne quittent jamais un coffre chiffré.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Field for {0}</source>
        <translation>Champ pour {0}</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;terminée</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Overdue: {0} · Today: {1} · Next 7 days: {2}</source>
        <translation>En retard : {0} · Aujourd&apos;hui : {1} · 7 prochains jours : {2}</translation>
    </message>
    <message>
        <source>Export tasks and meetings</source>
        <translation>Exporter les tâches et réunions</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {path}: {tasks} tasks, {meetings} meetings.</source>
        <translation>{path} écrit : tâches : {tasks}, réunions : {meetings}.</translation>
    </message>
</context>
<context>
    <name>NewVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this computer (not a synced cloud folder: back up to one instead).</source>
        <translation>Un coffre est un dossier qui contient vos données clients chiffrées. Choisissez un dossier vide ou nouveau sur cet ordinateur (pas un dossier synchronisé dans le cloud : sauvegardez plutôt vers celui-ci).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Dossier du coffre</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Rechercher un dossier</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>You will be the vault&apos;s first administrator: you can add colleagues and give them profiles later.</source>
        <translation>Vous serez le premier administrateur du coffre : vous pourrez ajouter des collègues et leur attribuer des profils plus tard.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>ex. alice</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>e.g. Alice Martin</source>
        <translation>ex. Alice Martin</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Your password protects every record. Use a long passphrase you can remember: at least 12 characters; several unrelated words work well.</source>
        <translation>Votre mot de passe protège chaque fiche. Utilisez une longue phrase de passe facile à retenir : au moins 12 caractères ; plusieurs mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Confirmer :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Scannez ce code avec une application d&apos;authentification (Google Authenticator, Aegis, FreeOTP…). Chaque connexion demande le code à 6 chiffres qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>Ou saisissez cette clé dans l&apos;application :</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Clé pour l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code de l&apos;application</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Où conserver le coffre</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>L&apos;administrateur</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Choisir un mot de passe</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Configurer votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Votre feuille de secours</translation>
    </message>
    <message>
        <source>The language of VaultCRM on this computer; you can change it later in Settings.</source>
        <translation>La langue de VaultCRM sur cet ordinateur ; vous pourrez la changer plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Pays de l&apos;entreprise</translation>
    </message>
    <message>
        <source>New deals use its currency, and phone numbers typed without a country code are read as its numbers. You can change it in Settings.</source>
        <translation>Les nouvelles affaires utilisent sa devise, et les numéros de téléphone saisis sans indicatif de pays sont lus comme des numéros de ce pays. Vous pourrez le changer dans Paramètres.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Code affiché actuellement :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the authenticator key</source>
        <translation>Copier la clé pour l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
        <translation>Enregistrez ou imprimez cette feuille maintenant et conservez-la hors ligne. C&apos;est le seul moyen de retrouver l&apos;accès si vous oubliez votre mot de passe, et elle ouvre vos sauvegardes. Si vous perdez à la fois votre mot de passe et cette clé de secours, les données sont perdues définitivement : personne ne peut les récupérer.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>ID du coffre</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>Empreinte de la clé de signature</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codes de secours</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Enregistrer la feuille de secours en PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la feuille de secours</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>J&apos;ai enregistré ou imprimé la feuille et je comprends l&apos;avertissement ci-dessus.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Je comprends l&apos;avertissement</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Dossier du nouveau coffre</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Choisissez un autre dossier : </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Ce mot de passe est refusé : </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de secours</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Enregistré dans {0}. Déplacez-le en lieu sûr, hors ligne.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Imprimer la feuille de secours ?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Quitter l&apos;assistant ?</translation>
    </message>
    <message>
        <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
        <translation>Le coffre a été créé. Si vous partez maintenant sans la feuille de secours, conservez précieusement votre mot de passe et votre application d&apos;authentification : ce sont les seuls moyens d&apos;y accéder.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Step {0} of 5</source>
        <translation>Étape {0} sur 5</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Confirmer le code</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>OwnAccountDialog</name>
    <message>
        <source>Re-enrol my authenticator</source>
        <translation>Réenregistrer mon application d&apos;authentification</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nouveaux codes de secours</translation>
    </message>
    <message>
        <source>Your old authenticator and recovery codes stop working once this is done.</source>
        <translation>Votre ancienne application d&apos;authentification et vos anciens codes de secours cesseront de fonctionner une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>Your old recovery codes stop working once this is done.</source>
        <translation>Vos anciens codes de secours cesseront de fonctionner une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>Your new recovery codes (each works once; write them down now):</source>
        <translation>Vos nouveaux codes de secours (chacun ne sert qu&apos;une fois ; notez-les maintenant) :</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Ce n&apos;est pas le code qu&apos;affiche actuellement votre application d&apos;authentification. Vérifiez que vous avez scanné le nouveau code, puis saisissez les six chiffres qu&apos;elle affiche.</translation>
    </message>
</context>
<context>
    <name>PasswordHints</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots de plus. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont pas beaucoup plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme « @ » au lieu de « a » n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Pas besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches consécutives sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les suites de touches courtes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Ce mot de passe ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez une suite de touches plus longue, avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et caractères répétés.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et années qui vous sont associées.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
</context>
<context>
    <name>PendingLaptopsDialog</name>
    <message>
        <source>Pending laptops</source>
        <translation>Ordinateurs portables en attente</translation>
    </message>
    <message>
        <source>Laptops that opened an invitation and ask to join the team. Approve only the ones you invited: ask the colleague to read you the code of their laptop if in doubt.</source>
        <translation>Ordinateurs portables qui ont ouvert une invitation et demandent à rejoindre l&apos;équipe. N&apos;approuvez que ceux que vous avez invités : en cas de doute, demandez au collègue de vous lire le code de son ordinateur.</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Ordinateurs portables en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Aucun ordinateur portable n&apos;attend.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>{user} ({profile}): laptop {device}, asked {when}</source>
        <translation>{user} ({profile}) : ordinateur {device}, demandé le {when}</translation>
    </message>
    <message>
        <source>cannot be approved: {0}</source>
        <translation>ne peut pas être approuvé : {0}</translation>
    </message>
    <message>
        <source>Approve this laptop?</source>
        <translation>Approuver cet ordinateur portable ?</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop will receive the whole customer book and sync with the team.</source>
        <translation>L&apos;ordinateur portable de {user} recevra tout le carnet de clients et se synchronisera avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop is on the team. It downloads the book at its next check.</source>
        <translation>L&apos;ordinateur portable de {user} fait partie de l&apos;équipe. Il télécharge le carnet à sa prochaine vérification.</translation>
    </message>
    <message>
        <source>The book could not be published yet: {0}</source>
        <translation>Le carnet n&apos;a pas encore pu être publié : {0}</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>All records (else own only)</source>
        <translation>Toutes les fiches (sinon les siennes uniquement)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>See customers</source>
        <translation>Voir les clients</translation>
    </message>
    <message>
        <source>Create customers</source>
        <translation>Créer des clients</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Modifier les clients</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Modifier les coordonnées</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Supprimer des clients</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exporter des clients</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Log interactions</source>
        <translation>Consigner des échanges</translation>
    </message>
    <message>
        <source>See sensitive fields</source>
        <translation>Voir les champs sensibles</translation>
    </message>
    <message>
        <source>See deals</source>
        <translation>Voir les affaires</translation>
    </message>
    <message>
        <source>Edit deals</source>
        <translation>Modifier les affaires</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>Run backups</source>
        <translation>Effectuer des sauvegardes</translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation>Restaurer des sauvegardes</translation>
    </message>
    <message>
        <source>Privacy tools (consent, subject export, erasure, retention)</source>
        <translation>Outils de confidentialité (consentement, export pour le droit d&apos;accès, effacement, conservation)</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation>Clôture prévue à partir du</translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation>Clôture prévue jusqu&apos;au</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Expected close from:</source>
        <translation>Clôture prévue à partir du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
</context>
<context>
    <name>PreferenceDialog</name>
    <message>
        <source>Add purchase preference</source>
        <translation>Ajouter une préférence d&apos;achat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>e.g. paper, delivery, payment</source>
        <translation>ex. papier, livraison, paiement</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>e.g. recycled A4, mornings only, invoice by e-mail</source>
        <translation>ex. A4 recyclé, le matin uniquement, facture par e-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A category is needed (what the preference is about).</source>
        <translation>Une catégorie est requise (l&apos;objet de la préférence).</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Purposes: {purposes}; data subjects: {subjects}; erasures: {erasures}.</source>
        <translation>Finalités : {purposes} ; personnes concernées : {subjects} ; effacements : {erasures}.</translation>
    </message>
    <message>
        <source>database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)</source>
        <translation>base de données chiffrée au repos (SQLCipher 4, AES-256, HMAC par page)</translation>
    </message>
    <message>
        <source>sign-in with Argon2id-protected key slots and TOTP</source>
        <translation>connexion avec emplacements de clé protégés par Argon2id et TOTP</translation>
    </message>
    <message>
        <source>per-profile permissions; sensitive fields masked without sensitive.read</source>
        <translation>autorisations par profil ; champs sensibles masqués sans sensitive.read</translation>
    </message>
    <message>
        <source>tamper-evident audit log (HMAC hash chain); personal values sealed per person</source>
        <translation>journal d&apos;audit infalsifiable (chaîne de hachage HMAC) ; valeurs personnelles scellées par personne</translation>
    </message>
    <message>
        <source>encrypted, signed backups (age X25519, Ed25519)</source>
        <translation>sauvegardes chiffrées et signées (age X25519, Ed25519)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Everything, including users, settings, backups and restore.</source>
        <translation>Tout, y compris les utilisateurs, les paramètres, les sauvegardes et la restauration.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>All records, deals, exports and imports; no users, settings or restore.</source>
        <translation>Toutes les fiches, affaires, exports et imports ; ni utilisateurs, ni paramètres, ni restauration.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Own records only; no delete, no export.</source>
        <translation>Ses propres fiches uniquement ; ni suppression, ni export.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Reads all records, edits contact details and interactions; no deals, no export.</source>
        <translation>Lit toutes les fiches, modifie les coordonnées et les échanges ; ni affaires, ni export.</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Read-only, with the audit log; no sensitive fields.</source>
        <translation>Lecture seule, avec le journal d&apos;audit ; aucun champ sensible.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed; make a copy with “New profile”. Changes to a custom profile are saved at once and audited.</source>
        <translation>Les profils intégrés ne peuvent pas être modifiés ; faites-en une copie avec « Nouveau profil ». Les modifications d&apos;un profil personnalisé sont enregistrées immédiatement et auditées.</translation>
    </message>
    <message>
        <source>Read-only: changing profiles needs “Manage profiles”.</source>
        <translation>Lecture seule : la modification des profils nécessite « Gérer les profils ».</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name of the new profile (a copy of {0}):</source>
        <translation>Nom du nouveau profil (copie de {0}) :</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil :</translation>
    </message>
    <message>
        <source>Select a custom profile&apos;s column first.</source>
        <translation>Sélectionnez d&apos;abord la colonne d&apos;un profil personnalisé.</translation>
    </message>
    <message>
        <source>Delete the profile {0}?</source>
        <translation>Supprimer le profil {0} ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Copying the database</source>
        <translation>Copie de la base de données</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Reading the backup location</source>
        <translation>Lecture de l&apos;emplacement de sauvegarde</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Reading back and verifying</source>
        <translation>Relecture et vérification</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Déchiffrement</translation>
    </message>
    <message>
        <source>Re-keying the restored database</source>
        <translation>Changement de clé de la base restaurée</translation>
    </message>
    <message>
        <source>Opening the restored vault</source>
        <translation>Ouverture du coffre restauré</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n fiche importée</numerusform>
            <numerusform>%n fiches importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation>
            <numerusform>%n client écrit</numerusform>
            <numerusform>%n clients écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Code QR pour l&apos;application d&apos;authentification</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back into this laptop&apos;s vault if you forget your password.</source>
        <translation>Enregistrez ou imprimez cette feuille maintenant et gardez-la hors ligne. C&apos;est le seul moyen de revenir dans le coffre de cet ordinateur portable si vous oubliez votre mot de passe.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Feuille de secours</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>J&apos;ai enregistré ou imprimé la feuille et je comprends l&apos;avertissement ci-dessus.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Je comprends l&apos;avertissement</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Keep this sheet somewhere safe and offline (a locked drawer, a safe). Anyone holding it can read your backups. If you lose both your password and this recovery key, nobody can recover the data: not you, not us.</source>
        <translation>Conservez cette feuille en lieu sûr et hors ligne (un tiroir fermé à clé, un coffre-fort). Quiconque la détient peut lire vos sauvegardes. Si vous perdez à la fois votre mot de passe et cette clé de secours, personne ne pourra récupérer les données : ni vous, ni nous.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Vault id: {id}</source>
        <translation>Identifiant du coffre : {id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier : {folder}</translation>
    </message>
    <message>
        <source>Created: {time}</source>
        <translation>Créé le : {time}</translation>
    </message>
    <message>
        <source>Recovery key (opens the vault and every backup)</source>
        <translation>Clé de secours (ouvre le coffre et toutes les sauvegardes)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint (checks that a backup is genuine)</source>
        <translation>Empreinte de la clé de signature (vérifie l&apos;authenticité d&apos;une sauvegarde)</translation>
    </message>
    <message>
        <source>Recovery codes for {user} (each works once, instead of the authenticator code)</source>
        <translation>Codes de secours de {user} (chacun ne sert qu&apos;une fois, à la place du code de l&apos;application d&apos;authentification)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Print this page or keep the file offline. Do not e-mail it or store it in the vault.</source>
        <translation>Imprimez cette page ou conservez le fichier hors ligne. Ne l&apos;envoyez pas par e-mail et ne le stockez pas dans le coffre.</translation>
    </message>
    <message>
        <source>VaultCRM recovery sheet</source>
        <translation>Feuille de secours VaultCRM</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Due now: {title}</source>
        <translation>À faire maintenant : {title}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Reporter de 10 min</translation>
    </message>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due now. Open VaultCRM to see them.</source>
        <translation>
            <numerusform>%n tâche arrive à échéance. Ouvrez VaultCRM pour la voir.</numerusform>
            <numerusform>%n tâches arrivent à échéance. Ouvrez VaultCRM pour les voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backup archive</source>
        <translation>Archive de sauvegarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Archive (.crmbak):</source>
        <translation>Archive (.crmbak) :</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurer dans</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Restaurer dans :</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Afficher la clé de secours</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Read the recovery key from the recovery sheet&apos;s file</source>
        <translation>Lire la clé de secours depuis le fichier de la feuille de secours</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clé de secours :</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Choisir la feuille de secours (PDF ou texte)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Feuille de secours (*.pdf *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
        <translation>Choisissez l&apos;archive de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Choisissez le dossier de destination de la restauration.</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation>Saisissez la clé de secours figurant sur votre feuille de secours.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters, this one has {0}. Compare it with your recovery sheet.</source>
        <translation>Ce n&apos;est pas une clé de secours complète : elle commence par AGE-SECRET-KEY-1 et compte 74 caractères, celle-ci en compte {0}. Comparez-la avec votre feuille de secours.</translation>
    </message>
    <message>
        <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
        <translation>L&apos;archive est entièrement vérifiée avant tout remplacement. Une restauration par-dessus le coffre ouvert conserve le coffre actuel jusqu&apos;à l&apos;ouverture de la copie restaurée ; en cas d&apos;échec, il est remis en place. Vous devrez ensuite vous reconnecter.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Choose a backup archive</source>
        <translation>Choisir une archive de sauvegarde</translation>
    </message>
    <message>
        <source>VaultCRM backups (*.crmbak)</source>
        <translation>Sauvegardes VaultCRM (*.crmbak)</translation>
    </message>
    <message>
        <source>Restore {0} into {1}?</source>
        <translation>Restaurer {0} dans {1} ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compare the key with your recovery sheet, character by character, and try again.</source>
        <translation>Comparez la clé avec votre feuille de secours, caractère par caractère, puis réessayez.</translation>
    </message>
    <message>
        <source>Restored into {0}. Sign in to continue.</source>
        <translation>Restauré dans {0}. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), {2} credential change(s).</source>
        <translation>Réappliqué depuis le registre des révocations : {0} effacement(s), {1} utilisateur(s) désactivé(s), {2} changement(s) d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one: {0}</source>
        <translation>Leur mot de passe a changé après cette sauvegarde ; donnez-leur-en un nouveau : {0}</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Tax id</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notes confidentielles</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Verrouillage automatique après (minutes)</translation>
    </message>
    <message>
        <source>Minutes without input before the app locks itself.</source>
        <translation>Minutes sans saisie avant que l&apos;application se verrouille.</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Effacer le texte copié après (secondes)</translation>
    </message>
    <message>
        <source>Copied customer data is cleared from the clipboard after this.</source>
        <translation>Les données clients copiées sont effacées du presse-papiers après ce délai.</translation>
    </message>
    <message>
        <source>Deleted records are erased for good after (days)</source>
        <translation>Les fiches supprimées sont effacées définitivement après (jours)</translation>
    </message>
    <message>
        <source>Country (ISO, e.g. PL)</source>
        <translation>Pays (ISO, ex. FR)</translation>
    </message>
    <message>
        <source>The business&apos;s country: new deals use its currency, and phone numbers typed without a country code are read as its numbers.</source>
        <translation>Le pays de l&apos;entreprise : les nouvelles affaires utilisent sa devise, et les numéros de téléphone saisis sans indicatif de pays sont lus comme des numéros de ce pays.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code, if not the one above</source>
        <translation>Pays des numéros de téléphone sans +indicatif, s&apos;il diffère du précédent</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Les numéros saisis sans indicatif de pays sont lus comme des numéros de ce pays.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>A sign-in outside working hours raises an alert.</source>
        <translation>Une connexion en dehors des heures de travail déclenche une alerte.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>Alert: records viewed</source>
        <translation>Alerte : fiches consultées</translation>
    </message>
    <message>
        <source>Alert: within (minutes)</source>
        <translation>Alerte : en moins de (minutes)</translation>
    </message>
    <message>
        <source>Alert: records deleted</source>
        <translation>Alerte : fiches supprimées</translation>
    </message>
    <message>
        <source>Alert: deletions within (minutes)</source>
        <translation>Alerte : suppressions en moins de (minutes)</translation>
    </message>
    <message>
        <source>Alert: refused actions</source>
        <translation>Alerte : actions refusées</translation>
    </message>
    <message>
        <source>Alert: refusals within (minutes)</source>
        <translation>Alerte : refus en moins de (minutes)</translation>
    </message>
    <message>
        <source>Alert: failed sign-ins</source>
        <translation>Alerte : échecs de connexion</translation>
    </message>
    <message>
        <source>Alert: rows in one export</source>
        <translation>Alerte : lignes dans un export</translation>
    </message>
    <message>
        <source>Alert: no verified backup for (days)</source>
        <translation>Alerte : aucune sauvegarde vérifiée depuis (jours)</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Emplacement de sauvegarde</translation>
    </message>
    <message>
        <source>A folder, sftp://, webdav(s):// or s3:// location for scheduled backups.</source>
        <translation>Un dossier, ou un emplacement sftp://, webdav(s):// ou s3:// pour les sauvegardes planifiées.</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Sauvegarder toutes les (heures)</translation>
    </message>
    <message>
        <source>How often the app backs up while it is open.</source>
        <translation>Fréquence des sauvegardes pendant que l&apos;application est ouverte.</translation>
    </message>
    <message>
        <source>Back up when locking</source>
        <translation>Sauvegarder au verrouillage</translation>
    </message>
    <message>
        <source>Take a backup each time the vault is locked.</source>
        <translation>Effectuer une sauvegarde à chaque verrouillage du coffre.</translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation>Sauvegarder en quittant</translation>
    </message>
    <message>
        <source>Take a backup when the app quits.</source>
        <translation>Effectuer une sauvegarde quand l&apos;application se ferme.</translation>
    </message>
    <message>
        <source>Extra backup recipients (age public keys)</source>
        <translation>Destinataires supplémentaires des sauvegardes (clés publiques age)</translation>
    </message>
    <message>
        <source>Keep everything from the last (days)</source>
        <translation>Tout conserver sur les derniers (jours)</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>Sauvegardes quotidiennes à conserver</translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation>Sauvegardes hebdomadaires à conserver</translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation>Sauvegardes mensuelles à conserver</translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation>Sauvegardes annuelles à conserver</translation>
    </message>
    <message>
        <source>Recent vaults (folder paths only)</source>
        <translation>Coffres récents (chemins des dossiers uniquement)</translation>
    </message>
    <message>
        <source>Customer list columns</source>
        <translation>Colonnes de la liste des clients</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of each user on this machine</source>
        <translation>Langue de chaque utilisateur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Devices are stale after (days without syncing)</source>
        <translation>Appareils inactifs après (jours sans synchronisation)</translation>
    </message>
    <message>
        <source>A team device that has not synced for this long is flagged in the device list.</source>
        <translation>Un appareil de l&apos;équipe qui n&apos;a pas synchronisé depuis ce délai est signalé dans la liste des appareils.</translation>
    </message>
    <message>
        <source>Automatic sync every (minutes)</source>
        <translation>Synchronisation automatique toutes les (minutes)</translation>
    </message>
    <message>
        <source>While the app is open and the team&apos;s location can be reached, a sync round runs this often.</source>
        <translation>Tant que l&apos;application est ouverte et que l&apos;emplacement de synchronisation de l&apos;équipe est joignable, une synchronisation a lieu à cette fréquence.</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Pièce jointe la plus grande (Mo)</translation>
    </message>
    <message>
        <source>Files bigger than this cannot be attached to a customer or a deal.</source>
        <translation>Les fichiers plus gros ne peuvent pas être joints à un client ni à une affaire.</translation>
    </message>
    <message>
        <source>Attachments per vault (MB)</source>
        <translation>Pièces jointes par coffre (Mo)</translation>
    </message>
    <message>
        <source>All attached files together may take at most this much space.</source>
        <translation>L&apos;ensemble des fichiers joints peut occuper au plus cet espace.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The language of VaultCRM for you on this computer. It applies the next time you start VaultCRM.</source>
        <translation>La langue de VaultCRM pour vous sur cet ordinateur. Elle s&apos;applique au prochain démarrage de VaultCRM.</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>Langue (au prochain démarrage) :</translation>
    </message>
    <message>
        <source>Your profile cannot change the vault&apos;s settings; they are shown read-only. Your language is yours to choose.</source>
        <translation>Votre profil ne peut pas modifier les paramètres du coffre ; ils sont affichés en lecture seule. Le choix de votre langue vous appartient.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Too many failed sign-ins. You can try again in {seconds} s.</source>
        <translation>Trop d&apos;échecs de connexion. Vous pourrez réessayer dans {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in (the last at {time}).</source>
        <translation>
            <numerusform>%n tentative de connexion échouée depuis votre dernière connexion (la dernière le {time}).</numerusform>
            <numerusform>%n tentatives de connexion échouées depuis votre dernière connexion (la dernière le {time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in.</source>
        <translation>
            <numerusform>%n tentative de connexion échouée depuis votre dernière connexion.</numerusform>
            <numerusform>%n tentatives de connexion échouées depuis votre dernière connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it was not you, tell your administrator.</source>
        <translation>Si ce n&apos;était pas vous, prévenez votre administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) with unknown user names.</source>
        <translation>
            <numerusform>%n tentative de connexion échouée avec un nom d&apos;utilisateur inconnu.</numerusform>
            <numerusform>%n tentatives de connexion échouées avec des noms d&apos;utilisateur inconnus.</numerusform>
        </translation>
    </message>
    <message>
        <source>You used a recovery code; {left} left. Re-enrol your authenticator soon.</source>
        <translation>Vous avez utilisé un code de secours ; il en reste {left}. Réenregistrez bientôt votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>The audit log failed its integrity check. Tell your administrator now.</source>
        <translation>Le journal d&apos;audit a échoué au contrôle d&apos;intégrité. Prévenez immédiatement votre administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good: the undo window was over.</source>
        <translation>
            <numerusform>%n fiche supprimée effacée définitivement : le délai d&apos;annulation était écoulé.</numerusform>
            <numerusform>%n fiches supprimées effacées définitivement : le délai d&apos;annulation était écoulé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased ({error}); this is tried again at the next sign-in.</source>
        <translation>Les fiches supprimées dont le délai d&apos;annulation est écoulé n&apos;ont pas pu être effacées ({error}) ; une nouvelle tentative aura lieu à la prochaine connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%n open security alert(s): see Administration → Alerts.</source>
        <translation>
            <numerusform>%n alerte de sécurité ouverte : voir Administration → Alertes de sécurité.</numerusform>
            <numerusform>%n alertes de sécurité ouvertes : voir Administration → Alertes de sécurité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Vault locked</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Locked after a while without activity.</source>
        <translation>Verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Verrouillé parce que l&apos;écran a été verrouillé.</translation>
    </message>
    <message>
        <source>You locked the vault.</source>
        <translation>Vous avez verrouillé le coffre.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Code de l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Use a recovery code instead (lost phone)</source>
        <translation>Utiliser un code de secours (téléphone perdu)</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Utiliser un code de secours</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Autre coffre…</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Choisir un autre coffre</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery key</source>
        <translation>Mot de passe oublié : utiliser la clé de secours</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
        <translation>Vous vous êtes connecté avec un mot de passe temporaire. Choisissez le vôtre avant de continuer ; personne d&apos;autre, pas même un administrateur, ne le connaîtra.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Recovery code (from your recovery sheet)</source>
        <translation>Code de secours (de votre feuille de secours)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Your new password and authenticator are set. Sign in with them.</source>
        <translation>Votre nouveau mot de passe et votre application d&apos;authentification sont configurés. Connectez-vous avec eux.</translation>
    </message>
    <message>
        <source>Not accepted yet: see the notes above.</source>
        <translation>Pas encore accepté : voir les remarques ci-dessus.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Votre nouveau mot de passe est défini.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. You can try again in {0} s.</source>
        <translation>Trop d&apos;échecs de connexion. Vous pourrez réessayer dans {0} s.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to VaultCRM</source>
        <translation>Bienvenue dans VaultCRM</translation>
    </message>
    <message>
        <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
        <translation>Vos données clients restent sur cet ordinateur, dans un coffre chiffré que seuls vous et vos collègues pouvez ouvrir.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un coffre…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation>Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Ouvrir un coffre existant</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a vault from a backup</source>
        <translation>Restaurer un coffre à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring from the app is not available yet; use the command line.</source>
        <translation>La restauration depuis l&apos;application n&apos;est pas encore disponible ; utilisez la ligne de commande.</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>Rejoindre une équipe…</translation>
    </message>
    <message>
        <source>Join a team with an invitation</source>
        <translation>Rejoindre une équipe avec une invitation</translation>
    </message>
    <message>
        <source>Your administrator gave you an invitation file and a one-time code.</source>
        <translation>Votre administrateur vous a remis un fichier d&apos;invitation et un code à usage unique.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Coffres récents</translation>
    </message>
    <message>
        <source>No vault opened on this computer yet.</source>
        <translation>Aucun coffre ouvert sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (introuvable)</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Ouvrir un dossier de coffre</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>Pas un coffre</translation>
    </message>
    <message>
        <source>This folder does not hold a VaultCRM vault.</source>
        <translation>Ce dossier ne contient pas de coffre VaultCRM.</translation>
    </message>
</context>
<context>
    <name>StartTeamDialog</name>
    <message>
        <source>Start a team</source>
        <translation>Créer une équipe</translation>
    </message>
    <message>
        <source>Share this vault&apos;s customer book with your team</source>
        <translation>Partagez le carnet de clients de ce coffre avec votre équipe</translation>
    </message>
    <message>
        <source>This laptop becomes the team&apos;s first device. Choose the sync location, as for backups: a shared folder, SFTP, WebDAV or S3. It only ever holds encrypted files; each colleague&apos;s laptop keeps its own vault and syncs through it.</source>
        <translation>Cet ordinateur portable devient le premier appareil de l&apos;équipe. Choisissez l&apos;emplacement de synchronisation comme pour les sauvegardes : un dossier partagé, SFTP, WebDAV ou S3. Il ne contient que des fichiers chiffrés ; l&apos;ordinateur de chaque collègue garde son propre coffre et se synchronise par lui.</translation>
    </message>
    <message>
        <source>Genesis fingerprint</source>
        <translation>Empreinte d&apos;origine</translation>
    </message>
    <message>
        <source>Start the team</source>
        <translation>Créer l&apos;équipe</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Testez d&apos;abord la connexion.</translation>
    </message>
    <message>
        <source>Starting the team…</source>
        <translation>Création de l&apos;équipe…</translation>
    </message>
    <message>
        <source>This vault is the first device of the team book. Invite laptops from Administration &gt; Invite a laptop…. Every invitation shows this genesis fingerprint: the new laptop must show the same.</source>
        <translation>Ce coffre est le premier appareil du carnet d&apos;équipe. Invitez des ordinateurs portables via Administration &gt; Inviter un ordinateur portable…. Chaque invitation affiche cette empreinte d&apos;origine : le nouvel ordinateur doit afficher la même.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}</source>
        <translation>Empreinte d&apos;origine : {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Not accepted: {0}.</source>
        <translation>Refusé : {0}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Personal data</source>
        <translation>Données à caractère personnel</translation>
    </message>
    <message>
        <source>Consents and lawful bases</source>
        <translation>Consentements et bases juridiques</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Deals and orders</source>
        <translation>Affaires et commandes</translation>
    </message>
    <message>
        <source>Attached files (the files are in the folder beside this export)</source>
        <translation>Fichiers joints (les fichiers sont dans le dossier à côté de cet export)</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Préférences d&apos;achat</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitation du traitement</translation>
    </message>
    <message>
        <source>Access and change history (audit log)</source>
        <translation>Historique des accès et des modifications (journal d&apos;audit)</translation>
    </message>
    <message>
        <source>How we process personal data</source>
        <translation>Comment nous traitons les données à caractère personnel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export pour le droit d&apos;accès</translation>
    </message>
    <message>
        <source>Customer {id} · generated {at} by {user}</source>
        <translation>Client {id} · généré le {at} par {user}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Published: {published}, applied: {applied}, new conflicts: {conflicts}, refused: {refused}.</source>
        <translation>Publiés : {published} ; appliqués : {applied} ; nouveaux conflits : {conflicts} ; refusés : {refused}.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Deleted (in the bin)</source>
        <translation>Supprimé (dans la corbeille)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Devices…</source>
        <translation>Appareils…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The team&apos;s sync location cannot be reached: {0}</source>
        <translation>L&apos;emplacement de synchronisation de l&apos;équipe est injoignable : {0}</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Échec de la synchronisation : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Synchronisé : {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync</source>
        <translation>Synchronisation d&apos;équipe</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Relancer la synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Heure d&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>{path} holds a vault; choose another folder for the team&apos;s sync location.</source>
        <translation>{path} contient un coffre ; choisissez un autre dossier comme emplacement de synchronisation de l&apos;équipe.</translation>
    </message>
    <message>
        <source>You cannot write in {path}.</source>
        <translation>Vous ne pouvez pas écrire dans {path}.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location.</source>
        <translation>Choisissez l&apos;emplacement de synchronisation de l&apos;équipe.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Cette invitation a expiré le {time} ; demandez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Ouvrez d&apos;abord le fichier d&apos;invitation.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; ask an administrator to invite it again.</source>
        <translation>Cet ordinateur portable a été retiré de l&apos;équipe ; demandez à un administrateur de l&apos;inviter à nouveau.</translation>
    </message>
    <message>
        <source>Waiting for an administrator to approve this laptop.</source>
        <translation>En attente de l&apos;approbation de cet ordinateur portable par un administrateur.</translation>
    </message>
    <message>
        <source>Waiting for {names} to approve this laptop.</source>
        <translation>En attente de l&apos;approbation de cet ordinateur portable par {names}.</translation>
    </message>
    <message>
        <source>The team&apos;s book is not on the sync location yet: the administrator&apos;s laptop publishes it at its next sync. Try again in a moment.</source>
        <translation>Le carnet d&apos;équipe n&apos;est pas encore sur l&apos;emplacement de synchronisation : l&apos;ordinateur de l&apos;administrateur le publie à sa prochaine synchronisation. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Start a team…</source>
        <translation>Créer une équipe…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Inviter un ordinateur portable…</translation>
    </message>
    <message>
        <source>Pending laptops…</source>
        <translation>Ordinateurs portables en attente…</translation>
    </message>
</context>
<context>
    <name>TeamHelp</name>
    <message>
        <source>Working as a team: every laptop keeps its own complete, encrypted vault and works offline. When it can reach the team&apos;s sync location, it sends its changes and takes everyone else&apos;s.</source>
        <translation>Travailler en équipe : chaque ordinateur portable garde son propre coffre complet et chiffré, et fonctionne hors ligne. Quand il atteint l&apos;emplacement de synchronisation de l&apos;équipe, il envoie ses modifications et reçoit celles des autres.</translation>
    </message>
    <message>
        <source>1. On the administrator&apos;s laptop, choose Administration &gt; Start a team… and a sync location: a shared folder, SFTP, WebDAV or S3, as for backups. The location only ever stores encrypted files.</source>
        <translation>1. Sur l&apos;ordinateur de l&apos;administrateur, choisissez Administration &gt; Créer une équipe… et un emplacement de synchronisation : un dossier partagé, SFTP, WebDAV ou S3, comme pour les sauvegardes. L&apos;emplacement ne stocke que des fichiers chiffrés.</translation>
    </message>
    <message>
        <source>2. Choose Administration &gt; Invite a laptop…, pick the colleague and their profile, save the invitation file and give it to them with the one-time code, told separately (in person or by phone).</source>
        <translation>2. Choisissez Administration &gt; Inviter un ordinateur portable…, sélectionnez le collègue et son profil, enregistrez le fichier d&apos;invitation et remettez-le-lui avec le code à usage unique, communiqué séparément (en personne ou par téléphone).</translation>
    </message>
    <message>
        <source>3. On the new laptop, choose Join a team… on the start screen, open the invitation, type the code, then set your own password and authenticator. Check that the fingerprint shown matches the one on the administrator&apos;s screen.</source>
        <translation>3. Sur le nouvel ordinateur portable, choisissez Rejoindre une équipe… sur l&apos;écran d&apos;accueil, ouvrez l&apos;invitation, saisissez le code, puis définissez votre propre mot de passe et votre application d&apos;authentification. Vérifiez que l&apos;empreinte affichée correspond à celle de l&apos;écran de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>4. The administrator approves the laptop in Administration &gt; Pending laptops…; the new laptop then downloads the book.</source>
        <translation>4. L&apos;administrateur approuve l&apos;ordinateur dans Administration &gt; Ordinateurs portables en attente… ; le nouvel ordinateur télécharge alors le carnet.</translation>
    </message>
    <message>
        <source>Every laptop holds the whole book; a profile limits what the app shows and does on it. Revoking a laptop stops it from syncing, but the data already on it stays there.</source>
        <translation>Chaque ordinateur portable contient tout le carnet ; un profil limite ce que l&apos;application y affiche et y fait. Révoquer un ordinateur arrête sa synchronisation, mais les données déjà présentes y restent.</translation>
    </message>
    <message>
        <source>Working as a team</source>
        <translation>Travailler en équipe</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Help on working as a team</source>
        <translation>Aide sur le travail en équipe</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change profile…</source>
        <translation>Changer de profil…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Reset authenticator…</source>
        <translation>Réinitialiser l&apos;application d&apos;authentification…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <source>New user {0}</source>
        <translation>Nouvel utilisateur {0}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <source>Profile for {0}:</source>
        <translation>Profil de {0} :</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give {0} a new temporary password? Their current password stops working.</source>
        <translation>Donner à {0} un nouveau mot de passe temporaire ? Son mot de passe actuel ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Réinitialiser l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
        <translation>Enregistrer une nouvelle application d&apos;authentification pour {0} (téléphone perdu) ? L&apos;utilisateur reçoit aussi un mot de passe temporaire et de nouveaux codes de secours.</translation>
    </message>
    <message>
        <source>New authenticator</source>
        <translation>Nouvelle application d&apos;authentification</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disable {0}? Their password will no longer open the vault.</source>
        <translation>Désactiver {0} ? Son mot de passe n&apos;ouvrira plus le coffre.</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Utilisateur activé</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Time to auto-lock</source>
        <translation>Délai avant verrouillage automatique</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Locks in {0}</source>
        <translation>Verrouillage dans {0}</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>choose a folder for the new vault</source>
        <translation>choisissez un dossier pour le nouveau coffre</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>ceci est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>there is already a vault in this folder; open it instead</source>
        <translation>ce dossier contient déjà un coffre ; ouvrez-le plutôt</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or new folder</source>
        <translation>le dossier n&apos;est pas vide ; choisissez un dossier vide ou nouveau</translation>
    </message>
    <message>
        <source>you cannot write in this place; choose another folder</source>
        <translation>vous ne pouvez pas écrire à cet emplacement ; choisissez un autre dossier</translation>
    </message>
    <message>
        <source>enter a user name for the administrator</source>
        <translation>saisissez un nom d&apos;utilisateur pour l&apos;administrateur</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters without spaces</source>
        <translation>un nom d&apos;utilisateur compte de 1 à 64 caractères, sans espaces</translation>
    </message>
    <message>
        <source>choose the country from the list</source>
        <translation>choisissez le pays dans la liste</translation>
    </message>
    <message>
        <source>This code does not match. Check the phone&apos;s clock and type the code shown now.</source>
        <translation>Ce code ne correspond pas. Vérifiez l&apos;horloge du téléphone et saisissez le code affiché maintenant.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Your profile does not allow seeing customers.</source>
        <translation>Votre profil ne permet pas de voir les clients.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Utilisateurs…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profils…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Security alerts…</source>
        <translation>Alertes de sécurité…</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
</TS>
