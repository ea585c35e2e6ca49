<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Password strength</source>
            <translation>Robustesse du mot de passe</translation>
        </message>
        <message>
            <source>Not accepted: </source>
            <translation>Refusé : </translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Les deux mots de passe ne sont pas identiques.</translation>
        </message>
        <message>
            <source>QR code for the authenticator app</source>
            <translation>Code QR pour l'application d'authentification</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Traitement en cours</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
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
            <translation>Un mot de passe temporaire est généré ; l'utilisateur choisit le sien à la première connexion.</translation>
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
            <translation>Acquitter l'alerte</translation>
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
            <translation>Préparation d'un coffre de démonstration avec des clients générés…</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>Journal d'audit</translation>
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
            <source>Action (e.g. customer.*)</source>
            <translation>Action (ex. customer.*)</translation>
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
        <message>
            <source>Page {0} of {1} · {2} entries</source>
            <translation>Page {0} sur {1} · {2} entrées</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Vérification de la chaîne…</translation>
        </message>
        <message>
            <source>Chain intact: {0} entries, every link checked.</source>
            <translation>Chaîne intacte : {0} entrées, chaque maillon vérifié.</translation>
        </message>
        <message>
            <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
            <translation>Chaîne ROMPUE à l'entrée {0} : {1}. Conservez ce coffre comme preuve et prévenez votre administrateur.</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Exporter le journal d'audit</translation>
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
            <source>The archive is encrypted to the vault's recovery key, signed, then read back and verified.</source>
            <translation>L'archive est chiffrée pour la clé de secours du coffre, signée, puis relue et vérifiée.</translation>
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
            <source>Backed up and verified: {0} ({1:,} bytes).</source>
            <translation>Sauvegardé et vérifié : {0} ({1:,} octets).</translation>
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
            <translation>Les clients supprimés peuvent être restaurés jusqu'à la date indiquée ; ensuite, ils sont effacés définitivement, avec leurs coordonnées, échanges et affaires (voir Paramètres).</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
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
            <translation>Mission d'intérêt public</translation>
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
            <source>E-mails (one a line, "work: a@b.com")</source>
            <translation>E-mails (un par ligne, "travail : a@b.com")</translation>
        </message>
        <message>
            <source>Phones (one a line)</source>
            <translation>Téléphones (un par ligne)</translation>
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
            <translation>Filtre d'étiquette</translation>
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
            <translation>Modifier l'affaire</translation>
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
            <source>e.g. 1 250,00 or 1250.00</source>
            <translation>ex. 1 250,00 ou 1250.00</translation>
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
            <source>YYYY-MM-DD (optional)</source>
            <translation>AAAA-MM-JJ (facultatif)</translation>
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
            <translation>Supprimer l'affaire</translation>
        </message>
        <message>
            <source>{0}: error</source>
            <translation>{0} : erreur</translation>
        </message>
        <message>
            <source>Delete the deal {0}? This cannot be undone.</source>
            <translation>Supprimer l'affaire {0} ? Cette action est irréversible.</translation>
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
            <translation>Quelqu'un d'autre a modifié cette affaire depuis que vous l'avez ouverte. Rechargez pour voir sa version (vos modifications ici seront alors perdues), ou annulez.</translation>
        </message>
    </context>
    <context>
        <name>DetailActions</name>
        <message>
            <source>Subject access export</source>
            <translation>Export pour le droit d'accès</translation>
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
            <source>Reason (e.g. the person's request of …):</source>
            <translation>Motif (ex. demande de la personne concernée du …) :</translation>
        </message>
        <message>
            <source>Erase {0}</source>
            <translation>Effacer {0}</translation>
        </message>
        <message>
            <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
            <translation>Effacer définitivement cette personne ? Ses données personnelles sont anonymisées et sa clé détruite : le journal d'audit conserve ses entrées mais ne peut plus afficher leurs valeurs. Cette action est irréversible et sera réappliquée après une restauration.</translation>
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
            <source>Remove the purchase preference "{0}" of {1}?</source>
            <translation>Supprimer la préférence d'achat « {0} » de {1} ?</translation>
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
            <translation>Pas encore d'e-mail ni de téléphone.</translation>
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
            <translation>Type d'échange</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>Que s'est-il passé ?</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Consigner</translation>
        </message>
        <message>
            <source>Log the interaction</source>
            <translation>Consigner l'échange</translation>
        </message>
        <message>
            <source>No interactions yet.</source>
            <translation>Aucun échange pour l'instant.</translation>
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
            <translation>Modifier l'affaire {0}</translation>
        </message>
        <message>
            <source>Bought in total</source>
            <translation>Total des achats</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>Aucune affaire pour l'instant.</translation>
        </message>
        <message>
            <source>Purchase preferences</source>
            <translation>Préférences d'achat</translation>
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
            <translation>Aucune préférence d'achat enregistrée.</translation>
        </message>
        <message>
            <source>Add preference…</source>
            <translation>Ajouter une préférence…</translation>
        </message>
        <message>
            <source>Add purchase preference</source>
            <translation>Ajouter une préférence d'achat</translation>
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
            <translation>LIMITÉ : pas d'export, modifications réservées aux gestionnaires de la confidentialité</translation>
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
            <translation>L'affichage des champs sensibles est consigné dans le journal d'audit.</translation>
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
            <source>same email</source>
            <translation>même e-mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>même téléphone</translation>
        </message>
        <message>
            <source>close names at the same company</source>
            <translation>noms proches dans la même société</translation>
        </message>
        <message>
            <source>no e-mail</source>
            <translation>pas d'e-mail</translation>
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
            <translation>L'une de ces fiches a été modifiée entre-temps par quelqu'un d'autre ; la liste a été rechargée. Vérifiez-la et fusionnez à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Give this to {0} in person. It is shown only once.</source>
            <translation>Remettez ceci en main propre à {0}. Ces informations ne sont affichées qu'une seule fois.</translation>
        </message>
        <message>
            <source>Temporary password:</source>
            <translation>Mot de passe temporaire :</translation>
        </message>
        <message>
            <source>Authenticator:</source>
            <translation>Application d'authentification :</translation>
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
            <translation>Les champs sensibles sont masqués sauf si votre profil peut les lire. L'export est consigné dans le journal d'audit ; conservez le fichier en lieu sûr.</translation>
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
            <source>Cancelled; no file was left.</source>
            <translation>Annulé ; aucun fichier n'a été laissé.</translation>
        </message>
        <message>
            <source>Exported {0} customers.</source>
            <translation>{0} clients exportés.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
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
            <translation>CSV (Google, Outlook ou vos propres colonnes) ou vCard. Vérifiez la destination de chaque colonne ; rien n'est écrit tant que vous n'avez pas cliqué sur Importer.</translation>
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
            <source>Import</source>
            <translation>Importer</translation>
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
            <translation>Lecture du fichier et vérification de chaque fiche… {0} pour l'instant</translation>
        </message>
        <message>
            <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
            <translation>{0} fiches peuvent être importées ; {1} seraient refusées (listées après l'import).</translation>
        </message>
        <message>
            <source>Field for {0}</source>
            <translation>Champ pour {0}</translation>
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
        <name>JobDialog</name>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Annulé. Rien n'a été modifié.</translation>
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
            <source>Back up now…</source>
            <translation>Sauvegarder maintenant…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restaurer une sauvegarde…</translation>
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
            <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
            <translation>Votre coffre est prêt. Ajoutez votre premier client avec Ctrl+N.</translation>
        </message>
        <message>
            <source>VaultCRM — {0}</source>
            <translation>VaultCRM — {0}</translation>
        </message>
        <message>
            <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
            <translation>Ceci est un coffre de démonstration jetable avec des clients générés ; il est supprimé quand vous quittez.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s) erased for good (undo window over)</source>
            <translation>
                <numerusform>%n fiche supprimée effacée définitivement (délai d'annulation écoulé)</numerusform>
                <numerusform>%n fiches supprimées effacées définitivement (délai d'annulation écoulé)</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleted records past their undo window could not be erased: {0}</source>
            <translation>Les fiches supprimées dont le délai d'annulation est écoulé n'ont pas pu être effacées : {0}</translation>
        </message>
        <message>
            <source>Your new password is set.</source>
            <translation>Votre nouveau mot de passe est défini.</translation>
        </message>
        <message>
            <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
            <translation>VaultCRM : un CRM local dont les données clients ne quittent jamais un coffre chiffré.</translation>
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
            <source>You will be the vault's first administrator: you can add colleagues and give them profiles later.</source>
            <translation>Vous serez le premier administrateur du coffre : vous pourrez ajouter des collègues et leur attribuer des profils plus tard.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
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
            <translation>Nom d'utilisateur :</translation>
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
            <translation>Scannez ce code avec une application d'authentification (Google Authenticator, Aegis, FreeOTP…). Chaque connexion demande le code à 6 chiffres qu'elle affiche.</translation>
        </message>
        <message>
            <source>Or type this key into the app:</source>
            <translation>Ou saisissez cette clé dans l'application :</translation>
        </message>
        <message>
            <source>Authenticator key</source>
            <translation>Clé d'authentification</translation>
        </message>
        <message>
            <source>Code from the app</source>
            <translation>Code de l'application</translation>
        </message>
        <message>
            <source>Code shown now:</source>
            <translation>Code affiché actuellement :</translation>
        </message>
        <message>
            <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
            <translation>Enregistrez ou imprimez cette feuille maintenant et conservez-la hors ligne. C'est le seul moyen de retrouver l'accès si vous oubliez votre mot de passe, et elle ouvre vos sauvegardes. Si vous perdez à la fois votre mot de passe et cette clé de secours, les données sont perdues définitivement : personne ne peut les récupérer.</translation>
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
            <translation>J'ai enregistré ou imprimé la feuille et je comprends l'avertissement ci-dessus.</translation>
        </message>
        <message>
            <source>I understand the warning</source>
            <translation>Je comprends l'avertissement</translation>
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
            <translation>Envoyé à l'imprimante.</translation>
        </message>
        <message>
            <source>Leave the wizard?</source>
            <translation>Quitter l'assistant ?</translation>
        </message>
        <message>
            <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
            <translation>Le coffre a été créé. Si vous partez maintenant sans la feuille de secours, conservez précieusement votre mot de passe et votre application d'authentification : ce sont les seuls moyens d'y accéder.</translation>
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
        <name>PreferenceDialog</name>
        <message>
            <source>Add purchase preference</source>
            <translation>Ajouter une préférence d'achat</translation>
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
            <translation>Une catégorie est requise (l'objet de la préférence).</translation>
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
            <translation>Les profils intégrés ne peuvent pas être modifiés ; faites-en une copie avec « Nouveau profil ». Les modifications d'un profil personnalisé sont enregistrées immédiatement et auditées.</translation>
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
            <source>Select a custom profile's column first.</source>
            <translation>Sélectionnez d'abord la colonne d'un profil personnalisé.</translation>
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
            <translation>Lecture de l'emplacement de sauvegarde</translation>
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
        <message>
            <source>{0} records imported</source>
            <translation>{0} fiches importées</translation>
        </message>
        <message>
            <source>{0} customers written</source>
            <translation>{0} clients écrits</translation>
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
            <source>Recovery key:</source>
            <translation>Clé de secours :</translation>
        </message>
        <message>
            <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
            <translation>L'archive est entièrement vérifiée avant tout remplacement. Une restauration par-dessus le coffre ouvert conserve le coffre actuel jusqu'à l'ouverture de la copie restaurée ; en cas d'échec, il est remis en place. Vous devrez ensuite vous reconnecter.</translation>
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
            <source>Fill in the archive, the destination and the recovery key.</source>
            <translation>Indiquez l'archive, la destination et la clé de secours.</translation>
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
            <source>Restored into {0}. Sign in to continue.</source>
            <translation>Restauré dans {0}. Connectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), {2} credential change(s).</source>
            <translation>Réappliqué depuis le registre des révocations : {0} effacement(s), {1} utilisateur(s) désactivé(s), {2} changement(s) d'identifiants.</translation>
        </message>
        <message>
            <source>Their password changed after this backup; give them a new one: {0}</source>
            <translation>Leur mot de passe a changé après cette sauvegarde ; donnez-leur-en un nouveau : {0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Your profile cannot change settings; they are shown read-only.</source>
            <translation>Votre profil ne permet pas de modifier les paramètres ; ils sont affichés en lecture seule.</translation>
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
            <translation>Verrouillé après une période d'inactivité.</translation>
        </message>
        <message>
            <source>Locked because the screen was locked.</source>
            <translation>Verrouillé parce que l'écran a été verrouillé.</translation>
        </message>
        <message>
            <source>You locked the vault.</source>
            <translation>Vous avez verrouillé le coffre.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Authenticator code</source>
            <translation>Code d'authentification</translation>
        </message>
        <message>
            <source>Code from your authenticator app</source>
            <translation>Code de votre application d'authentification</translation>
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
            <source>Choose a new password</source>
            <translation>Choisissez un nouveau mot de passe</translation>
        </message>
        <message>
            <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
            <translation>Vous vous êtes connecté avec un mot de passe temporaire. Choisissez le vôtre avant de continuer ; personne d'autre, pas même un administrateur, ne le connaîtra.</translation>
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
            <translation>Trop d'échecs de connexion. Vous pourrez réessayer dans {0} s.</translation>
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
            <translation>Restaurer un coffre à partir d'une sauvegarde</translation>
        </message>
        <message>
            <source>Restoring from the app is not available yet; use the command line.</source>
            <translation>La restauration depuis l'application n'est pas encore disponible ; utilisez la ligne de commande.</translation>
        </message>
        <message>
            <source>Recent vaults</source>
            <translation>Coffres récents</translation>
        </message>
        <message>
            <source>No vault opened on this computer yet.</source>
            <translation>Aucun coffre ouvert sur cet ordinateur pour l'instant.</translation>
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
        <name>UsersPage</name>
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
            <translation>Réinitialiser l'authentification…</translation>
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
            <translation>Réinitialiser l'authentification</translation>
        </message>
        <message>
            <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
            <translation>Enregistrer une nouvelle application d'authentification pour {0} (téléphone perdu) ? L'utilisateur reçoit aussi un mot de passe temporaire et de nouveaux codes de secours.</translation>
        </message>
        <message>
            <source>New authenticator</source>
            <translation>Nouvelle authentification</translation>
        </message>
        <message>
            <source>Disable user</source>
            <translation>Désactiver l'utilisateur</translation>
        </message>
        <message>
            <source>Disable {0}? Their password will no longer open the vault.</source>
            <translation>Désactiver {0} ? Son mot de passe n'ouvrira plus le coffre.</translation>
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
            <translation>Journal d'audit…</translation>
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
