<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Analysis</name>
    <message>
        <source>The subject is empty. Write a subject before analyzing.</source>
        <translation>L’objet est vide. Écrivez un objet avant d’analyser.</translation>
    </message>
    <message>
        <source>The subject holds a line break or another control character. Remove it: a subject is one line of text.</source>
        <translation>L’objet contient un saut de ligne ou un autre caractère de contrôle. Supprimez-le&#xa0;: un objet tient sur une seule ligne.</translation>
    </message>
    <message>
        <source>The sender address is empty.</source>
        <translation>L’adresse de l’expéditeur est vide.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>L’adresse de l’expéditeur «&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The reply-to address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>L’adresse de réponse «&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The envelope sender &quot;%1&quot; is not a valid e-mail address: bounces could not come back.</source>
        <translation>L’expéditeur d’enveloppe «&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide&#xa0;: les rebonds ne pourraient pas revenir.</translation>
    </message>
    <message>
        <source>Subject and sender are in order (sender %1).</source>
        <translation>L’objet et l’expéditeur sont en ordre (expéditeur&#xa0;%1).</translation>
    </message>
    <message>
        <source>The HTML content has no unsubscribe link. Add one, for example with {{unsubscribeUrl}}.</source>
        <translation>Le contenu HTML n’a pas de lien de désabonnement. Ajoutez-en un, par exemple avec {{unsubscribeUrl}}.</translation>
    </message>
    <message>
        <source>The text content has no unsubscribe link. Add one, for example with {{unsubscribeUrl}}.</source>
        <translation>Le contenu texte n’a pas de lien de désabonnement. Ajoutez-en un, par exemple avec {{unsubscribeUrl}}.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) of the HTML content are not well-formed absolute URLs: %1.</source>
        <translation>
            <numerusform>%n lien du contenu HTML n’est pas une URL absolue bien formée&#xa0;:&#xa0;%1.</numerusform>
            <numerusform>%n liens du contenu HTML ne sont pas des URL absolues bien formées&#xa0;:&#xa0;%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject is %1 characters long; mail readers cut it after about %2. Put what matters first.</source>
        <translation>L’objet compte&#xa0;%1 caractères&#xa0;; les messageries le coupent après environ&#xa0;%2. Placez l’essentiel au début.</translation>
    </message>
    <message>
        <source>The largest message is %1 KB: above 60 KB, sending slows down and some providers clip it. Make the content lighter.</source>
        <translation>Le plus gros message pèse&#xa0;%1 Ko&#xa0;: au-delà de 60 Ko, l’envoi ralentit et certains fournisseurs le tronquent. Allégez le contenu.</translation>
    </message>
    <message>
        <source>The largest message is %1 KB, above the recommended 35 KB.</source>
        <translation>Le plus gros message pèse&#xa0;%1 Ko, au-delà des 35 Ko recommandés.</translation>
    </message>
    <message>
        <source>The largest message is %1 KB.</source>
        <translation>Le plus gros message pèse&#xa0;%1 Ko.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: no address (Address not specified).</source>
        <translation>
            <numerusform>%Ln destinataire exclu&#xa0;: pas d’adresse (Adresse non renseignée).</numerusform>
            <numerusform>%Ln destinataires exclus&#xa0;: pas d’adresse (Adresse non renseignée).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: the address is not valid (Bad-quality address).</source>
        <translation>
            <numerusform>%Ln destinataire exclu&#xa0;: l’adresse n’est pas valide (Adresse de mauvaise qualité).</numerusform>
            <numerusform>%Ln destinataires exclus&#xa0;: l’adresse n’est pas valide (Adresse de mauvaise qualité).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: on the denylist.</source>
        <translation>
            <numerusform>%Ln destinataire exclu&#xa0;: sur la liste de blocage.</numerusform>
            <numerusform>%Ln destinataires exclus&#xa0;: sur la liste de blocage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: in quarantine.</source>
        <translation>
            <numerusform>%Ln destinataire exclu&#xa0;: en quarantaine.</numerusform>
            <numerusform>%Ln destinataires exclus&#xa0;: en quarantaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out by the delivery&apos;s exclusion lists.</source>
        <translation>
            <numerusform>%Ln destinataire exclu par les listes d’exclusion de la diffusion.</numerusform>
            <numerusform>%Ln destinataires exclus par les listes d’exclusion de la diffusion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) left out: the same address comes earlier in the list.</source>
        <translation>
            <numerusform>%Ln doublon exclu&#xa0;: la même adresse figure plus haut dans la liste.</numerusform>
            <numerusform>%Ln doublons exclus&#xa0;: la même adresse figure plus haut dans la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out at random by the target limit.</source>
        <translation>
            <numerusform>%Ln destinataire exclu au hasard par la limite de cible.</numerusform>
            <numerusform>%Ln destinataires exclus au hasard par la limite de cible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) kept aside as the control group (Control address).</source>
        <translation>
            <numerusform>%Ln destinataire mis de côté comme groupe de contrôle (Adresse de contrôle).</numerusform>
            <numerusform>%Ln destinataires mis de côté comme groupe de contrôle (Adresse de contrôle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out.</source>
        <translation>
            <numerusform>%Ln destinataire exclu.</numerusform>
            <numerusform>%Ln destinataires exclus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No DKIM key signs this delivery: many providers will file unsigned messages as spam. Add a key for the sender&apos;s domain.</source>
        <translation>Aucune clé DKIM ne signe cette diffusion&#xa0;: beaucoup de fournisseurs classeront les messages non signés en spam. Ajoutez une clé pour le domaine de l’expéditeur.</translation>
    </message>
    <message>
        <source>The DKIM key cannot be used: %1</source>
        <translation>La clé DKIM est inutilisable&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Messages are DKIM-signed for %1 (selector %2).</source>
        <translation>Les messages sont signés DKIM pour&#xa0;%1 (sélecteur&#xa0;%2).</translation>
    </message>
    <message>
        <source>The control group &quot;%1&quot; is neither a number of recipients (500) nor a share (5%).</source>
        <translation>Le groupe de contrôle «&#xa0;%1&#xa0;» n’est ni un nombre de destinataires (500) ni une part (5&#xa0;%).</translation>
    </message>
    <message>
        <source>The target limit must be at least 1 recipient.</source>
        <translation>La limite de cible doit être d’au moins 1 destinataire.</translation>
    </message>
    <message>
        <source>No recipient is left to deliver to.</source>
        <translation>Il ne reste aucun destinataire à qui envoyer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The field %1 is empty for %Ln recipient(s), and %2 shows it without a fallback: write {{%1 | text}} or put it in a {{#%1}}…{{/%1}} section.</source>
        <translation>
            <numerusform>Le champ&#xa0;%1 est vide pour&#xa0;%Ln destinataire, et&#xa0;%2 l’affiche sans valeur de repli&#xa0;: écrivez {{%1 | texte}} ou placez-le dans une section {{#%1}}…{{/%1}}.</numerusform>
            <numerusform>Le champ&#xa0;%1 est vide pour&#xa0;%Ln destinataires, et&#xa0;%2 l’affiche sans valeur de repli&#xa0;: écrivez {{%1 | texte}} ou placez-le dans une section {{#%1}}…{{/%1}}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln recipient(s), a value with a line break goes into the subject, the sender name or a header; it is sent with spaces instead.</source>
        <translation>
            <numerusform>Pour&#xa0;%Ln destinataire, une valeur contenant un saut de ligne va dans l’objet, le nom de l’expéditeur ou un en-tête&#xa0;; elle est envoyée avec des espaces à la place.</numerusform>
            <numerusform>Pour&#xa0;%Ln destinataires, une valeur contenant un saut de ligne va dans l’objet, le nom de l’expéditeur ou un en-tête&#xa0;; elle est envoyée avec des espaces à la place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) cannot be personalized.</source>
        <translation>
            <numerusform>%Ln message ne peut pas être personnalisé.</numerusform>
            <numerusform>%Ln messages ne peuvent pas être personnalisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) personalized.</source>
        <translation>
            <numerusform>%Ln message personnalisé.</numerusform>
            <numerusform>%Ln messages personnalisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof for %Ln test address(es): %1.</source>
        <translation>
            <numerusform>BAT pour&#xa0;%Ln adresse de test&#xa0;:&#xa0;%1.</numerusform>
            <numerusform>BAT pour&#xa0;%Ln adresses de test&#xa0;:&#xa0;%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exclusion list &quot;%1&quot; does not exist. Import it or remove it from the delivery.</source>
        <translation>La liste d’exclusion «&#xa0;%1&#xa0;» n’existe pas. Importez-la ou retirez-la de la diffusion.</translation>
    </message>
    <message>
        <source>The exclusion list &quot;%1&quot; has no usable address.</source>
        <translation>La liste d’exclusion «&#xa0;%1&#xa0;» n’a aucune adresse utilisable.</translation>
    </message>
    <message>
        <source>DNS did not answer, so the DKIM record at %1 was not checked.</source>
        <translation>Le DNS n’a pas répondu&#xa0;: l’enregistrement DKIM de&#xa0;%1 n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>No DKIM record is published at %1, so receivers cannot verify the messages&apos; DKIM signatures.</source>
        <translation>Aucun enregistrement DKIM n’est publié sous&#xa0;%1&#xa0;: les destinataires ne peuvent pas vérifier les signatures DKIM des messages.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 was not compared with the key %2, which cannot be read.</source>
        <translation>L’enregistrement DKIM de&#xa0;%1 n’a pas été comparé à la clé&#xa0;%2, qui est illisible.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 matches the signing key.</source>
        <translation>L’enregistrement DKIM de&#xa0;%1 correspond à la clé de signature.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 publishes another key than %2: receivers will find the signatures invalid.</source>
        <translation>L’enregistrement DKIM de&#xa0;%1 publie une autre clé que&#xa0;%2&#xa0;: les destinataires jugeront les signatures invalides.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 revokes its key (empty p=): receivers will find the signatures invalid.</source>
        <translation>L’enregistrement DKIM de&#xa0;%1 révoque sa clé (p= vide)&#xa0;: les destinataires jugeront les signatures invalides.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 is not a valid key record: receivers cannot verify the signatures.</source>
        <translation>L’enregistrement DKIM de&#xa0;%1 n’est pas un enregistrement de clé valide&#xa0;: les destinataires ne peuvent pas vérifier les signatures.</translation>
    </message>
    <message>
        <source>DNS did not answer, so the SPF record of %1 was not checked.</source>
        <translation>Le DNS n’a pas répondu&#xa0;: l’enregistrement SPF de&#xa0;%1 n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>The domain %1 publishes no SPF record, so receivers cannot check that this server may send its mail.</source>
        <translation>Le domaine&#xa0;%1 ne publie aucun enregistrement SPF&#xa0;: les destinataires ne peuvent pas vérifier que ce serveur a le droit d’envoyer son courrier.</translation>
    </message>
    <message>
        <source>The domain %1 publishes %2 SPF records: receivers treat that as an error (RFC 7208) and may reject the mail. Merge them into one.</source>
        <translation>Le domaine&#xa0;%1 publie&#xa0;%2 enregistrements SPF&#xa0;: les destinataires le traitent comme une erreur (RFC 7208) et peuvent rejeter le courrier. Fusionnez-les en un seul.</translation>
    </message>
    <message>
        <source>The domain %1 publishes the SPF record “%2”.</source>
        <translation>Le domaine&#xa0;%1 publie l’enregistrement SPF «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>DNS did not answer, so the DMARC record of %1 was not checked.</source>
        <translation>Le DNS n’a pas répondu&#xa0;: l’enregistrement DMARC de&#xa0;%1 n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>The domain %1 publishes no DMARC record: the large mailbox providers require one from bulk senders.</source>
        <translation>Le domaine&#xa0;%1 ne publie aucun enregistrement DMARC&#xa0;: les grands fournisseurs de messagerie en exigent un des expéditeurs en masse.</translation>
    </message>
    <message>
        <source>The domain %1 publishes %2 DMARC records: receivers ignore them all (RFC 7489). Keep only one.</source>
        <translation>Le domaine&#xa0;%1 publie&#xa0;%2 enregistrements DMARC&#xa0;: les destinataires les ignorent tous (RFC 7489). N’en gardez qu’un.</translation>
    </message>
    <message>
        <source>The domain %1 has no DMARC record of its own; the one of %2 applies, with the policy p=%3.</source>
        <translation>Le domaine&#xa0;%1 n’a pas d’enregistrement DMARC propre&#xa0;; celui de&#xa0;%2 s’applique, avec la politique p=%3.</translation>
    </message>
    <message>
        <source>The domain %1 publishes a DMARC record with the policy p=%2.</source>
        <translation>Le domaine&#xa0;%1 publie un enregistrement DMARC avec la politique p=%2.</translation>
    </message>
    <message>
        <source>Sending every message should take about %2 min under the MX rules: destinations are served side by side, and the longest is %1.</source>
        <translation>L’envoi de tous les messages devrait prendre environ&#xa0;%2 min selon les règles MX&#xa0;: les destinations sont servies en parallèle, et la plus longue est&#xa0;%1.</translation>
    </message>
    <message>
        <source>Sending every message should take about %2 h %3 min under the MX rules: destinations are served side by side, and the longest is %1.</source>
        <translation>L’envoi de tous les messages devrait prendre environ&#xa0;%2 h&#xa0;%3 min selon les règles MX&#xa0;: les destinations sont servies en parallèle, et la plus longue est&#xa0;%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %5 min under rule %2 (connections: %3, %4 per hour)</source>
        <translation>
            <numerusform>%1&#xa0;:&#xa0;%Ln message, environ&#xa0;%5 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3,&#xa0;%4 par heure)</numerusform>
            <numerusform>%1&#xa0;:&#xa0;%Ln messages, environ&#xa0;%5 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3,&#xa0;%4 par heure)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %5 h %6 min under rule %2 (connections: %3, %4 per hour)</source>
        <translation>
            <numerusform>%1&#xa0;:&#xa0;%Ln message, environ&#xa0;%5 h&#xa0;%6 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3,&#xa0;%4 par heure)</numerusform>
            <numerusform>%1&#xa0;:&#xa0;%Ln messages, environ&#xa0;%5 h&#xa0;%6 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3,&#xa0;%4 par heure)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %4 min under rule %2 (connections: %3, no hourly limit)</source>
        <translation>
            <numerusform>%1&#xa0;:&#xa0;%Ln message, environ&#xa0;%4 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3, sans limite horaire)</numerusform>
            <numerusform>%1&#xa0;:&#xa0;%Ln messages, environ&#xa0;%4 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3, sans limite horaire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %4 h %5 min under rule %2 (connections: %3, no hourly limit)</source>
        <translation>
            <numerusform>%1&#xa0;:&#xa0;%Ln message, environ&#xa0;%4 h&#xa0;%5 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3, sans limite horaire)</numerusform>
            <numerusform>%1&#xa0;:&#xa0;%Ln messages, environ&#xa0;%4 h&#xa0;%5 min selon la règle&#xa0;%2 (connexions&#xa0;:&#xa0;%3, sans limite horaire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sending its %Ln message(s) takes about %3 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</source>
        <translation>
            <numerusform>%1&#xa0;: l’envoi de son&#xa0;%Ln message prend environ&#xa0;%3 min selon les règles MX, et la période de validité (%2) se termine avant&#xa0;: les messages restants échoueraient. Allongez la période de validité ou assouplissez la règle MX.</numerusform>
            <numerusform>%1&#xa0;: l’envoi de ses&#xa0;%Ln messages prend environ&#xa0;%3 min selon les règles MX, et la période de validité (%2) se termine avant&#xa0;: les messages restants échoueraient. Allongez la période de validité ou assouplissez la règle MX.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sending its %Ln message(s) takes about %3 h %4 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</source>
        <translation>
            <numerusform>%1&#xa0;: l’envoi de son&#xa0;%Ln message prend environ&#xa0;%3 h&#xa0;%4 min selon les règles MX, et la période de validité (%2) se termine avant&#xa0;: les messages restants échoueraient. Allongez la période de validité ou assouplissez la règle MX.</numerusform>
            <numerusform>%1&#xa0;: l’envoi de ses&#xa0;%Ln messages prend environ&#xa0;%3 h&#xa0;%4 min selon les règles MX, et la période de validité (%2) se termine avant&#xa0;: les messages restants échoueraient. Allongez la période de validité ou assouplissez la règle MX.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %1 domains with the most messages were looked up in DNS; the other %2 (%Ln message(s)) are each estimated as a destination of their own, under the MX rule matching their name.</source>
        <translation>
            <numerusform>Seuls les&#xa0;%1 domaines ayant le plus de messages ont été recherchés dans le DNS&#xa0;; les&#xa0;%2 autres (%Ln message) sont chacun estimés comme une destination à part, selon la règle MX qui correspond à leur nom.</numerusform>
            <numerusform>Seuls les&#xa0;%1 domaines ayant le plus de messages ont été recherchés dans le DNS&#xa0;; les&#xa0;%2 autres (%Ln messages) sont chacun estimés comme une destination à part, selon la règle MX qui correspond à leur nom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Domains whose DNS lookup failed or did not answer in time: %1 (%2 in all, %Ln message(s)). Each is estimated as a destination of its own, under the MX rule matching its name.</source>
        <translation>
            <numerusform>Domaines dont la recherche DNS a échoué ou n’a pas répondu à temps&#xa0;:&#xa0;%1 (%2 en tout,&#xa0;%Ln message). Chacun est estimé comme une destination à part, selon la règle MX qui correspond à son nom.</numerusform>
            <numerusform>Domaines dont la recherche DNS a échoué ou n’a pas répondu à temps&#xa0;:&#xa0;%1 (%2 en tout,&#xa0;%Ln messages). Chacun est estimé comme une destination à part, selon la règle MX qui correspond à son nom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisStore</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>The delivery %1 started sending while it was analyzed; the analysis is not kept.</source>
        <translation>La diffusion&#xa0;%1 a commencé à être envoyée pendant son analyse&#xa0;; l’analyse n’est pas conservée.</translation>
    </message>
    <message>
        <source>The delivery %1 changed while it was analyzed. Analyze it again.</source>
        <translation>La diffusion&#xa0;%1 a été modifiée pendant son analyse. Analysez-la de nouveau.</translation>
    </message>
    <message>
        <source>Analysis #%1: %2 to deliver, %3 left out.</source>
        <translation>Analyse n°%1&#xa0;:&#xa0;%2 à envoyer,&#xa0;%3 exclus.</translation>
    </message>
</context>
<context>
    <name>BounceQualifier</name>
    <message>
        <source>The inbound rule %1 (“%2”) applies to bounces of kind “%3”, which does not exist: use one of %4. Correct its kind in the inbound_rule table.</source>
        <translation>La règle de courrier entrant %1 (« %2 ») s’applique aux retours de nature « %3 », qui n’existe pas : utilisez l’une de %4. Corrigez sa colonne kind dans la table inbound_rule.</translation>
    </message>
    <message>
        <source>The inbound rule %1 (“%2”) has a pattern that is not a valid regular expression: %3 at character %4. Correct its pattern in the inbound_rule table.</source>
        <translation>La règle de courrier entrant %1 (« %2 ») a un motif qui n’est pas une expression régulière valide : %3 au caractère %4. Corrigez son motif (pattern) dans la table inbound_rule.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The option --workspace PATH is required.</source>
        <translation>L’option --workspace PATH est obligatoire.</translation>
    </message>
    <message>
        <source>Create a workspace, or migrate an existing one.</source>
        <translation>Créer un espace de travail ou migrer un espace existant.</translation>
    </message>
    <message>
        <source>Import recipients from a CSV file into a list.</source>
        <translation>Importer des destinataires d’un fichier CSV dans une liste.</translation>
    </message>
    <message>
        <source>Show the recipient lists with their counts.</source>
        <translation>Afficher les listes de destinataires avec leurs effectifs.</translation>
    </message>
    <message>
        <source>Sign a message with DKIM, or print a key&apos;s DNS record.</source>
        <translation>Signer un message avec DKIM ou afficher l’enregistrement DNS d’une clé.</translation>
    </message>
    <message>
        <source>The private key file, PEM: RSA of 1024 to 4096 bits, or Ed25519.</source>
        <translation>Le fichier de la clé privée, au format PEM&#xa0;: RSA de 1024 à 4096&#xa0;bits, ou Ed25519.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Signs with DKIM the message read on standard input, and writes it signed on standard output. Give --selector and --key twice to sign with two keys (RSA and Ed25519).</source>
        <translation>Signe avec DKIM le message lu sur l’entrée standard et l’écrit signé sur la sortie standard. Indiquez --selector et --key deux fois pour signer avec deux clés (RSA et Ed25519).</translation>
    </message>
    <message>
        <source>The signing domain (d=).</source>
        <translation>Le domaine de signature (d=).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>The selector (s=) the key is published under, one per --key.</source>
        <translation>Le sélecteur (s=) sous lequel la clé est publiée, un par --key.</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>sélecteur</translation>
    </message>
    <message>
        <source>Refuse keys of another algorithm: rsa-sha256 or ed25519-sha256.</source>
        <translation>Refuser les clés d’un autre algorithme&#xa0;: rsa-sha256 ou ed25519-sha256.</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithme</translation>
    </message>
    <message>
        <source>relaxed (the default) or simple, for header and body.</source>
        <translation>relaxed (par défaut) ou simple, pour l’en-tête et le corps.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>List From once more than it appears, so that no From can be added.</source>
        <translation>Inclure From dans les champs signés une fois de plus qu’il n’apparaît, pour qu’aucun From ne puisse être ajouté.</translation>
    </message>
    <message>
        <source>The options --domain, --selector and --key are required.</source>
        <translation>Les options --domain, --selector et --key sont obligatoires.</translation>
    </message>
    <message>
        <source>Give one --selector for each --key.</source>
        <translation>Indiquez un --selector pour chaque --key.</translation>
    </message>
    <message>
        <source>dkim sign reads the message on standard input; it takes no file.</source>
        <translation>dkim sign lit le message sur l’entrée standard&#xa0;; il n’accepte aucun fichier.</translation>
    </message>
    <message>
        <source>The algorithm is rsa-sha256 or ed25519-sha256.</source>
        <translation>L’algorithme doit être rsa-sha256 ou ed25519-sha256.</translation>
    </message>
    <message>
        <source>The canonicalization is relaxed or simple.</source>
        <translation>La canonicalisation doit être relaxed ou simple.</translation>
    </message>
    <message>
        <source>The key %1 is a key for %2, not for %3 as --algorithm asks.</source>
        <translation>La clé %1 est une clé pour %2, et non pour %3 comme le demande --algorithm.</translation>
    </message>
    <message>
        <source>Cannot write the signed message on standard output.</source>
        <translation>Impossible d’écrire le message signé sur la sortie standard.</translation>
    </message>
    <message>
        <source>Prints the DNS TXT record that publishes the public half of a DKIM key, to put at SELECTOR._domainkey.DOMAIN.</source>
        <translation>Affiche l’enregistrement DNS TXT qui publie la partie publique d’une clé DKIM, à créer sous le nom SELECTOR._domainkey.DOMAIN.</translation>
    </message>
    <message>
        <source>The option --key FILE is required.</source>
        <translation>L’option --key FILE est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown dkim action &quot;%1&quot;.</source>
        <translation>Action dkim &quot;%1&quot; inconnue.</translation>
    </message>
    <message>
        <source>Sign the message read on standard input.</source>
        <translation>Signer le message lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Print the DNS TXT record of a key.</source>
        <translation>Afficher l’enregistrement DNS TXT d’une clé.</translation>
    </message>
    <message>
        <source>Run diffusion-cli dkim ACTION --help for the options of one action.</source>
        <translation>Lancez diffusion-cli dkim ACTION --help pour connaître les options d’une action.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recipient(s) into the list &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln destinataire importé dans la liste &quot;%1&quot;.</numerusform>
            <numerusform>%Ln destinataires importés dans la liste &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>  without address: %1</source>
        <translation>  sans adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>  bad-quality address: %1</source>
        <translation>  adresse de mauvaise qualité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rejected row(s).</source>
        <translation>
            <numerusform>… et %Ln autre ligne rejetée.</numerusform>
            <numerusform>… et %Ln autres lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports recipients from a CSV file (UTF-8, separated by commas or semicolons, with a header line naming the columns) into a list. Malformed rows are reported and skipped.</source>
        <translation>Importe dans une liste les destinataires d’un fichier CSV (UTF-8, séparé par des virgules ou des points-virgules, avec une ligne d’en-tête qui nomme les colonnes). Les lignes mal formées sont signalées et ignorées.</translation>
    </message>
    <message>
        <source>The recipient list, created when missing.</source>
        <translation>La liste de destinataires, créée si elle n’existe pas.</translation>
    </message>
    <message>
        <source>Empty the list before importing.</source>
        <translation>Vider la liste avant l’import.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>The option --list NAME is required.</source>
        <translation>L’option --list NAME est obligatoire.</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Indiquez un et un seul fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Creates the workspace file, or migrates an existing one to this version&apos;s schema.</source>
        <translation>Crée le fichier de l’espace de travail, ou migre un espace existant vers le schéma de cette version.</translation>
    </message>
    <message>
        <source>Created the workspace %1 (schema %2).</source>
        <translation>Espace de travail %1 créé (schéma %2).</translation>
    </message>
    <message>
        <source>Migrated the workspace %1 from schema %2 to %3.</source>
        <translation>Espace de travail %1 migré du schéma %2 au schéma %3.</translation>
    </message>
    <message>
        <source>The workspace %1 is up to date (schema %2).</source>
        <translation>L’espace de travail %1 est à jour (schéma %2).</translation>
    </message>
    <message>
        <source>Shows the recipient lists of a workspace with their counts.</source>
        <translation>Affiche les listes de destinataires d’un espace de travail avec leurs effectifs.</translation>
    </message>
    <message>
        <source>%1 recipients, %2 usable, %3 without address, %4 bad-quality</source>
        <translation>%1 destinataires, %2 utilisables, %3 sans adresse, %4 de mauvaise qualité</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli COMMAND [options]</source>
        <translation>Utilisation&#xa0;: diffusion-cli COMMAND [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run diffusion-cli COMMAND --help for the options of one command.</source>
        <translation>Lancez diffusion-cli COMMAND --help pour connaître les options d’une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande &quot;%1&quot; inconnue.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>%1 n’est pas un texte UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>Creates a delivery for a recipient list and prints its id.</source>
        <translation>Crée une diffusion pour une liste de destinataires et affiche son identifiant.</translation>
    </message>
    <message>
        <source>The target recipient list.</source>
        <translation>La liste de destinataires ciblée.</translation>
    </message>
    <message>
        <source>The sender address.</source>
        <translation>L’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The sender&apos;s display name (may be personalized).</source>
        <translation>Le nom affiché de l’expéditeur (personnalisable).</translation>
    </message>
    <message>
        <source>The reply-to address.</source>
        <translation>L’adresse de réponse.</translation>
    </message>
    <message>
        <source>The subject (may be personalized).</source>
        <translation>L’objet (personnalisable).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>A name for the delivery in the console.</source>
        <translation>Un libellé pour la diffusion dans la console.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the HTML content.</source>
        <translation>Un fichier UTF-8 avec le contenu HTML.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the text content.</source>
        <translation>Un fichier UTF-8 avec le contenu texte.</translation>
    </message>
    <message>
        <source>How long messages may be retried, e.g. 5d, 36h, 90m, 30s (default 5d).</source>
        <translation>Durée pendant laquelle les messages peuvent faire l’objet de reprises, par exemple 5d, 36h, 90m, 30s (5d par défaut).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>The PEM private key to sign with.</source>
        <translation>La clé privée PEM avec laquelle signer.</translation>
    </message>
    <message>
        <source>The DKIM selector the key is published under.</source>
        <translation>Le sélecteur DKIM sous lequel la clé est publiée.</translation>
    </message>
    <message>
        <source>The DKIM signing domain (default: the sender&apos;s domain).</source>
        <translation>Le domaine de signature DKIM (par défaut&#xa0;: le domaine de l’expéditeur).</translation>
    </message>
    <message>
        <source>An extra header, &apos;Name: value&apos; (repeatable).</source>
        <translation>Un en-tête supplémentaire, &apos;Nom: valeur&apos; (répétable).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>The one-click unsubscribe URL (https, may be personalized).</source>
        <translation>L’URL de désabonnement en un clic (https, personnalisable).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The unsubscribe address (may be personalized).</source>
        <translation>L’adresse de désabonnement (personnalisable).</translation>
    </message>
    <message>
        <source>Leave out the List-Unsubscribe headers.</source>
        <translation>Ne pas ajouter les en-têtes List-Unsubscribe.</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM) when it differs from the sender.</source>
        <translation>L’expéditeur d’enveloppe (MAIL FROM), s’il diffère de l’expéditeur.</translation>
    </message>
    <message>
        <source>Put the message id in the envelope sender (local+id@domain) to trace bounces.</source>
        <translation>Inclure l’identifiant du message dans l’expéditeur d’enveloppe (local+id@domain) pour tracer les rebonds.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L’option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Give --dkim-key and --dkim-selector together.</source>
        <translation>Indiquez --dkim-key et --dkim-selector ensemble.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a validity period. Write a number and a unit: 5d, 36h, 90m or 30s.</source>
        <translation>&quot;%1&quot; n’est pas une période de validité. Indiquez un nombre et une unité&#xa0;: 5d, 36h, 90m ou 30s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header. Write it as &apos;Name: value&apos;.</source>
        <translation>&quot;%1&quot; n’est pas un en-tête. Écrivez-le sous la forme &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>Give the content with --html FILE, --text FILE or both.</source>
        <translation>Indiquez le contenu avec --html FILE, --text FILE ou les deux.</translation>
    </message>
    <message>
        <source>Write the signed message a recipient of a delivery would receive.</source>
        <translation>Écrire le message signé que recevrait un destinataire d’une diffusion.</translation>
    </message>
    <message>
        <source>Writes on standard output the complete message, personalized and DKIM-signed, that a recipient of the delivery would receive.</source>
        <translation>Écrit sur la sortie standard le message complet, personnalisé et signé DKIM, que recevrait un destinataire de la diffusion.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address, as in the list.</source>
        <translation>L’adresse du destinataire, telle qu’elle figure dans la liste.</translation>
    </message>
    <message>
        <source>The delivery id.</source>
        <translation>L’identifiant de la diffusion.</translation>
    </message>
    <message>
        <source>Give one delivery id.</source>
        <translation>Indiquez un identifiant de diffusion.</translation>
    </message>
    <message>
        <source>The option --recipient ADDRESS is required.</source>
        <translation>L’option --recipient ADDRESS est obligatoire.</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>%1 is not in the delivery&apos;s recipient list.</source>
        <translation>%1 ne figure pas dans la liste de destinataires de la diffusion.</translation>
    </message>
    <message>
        <source>Run a local SMTP relay that answers by a profile, for demos and fault tests.</source>
        <translation>Lancer un relais SMTP local qui répond selon un profil, pour les démonstrations et les tests de défaillance.</translation>
    </message>
    <message>
        <source>Send a delivery and record every outcome (send --help).</source>
        <translation>Envoyer une diffusion et enregistrer chaque résultat (send --help).</translation>
    </message>
    <message>
        <source>Send a domain&apos;s mail to given hosts, or set the relay (route set|list|remove).</source>
        <translation>Acheminer les messages d’un domaine vers des hôtes donnés, ou définir le relais (route set|list|remove).</translation>
    </message>
    <message>
        <source>Runs a small SMTP server that accepts mail and answers each recipient as a profile says, for demos and for testing how a sender copes with refusals, throttling and faults. It prints &quot;listening on ADDRESS:PORT&quot; once ready and runs until SIGTERM or SIGINT. The profile format is described in docs/relay.md.</source>
        <translation>Lance un petit serveur SMTP qui accepte les messages et répond pour chaque destinataire comme l’indique un profil, pour les démonstrations et pour tester la façon dont un expéditeur gère les refus, la limitation de débit et les défaillances. Il affiche &quot;listening on ADDRESS:PORT&quot; une fois prêt et s’exécute jusqu’à réception de SIGTERM ou SIGINT. Le format du profil est décrit dans docs/relay.md.</translation>
    </message>
    <message>
        <source>The address and port to listen on, such as 127.0.0.1:2525; port 0 picks a free one.</source>
        <translation>L’adresse et le port d’écoute, par exemple 127.0.0.1:2525&#xa0;; le port 0 choisit un port libre.</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>The JSON profile of replies and faults (default: the built-in profile).</source>
        <translation>Le profil JSON des réponses et des défaillances (par défaut&#xa0;: le profil intégré).</translation>
    </message>
    <message>
        <source>The PEM certificate that makes the relay offer STARTTLS (with --tls-key).</source>
        <translation>Le certificat PEM qui permet au relais de proposer STARTTLS (avec --tls-key).</translation>
    </message>
    <message>
        <source>The PEM private key of the certificate, without a passphrase.</source>
        <translation>La clé privée PEM du certificat, sans phrase secrète.</translation>
    </message>
    <message>
        <source>Store each accepted message in this Maildir (new/), with its envelope prepended.</source>
        <translation>Enregistrer chaque message accepté dans ce Maildir (new/), précédé de son enveloppe.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Write one JSON line per connection and per transaction to this file (emptied first).</source>
        <translation>Écrire une ligne JSON par connexion et par transaction dans ce fichier (vidé au préalable).</translation>
    </message>
    <message>
        <source>The relay takes no file name; use its options.</source>
        <translation>Le relais n’accepte aucun nom de fichier&#xa0;; utilisez ses options.</translation>
    </message>
    <message>
        <source>The option --listen ADDRESS:PORT is required, for example --listen 127.0.0.1:0.</source>
        <translation>L’option --listen ADDRESS:PORT est obligatoire, par exemple --listen 127.0.0.1:0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address and port; write it as 127.0.0.1:2525 or [::1]:0.</source>
        <translation>&quot;%1&quot; n’est pas une adresse suivie d’un port&#xa0;; utilisez la forme 127.0.0.1:2525 ou [::1]:0.</translation>
    </message>
    <message>
        <source>Give --tls-cert and --tls-key together, or neither.</source>
        <translation>Indiquez --tls-cert et --tls-key ensemble, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2. Choose another address or port, or port 0 for any free one.</source>
        <translation>Impossible d’écouter sur %1&#xa0;: %2. Choisissez une autre adresse ou un autre port, ou le port 0 pour obtenir un port libre.</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM and SIGINT: %1.</source>
        <translation>Impossible de surveiller SIGTERM et SIGINT&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sends a domain&apos;s mail to the given hosts instead of its MX hosts, trying them in order. The domain * sets the relay for every domain without a route of its own.</source>
        <translation>Achemine les messages d’un domaine vers les hôtes indiqués au lieu de ses hôtes MX, en les essayant dans l’ordre. Le domaine * définit le relais pour tous les domaines qui n’ont pas leur propre route.</translation>
    </message>
    <message>
        <source>disabled, opportunistic (the default), required or verify.</source>
        <translation>disabled, opportunistic (par défaut), required ou verify.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>The domain, or * for the relay.</source>
        <translation>Le domaine, ou * pour le relais.</translation>
    </message>
    <message>
        <source>HOST:PORT, several for failover.</source>
        <translation>HOST:PORT, plusieurs pour le basculement en cas d’échec.</translation>
    </message>
    <message>
        <source>Give a domain and at least one HOST:PORT.</source>
        <translation>Indiquez un domaine et au moins un HOST:PORT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>&quot;%1&quot; n’est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT.</source>
        <translation>&quot;%1&quot; n’est pas de la forme HOST:PORT.</translation>
    </message>
    <message>
        <source>The TLS policy is disabled, opportunistic, required or verify.</source>
        <translation>La politique TLS doit être disabled, opportunistic, required ou verify.</translation>
    </message>
    <message>
        <source>Shows the routes: domain, hosts in failover order, TLS policy.</source>
        <translation>Affiche les routes&#xa0;: domaine, hôtes dans l’ordre de basculement, politique TLS.</translation>
    </message>
    <message>
        <source>Removes a domain&apos;s route; its mail goes to its MX hosts (or the relay) again.</source>
        <translation>Supprime la route d’un domaine&#xa0;; ses messages repartent vers ses hôtes MX (ou vers le relais).</translation>
    </message>
    <message>
        <source>Give one domain.</source>
        <translation>Indiquez un domaine.</translation>
    </message>
    <message>
        <source>There is no route for %1.</source>
        <translation>Il n’existe aucune route pour %1.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli route set|list|remove [options]</source>
        <translation>Utilisation&#xa0;: diffusion-cli route set|list|remove [options]</translation>
    </message>
    <message>
        <source>%1 / %2 done: %3 sent, %4 failed, %5 deferred, %6 in flight</source>
        <translation>%1 / %2 traités&#xa0;: %3 envoyés, %4 en échec, %5 différés, %6 en cours d’envoi</translation>
    </message>
    <message>
        <source>Return only when every message has a final status (retries included).</source>
        <translation>Ne rendre la main que lorsque chaque message a un statut définitif (reprises comprises).</translation>
    </message>
    <message>
        <source>Print the SMTP dialogue (C:/S: lines) on standard error.</source>
        <translation>Afficher le dialogue SMTP (lignes C:/S:) sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <source>Sending needs --confirm: it sends real mail.</source>
        <translation>L’envoi nécessite --confirm&#xa0;: il envoie de vrais messages.</translation>
    </message>
    <message>
        <source>Sign in to these hosts as this user (AUTH, over TLS only). The password is never stored: `send` reads it from DIFFUSION_SMTP_PASSWORD.</source>
        <translation>S’authentifier auprès de ces hôtes sous ce nom d’utilisateur (AUTH, uniquement sur TLS). Le mot de passe n’est jamais enregistré&#xa0;: `send` le lit dans DIFFUSION_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>A route that signs in needs TLS: credentials are never sent in clear.</source>
        <translation>Une route qui s’authentifie exige TLS&#xa0;: les identifiants ne sont jamais envoyés en clair.</translation>
    </message>
    <message>
        <source>Add a signing key for a sender domain to a workspace.</source>
        <translation>Ajouter une clé de signature pour un domaine d’expédition à un espace de travail.</translation>
    </message>
    <message>
        <source>Adds a DKIM key for a sender domain to the workspace, and prints the DNS TXT record to publish at SELECTOR._domainkey.DOMAIN.</source>
        <translation>Ajoute une clé DKIM pour un domaine d’expédition à l’espace de travail, et affiche l’enregistrement DNS TXT à publier sous SELECTOR._domainkey.DOMAIN.</translation>
    </message>
    <message>
        <source>The sender domain (d=).</source>
        <translation>Le domaine d’expédition (d=).</translation>
    </message>
    <message>
        <source>The selector (s=) the key is published under.</source>
        <translation>Le sélecteur (s=) sous lequel la clé est publiée.</translation>
    </message>
    <message>
        <source>Run the workspace&apos;s engine for every confirmed delivery until stopped.</source>
        <translation>Faire tourner le moteur de l’espace de travail pour toutes les diffusions confirmées, jusqu’à son arrêt.</translation>
    </message>
    <message>
        <source>Show a delivery&apos;s KPIs (status --json for scripts).</source>
        <translation>Afficher les indicateurs d’une diffusion (status --json pour les scripts).</translation>
    </message>
    <message>
        <source>Print a delivery&apos;s log, one line per message (logs --json for scripts).</source>
        <translation>Afficher les logs de diffusion, une ligne par message (logs --json pour les scripts).</translation>
    </message>
    <message>
        <source>Show, release or denylist addresses (quarantine list|release|deny).</source>
        <translation>Afficher, libérer ou placer sur liste bloquée des adresses (quarantine list|release|deny).</translation>
    </message>
    <message>
        <source>Asks the engine to pause, resume or stop a delivery. A stopped delivery cannot be resumed: its unsent messages are canceled.</source>
        <translation>Demande au moteur de suspendre, reprendre ou arrêter une diffusion. Une diffusion arrêtée ne peut pas être reprise&#xa0;: ses messages non envoyés sont annulés.</translation>
    </message>
    <message>
        <source>Delivery %1 does not exist or cannot be asked to %2 in its present state.</source>
        <translation>La diffusion %1 n’existe pas, ou l’action %2 n’est pas possible dans son état actuel.</translation>
    </message>
    <message>
        <source>Asked; the engine applies it within a second.</source>
        <translation>Demandé&#xa0;; le moteur l’applique en moins d’une seconde.</translation>
    </message>
    <message>
        <source>Done; no engine runs for this workspace now.</source>
        <translation>Fait&#xa0;; aucun moteur ne tourne actuellement pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Runs the engine of a workspace until SIGTERM or Ctrl+C: it sends every confirmed delivery and applies the pause, resume and stop requests made from the console or diffusion-cli delivery.</source>
        <translation>Fait tourner le moteur d’un espace de travail jusqu’à SIGTERM ou Ctrl+C&#xa0;: il envoie toutes les diffusions confirmées et applique les demandes de suspension, de reprise et d’arrêt faites depuis la console ou diffusion-cli delivery.</translation>
    </message>
    <message>
        <source>Delivery %1: sending.</source>
        <translation>Diffusion %1&#xa0;: envoi en cours.</translation>
    </message>
    <message>
        <source>Delivery %1: done.</source>
        <translation>Diffusion %1&#xa0;: terminée.</translation>
    </message>
    <message>
        <source>The engine runs for %1; stop it with Ctrl+C or SIGTERM.</source>
        <translation>Le moteur tourne pour %1&#xa0;; arrêtez-le avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>Prints a delivery&apos;s log: one line per message with its status, reason, retries and last reply.</source>
        <translation>Affiche les logs d’une diffusion&#xa0;: une ligne par message avec son statut, sa raison, ses reprises et sa dernière réponse.</translation>
    </message>
    <message>
        <source>Only messages with this status: pending, taken_into_account, sent, failed, ignored or canceled.</source>
        <translation>Uniquement les messages de ce statut&#xa0;: pending, taken_into_account, sent, failed, ignored ou canceled.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per message and per line (keys in docs/cli.md).</source>
        <translation>Afficher un tableau JSON, un objet par message et par ligne (clés dans docs/cli.md).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Statut &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <source>Give the reply to qualify, as the server sent it: diffusion-cli qualify &quot;550 5.1.1 User unknown&quot;.</source>
        <translation>Indiquez la réponse à qualifier, telle que le serveur l’a envoyée&#xa0;: diffusion-cli qualify &quot;550 5.1.1 User unknown&quot;.</translation>
    </message>
    <message>
        <source>Reply:  %1</source>
        <translation>Réponse&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Type:   %1 (%2)</source>
        <translation>Type&#xa0;:   %1 (%2)</translation>
    </message>
    <message>
        <source>Reason: %1 (%2)</source>
        <translation>Raison&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Rule:   no rule matched: %1</source>
        <translation>Règle&#xa0;:  aucune règle ne correspond&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule:   %1 — %2</source>
        <translation>Règle&#xa0;:  %1 — %2</translation>
    </message>
    <message>
        <source>No reply waits to be qualified.</source>
        <translation>Aucune réponse n’attend d’être qualifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s), last on %1: %2</source>
        <translation>
            <numerusform>%Ln fois, la dernière le %1&#xa0;: %2</numerusform>
            <numerusform>%Ln fois, la dernière le %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tells how the rules qualify a server&apos;s reply: failure type, reason and the rule that decides. With --to-qualify, lists the replies no rule matched, most frequent first.</source>
        <translation>Indique comment les règles qualifient la réponse d’un serveur&#xa0;: type d’échec, raison et règle qui décide. Avec --to-qualify, liste les réponses qu’aucune règle ne reconnaît, les plus fréquentes d’abord.</translation>
    </message>
    <message>
        <source>The workspace whose rules apply; without it, the rules a new workspace gets.</source>
        <translation>L’espace de travail dont les règles s’appliquent&#xa0;; sans lui, les règles d’un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>List the replies no rule matched (needs --workspace).</source>
        <translation>Lister les réponses qu’aucune règle ne reconnaît (nécessite --workspace).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>The reply, e.g. &quot;550 5.1.1 User unknown&quot;; \n separates the lines of a multi-line reply.</source>
        <translation>La réponse, par exemple &quot;550 5.1.1 User unknown&quot;&#xa0;; \n sépare les lignes d’une réponse sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>--to-qualify lists the stored replies; it takes no reply.</source>
        <translation>--to-qualify liste les réponses enregistrées&#xa0;; il n’accepte pas de réponse.</translation>
    </message>
    <message>
        <source>--to-qualify needs the workspace: --workspace PATH.</source>
        <translation>--to-qualify nécessite l’espace de travail&#xa0;: --workspace PATH.</translation>
    </message>
    <message>
        <source>No address has this status.</source>
        <translation>Aucune adresse n’a ce statut.</translation>
    </message>
    <message>
        <source>The quarantine holds no address.</source>
        <translation>La quarantaine ne contient aucune adresse.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>First error</source>
        <translation>Première erreur</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>Shows the addresses the quarantine knows: status, error count, reason and last error.</source>
        <translation>Affiche les adresses connues de la quarantaine&#xa0;: statut, nombre d’erreurs, raison et dernière erreur.</translation>
    </message>
    <message>
        <source>Only this status: valid, with_errors, quarantine, denylisted or allowlisted.</source>
        <translation>Uniquement ce statut&#xa0;: valid, with_errors, quarantine, denylisted ou allowlisted.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>quarantine list takes no address.</source>
        <translation>quarantine list n’accepte pas d’adresse.</translation>
    </message>
    <message>
        <source>The status is valid, with_errors, quarantine, denylisted or allowlisted.</source>
        <translation>Le statut doit être valid, with_errors, quarantine, denylisted ou allowlisted.</translation>
    </message>
    <message>
        <source>Give at least one address.</source>
        <translation>Indiquez au moins une adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Makes addresses valid again (from quarantine, with errors or denylisted), their error count reset.</source>
        <translation>Rend des adresses de nouveau valides (en quarantaine, en erreur ou sur liste bloquée), leur compteur d’erreurs remis à zéro.</translation>
    </message>
    <message>
        <source>The addresses to release.</source>
        <translation>Les adresses à libérer.</translation>
    </message>
    <message>
        <source>%1 is valid again.</source>
        <translation>%1 est de nouveau valide.</translation>
    </message>
    <message>
        <source>%1 is not in quarantine, with errors or denylisted: there is nothing to release. See diffusion-cli quarantine list.</source>
        <translation>%1 n’est ni en quarantaine, ni en erreur, ni sur liste bloquée&#xa0;: il n’y a rien à libérer. Voir diffusion-cli quarantine list.</translation>
    </message>
    <message>
        <source>Puts addresses on the denylist: analysis leaves them out until they are released.</source>
        <translation>Place des adresses sur la liste bloquée&#xa0;: l’analyse les exclut jusqu’à leur libération.</translation>
    </message>
    <message>
        <source>Why, in your words (kept as the note).</source>
        <translation>Pourquoi, avec vos mots (conservé comme note).</translation>
    </message>
    <message>
        <source>The addresses to denylist.</source>
        <translation>Les adresses à placer sur liste bloquée.</translation>
    </message>
    <message>
        <source>%1 is denylisted.</source>
        <translation>%1 est sur liste bloquée.</translation>
    </message>
    <message>
        <source>%1 was already denylisted.</source>
        <translation>%1 était déjà sur liste bloquée.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli quarantine list|release|deny [options]</source>
        <translation>Utilisation&#xa0;: diffusion-cli quarantine list|release|deny [options]</translation>
    </message>
    <message>
        <source>That engine sends delivery %1.</source>
        <translation>Ce moteur envoie la diffusion %1.</translation>
    </message>
    <message>
        <source>Sends a delivery through the routes and MX hosts, and records every outcome. Without --wait it returns once every message has been tried; the deferred ones wait for their retry. When another process runs the engine of the workspace, the delivery is handed to it.</source>
        <translation>Envoie une diffusion par les routes et les serveurs MX, et enregistre chaque résultat. Sans --wait, rend la main une fois chaque message tenté&#xa0;; les messages différés attendent leur reprise. Quand un autre processus fait tourner le moteur de l’espace de travail, la diffusion lui est confiée.</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;: %3</source>
        <translation>Diffusion %1 &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>À livrer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Erreurs définitives</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Erreurs temporaires</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Raisons&#xa0;:</translation>
    </message>
    <message>
        <source>Domains (sent / failed / soft bounces / to deliver):</source>
        <translation>Domaines (envoyés / en échec / erreurs temporaires / à livrer)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>… and %1 more domains (--json lists them all)</source>
        <translation>… et %1 autres domaines (--json les liste tous)</translation>
    </message>
    <message>
        <source>Shows a delivery&apos;s KPIs: statuses, bounces, success rate, reasons, domains and throughput.</source>
        <translation>Affiche les indicateurs d’une diffusion&#xa0;: statuts, erreurs, taux de succès, raisons, domaines et débit.</translation>
    </message>
    <message>
        <source>Print one JSON object (keys in docs/cli.md).</source>
        <translation>Afficher un objet JSON (clés dans docs/cli.md).</translation>
    </message>
    <message>
        <source>Delivery %1 failed: %2</source>
        <translation>La diffusion %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>environ&#xa0;%1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ&#xa0;%1 h&#xa0;%2 min</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;, analysis #%3</source>
        <translation>Diffusion&#xa0;%1 «&#xa0;%2&#xa0;», analyse n°%3</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Plus gros message</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Durée estimée</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by its approval mode (%1): the engine starts it.</source>
        <translation>Confirmée par son mode de validation (%1)&#xa0;: le moteur la démarre.</translation>
    </message>
    <message>
        <source>To send it: diffusion-cli send --workspace WORKSPACE %1 --confirm</source>
        <translation>Pour l’envoyer&#xa0;: diffusion-cli send --workspace ESPACE&#xa0;%1 --confirm</translation>
    </message>
    <message>
        <source>Analyzes a delivery without sending anything: control rules, exclusions, personalization of every message, content checks, the sender domain&apos;s DNS records and the sending time. Prints what confirming will do. Exits with 1 when the analysis found an error.</source>
        <translation>Analyse une diffusion sans rien envoyer&#xa0;: règles de contrôle, exclusions, personnalisation de chaque message, vérifications du contenu, enregistrements DNS du domaine de l’expéditeur et durée d’envoi. Affiche ce que fera la confirmation. Se termine avec le code 1 si l’analyse a trouvé une erreur.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1&#xa0;:&#xa0;%2&#xa0;%</translation>
    </message>
    <message>
        <source>The analysis was canceled; the workspace is as it was.</source>
        <translation>L’analyse a été annulée&#xa0;; l’espace de travail est tel qu’il était.</translation>
    </message>
    <message>
        <source>Analyze a delivery and print what confirming it will do (analyze --json for scripts).</source>
        <translation>Analyser une diffusion et afficher ce que fera sa confirmation (analyze --json pour les scripts).</translation>
    </message>
    <message>
        <source>Send a proof of a delivery to at most 100 test addresses.</source>
        <translation>Envoyer un BAT d’une diffusion à 100 adresses de test au plus.</translation>
    </message>
    <message>
        <source>manual (the default: confirm after reading the analysis), semi-automatic (starts by itself when the analysis found neither error nor warning) or automatic (starts by itself without error).</source>
        <translation>manual (par défaut&#xa0;: confirmer après avoir lu l’analyse), semi-automatic (démarre seule si l’analyse n’a trouvé ni erreur ni avertissement) ou automatic (démarre seule en l’absence d’erreur).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Send to every occurrence of an address (duplicates are left out by default).</source>
        <translation>Envoyer à chaque occurrence d’une adresse (les doublons sont exclus par défaut).</translation>
    </message>
    <message>
        <source>Send to this many recipients at most, chosen at random.</source>
        <translation>Envoyer à ce nombre de destinataires au plus, tirés au hasard.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Keep aside a control group: a number of recipients (500) or a share (5%).</source>
        <translation>Mettre de côté un groupe de contrôle&#xa0;: un nombre de destinataires (500) ou une part (5&#xa0;%).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>Leave this address out (repeatable).</source>
        <translation>Exclure cette adresse (répétable).</translation>
    </message>
    <message>
        <source>Leave every address of this domain out (repeatable).</source>
        <translation>Exclure toutes les adresses de ce domaine (répétable).</translation>
    </message>
    <message>
        <source>Leave out every address of this recipient list (repeatable).</source>
        <translation>Exclure toutes les adresses de cette liste de destinataires (répétable).</translation>
    </message>
    <message>
        <source>The approval mode is manual, semi-automatic or automatic.</source>
        <translation>Le mode de validation doit être manual, semi-automatic ou automatic.</translation>
    </message>
    <message>
        <source>The target limit is a number of recipients, at least 1.</source>
        <translation>La limite de cible est un nombre de destinataires, au moins 1.</translation>
    </message>
    <message>
        <source>Changes a delivery that has not been confirmed: only the options given change. Its analysis no longer holds; analyze it again. --exclude-* options add to its exclusions; --clear-exclusions removes them first.</source>
        <translation>Modifie une diffusion non confirmée&#xa0;: seules les options indiquées changent. Son analyse ne vaut plus&#xa0;; analysez-la de nouveau. Les options --exclude-* s’ajoutent à ses exclusions&#xa0;; --clear-exclusions les supprime d’abord.</translation>
    </message>
    <message>
        <source>Remove the delivery&apos;s exclusions before adding those given.</source>
        <translation>Supprimer les exclusions de la diffusion avant d’ajouter celles indiquées.</translation>
    </message>
    <message>
        <source>Send to every recipient (remove the target limit).</source>
        <translation>Envoyer à tous les destinataires (supprimer la limite de cible).</translation>
    </message>
    <message>
        <source>Leave duplicates out again.</source>
        <translation>Exclure de nouveau les doublons.</translation>
    </message>
    <message>
        <source>Sends a proof of a delivery to test addresses (at most 100) and waits for the outcome. The subject starts with &quot;Proof #N&quot;, N rising with each analysis. The quarantine does not apply.</source>
        <translation>Envoie un BAT d’une diffusion à des adresses de test (100 au plus) et attend le résultat. L’objet commence par «&#xa0;Proof #N&#xa0;», N augmentant à chaque analyse. La quarantaine ne s’applique pas.</translation>
    </message>
    <message>
        <source>Test addresses, separated by commas (repeatable).</source>
        <translation>Adresses de test, séparées par des virgules (répétable).</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>Give the test addresses with --to.</source>
        <translation>Indiquez les adresses de test avec --to.</translation>
    </message>
    <message>
        <source>Proof #%1 of delivery %2 (delivery %3).</source>
        <translation>BAT n°%1 de la diffusion&#xa0;%2 (diffusion&#xa0;%3).</translation>
    </message>
    <message>
        <source>Confirm the sending (required). The delivery must have a current analysis without errors (diffusion-cli analyze).</source>
        <translation>Confirmer l’envoi (obligatoire). La diffusion doit avoir une analyse à jour sans erreur (diffusion-cli analyze).</translation>
    </message>
    <message>
        <source>The delivery %1 is finished: every message has its final status.</source>
        <translation>La diffusion&#xa0;%1 est terminée&#xa0;: chaque message a son statut final.</translation>
    </message>
    <message>
        <source>Say pause, resume or stop.</source>
        <translation>Indiquez pause, resume ou stop.</translation>
    </message>
    <message>
        <source>Create, edit, duplicate or delete a delivery, or pause, resume or stop one (delivery create|edit|duplicate|delete|pause|resume|stop).</source>
        <translation>Créer, modifier, dupliquer ou supprimer une diffusion, ou en suspendre, reprendre ou arrêter une (delivery create|edit|duplicate|delete|pause|resume|stop).</translation>
    </message>
    <message>
        <source>Copies a delivery into a new one, being edited, and prints its id.</source>
        <translation>Copie une diffusion dans une nouvelle, en édition, et affiche son identifiant.</translation>
    </message>
    <message>
        <source>Deletes a delivery with its log, analyses and proofs. A delivery being sent must be stopped first.</source>
        <translation>Supprime une diffusion avec son journal, ses analyses et ses BAT. Une diffusion en cours d’envoi doit d’abord être arrêtée.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli delivery create|edit|duplicate|delete|pause|resume|stop [options]</source>
        <translation>Utilisation&#xa0;: diffusion-cli delivery create|edit|duplicate|delete|pause|resume|stop [options]</translation>
    </message>
    <message>
        <source>Tell how a server&apos;s reply is qualified, list the replies no rule matched, or edit the rules (qualify rule list|add|edit|remove|move).</source>
        <translation>Indiquer comment la réponse d’un serveur est qualifiée, lister les réponses qu’aucune règle ne reconnaît, ou modifier les règles (qualify rule list|add|edit|remove|move).</translation>
    </message>
    <message>
        <source>Show or change the MX rules, the sending limits per destination (mx-rule list|set|remove).</source>
        <translation>Afficher ou modifier les règles MX, les limites d’envoi par destination (mx-rule list|set|remove).</translation>
    </message>
    <message>
        <source>There is no MX rule with the mask %1; mx-rule list shows them.</source>
        <translation>Aucune règle MX n’a le masque %1&#xa0;; mx-rule list les affiche.</translation>
    </message>
    <message>
        <source>Shows the MX rules in the order they are tried: the first whose mask matches an MX host applies.</source>
        <translation>Affiche les règles MX dans l’ordre où elles sont évaluées&#xa0;: la première dont le masque correspond à un hôte MX s’applique.</translation>
    </message>
    <message>
        <source>no hourly limit</source>
        <translation>sans limite horaire</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 par heure</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) per connection</source>
        <translation>
            <numerusform>%n message par connexion</numerusform>
            <numerusform>%n messages par connexion</numerusform>
        </translation>
    </message>
    <message>
        <source>timeouts %1/%2/%3 s</source>
        <translation>délais %1/%2/%3 s</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>Adds an MX rule, or changes the one with this mask (only the values given). A new rule goes before the generic rule *, or before the rule named by --before.</source>
        <translation>Ajoute une règle MX, ou modifie celle qui a ce masque (seulement les valeurs indiquées). Une nouvelle règle se place avant la règle générique *, ou avant la règle nommée par --before.</translation>
    </message>
    <message>
        <source>Most connections open at once to one MX host (1 to 1,000).</source>
        <translation>Nombre maximal de connexions ouvertes simultanément vers un même hôte MX (de 1 à 1&#xa0;000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Messages sent on one connection before it is closed.</source>
        <translation>Nombre de messages envoyés sur une connexion avant sa fermeture.</translation>
    </message>
    <message>
        <source>Most messages per hour to the hosts of this rule; 0 for no limit.</source>
        <translation>Nombre maximal de messages par heure vers les hôtes de cette règle&#xa0;; 0 pour aucune limite.</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection.</source>
        <translation>Secondes d’attente de la connexion.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to a command.</source>
        <translation>Secondes d’attente de la réponse à une commande.</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the message.</source>
        <translation>Secondes d’attente de la réponse au message.</translation>
    </message>
    <message>
        <source>default (the route&apos;s policy), disabled, opportunistic, required or verify.</source>
        <translation>default (la politique de la route), disabled, opportunistic, required ou verify.</translation>
    </message>
    <message>
        <source>Put the rule just before the rule with this mask.</source>
        <translation>Placer la règle juste avant la règle qui a ce masque.</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>masque</translation>
    </message>
    <message>
        <source>The MX host mask: * for any text, ? for one character (*.google.com).</source>
        <translation>Le masque d’hôte MX&#xa0;: * pour n’importe quel texte, ? pour un seul caractère (*.google.com).</translation>
    </message>
    <message>
        <source>Give one mask.</source>
        <translation>Indiquez un masque.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not “%2”.</source>
        <translation>--%1 attend un nombre entier, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The TLS policy is default, disabled, opportunistic, required or verify.</source>
        <translation>La politique TLS est default, disabled, opportunistic, required ou verify.</translation>
    </message>
    <message>
        <source>The generic rule * stays last: it takes no --before.</source>
        <translation>La règle générique * reste la dernière&#xa0;: elle n’accepte pas --before.</translation>
    </message>
    <message>
        <source>Removes the MX rule with this mask; its MX hosts follow the next rule that matches them.</source>
        <translation>Supprime la règle MX qui a ce masque&#xa0;; ses hôtes MX suivent la règle suivante qui leur correspond.</translation>
    </message>
    <message>
        <source>The rule&apos;s mask, as mx-rule list shows it.</source>
        <translation>Le masque de la règle, tel que mx-rule list l’affiche.</translation>
    </message>
    <message>
        <source>The generic rule * applies to the MX hosts no other rule matches: change its values with mx-rule set &apos;*&apos;, but keep it.</source>
        <translation>La règle générique * s’applique aux hôtes MX qu’aucune autre règle ne couvre&#xa0;: modifiez ses valeurs avec mx-rule set &apos;*&apos;, mais gardez-la.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli mx-rule list|set|remove [options]</source>
        <translation>Utilisation&#xa0;: diffusion-cli mx-rule list|set|remove [options]</translation>
    </message>
    <message>
        <source>There is no qualification rule %1; qualify rule list shows them.</source>
        <translation>Il n’y a pas de règle de qualification %1&#xa0;; qualify rule list les affiche.</translation>
    </message>
    <message>
        <source>The rule&apos;s name, shown with every reply it qualifies.</source>
        <translation>Le nom de la règle, affiché avec chaque réponse qu’elle qualifie.</translation>
    </message>
    <message>
        <source>The reply code: 550, 5?? (? any digit), 5* (* any run), empty for any; or an outcome without a reply: dns, connect, tls, auth, lost, local.</source>
        <translation>Le code de réponse&#xa0;: 550, 5?? (? un chiffre quelconque), 5* (* une suite quelconque), vide pour tout code&#xa0;; ou une issue sans réponse&#xa0;: dns, connect, tls, auth, lost, local.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>The enhanced status code: 5.1.1, 4.7.*, ?.2.2, empty for any.</source>
        <translation>Le code d’état étendu&#xa0;: 5.1.1, 4.7.*, ?.2.2, vide pour tout code.</translation>
    </message>
    <message>
        <source>A regular expression searched in the reply text, case-insensitive; empty for any.</source>
        <translation>Une expression régulière cherchée dans le texte de la réponse, sans tenir compte de la casse&#xa0;; vide pour tout texte.</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>regex</translation>
    </message>
    <message>
        <source>soft, hard or ignored (add: the reason&apos;s usual type).</source>
        <translation>soft, hard ou ignored (add&#xa0;: le type habituel de la raison).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The failure reason&apos;s id: %1.</source>
        <translation>L’identifiant de la raison d’échec&#xa0;: %1.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>“%1” is not a failure reason: use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une raison d’échec&#xa0;: utilisez l’une de celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The failure type is soft, hard or ignored.</source>
        <translation>Le type d’échec est soft, hard ou ignored.</translation>
    </message>
    <message>
        <source>Shows the qualification rules in the order they are tried: the first that matches a reply gives its failure type and reason.</source>
        <translation>Affiche les règles de qualification dans l’ordre où elles sont évaluées&#xa0;: la première qui reconnaît une réponse lui donne son type et sa raison d’échec.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>enhanced %1</source>
        <translation>code étendu %1</translation>
    </message>
    <message>
        <source>text /%1/</source>
        <translation>texte /%1/</translation>
    </message>
    <message>
        <source>any reply</source>
        <translation>toute réponse</translation>
    </message>
    <message>
        <source>Adds a qualification rule, at the end or before the rule given by --before, and prints its id.</source>
        <translation>Ajoute une règle de qualification, à la fin ou avant la règle indiquée par --before, et affiche son identifiant.</translation>
    </message>
    <message>
        <source>Put the rule just before the rule with this id.</source>
        <translation>Placer la règle juste avant la règle qui a cet identifiant.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Give the rule with options: --label, --code, --enhanced, --text, --type, --reason.</source>
        <translation>Décrivez la règle avec des options&#xa0;: --label, --code, --enhanced, --text, --type, --reason.</translation>
    </message>
    <message>
        <source>A rule needs at least --label and --reason.</source>
        <translation>Une règle demande au moins --label et --reason.</translation>
    </message>
    <message>
        <source>--before takes a rule id, as qualify rule list shows it.</source>
        <translation>--before attend un identifiant de règle, tel que qualify rule list l’affiche.</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>Règle %1 ajoutée.</translation>
    </message>
    <message>
        <source>Changes a qualification rule: only the options given.</source>
        <translation>Modifie une règle de qualification&#xa0;: seulement les options indiquées.</translation>
    </message>
    <message>
        <source>The rule&apos;s id, as qualify rule list shows it.</source>
        <translation>L’identifiant de la règle, tel que qualify rule list l’affiche.</translation>
    </message>
    <message>
        <source>Give one rule id.</source>
        <translation>Indiquez un identifiant de règle.</translation>
    </message>
    <message>
        <source>Removes a qualification rule; the replies it matched go to the next rule that matches them.</source>
        <translation>Supprime une règle de qualification&#xa0;; les réponses qu’elle reconnaissait vont à la règle suivante qui les reconnaît.</translation>
    </message>
    <message>
        <source>Moves a qualification rule before another one, or to the end: the first rule that matches wins.</source>
        <translation>Déplace une règle de qualification avant une autre, ou à la fin&#xa0;: la première règle qui reconnaît une réponse l’emporte.</translation>
    </message>
    <message>
        <source>Put the rule at the end.</source>
        <translation>Placer la règle à la fin.</translation>
    </message>
    <message>
        <source>Say where: --before ID or --last.</source>
        <translation>Indiquez où&#xa0;: --before ID ou --last.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli qualify rule list|add|edit|remove|move [options]</source>
        <translation>Utilisation&#xa0;: diffusion-cli qualify rule list|add|edit|remove|move [options]</translation>
    </message>
    <message>
        <source>a bounce, or a delivery report</source>
        <translation>un retour (bounce) ou un rapport de remise</translation>
    </message>
    <message>
        <source>a complaint from a feedback loop</source>
        <translation>une plainte d’une boucle de rétroaction (feedback loop)</translation>
    </message>
    <message>
        <source>an auto-reply</source>
        <translation>une réponse automatique</translation>
    </message>
    <message>
        <source>not a bounce</source>
        <translation>pas un retour</translation>
    </message>
    <message>
        <source>Cannot read the message %1: %2. Give the path of a message file (.eml), or - for standard input.</source>
        <translation>Impossible de lire le message %1 : %2. Indiquez le chemin d’un fichier de message (.eml), ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Kind:       %1 — %2</source>
        <translation>Nature :    %1 — %2</translation>
    </message>
    <message>
        <source>Complaint:  %1</source>
        <translation>Plainte :   %1</translation>
    </message>
    <message>
        <source>From:       %1</source>
        <translation>De :        %1</translation>
    </message>
    <message>
        <source>Subject:    %1</source>
        <translation>Objet :     %1</translation>
    </message>
    <message>
        <source>Sent to:    %1</source>
        <translation>Remis à :   %1</translation>
    </message>
    <message>
        <source>About:      %1</source>
        <translation>Au sujet de : %1</translation>
    </message>
    <message>
        <source>No recipient: there is nothing to qualify.</source>
        <translation>Aucun destinataire : il n’y a rien à qualifier.</translation>
    </message>
    <message>
        <source>Recipient:  %1</source>
        <translation>Destinataire : %1</translation>
    </message>
    <message>
        <source>Action:     %1</source>
        <translation>Action :     %1</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Statut :     %1</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
    <message>
        <source>Type:       %1 (%2)</source>
        <translation>Type :       %1 (%2)</translation>
    </message>
    <message>
        <source>Reason:     %1 (%2)</source>
        <translation>Raison :     %1 (%2)</translation>
    </message>
    <message>
        <source>Rule:       none matched</source>
        <translation>Règle :      aucune ne correspond</translation>
    </message>
    <message>
        <source>Rule:       inbound rule %1 — %2</source>
        <translation>Règle :      règle de courrier entrant %1 — %2</translation>
    </message>
    <message>
        <source>Rule:       qualification rule %1 — %2</source>
        <translation>Règle :      règle de qualification %1 — %2</translation>
    </message>
    <message>
        <source>Tells what a message from the bounce mailbox is (a bounce, a complaint, an auto-reply or none) and how each of its recipients is qualified.</source>
        <translation>Dit ce qu’est un message de la boîte des retours (un retour, une plainte, une réponse automatique ou rien de cela) et comment chacun de ses destinataires est qualifié.</translation>
    </message>
    <message>
        <source>The message file (.eml), or - for standard input.</source>
        <translation>Le fichier du message (.eml), ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Give one message file, or - for standard input.</source>
        <translation>Indiquez un fichier de message, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli bounce parse FILE [--json] [--workspace PATH]</source>
        <translation>Usage : diffusion-cli bounce parse FICHIER [--json] [--workspace CHEMIN]</translation>
    </message>
    <message>
        <source>Read the bounce mailbox and apply its bounces, complaints and auto-replies (inmail unmatched lists what matched nothing).</source>
        <translation>Lire la boîte des retours et appliquer ses rebonds, plaintes et réponses automatiques (inmail unmatched liste ce qui ne correspond à rien).</translation>
    </message>
    <message>
        <source>Tell what a message from the bounce mailbox is and how its recipients are qualified (bounce parse FILE).</source>
        <translation>Dire ce qu’est un message de la boîte des retours et comment ses destinataires sont qualifiés (bounce parse FICHIER).</translation>
    </message>
    <message>
        <source>Say what to do with DKIM: sign, record, add-key or remove-key.</source>
        <translation>Dites quoi faire avec DKIM : sign, record, add-key ou remove-key.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli dkim sign|record|add-key|remove-key [options]</source>
        <translation>Usage : diffusion-cli dkim sign|record|add-key|remove-key [options]</translation>
    </message>
    <message>
        <source>Remove a sender domain&apos;s signing key from a workspace.</source>
        <translation>Retirer la clé de signature d’un domaine d’envoi d’un espace de travail.</translation>
    </message>
    <message>
        <source>Removes a sender domain&apos;s DKIM key from the workspace (the key file stays where it is).</source>
        <translation>Retire la clé DKIM d’un domaine d’envoi de l’espace de travail (le fichier de la clé reste où il est).</translation>
    </message>
    <message>
        <source>The options --domain and --selector are required.</source>
        <translation>Les options --domain et --selector sont obligatoires.</translation>
    </message>
    <message>
        <source>There is no key for %1 with the selector %2.</source>
        <translation>Il n’y a pas de clé pour %1 avec le sélecteur %2.</translation>
    </message>
    <message>
        <source>The key of %1 (selector %2) is removed.</source>
        <translation>La clé de %1 (sélecteur %2) est retirée.</translation>
    </message>
    <message>
        <source>There is no inbound rule %1; inmail rule list shows them.</source>
        <translation>Il n’y a pas de règle de courrier entrant %1 ; inmail rule list les affiche.</translation>
    </message>
    <message>
        <source>The rule&apos;s id, as inmail rule list shows it.</source>
        <translation>L’identifiant de la règle, tel que l’affiche inmail rule list.</translation>
    </message>
    <message>
        <source>The rule&apos;s name, shown with every bounce it qualifies.</source>
        <translation>Le nom de la règle, affiché avec chaque retour qu’elle qualifie.</translation>
    </message>
    <message>
        <source>The bounces it applies to: %1 (add: any).</source>
        <translation>Les retours auxquels elle s’applique : %1 (add : any).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>A regular expression searched, case-insensitive, in the recipient&apos;s status and diagnostic, then in those with the bounce&apos;s subject and text; empty for any.</source>
        <translation>Une expression régulière cherchée, sans tenir compte de la casse, dans le statut et le diagnostic du destinataire, puis dans ceux-ci avec l’objet et le texte du retour ; vide pour tout.</translation>
    </message>
    <message>
        <source>Shows the inbound rules in the order they are tried: the first that matches a bounce gives its failure type and reason.</source>
        <translation>Affiche les règles de courrier entrant dans l’ordre où elles sont essayées : la première qui correspond à un retour donne son type et sa raison d’échec.</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>tout texte</translation>
    </message>
    <message>
        <source>pattern /%1/</source>
        <translation>motif /%1/</translation>
    </message>
    <message>
        <source>%1 bounces, %2</source>
        <translation>retours %1, %2</translation>
    </message>
    <message>
        <source>Adds an inbound rule, at the end or before the rule given by --before, and prints its id.</source>
        <translation>Ajoute une règle de courrier entrant, à la fin ou avant la règle indiquée par --before, et affiche son identifiant.</translation>
    </message>
    <message>
        <source>Give the rule with options: --label, --kind, --pattern, --type, --reason.</source>
        <translation>Décrivez la règle avec des options : --label, --kind, --pattern, --type, --reason.</translation>
    </message>
    <message>
        <source>--before takes a rule id, as inmail rule list shows it.</source>
        <translation>--before prend un identifiant de règle, tel que l’affiche inmail rule list.</translation>
    </message>
    <message>
        <source>Changes an inbound rule: only the options given.</source>
        <translation>Modifie une règle de courrier entrant : seulement les options données.</translation>
    </message>
    <message>
        <source>Removes an inbound rule; the bounces it matched go to the next rule that matches them.</source>
        <translation>Supprime une règle de courrier entrant ; les retours qu’elle qualifiait vont à la règle suivante qui leur correspond.</translation>
    </message>
    <message>
        <source>Moves an inbound rule before another one, or to the end: the first rule that matches wins.</source>
        <translation>Déplace une règle de courrier entrant avant une autre, ou à la fin : la première règle qui correspond l’emporte.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli inmail rule list|add|edit|remove|move [options]</source>
        <translation>Usage : diffusion-cli inmail rule list|add|edit|remove|move [options]</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s) read</source>
        <translation>
            <numerusform>%1 : %Ln message lu</numerusform>
            <numerusform>%1 : %Ln messages lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce(s) applied</source>
        <translation>
            <numerusform>%Ln retour appliqué</numerusform>
            <numerusform>%Ln retours appliqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln plainte</numerusform>
            <numerusform>%Ln plaintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-reply(-ies)</source>
        <translation>
            <numerusform>%Ln réponse automatique</numerusform>
            <numerusform>%Ln réponses automatiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln sans correspondance</numerusform>
            <numerusform>%Ln sans correspondance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a bounce</source>
        <translation>
            <numerusform>%Ln qui n’est pas un retour</numerusform>
            <numerusform>%Ln qui ne sont pas des retours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already read</source>
        <translation>
            <numerusform>%Ln déjà lu</numerusform>
            <numerusform>%Ln déjà lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the bounces inMail could not tie to a message we sent, newest first.</source>
        <translation>Liste les rebonds qu’inMail n’a pu rattacher à aucun message envoyé, les plus récents d’abord.</translation>
    </message>
    <message>
        <source>Print JSON, for scripts.</source>
        <translation>Écrire du JSON, pour les scripts.</translation>
    </message>
    <message>
        <source>Reads the bounce mailbox: DSNs, complaints (ARF) and auto-replies are qualified and applied to the messages they are about; then they are deleted from the mailbox, or moved, or kept. Without a mailbox option, the one set in the console&apos;s settings is read. The server&apos;s password comes from %1, or is asked on the terminal.</source>
        <translation>Lit la boîte des retours : les DSN, plaintes (ARF) et réponses automatiques sont qualifiés et appliqués aux messages qu’ils concernent ; puis ils sont supprimés de la boîte, déplacés ou gardés. Sans option de boîte, celle des réglages de la console est lue. Le mot de passe du serveur vient de %1, ou est demandé dans le terminal.</translation>
    </message>
    <message>
        <source>Read a local Maildir folder.</source>
        <translation>Lire un dossier Maildir local.</translation>
    </message>
    <message>
        <source>Read a local mbox file.</source>
        <translation>Lire un fichier mbox local.</translation>
    </message>
    <message>
        <source>Read a POP3 mailbox over TLS: pop3s://user@host:995, or pop3://… with STARTTLS.</source>
        <translation>Lire une boîte POP3 en TLS : pop3s://utilisateur@hôte:995, ou pop3://… avec STARTTLS.</translation>
    </message>
    <message>
        <source>Read an IMAP folder over TLS: imaps://user@host:993/INBOX, or imap://… with STARTTLS.</source>
        <translation>Lire un dossier IMAP en TLS : imaps://utilisateur@hôte:993/INBOX, ou imap://… avec STARTTLS.</translation>
    </message>
    <message>
        <source>Leave the messages in the mailbox (they are not read twice).</source>
        <translation>Laisser les messages dans la boîte (ils ne sont pas lus deux fois).</translation>
    </message>
    <message>
        <source>Move the messages to this folder (IMAP folder, Maildir sub-folder or mbox file).</source>
        <translation>Déplacer les messages dans ce dossier (dossier IMAP, sous-dossier Maildir ou fichier mbox).</translation>
    </message>
    <message>
        <source>Read at most this many messages a session (default 500).</source>
        <translation>Lire au plus ce nombre de messages par session (500 par défaut).</translation>
    </message>
    <message>
        <source>Trust the server certificates this authority (PEM) signed.</source>
        <translation>Faire confiance aux certificats de serveur signés par cette autorité (PEM).</translation>
    </message>
    <message>
        <source>Do not check the server&apos;s certificate (tests only).</source>
        <translation>Ne pas vérifier le certificat du serveur (pour les tests seulement).</translation>
    </message>
    <message>
        <source>Give up on a server that does not answer within this many seconds (default 60).</source>
        <translation>Abandonner un serveur qui ne répond pas dans ce nombre de secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>Read the mailbox again every DURATION (5m, 1h) until Ctrl+C or SIGTERM.</source>
        <translation>Relire la boîte toutes les DURÉE (5m, 1h) jusqu’à Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>Print one JSON object a session, for scripts.</source>
        <translation>Écrire un objet JSON par session, pour les scripts.</translation>
    </message>
    <message>
        <source>Give one mailbox: --maildir, --mbox, --pop3 or --imap.</source>
        <translation>Donnez une seule boîte : --maildir, --mbox, --pop3 ou --imap.</translation>
    </message>
    <message>
        <source>Choose --keep or --move-to, not both.</source>
        <translation>Choisissez --keep ou --move-to, pas les deux.</translation>
    </message>
    <message>
        <source>--every takes a duration such as 5m or 1h.</source>
        <translation>--every prend une durée comme 5m ou 1h.</translation>
    </message>
    <message>
        <source>Give the mailbox to read (--maildir, --mbox, --pop3 or --imap), or set one in the console&apos;s settings. %1</source>
        <translation>Donnez la boîte à lire (--maildir, --mbox, --pop3 ou --imap), ou réglez-en une dans les réglages de la console. %1</translation>
    </message>
    <message>
        <source>--max takes a number of messages, at least 1.</source>
        <translation>--max prend un nombre de messages, au moins 1.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, at least 1.</source>
        <translation>--timeout prend un nombre de secondes, au moins 1.</translation>
    </message>
    <message>
        <source>Give the password of %1 in the environment variable %2.</source>
        <translation>Donnez le mot de passe de %1 dans la variable d’environnement %2.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Being edited</source>
        <translation>En édition</translation>
    </message>
    <message>
        <source>Targeting pending</source>
        <translation>Ciblage en attente</translation>
    </message>
    <message>
        <source>Analysis in progress</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Confirmation en attente</translation>
    </message>
    <message>
        <source>Start pending</source>
        <translation>Démarrage en attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Retry pending</source>
        <translation>Reprise en attente</translation>
    </message>
    <message>
        <source>Retry in progress</source>
        <translation>Reprise en cours</translation>
    </message>
    <message>
        <source>Pause requested</source>
        <translation>Pause demandée</translation>
    </message>
    <message>
        <source>Pause in progress</source>
        <translation>Pause en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Taken into account by the service provider</source>
        <translation>Pris en compte par le prestataire</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Delivery canceled</source>
        <translation>Diffusion annulée</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Soft</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Not defined</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>User unknown</source>
        <translation>Utilisateur inconnu</translation>
    </message>
    <message>
        <source>Invalid domain</source>
        <translation>Domaine invalide</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inatteignable</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte pleine</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Address not specified</source>
        <translation>Adresse non renseignée</translation>
    </message>
    <message>
        <source>Denylisted address</source>
        <translation>Adresse sur liste bloquée</translation>
    </message>
    <message>
        <source>Address in quarantine</source>
        <translation>Adresse en quarantaine</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Bad-quality address</source>
        <translation>Adresse de mauvaise qualité</translation>
    </message>
    <message>
        <source>Target limited in size</source>
        <translation>Cible limitée en taille</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Error ignored</source>
        <translation>Erreur ignorée</translation>
    </message>
    <message>
        <source>Control address</source>
        <translation>Adresse témoin</translation>
    </message>
    <message>
        <source>Personalization error</source>
        <translation>Erreur de personnalisation</translation>
    </message>
    <message>
        <source>Excluded by rule</source>
        <translation>Exclu par règle</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>En erreur</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Denylisted</source>
        <translation>Sur liste bloquée</translation>
    </message>
    <message>
        <source>Allowlisted</source>
        <translation>Sur liste autorisée</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Arrêt demandé</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>The delivery %1 was stopped and cannot be sent again. Duplicate it to send it.</source>
        <translation>La diffusion&#xa0;%1 a été arrêtée et ne peut pas être renvoyée. Dupliquez-la pour l’envoyer.</translation>
    </message>
    <message>
        <source>The delivery %1 is finished.</source>
        <translation>La diffusion&#xa0;%1 est terminée.</translation>
    </message>
    <message>
        <source>The delivery %1 failed; its audit log says why. Duplicate it to send it.</source>
        <translation>La diffusion&#xa0;%1 a échoué&#xa0;; son journal d’audit dit pourquoi. Dupliquez-la pour l’envoyer.</translation>
    </message>
    <message>
        <source>The delivery %1 has not been analyzed. Analyze it (diffusion-cli analyze %1), read the report, then confirm.</source>
        <translation>La diffusion&#xa0;%1 n’a pas été analysée. Analysez-la (diffusion-cli analyze&#xa0;%1), lisez le rapport, puis confirmez.</translation>
    </message>
    <message>
        <source>The delivery %1 changed after its analysis #%2. Analyze it again, then confirm.</source>
        <translation>La diffusion&#xa0;%1 a été modifiée après son analyse n°%2. Analysez-la de nouveau, puis confirmez.</translation>
    </message>
    <message numerus="yes">
        <source>The analysis #%2 of delivery %1 found %n error(s). Correct them and analyze again.</source>
        <translation>
            <numerusform>L’analyse n°%2 de la diffusion&#xa0;%1 a trouvé&#xa0;%n erreur. Corrigez-la et analysez de nouveau.</numerusform>
            <numerusform>L’analyse n°%2 de la diffusion&#xa0;%1 a trouvé&#xa0;%n erreurs. Corrigez-les et analysez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery confirmed (%1).</source>
        <translation>Diffusion confirmée (%1).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quote (&quot;) appears inside a field that does not start with one. Put the whole field in quotes and double each quote inside it.</source>
        <translation>Un guillemet (&quot;) apparaît dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez chaque guillemet qu’il contient.</translation>
    </message>
    <message>
        <source>Characters follow the closing quote of a field. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Des caractères suivent le guillemet fermant d’un champ. Un guillemet à l’intérieur d’un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Un champ entre guillemets n’est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not in UTF-8: line %1 holds a byte that is not UTF-8. Nothing was imported. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Le fichier n’est pas en UTF-8&#xa0;: la ligne %1 contient un octet qui n’est pas de l’UTF-8. Rien n’a été importé. Enregistrez le fichier au format &quot;CSV UTF-8&quot; et importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>CurlSession</name>
    <message>
        <source>libcurl could not start, so %1 cannot be read: check the libcurl installation.</source>
        <translation>libcurl n’a pas pu démarrer, %1 ne peut donc pas être lu : vérifiez l’installation de libcurl.</translation>
    </message>
    <message>
        <source>This libcurl cannot read %1 (an option was refused): install libcurl 7.85 or later with POP3, IMAP and TLS.</source>
        <translation>Cette version de libcurl ne peut pas lire %1 (une option a été refusée) : installez libcurl 7.85 ou plus récent avec POP3, IMAP et TLS.</translation>
    </message>
    <message>
        <source>The session with %1 has ended: open the mailbox again.</source>
        <translation>La session avec %1 est terminée : ouvrez à nouveau la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Could not find the server of %1: check its name.</source>
        <translation>Serveur de %1 introuvable : vérifiez son nom.</translation>
    </message>
    <message>
        <source>Could not connect to %1: check the host name and the port, and that the server is running.</source>
        <translation>Connexion à %1 impossible : vérifiez le nom d’hôte et le port, et que le serveur fonctionne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s): check the address and the port, and that the server is reachable.</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde : vérifiez l’adresse et le port, et que le serveur est joignable.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes : vérifiez l’adresse et le port, et que le serveur est joignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): give the certificate of its authority (--ca-file), or check that %1 is the server&apos;s name.</source>
        <translation>Le certificat de %1 n’est pas reconnu (%2) : indiquez le certificat de son autorité (--ca-file), ou vérifiez que %1 est bien le nom du serveur.</translation>
    </message>
    <message>
        <source>Could not read the certificate authority file given for %1 (%2): give a PEM file.</source>
        <translation>Impossible de lire le fichier d’autorité de certification indiqué pour %1 (%2) : donnez un fichier PEM.</translation>
    </message>
    <message>
        <source>Could not set up TLS with %1 (%2): check that the port is the server&apos;s port for this scheme (pop3s and imaps: TLS from the start; pop3 and imap: STARTTLS).</source>
        <translation>Impossible d’établir TLS avec %1 (%2) : vérifiez que le port est celui du serveur pour ce protocole (pop3s et imaps : TLS dès le début ; pop3 et imap : STARTTLS).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, and the password must not travel in clear: use pop3s:// or imaps:// with the server&apos;s TLS port.</source>
        <translation>%1 ne propose pas STARTTLS, et le mot de passe ne doit pas circuler en clair : utilisez pop3s:// ou imaps:// avec le port TLS du serveur.</translation>
    </message>
    <message>
        <source>%1 cannot open the folder (%2): check the folder&apos;s name.</source>
        <translation>%1 ne peut pas ouvrir le dossier (%2) : vérifiez le nom du dossier.</translation>
    </message>
    <message>
        <source>Could not log in to %1: the server refused the user name or password (%2). Check them.</source>
        <translation>Connexion à %1 refusée : le serveur a refusé le nom d’utilisateur ou le mot de passe (%2). Vérifiez-les.</translation>
    </message>
    <message>
        <source>The folder of %1 was re-created on the server during the session (its UIDVALIDITY changed): read the mailbox again.</source>
        <translation>Le dossier de %1 a été recréé sur le serveur pendant la session (son UIDVALIDITY a changé) : relisez la boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 has no such message or folder (%2).</source>
        <translation>%1 n’a pas ce message ou ce dossier (%2).</translation>
    </message>
    <message>
        <source>%1 refused the command %2 (%3).</source>
        <translation>%1 a refusé la commande %2 (%3).</translation>
    </message>
    <message>
        <source>%1 closed the connection or answered something unexpected (%2): try again later, or check the server&apos;s logs.</source>
        <translation>%1 a fermé la connexion ou a répondu de façon inattendue (%2) : réessayez plus tard, ou consultez les journaux du serveur.</translation>
    </message>
    <message>
        <source>The session with %1 failed (%2): try again later, or check the server&apos;s logs.</source>
        <translation>La session avec %1 a échoué (%2) : réessayez plus tard, ou consultez les journaux du serveur.</translation>
    </message>
</context>
<context>
    <name>DeliveryAnalysis</name>
    <message>
        <source>Control rules</source>
        <translation>Règles de contrôle</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>Target limit and control group</source>
        <translation>Limite de cible et groupe de contrôle</translation>
    </message>
    <message>
        <source>Personalization</source>
        <translation>Personnalisation</translation>
    </message>
    <message>
        <source>Content checks</source>
        <translation>Vérifications du contenu</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domaine de l’expéditeur</translation>
    </message>
    <message>
        <source>Sending time</source>
        <translation>Durée d’envoi</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>The delivery %1 is being sent or was sent: it cannot be analyzed again. Duplicate it to send another version.</source>
        <translation>La diffusion&#xa0;%1 est en cours d’envoi ou a été envoyée&#xa0;: elle ne peut plus être analysée. Dupliquez-la pour envoyer une autre version.</translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Différé</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Erreur de connexion</translation>
    </message>
</context>
<context>
    <name>DeliveryMessages</name>
    <message>
        <source>Cannot read the DKIM keys: %1</source>
        <translation>Impossible de lire les clés DKIM&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>The workspace refused the delivery: %1</source>
        <translation>L’espace de travail a refusé la diffusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no recipient list named &quot;%1&quot;. Import one with: diffusion-cli import --list &quot;%1&quot; FILE.csv</source>
        <translation>Il n’existe aucune liste de destinataires nommée &quot;%1&quot;. Importez-en une avec&#xa0;: diffusion-cli import --list &quot;%1&quot; FILE.csv</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>The delivery %1 is being sent or was sent, so it can no longer change. Duplicate it to send another version.</source>
        <translation>La diffusion&#xa0;%1 est en cours d’envoi ou a été envoyée&#xa0;: elle ne peut plus changer. Dupliquez-la pour envoyer une autre version.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de&#xa0;%1</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>diffusion&#xa0;%1</translation>
    </message>
    <message>
        <source>The delivery %1 is being sent. Stop it before deleting it.</source>
        <translation>La diffusion&#xa0;%1 est en cours d’envoi. Arrêtez-la avant de la supprimer.</translation>
    </message>
</context>
<context>
    <name>Dkim</name>
    <message>
        <source>Cannot read the DKIM key file %1: %2.</source>
        <translation>Impossible de lire le fichier de clé DKIM %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a DKIM private key; choose the PEM file of the key.</source>
        <translation>Le fichier %1 est trop volumineux pour être une clé privée DKIM&#xa0;; choisissez le fichier PEM de la clé.</translation>
    </message>
    <message>
        <source>The DKIM key %1 is protected by a passphrase; save it without one (openssl pkey -in KEY -out PLAIN_KEY).</source>
        <translation>La clé DKIM %1 est protégée par une phrase secrète&#xa0;; enregistrez-la sans phrase secrète (openssl pkey -in KEY -out PLAIN_KEY).</translation>
    </message>
    <message>
        <source>The DKIM key %1 is not a PEM private key; use an RSA or Ed25519 key as written by openssl genpkey.</source>
        <translation>La clé DKIM %1 n’est pas une clé privée PEM&#xa0;; utilisez une clé RSA ou Ed25519 telle que générée par openssl genpkey.</translation>
    </message>
    <message>
        <source>The DKIM key %1 is of type %2; DKIM signs with RSA or Ed25519 keys only.</source>
        <translation>La clé DKIM %1 est de type %2&#xa0;; DKIM ne signe qu’avec des clés RSA ou Ed25519.</translation>
    </message>
    <message>
        <source>The DKIM key %1 is an RSA key of %2 bits; use a key of %3 to %4 bits (2048 is the usual choice).</source>
        <translation>La clé DKIM %1 est une clé RSA de %2&#xa0;bits&#xa0;; utilisez une clé de %3 à %4&#xa0;bits (2048&#xa0;bits est le choix habituel).</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the DKIM signature: %1.</source>
        <translation>OpenSSL n’a pas pu calculer la signature DKIM&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The DKIM domain &quot;%1&quot; is not a valid domain name.</source>
        <translation>Le domaine DKIM &quot;%1&quot; n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>DKIM signing needs at least one key.</source>
        <translation>La signature DKIM nécessite au moins une clé.</translation>
    </message>
    <message>
        <source>The DKIM selector &quot;%1&quot; is not valid; use letters, digits, hyphens and dots.</source>
        <translation>Le sélecteur DKIM &quot;%1&quot; n’est pas valide&#xa0;; utilisez des lettres, des chiffres, des tirets et des points.</translation>
    </message>
    <message>
        <source>The message to sign has lines that end without a carriage return; it must be signed as it will be sent, with CRLF.</source>
        <translation>Le message à signer comporte des lignes qui se terminent sans retour chariot&#xa0;; il doit être signé tel qu’il sera envoyé, avec des fins de ligne CRLF.</translation>
    </message>
    <message>
        <source>The message has no From header field, which DKIM must sign.</source>
        <translation>Le message n’a pas de champ d’en-tête From, que DKIM doit obligatoirement signer.</translation>
    </message>
    <message>
        <source>Line %1 of the message header is not a header field (&quot;Name: value&quot;), so the message cannot be signed.</source>
        <translation>La ligne %1 de l’en-tête du message n’est pas un champ d’en-tête (&quot;Nom: valeur&quot;)&#xa0;; le message ne peut donc pas être signé.</translation>
    </message>
</context>
<context>
    <name>DkimKeyTable</name>
    <message>
        <source>The workspace refused the key: %1</source>
        <translation>L’espace de travail a refusé la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace refused to remove the key: %1</source>
        <translation>L’espace de travail a refusé de retirer la clé : %1</translation>
    </message>
</context>
<context>
    <name>DnsMxResolver</name>
    <message>
        <source>The domain %1 has no mail server (no MX and no address).</source>
        <translation>Le domaine %1 n’a aucun serveur de messagerie (ni MX ni adresse).</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>Échec de la résolution DNS de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The domain %1 accepts no mail (null MX).</source>
        <translation>Le domaine %1 n’accepte aucun message (MX nul).</translation>
    </message>
    <message>
        <source>The workspace setting dns.nameserver is “%1”, which is not an IP address. Give the address of a DNS server, such as 192.0.2.53, or remove the setting to use the system&apos;s resolver.</source>
        <translation>Le paramètre dns.nameserver de l’espace de travail vaut «&#xa0;%1&#xa0;», qui n’est pas une adresse IP. Indiquez l’adresse d’un serveur DNS, par exemple 192.0.2.53, ou supprimez le paramètre pour utiliser le résolveur du système.</translation>
    </message>
    <message>
        <source>The workspace setting smtp.direct_port is “%1”, which is not a port number from 1 to 65535. Correct it, or remove it to deliver on port 25.</source>
        <translation>Le paramètre smtp.direct_port de l’espace de travail vaut «&#xa0;%1&#xa0;», qui n’est pas un numéro de port de 1 à 65535. Corrigez-le, ou supprimez-le pour livrer sur le port 25.</translation>
    </message>
</context>
<context>
    <name>DnsTxtResolver</name>
    <message numerus="yes">
        <source>The DNS lookup of %1 got no answer within %n second(s).</source>
        <translation>
            <numerusform>La recherche DNS de&#xa0;%1 n’a pas reçu de réponse en&#xa0;%n seconde.</numerusform>
            <numerusform>La recherche DNS de&#xa0;%1 n’a pas reçu de réponse en&#xa0;%n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS lookup of %1 got no answer.</source>
        <translation>La recherche DNS de&#xa0;%1 n’a pas reçu de réponse.</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>La recherche DNS de&#xa0;%1 a échoué&#xa0;:&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln&#xa0;jour</numerusform>
            <numerusform>%Ln&#xa0;jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln&#xa0;heure</numerusform>
            <numerusform>%Ln&#xa0;heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln&#xa0;minute</numerusform>
            <numerusform>%Ln&#xa0;minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln&#xa0;seconde</numerusform>
            <numerusform>%Ln&#xa0;secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineLock</name>
    <message>
        <source>The engine of this workspace runs in process %1 (%2) on %3.</source>
        <translation>Le moteur de cet espace de travail tourne dans le processus %1 (%2) sur %3.</translation>
    </message>
    <message>
        <source>The engine lock beside the workspace cannot be created: permission denied.</source>
        <translation>Le verrou du moteur ne peut pas être créé à côté de l’espace de travail&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>The engine of this workspace runs in another process.</source>
        <translation>Le moteur de cet espace de travail tourne dans un autre processus.</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>The workspace file to open (default: the demo workspace, created on first start).</source>
        <translation>Le fichier de l’espace de travail à ouvrir (par défaut&#xa0;: l’espace de démonstration, créé au premier lancement).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Render the window once into a PNG file and quit (works with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Effectuer le rendu de la fenêtre dans un fichier PNG, puis quitter (fonctionne avec QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The interface language for this run: %1.</source>
        <translation>La langue de l’interface pour cette exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The area shown first: %1.</source>
        <translation>La zone affichée au démarrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Diffusion, the console for e-mail campaigns.</source>
        <translation>Diffusion, la console des campagnes e-mail.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument &quot;%1&quot; inattendu.</translation>
    </message>
    <message>
        <source>The option --workspace needs the path of a workspace file.</source>
        <translation>L’option --workspace attend le chemin d’un fichier d’espace de travail.</translation>
    </message>
    <message>
        <source>The option --screenshot needs the path of a PNG file to write.</source>
        <translation>L’option --screenshot attend le chemin du fichier PNG à écrire.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Langue &quot;%1&quot; inconnue. Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Vue &quot;%1&quot; inconnue. Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The option --delivery needs a delivery id.</source>
        <translation>L’option --delivery demande l’identifiant d’une diffusion.</translation>
    </message>
    <message>
        <source>The analysis view needs --delivery ID.</source>
        <translation>La vue d’analyse demande --delivery ID.</translation>
    </message>
    <message>
        <source>The delivery the analysis, editor, dashboard and logs views show (without it, the editor shows a new delivery).</source>
        <translation>La diffusion que montrent les vues analysis, editor, dashboard et logs (sans elle, l’éditeur montre une nouvelle diffusion).</translation>
    </message>
</context>
<context>
    <name>ImapSource</name>
    <message>
        <source>The session with %1 has ended: open the mailbox again.</source>
        <translation>La session avec %1 est terminée : ouvrez à nouveau la boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 has no folder “%2” (the server said: %3): check the folder&apos;s name.</source>
        <translation>%1 n’a pas de dossier « %2 » (réponse du serveur : %3) : vérifiez le nom du dossier.</translation>
    </message>
    <message>
        <source>%1 did not give the UIDVALIDITY of the folder “%2”, which keeps message keys stable: check that it is an IMAP4rev1 server.</source>
        <translation>%1 n’a pas donné l’UIDVALIDITY du dossier « %2 », qui garde les clés des messages stables : vérifiez qu’il s’agit d’un serveur IMAP4rev1.</translation>
    </message>
    <message>
        <source>%1 could not create the folder “%2” to move the messages to (the server said: %3): create it, or choose another one.</source>
        <translation>%1 n’a pas pu créer le dossier « %2 » où déplacer les messages (réponse du serveur : %3) : créez-le, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The message “%1” does not come from this session with %2: fetch the messages again.</source>
        <translation>Le message « %1 » ne vient pas de cette session avec %2 : relevez à nouveau les messages.</translation>
    </message>
</context>
<context>
    <name>InMailSession</name>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>L’espace de travail n’a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>InMailSettings</name>
    <message>
        <source>No bounce mailbox is set.</source>
        <translation>Aucune boîte des retours n’est réglée.</translation>
    </message>
</context>
<context>
    <name>InboundRuleEditing</name>
    <message>
        <source>Name the rule: the name is shown with every bounce it qualifies.</source>
        <translation>Nommez la règle : son nom accompagne chaque retour qu’elle qualifie.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of bounce: choose one of %2.</source>
        <translation>« %1 » n’est pas une nature de retour : choisissez l’une de %2.</translation>
    </message>
    <message>
        <source>The pattern is not a valid regular expression: %1 at character %2.</source>
        <translation>Le motif n’est pas une expression régulière valide : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>Choose the failure type: soft, hard or ignored.</source>
        <translation>Choisissez le type d’échec&#xa0;: soft, hard ou ignoré.</translation>
    </message>
    <message>
        <source>Choose a failure reason from the list.</source>
        <translation>Choisissez une raison d’échec dans la liste.</translation>
    </message>
    <message>
        <source>Rule %1 (“%2”): %3</source>
        <translation>Règle %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The inbound rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</source>
        <translation>Les règles de courrier entrant ont été modifiées ailleurs (une autre fenêtre ou diffusion-cli) depuis leur lecture. Cliquez sur Annuler les modifications pour les relire, puis refaites vos changements.</translation>
    </message>
</context>
<context>
    <name>MailboxSource</name>
    <message>
        <source>%1 is not a Maildir: it has no new and cur folders. Check the path.</source>
        <translation>%1 n’est pas un Maildir : il n’a pas de dossiers new et cur. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>“%1” cannot be the name of a Maildir sub-folder: give a name without “/” that does not start with a dot, such as Processed.</source>
        <translation>« %1 » ne peut pas être le nom d’un sous-dossier Maildir : donnez un nom sans « / » qui ne commence pas par un point, par exemple Traités.</translation>
    </message>
    <message>
        <source>The mbox file %1 does not exist: check the path.</source>
        <translation>Le fichier mbox %1 n’existe pas : vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The handled messages cannot be moved to the mbox they come from (%1): give another file.</source>
        <translation>Les messages traités ne peuvent pas être déplacés dans la mbox d’où ils viennent (%1) : indiquez un autre fichier.</translation>
    </message>
    <message>
        <source>A POP3 server has no folders to move the handled messages to: choose to delete or to keep them, or read %1 over IMAP.</source>
        <translation>Un serveur POP3 n’a pas de dossier où déplacer les messages traités : choisissez de les supprimer ou de les garder, ou lisez %1 en IMAP.</translation>
    </message>
    <message>
        <source>The handled messages cannot be moved to the folder they come from (%1): give another folder.</source>
        <translation>Les messages traités ne peuvent pas être déplacés dans le dossier d’où ils viennent (%1) : indiquez un autre dossier.</translation>
    </message>
    <message>
        <source>Give the password of %1.</source>
        <translation>Indiquez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Give a cap of at least one message per session.</source>
        <translation>Indiquez une limite d’au moins un message par session.</translation>
    </message>
    <message>
        <source>Give a timeout of at least one second.</source>
        <translation>Indiquez un délai d’au moins une seconde.</translation>
    </message>
    <message>
        <source>Give the folder to move the handled messages to.</source>
        <translation>Indiquez le dossier où déplacer les messages traités.</translation>
    </message>
    <message>
        <source>Give the path of the Maildir folder.</source>
        <translation>Indiquez le chemin du dossier Maildir.</translation>
    </message>
    <message>
        <source>Give the path of the mbox file.</source>
        <translation>Indiquez le chemin du fichier mbox.</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: write it like %2.</source>
        <translation>« %1 » n’est pas une adresse de boîte aux lettres : écrivez-la comme %2.</translation>
    </message>
    <message>
        <source>“%1” does not start with %2:// or %3:// (%3 uses STARTTLS): write it like %4.</source>
        <translation>« %1 » ne commence pas par %2:// ou %3:// (%3 utilise STARTTLS) : écrivez-la comme %4.</translation>
    </message>
    <message>
        <source>“%1” has no user name: write it before the server, like %2.</source>
        <translation>« %1 » n’a pas de nom d’utilisateur : écrivez-le avant le serveur, comme %2.</translation>
    </message>
    <message>
        <source>Remove the password from “%1”: a password in an address ends up in histories and logs. Give it separately.</source>
        <translation>Retirez le mot de passe de « %1 » : un mot de passe dans une adresse finit dans les historiques et les journaux. Donnez-le à part.</translation>
    </message>
    <message>
        <source>“%1” has parts that a mailbox address does not have (“?”, “#” or “;”): write it like %2.</source>
        <translation>« %1 » contient des éléments qu’une adresse de boîte aux lettres n’a pas (« ? », « # » ou « ; ») : écrivez-la comme %2.</translation>
    </message>
    <message>
        <source>A POP3 server has no folders: remove “/%1” from “%2”.</source>
        <translation>Un serveur POP3 n’a pas de dossiers : retirez « /%1 » de « %2 ».</translation>
    </message>
</context>
<context>
    <name>MaildirSource</name>
    <message>
        <source>The session with the Maildir %1 has ended: open it again.</source>
        <translation>La session avec le Maildir %1 est terminée : ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 to move the messages to (%2): check that you may write in %3.</source>
        <translation>Impossible de créer le dossier %1 où déplacer les messages (%2) : vérifiez que vous pouvez écrire dans %3.</translation>
    </message>
    <message>
        <source>Could not give %1 to the owner of %2 (%3).</source>
        <translation>Impossible d’attribuer %1 au propriétaire de %2 (%3).</translation>
    </message>
    <message>
        <source>Could not delete %1 (%2): check that you may write in %3.</source>
        <translation>Impossible de supprimer %1 (%2) : vérifiez que vous pouvez écrire dans %3.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2 (%3): check that you may write in both folders.</source>
        <translation>Impossible de déplacer %1 vers %2 (%3) : vérifiez que vous pouvez écrire dans les deux dossiers.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Delivery %1 has no analysis. Analyze it first: diffusion-cli analyze %1</source>
        <translation>La diffusion&#xa0;%1 n’a pas d’analyse. Analysez-la d’abord&#xa0;: diffusion-cli analyze&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>MboxLock</name>
    <message numerus="yes">
        <source>The mbox %1 stays locked by another program (%2) after %n second(s): try again later, or remove a lock left by a program that has ended.</source>
        <translation>
            <numerusform>La mbox %1 reste verrouillée par un autre programme (%2) après %n seconde : réessayez plus tard, ou supprimez un verrou laissé par un programme terminé.</numerusform>
            <numerusform>La mbox %1 reste verrouillée par un autre programme (%2) après %n secondes : réessayez plus tard, ou supprimez un verrou laissé par un programme terminé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MboxSource</name>
    <message>
        <source>Could not read the mbox %1 (%2).</source>
        <translation>Impossible de lire la mbox %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not an mbox file: it does not start with a “From ” line. Check the path.</source>
        <translation>%1 n’est pas un fichier mbox : il ne commence pas par une ligne « From  ». Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The session with the mbox %1 has ended: open it again.</source>
        <translation>La session avec la mbox %1 est terminée : ouvrez-la à nouveau.</translation>
    </message>
    <message>
        <source>Could not read the mbox %1 (%2): check the path and its permissions.</source>
        <translation>Impossible de lire la mbox %1 (%2) : vérifiez le chemin et ses droits.</translation>
    </message>
    <message>
        <source>The message at offset %1 was not read from %2 in this session: fetch the messages again.</source>
        <translation>Le message à la position %1 n’a pas été lu dans %2 pendant cette session : relevez à nouveau les messages.</translation>
    </message>
    <message>
        <source>Could not open the mbox %1 to move the messages to (%2): check the path and its permissions.</source>
        <translation>Impossible d’ouvrir la mbox %1 où déplacer les messages (%2) : vérifiez le chemin et ses droits.</translation>
    </message>
    <message>
        <source>Could not give %1 to the owner of %2 (%3).</source>
        <translation>Impossible d’attribuer %1 au propriétaire de %2 (%3).</translation>
    </message>
    <message>
        <source>Could not write to the mbox %1 (%2): check the free space and the permissions.</source>
        <translation>Impossible d’écrire dans la mbox %1 (%2) : vérifiez l’espace libre et les droits.</translation>
    </message>
    <message>
        <source>Could not open the mbox %1 to remove the handled messages (%2): check its permissions.</source>
        <translation>Impossible d’ouvrir la mbox %1 pour en retirer les messages traités (%2) : vérifiez ses droits.</translation>
    </message>
    <message>
        <source>Another program rewrote the mbox %1 during the session: nothing was removed from it, and its messages will be read again next time.</source>
        <translation>Un autre programme a réécrit la mbox %1 pendant la session : rien n’en a été retiré, et ses messages seront relus la prochaine fois.</translation>
    </message>
    <message>
        <source>Could not rewrite the mbox %1 (%2): check the free space; the messages handled in this session may be read again next time.</source>
        <translation>Impossible de réécrire la mbox %1 (%2) : vérifiez l’espace libre ; les messages traités pendant cette session pourront être relus la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid header name (printable ASCII without spaces or colons).</source>
        <translation>&quot;%1&quot; n’est pas un nom d’en-tête valide (caractères ASCII imprimables, sans espace ni deux-points).</translation>
    </message>
    <message>
        <source>The header %1 is written by Diffusion and cannot be set by hand.</source>
        <translation>L’en-tête %1 est écrit par Diffusion et ne peut pas être défini manuellement.</translation>
    </message>
    <message>
        <source>The header %1 is set twice.</source>
        <translation>L’en-tête %1 est défini deux fois.</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>En-tête %1</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>HTML content</source>
        <translation>Contenu HTML</translation>
    </message>
    <message>
        <source>Text content</source>
        <translation>Contenu texte</translation>
    </message>
    <message>
        <source>Unsubscribe URL</source>
        <translation>URL de désabonnement</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>Adresse de désabonnement</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>Template syntax error at line %1, column %2: %3.</source>
        <translation>Erreur de syntaxe du modèle à la ligne %1, colonne %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; at line %2, column %3. Known fields: %4.</source>
        <translation>Champ &quot;%1&quot; inconnu à la ligne %2, colonne %3. Champs connus&#xa0;: %4.</translation>
    </message>
    <message>
        <source>the tag is not closed by &quot;%1&quot;</source>
        <translation>la balise n’est pas fermée par &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a change of delimiters is written {{=&lt;% %&gt;=}}, two delimiters without spaces or &quot;=&quot;</source>
        <translation>un changement de délimiteurs s’écrit {{=&lt;% %&gt;=}}, deux délimiteurs sans espace ni &quot;=&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that is not open</source>
        <translation>&quot;%1&quot; ferme une section qui n’est pas ouverte</translation>
    </message>
    <message>
        <source>partials ({{&gt; name}}) are not supported</source>
        <translation>les partiels ({{&gt; nom}}) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; is not closed by {{/%1}}</source>
        <translation>la section &quot;%1&quot; n’est pas fermée par {{/%1}}</translation>
    </message>
</context>
<context>
    <name>MxRuleEditing</name>
    <message>
        <source>Give the MX host mask, such as *.google.com; * alone is the generic rule.</source>
        <translation>Indiquez le masque d’hôte MX, par exemple *.google.com&#xa0;; * seul est la règle générique.</translation>
    </message>
    <message>
        <source>“%1” is not an MX host mask: use letters, digits, dots and hyphens, with * for any text and ? for one character, such as *.google.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un masque d’hôte MX&#xa0;: utilisez des lettres, des chiffres, des points et des tirets, avec * pour n’importe quel texte et ? pour un seul caractère, par exemple *.google.com.</translation>
    </message>
    <message>
        <source>Allow between %1 and %2 connections at once to one MX host.</source>
        <translation>Autorisez entre %1 et %2 connexions simultanées vers un même hôte MX.</translation>
    </message>
    <message>
        <source>Send at least one message per connection.</source>
        <translation>Envoyez au moins un message par connexion.</translation>
    </message>
    <message>
        <source>The hourly limit cannot be negative; 0 means no limit.</source>
        <translation>La limite horaire ne peut pas être négative&#xa0;; 0 signifie sans limite.</translation>
    </message>
    <message>
        <source>Wait at least one second for the connection.</source>
        <translation>Attendez la connexion au moins une seconde.</translation>
    </message>
    <message>
        <source>Wait at least one second for the answer to a command.</source>
        <translation>Attendez la réponse à une commande au moins une seconde.</translation>
    </message>
    <message>
        <source>Wait at least one second for the answer to the message.</source>
        <translation>Attendez la réponse au message au moins une seconde.</translation>
    </message>
    <message>
        <source>Another rule has the mask “%1” already: change that one instead.</source>
        <translation>Une autre règle a déjà le masque «&#xa0;%1&#xa0;»&#xa0;: modifiez plutôt celle-là.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Règle %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Two rules have the mask “%1”: only the first would ever apply. Change or delete one.</source>
        <translation>Deux règles ont le masque «&#xa0;%1&#xa0;»&#xa0;: seule la première s’appliquerait. Modifiez ou supprimez l’une d’elles.</translation>
    </message>
    <message>
        <source>Keep a generic rule, with the mask *, at the end: it applies to the MX hosts no other rule matches.</source>
        <translation>Gardez une règle générique, de masque *, à la fin&#xa0;: elle s’applique aux hôtes MX qu’aucune autre règle ne couvre.</translation>
    </message>
    <message>
        <source>Move the generic rule * to the end: the rules after it would never apply.</source>
        <translation>Placez la règle générique * à la fin&#xa0;: les règles situées après elle ne s’appliqueraient jamais.</translation>
    </message>
    <message>
        <source>The MX rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</source>
        <translation>Les règles MX ont été modifiées ailleurs (une autre fenêtre ou diffusion-cli) depuis leur lecture. Cliquez sur Annuler les modifications pour les relire, puis refaites vos changements.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Relay password</source>
        <translation>Mot de passe du relais</translation>
    </message>
    <message>
        <source>%1
The route for %2 signs in as %3. Its password is used for this session only:</source>
        <translation>%1
La route de %2 s’authentifie en tant que %3. Son mot de passe ne sert que pour cette session&#xa0;:</translation>
    </message>
    <message>
        <source>Bounce mailbox password</source>
        <translation>Mot de passe de la boîte des retours</translation>
    </message>
    <message>
        <source>%1
The bounce mailbox %2 signs in as %3. Its password is used for this session only:</source>
        <translation>%1
La boîte des retours %2 se connecte en tant que %3. Son mot de passe ne sert que pour cette session :</translation>
    </message>
</context>
<context>
    <name>Pop3Source</name>
    <message>
        <source>The session with %1 has ended: open the mailbox again.</source>
        <translation>La session avec %1 est terminée : ouvrez à nouveau la boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 keeps closing the connection, so the messages handled in this session were not deleted: they will be read again next time. Check the server&apos;s logs.</source>
        <translation>%1 ferme sans cesse la connexion, les messages traités pendant cette session n’ont donc pas été supprimés : ils seront relus la prochaine fois. Consultez les journaux du serveur.</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>The delivery %1 is itself a proof.</source>
        <translation>La diffusion&#xa0;%1 est elle-même un BAT.</translation>
    </message>
    <message>
        <source>Give at least one address to send the proof to.</source>
        <translation>Indiquez au moins une adresse à laquelle envoyer le BAT.</translation>
    </message>
    <message>
        <source>A proof goes to at most %1 addresses; %2 were given.</source>
        <translation>Un BAT part vers&#xa0;%1 adresses au plus&#xa0;;&#xa0;%2 ont été indiquées.</translation>
    </message>
    <message>
        <source>These proof addresses are not valid: %1.</source>
        <translation>Ces adresses de BAT ne sont pas valides&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>The proof cannot be sent: %1</source>
        <translation>Le BAT ne peut pas être envoyé&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Proof #%1 of %2</source>
        <translation>BAT n°%1 de&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <source>Proof #%1 sent to %n address(es).</source>
        <translation>
            <numerusform>BAT n°%1 envoyé à&#xa0;%n adresse.</numerusform>
            <numerusform>BAT n°%1 envoyé à&#xa0;%n adresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualificationRuleEditing</name>
    <message>
        <source>Name the rule: the name is shown with every reply it qualifies.</source>
        <translation>Nommez la règle&#xa0;: son nom accompagne chaque réponse qu’elle qualifie.</translation>
    </message>
    <message>
        <source>“%1” is not a reply code: write three digits such as 550, with ? for any digit such as 5??, or * for any run such as 5*; leave it empty for any code, or name an outcome without a reply: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de réponse&#xa0;: écrivez trois chiffres comme 550, avec ? pour un chiffre quelconque comme 5??, ou * pour une suite quelconque comme 5*&#xa0;; laissez-le vide pour tout code, ou nommez une issue sans réponse&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Only refusals are qualified: a reply code starts with 4 or 5.</source>
        <translation>Seuls les refus sont qualifiés&#xa0;: un code de réponse commence par 4 ou 5.</translation>
    </message>
    <message>
        <source>An outcome without a reply has no enhanced status code: leave it empty.</source>
        <translation>Une issue sans réponse n’a pas de code d’état étendu&#xa0;: laissez-le vide.</translation>
    </message>
    <message>
        <source>“%1” is not an enhanced status code: write class.subject.detail, such as 5.1.1, 4.7.* or ?.2.2, or leave it empty for any.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code d’état étendu&#xa0;: écrivez classe.sujet.détail, par exemple 5.1.1, 4.7.* ou ?.2.2, ou laissez-le vide pour tout code.</translation>
    </message>
    <message>
        <source>The text pattern is not a valid regular expression: %1 at character %2.</source>
        <translation>Le motif de texte n’est pas une expression régulière valide&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>Choose the failure type: soft, hard or ignored.</source>
        <translation>Choisissez le type d’échec&#xa0;: soft, hard ou ignoré.</translation>
    </message>
    <message>
        <source>A 5xx reply refuses the message for good, so it is never retried: choose Hard or Ignored, not Soft.</source>
        <translation>Une réponse 5xx refuse le message définitivement, il n’est donc jamais réessayé&#xa0;: choisissez Hard ou Ignoré, pas Soft.</translation>
    </message>
    <message>
        <source>A 4xx reply or a connection failure is retried, so it is never Hard: choose Soft or Ignored.</source>
        <translation>Une réponse 4xx ou un échec de connexion est réessayé, il n’est donc jamais Hard&#xa0;: choisissez Soft ou Ignoré.</translation>
    </message>
    <message>
        <source>Choose a failure reason from the list.</source>
        <translation>Choisissez une raison d’échec dans la liste.</translation>
    </message>
    <message>
        <source>Rule %1 (“%2”): %3</source>
        <translation>Règle %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The qualification rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</source>
        <translation>Les règles de qualification ont été modifiées ailleurs (une autre fenêtre ou diffusion-cli) depuis leur lecture. Cliquez sur Annuler les modifications pour les relire, puis refaites vos changements.</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <source>The qualification rule %1 (“%2”) has a text pattern that is not a valid regular expression: %3 at character %4. Correct its text_regex in the qualification_rule table.</source>
        <translation>La règle de qualification %1 («&#xa0;%2&#xa0;») a un motif de texte qui n’est pas une expression régulière valide&#xa0;: %3 au caractère %4. Corrigez son text_regex dans la table qualification_rule.</translation>
    </message>
</context>
<context>
    <name>QuarantineSettings</name>
    <message>
        <source>The workspace setting %1 is &quot;%2&quot;, which is not a whole number of at least %3. The default, %4, is used; correct the setting or remove it.</source>
        <translation>Le paramètre %1 de l’espace de travail vaut &quot;%2&quot;, qui n’est pas un nombre entier d’au moins %3. La valeur par défaut, %4, est utilisée&#xa0;; corrigez le paramètre ou supprimez-le.</translation>
    </message>
</context>
<context>
    <name>RecipientColumns</name>
    <message>
        <source>the e-mail address</source>
        <translation>l’adresse e-mail</translation>
    </message>
    <message>
        <source>the first name</source>
        <translation>le prénom</translation>
    </message>
    <message>
        <source>the last name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>Column %1 of the header (the first line) has no name. Give every column a name.</source>
        <translation>La colonne %1 de l’en-tête (la première ligne) n’a pas de nom. Donnez un nom à chaque colonne.</translation>
    </message>
    <message>
        <source>The header names two columns &quot;%1&quot; (columns %2 and %3). Give each column its own name.</source>
        <translation>L’en-tête contient deux colonnes nommées &quot;%1&quot; (colonnes %2 et %3). Donnez à chaque colonne un nom distinct.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both hold %3. Rename or remove one of them.</source>
        <translation>Les colonnes &quot;%1&quot; et &quot;%2&quot; contiennent toutes deux %3. Renommez ou supprimez l’une d’elles.</translation>
    </message>
    <message>
        <source>The file has no e-mail column. Its columns are: %1. Name the column of addresses &quot;email&quot; in the first line.</source>
        <translation>Le fichier n’a pas de colonne d’adresse e-mail. Ses colonnes sont&#xa0;: %1. Nommez &quot;email&quot; la colonne des adresses dans la première ligne.</translation>
    </message>
</context>
<context>
    <name>RecipientImport</name>
    <message>
        <source>The file %1 is empty. A recipient file starts with a line naming its columns, then has one line per recipient.</source>
        <translation>Le fichier %1 est vide. Un fichier de destinataires commence par une ligne qui nomme ses colonnes, suivie d’une ligne par destinataire.</translation>
    </message>
    <message>
        <source>The header of %1 (line %2) is malformed: %3</source>
        <translation>L’en-tête de %1 (ligne %2) est mal formé&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln field(s); the header has %1.</source>
        <translation>
            <numerusform>La ligne comporte %Ln champ&#xa0;; l’en-tête en comporte %1.</numerusform>
            <numerusform>La ligne comporte %Ln champs&#xa0;; l’en-tête en comporte %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient list needs a name.</source>
        <translation>La liste de destinataires doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import was canceled; the list was left as it was.</source>
        <translation>L’import a été annulé&#xa0;; la liste n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>Cannot write the relay log %1: %2. Choose another path.</source>
        <translation>Impossible d’écrire le journal du relais %1&#xa0;: %2. Choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>Cannot create the Maildir folder %1. Check the path and its permissions.</source>
        <translation>Impossible de créer le dossier Maildir %1. Vérifiez le chemin et ses droits d’accès.</translation>
    </message>
    <message>
        <source>Cannot write the message file %1: %2.</source>
        <translation>Impossible d’écrire le fichier de message %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot move the message file %1 into %2/new.</source>
        <translation>Impossible de déplacer le fichier de message %1 dans %2/new.</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at line %2, column %3</source>
        <translation>ce n’est pas du JSON valide&#xa0;: %1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;rules&quot; and &quot;faults&quot; lists</source>
        <translation>le niveau racine doit être un objet JSON contenant les listes &quot;rules&quot; et &quot;faults&quot;</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau racine</translation>
    </message>
    <message>
        <source>&quot;hostname&quot; must be one name, without spaces</source>
        <translation>&quot;hostname&quot; doit être un nom unique, sans espace</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>fault %1</source>
        <translation>défaillance %1</translation>
    </message>
    <message>
        <source>Cannot use the relay profile %1: %2. Correct the file (docs/relay.md describes the format).</source>
        <translation>Impossible d’utiliser le profil de relais %1&#xa0;: %2. Corrigez le fichier (le format est décrit dans docs/relay.md).</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>clé &quot;%1&quot; inconnue (clés connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation>chaque entrée doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; doit être une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in quotes</source>
        <translation>&quot;%1&quot; doit être un texte entre guillemets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; doit être un nombre entier compris entre %2 et %3</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be a pattern such as &quot;*@*.invalid&quot; or &quot;example.com&quot;</source>
        <translation>&quot;match&quot; doit être un motif tel que &quot;*@*.invalid&quot; ou &quot;example.com&quot;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; is missing</source>
        <translation>&quot;reply&quot; est manquant</translation>
    </message>
    <message>
        <source>&quot;reply&quot; must start with a code from 400 to 599 and a space, such as &quot;421 4.3.2 Try later&quot;</source>
        <translation>&quot;reply&quot; doit commencer par un code de 400 à 599 suivi d’une espace, par exemple &quot;421 4.3.2 Try later&quot;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; must start with a 2xx, 4xx or 5xx code and a space, such as &quot;550 5.1.1 User unknown&quot;</source>
        <translation>&quot;reply&quot; doit commencer par un code 2xx, 4xx ou 5xx suivi d’une espace, par exemple &quot;550 5.1.1 User unknown&quot;</translation>
    </message>
    <message>
        <source>&quot;phase&quot; must be &quot;rcpt&quot; (the reply to RCPT TO, the default) or &quot;dot&quot; (the reply after the final &quot;.&quot;)</source>
        <translation>&quot;phase&quot; doit valoir &quot;rcpt&quot; (la réponse à RCPT TO, par défaut) ou &quot;dot&quot; (la réponse après le &quot;.&quot; final)</translation>
    </message>
    <message>
        <source>&quot;fault&quot; must be one of %1</source>
        <translation>&quot;fault&quot; doit valoir l’une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>a %1 fault needs a &quot;phase&quot;: one of %2</source>
        <translation>une défaillance %1 nécessite une &quot;phase&quot; parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>a %1 fault cannot happen at the phase &quot;%2&quot;; use one of %3</source>
        <translation>une défaillance %1 ne peut pas se produire à la phase &quot;%2&quot;&#xa0;; utilisez l’une des phases suivantes&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;match&quot; limits a fault to recipients, so its phase must be rcpt, data, content or dot</source>
        <translation>&quot;match&quot; limite une défaillance à certains destinataires&#xa0;; sa phase doit donc être rcpt, data, content ou dot</translation>
    </message>
    <message>
        <source>&quot;after_bytes&quot; only applies at the phase &quot;content&quot;</source>
        <translation>&quot;after_bytes&quot; ne s’applique qu’à la phase &quot;content&quot;</translation>
    </message>
    <message>
        <source>a delay fault needs &quot;ms&quot;, the delay in milliseconds</source>
        <translation>une défaillance delay nécessite &quot;ms&quot;, le délai en millisecondes</translation>
    </message>
    <message>
        <source>&quot;text&quot; must not be empty</source>
        <translation>&quot;text&quot; ne doit pas être vide</translation>
    </message>
    <message>
        <source>The built-in relay profile is missing from this build; rebuild Diffusion.</source>
        <translation>Le profil de relais intégré est absent de cette compilation&#xa0;; recompilez Diffusion.</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(intégré)</translation>
    </message>
    <message>
        <source>Cannot read the relay profile %1: %2. Check the path and its permissions.</source>
        <translation>Impossible de lire le profil de relais %1&#xa0;: %2. Vérifiez le chemin et ses droits d’accès.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and its permissions.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Vérifiez le chemin et ses droits d’accès.</translation>
    </message>
    <message>
        <source>STARTTLS is not available: Qt has no working TLS backend here. Install the OpenSSL libraries, or run the relay without --tls-cert.</source>
        <translation>STARTTLS n’est pas disponible&#xa0;: Qt ne dispose ici d’aucun backend TLS fonctionnel. Installez les bibliothèques OpenSSL, ou lancez le relais sans --tls-cert.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Give the server&apos;s certificate in PEM form.</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM. Indiquez le certificat du serveur au format PEM.</translation>
    </message>
    <message>
        <source>The file %1 holds no unencrypted PEM private key (RSA, EC or DSA). Give the certificate&apos;s key without a passphrase.</source>
        <translation>Le fichier %1 ne contient aucune clé privée PEM non chiffrée (RSA, EC ou DSA). Indiquez la clé du certificat sans phrase secrète.</translation>
    </message>
    <message>
        <source>The profile&apos;s &quot;auth&quot; needs TLS: the relay offers AUTH only after STARTTLS, so that passwords never travel in clear. Give --tls-cert and --tls-key.</source>
        <translation>L’option &quot;auth&quot; du profil nécessite TLS&#xa0;: le relais ne propose AUTH qu’après STARTTLS, pour que les mots de passe ne circulent jamais en clair. Indiquez --tls-cert et --tls-key.</translation>
    </message>
    <message>
        <source>it must be a JSON object such as %1</source>
        <translation>ce doit être un objet JSON tel que %1</translation>
    </message>
    <message>
        <source>&quot;users&quot; must be a JSON object of user names and passwords, such as %1</source>
        <translation>&quot;users&quot; doit être un objet JSON de noms d’utilisateur et de mots de passe, tel que %1</translation>
    </message>
    <message>
        <source>the user &quot;%1&quot; needs a name and a password in quotes</source>
        <translation>l’utilisateur &quot;%1&quot; doit avoir un nom et un mot de passe entre guillemets</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be true or false</source>
        <translation>&quot;required&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in the profile, then what is wrong there</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RelayCredentials</name>
    <message>
        <source>The system keychain did not answer in time, so the password is not kept: the console will ask for it when a delivery starts.</source>
        <translation>Le trousseau du système n’a pas répondu à temps, le mot de passe n’est donc pas gardé&#xa0;: la console le demandera au démarrage d’une diffusion.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password is not kept: the console will ask for it when a delivery starts (diffusion-cli reads DIFFUSION_SMTP_PASSWORD).</source>
        <translation>Aucun trousseau système n’est disponible ici, le mot de passe n’est donc pas gardé&#xa0;: la console le demandera au démarrage d’une diffusion (diffusion-cli lit DIFFUSION_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>The system keychain refused the password (%1), so it is not kept: the console will ask for it when a delivery starts.</source>
        <translation>Le trousseau du système a refusé le mot de passe (%1), il n’est donc pas gardé&#xa0;: la console le demandera au démarrage d’une diffusion.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Le trousseau du système n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The system keychain holds no password for %1 at %2.</source>
        <translation>Le trousseau du système ne contient aucun mot de passe pour %1 sur %2.</translation>
    </message>
    <message>
        <source>No system keychain is available here.</source>
        <translation>Aucun trousseau système n’est disponible ici.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Le trousseau du système n’a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <source>The workspace setting %1 is &quot;%2&quot;, which is not a whole number from %3 to %4. Correct it, or remove it to use the default.</source>
        <translation>Le paramètre %1 de l’espace de travail vaut &quot;%2&quot;, qui n’est pas un nombre entier de %3 à %4. Corrigez-le, ou supprimez-le pour utiliser la valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>RouteTable</name>
    <message>
        <source>The workspace refused the route: %1</source>
        <translation>L’espace de travail a refusé la route&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot write the screenshot to %1. Check that its folder exists and can be written.</source>
        <translation>Impossible d’écrire la capture d’écran dans %1. Vérifiez que son dossier existe et est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message numerus="yes">
        <source>The server sent a reply line longer than %Ln bytes.</source>
        <translation>
            <numerusform>Le serveur a envoyé une ligne de réponse dépassant %Ln&#xa0;octet.</numerusform>
            <numerusform>Le serveur a envoyé une ligne de réponse dépassant %Ln&#xa0;octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply longer than %Ln bytes.</source>
        <translation>
            <numerusform>Le serveur a envoyé une réponse dépassant %Ln&#xa0;octet.</numerusform>
            <numerusform>Le serveur a envoyé une réponse dépassant %Ln&#xa0;octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent “%1”, which is not an SMTP reply; check that the host and port are those of a mail server.</source>
        <translation>Le serveur a envoyé «&#xa0;%1&#xa0;», qui n’est pas une réponse SMTP&#xa0;; vérifiez que l’hôte et le port sont bien ceux d’un serveur de messagerie.</translation>
    </message>
    <message>
        <source>The server sent a multi-line reply whose lines carry different codes (%1, then %2).</source>
        <translation>Le serveur a envoyé une réponse multiligne dont les lignes portent des codes différents (%1, puis %2).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d’ouvrir l’espace de travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no database handle.</source>
        <translation>Le pilote SQLite n’a fourni aucun descripteur de base de données.</translation>
    </message>
    <message>
        <source>The workspace refused a statement (%1): %2</source>
        <translation>L’espace de travail a refusé une requête (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Missing migration script %1.</source>
        <translation>Script de migration %1 manquant.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Échec de la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This workspace has schema version %1, newer than the %2 this version of Diffusion knows. Open it with a newer Diffusion.</source>
        <translation>Cet espace de travail utilise la version de schéma %1, plus récente que la version %2 connue de cette version de Diffusion. Ouvrez-le avec une version plus récente de Diffusion.</translation>
    </message>
    <message>
        <source>The workspace database reported an error (%1): %2</source>
        <translation>La base de données de l’espace de travail a signalé une erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot use write-ahead logging (the file system gave mode &quot;%2&quot;). Keep the workspace on a local disk.</source>
        <translation>L’espace de travail %1 ne peut pas utiliser la journalisation WAL (write-ahead logging)&#xa0;: le système de fichiers a renvoyé le mode &quot;%2&quot;. Conservez l’espace de travail sur un disque local.</translation>
    </message>
</context>
<context>
    <name>TypedReply</name>
    <message>
        <source>“%1” is not an SMTP reply: each line starts with a three-digit code, as in &quot;550 5.1.1 User unknown&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une réponse SMTP&#xa0;: chaque ligne commence par un code à trois chiffres, comme dans &quot;550 5.1.1 User unknown&quot;.</translation>
    </message>
    <message>
        <source>The reply ends with a continuation line (“NNN-text”); its last line is “NNN text”.</source>
        <translation>La réponse se termine par une ligne de continuation («&#xa0;NNN-texte&#xa0;»)&#xa0;; sa dernière ligne doit être «&#xa0;NNN texte&#xa0;».</translation>
    </message>
    <message>
        <source>The text holds more than one reply; give one at a time.</source>
        <translation>Le texte contient plusieurs réponses&#xa0;; indiquez-en une à la fois.</translation>
    </message>
    <message>
        <source>A %1 reply is not a failure: there is nothing to qualify.</source>
        <translation>Une réponse %1 n’est pas un échec&#xa0;: il n’y a rien à qualifier.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is not a Diffusion workspace (it is not an SQLite database).</source>
        <translation>%1 n’est pas un espace de travail Diffusion (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Diffusion workspace.</source>
        <translation>%1 est une base de données SQLite, mais pas un espace de travail Diffusion.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Diffusion (schema %2; this program knows up to %3). Open it with a newer Diffusion. The file was left untouched.</source>
        <translation>L’espace de travail %1 a été écrit par une version plus récente de Diffusion (schéma %2&#xa0;; ce programme connaît les schémas jusqu’au %3). Ouvrez-le avec une version plus récente de Diffusion. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Create one with: diffusion-cli init --workspace %1</source>
        <translation>Il n’y a pas d’espace de travail à l’emplacement %1. Créez-en un avec&#xa0;: diffusion-cli init --workspace %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Impossible de créer le dossier %1 de l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>diffusion::Engine</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>The delivery %1 was stopped. A stopped delivery cannot be resumed; duplicate it to send it again.</source>
        <translation>La diffusion %1 a été arrêtée. Une diffusion arrêtée ne peut pas être reprise&#xa0;; dupliquez-la pour l’envoyer de nouveau.</translation>
    </message>
    <message>
        <source>The route for %1 signs in as %2, and its password is not known. Give it (diffusion-cli reads the environment variable DIFFUSION_SMTP_PASSWORD) and start again.</source>
        <translation>La route de %1 s’authentifie en tant que %2, et son mot de passe n’est pas connu. Fournissez-le (diffusion-cli lit la variable d’environnement DIFFUSION_SMTP_PASSWORD) et recommencez.</translation>
    </message>
    <message>
        <source>The delivery cannot start: %1</source>
        <translation>La diffusion ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a template part, then its problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The delivery %1 is not confirmed.</source>
        <translation>La diffusion&#xa0;%1 n’est pas confirmée.</translation>
    </message>
</context>
<context>
    <name>diffusion::SmtpSession</name>
    <message>
        <source>The message was handed to an SMTP session that was not ready for it.</source>
        <translation>Le message a été confié à une session SMTP qui n’était pas prête à le recevoir.</translation>
    </message>
    <message>
        <source>An envelope address contains a line break; the message was not sent.</source>
        <translation>Une adresse d’enveloppe contient un saut de ligne&#xa0;; le message n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>The message is %1 bytes long, more than the %2 bytes the server accepts (SIZE); it was not sent.</source>
        <translation>Le message fait %1&#xa0;octets, soit plus que les %2&#xa0;octets acceptés par le serveur (SIZE)&#xa0;; il n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2. Add the authority that signed it to the trusted certificates, or choose a TLS policy that does not check certificates.</source>
        <translation>Le certificat de %1 a été refusé&#xa0;: %2. Ajoutez l’autorité qui l’a signé aux certificats de confiance, ou choisissez une politique TLS qui ne vérifie pas les certificats.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3.</source>
        <translation>Impossible de se connecter à %1 sur le port %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2.</source>
        <translation>La connexion à %1 a été interrompue&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 port %2 within %Ln ms.</source>
        <translation>
            <numerusform>Aucune connexion à %1 sur le port %2 dans le délai de %Ln&#xa0;ms.</numerusform>
            <numerusform>Aucune connexion à %1 sur le port %2 dans le délai de %Ln&#xa0;ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS handshake with %1 did not finish within %Ln ms.</source>
        <translation>
            <numerusform>La négociation TLS avec %1 ne s’est pas terminée dans le délai de %Ln&#xa0;ms.</numerusform>
            <numerusform>La négociation TLS avec %1 ne s’est pas terminée dans le délai de %Ln&#xa0;ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %Ln ms.</source>
        <translation>
            <numerusform>%1 n’a pas répondu dans le délai de %Ln&#xa0;ms.</numerusform>
            <numerusform>%1 n’a pas répondu dans le délai de %Ln&#xa0;ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is closing the connection.</source>
        <translation>%1 ferme la connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server refused EHLO.</source>
        <translation>Le serveur a refusé EHLO.</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO.</source>
        <translation>Le serveur a refusé à la fois EHLO et HELO.</translation>
    </message>
    <message>
        <source>The server sent more data after agreeing to start TLS; the session was closed.</source>
        <translation>Le serveur a envoyé des données supplémentaires après avoir accepté de démarrer TLS&#xa0;; la session a été fermée.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS, and the TLS policy requires it.</source>
        <translation>Le serveur a refusé STARTTLS, alors que la politique TLS l’exige.</translation>
    </message>
    <message>
        <source>The server refused the credentials; check the user name and the password.</source>
        <translation>Le serveur a refusé les identifiants&#xa0;; vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The server sent “%1” while no command awaited a reply.</source>
        <translation>Le serveur a envoyé «&#xa0;%1&#xa0;» alors qu’aucune commande n’attendait de réponse.</translation>
    </message>
    <message>
        <source>The server refused RSET (“%1”); the session cannot go on.</source>
        <translation>Le serveur a refusé RSET («&#xa0;%1&#xa0;»)&#xa0;; la session ne peut pas continuer.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and the TLS policy requires it.</source>
        <translation>Le serveur ne propose pas STARTTLS, alors que la politique TLS l’exige.</translation>
    </message>
    <message>
        <source>The connection is not encrypted and credentials are never sent in clear; choose a TLS policy that starts TLS, or remove the credentials.</source>
        <translation>La connexion n’est pas chiffrée et les identifiants ne sont jamais envoyés en clair&#xa0;; choisissez une politique TLS qui démarre TLS, ou supprimez les identifiants.</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism this client knows (PLAIN, LOGIN); remove the credentials or choose another server.</source>
        <translation>Le serveur ne propose aucun mécanisme d’authentification connu de ce client (PLAIN, LOGIN)&#xa0;; supprimez les identifiants ou choisissez un autre serveur.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln bytes of message data)</source>
        <translation>
            <numerusform>(%Ln&#xa0;octet de données du message)</numerusform>
            <numerusform>(%Ln&#xa0;octets de données du message)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered “%1”, which does not fit the command it answers.</source>
        <translation>Le serveur a répondu «&#xa0;%1&#xa0;», ce qui ne correspond pas à la commande à laquelle il répond.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::AnalysisDialog</name>
    <message>
        <source>Analysis canceled: nothing was changed.</source>
        <translation>Analyse annulée&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Delivery %1, analysis #%2</source>
        <translation>Diffusion&#xa0;%1, analyse n°%2</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;, analysis #%3</source>
        <translation>Diffusion&#xa0;%1 «&#xa0;%2&#xa0;», analyse n°%3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1.</source>
        <translation>
            <numerusform>%n erreur,&#xa0;%1.</numerusform>
            <numerusform>%n erreurs,&#xa0;%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed: the engine sends it.</source>
        <translation>Confirmée&#xa0;: le moteur l’envoie.</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Annuler l’analyse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Delivery analysis</source>
        <translation>Analyse de la diffusion</translation>
    </message>
    <message>
        <source>&amp;Confirm delivery</source>
        <translation>&amp;Confirmer la diffusion</translation>
    </message>
    <message>
        <source>Start sending to the recipients to deliver. Possible only from a current analysis without errors.</source>
        <translation>Démarrer l’envoi aux destinataires retenus. Possible seulement à partir d’une analyse à jour sans erreur.</translation>
    </message>
    <message>
        <source>&amp;Analyze again</source>
        <translation>&amp;Analyser de nouveau</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::AnalysisReportView</name>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>To deliver:</source>
        <translation>À envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Exclus&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Plus gros message&#xa0;:</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>Estimated duration:</source>
        <translation>Durée estimée&#xa0;:</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>environ&#xa0;%1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ&#xa0;%1 h&#xa0;%2 min</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DashboardArea</name>
    <message>
        <source>Delivery dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Choose a delivery in the Deliveries area to follow it here.</source>
        <translation>Choisissez une diffusion dans l’espace Diffusions pour la suivre ici.</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>Les chiffres ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no delivery %1 in this workspace.</source>
        <translation>Il n’y a pas de diffusion %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>“%1”, %2. The figures follow the sending live; hover over a figure, or give it the focus, to see how it is computed.</source>
        <translation>«&#xa0;%1&#xa0;», %2. Les chiffres suivent l’envoi en direct&#xa0;; survolez un chiffre, ou donnez-lui le focus, pour voir comment il est calculé.</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>À livrer</translation>
    </message>
    <message>
        <source>Messages to send: every recipient the analysis kept.
To deliver = pending + taken into account + sent + failed + canceled; ignored recipients are not counted.</source>
        <translation>Messages à envoyer&#xa0;: chaque destinataire retenu par l’analyse.
À livrer = en attente + pris en compte + envoyés + en échec + annulés&#xa0;; les destinataires ignorés ne comptent pas.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Messages a recipient&apos;s server accepted (a 250 reply at the end of the message).</source>
        <translation>Messages acceptés par le serveur du destinataire (une réponse 250 à la fin du message).</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Messages the engine has taken and not finished: waiting to go, in the air, or deferred and waiting for a retry.</source>
        <translation>Messages pris par le moteur et pas encore terminés&#xa0;: en attente de départ, en cours d’envoi, ou différés en attendant une nouvelle tentative.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Messages not yet taken by the engine: the delivery has not started.</source>
        <translation>Messages pas encore pris par le moteur&#xa0;: la diffusion n’a pas commencé.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Messages that will not be delivered: a hard bounce, a soft bounce still failing when the validity period ended, or a personalization error.</source>
        <translation>Messages qui ne seront pas remis&#xa0;: une erreur définitive, une erreur temporaire qui durait encore à la fin de la période de validité, ou une erreur de personnalisation.</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Erreurs définitives</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Erreurs temporaires</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Recipients the analysis left out (duplicates, quarantine, denylist, exclusions, control group), each with its reason in the delivery log. Not part of to deliver.</source>
        <translation>Destinataires écartés par l’analyse (doublons, quarantaine, liste de blocage, exclusions, groupe de contrôle), chacun avec sa raison dans le journal de la diffusion. Ils ne font pas partie des messages à livrer.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>No engine is sending this delivery now. While one sends it, each destination shows here with its queue, connections, rate and backoff.</source>
        <translation>Aucun moteur n’envoie cette diffusion en ce moment. Pendant l’envoi, chaque destination apparaît ici avec sa file d’attente, ses connexions, son débit et son ralentissement.</translation>
    </message>
    <message>
        <source>Success = sent ÷ to deliver × 100.
It starts at 0% and rises only when a server accepts a message: a message waiting for a retry is not a success yet.</source>
        <translation>Succès = envoyés ÷ à livrer × 100.
Il part de 0&#xa0;% et ne monte que lorsqu’un serveur accepte un message&#xa0;: un message qui attend une nouvelle tentative n’est pas encore un succès.</translation>
    </message>
    <message>
        <source>Failed messages whose failure is hard: user unknown and the other permanent reasons. Operators aim for less than 2% of to deliver.</source>
        <translation>Messages en échec dont l’erreur est définitive&#xa0;: utilisateur inconnu et les autres raisons permanentes. Les opérateurs visent moins de 2&#xa0;% des messages à livrer.</translation>
    </message>
    <message>
        <source>Messages carrying a temporary failure (mailbox full, unreachable, invalid domain…), waiting for a retry or failed at the end of the validity period. Operators aim for 10% at most per domain.</source>
        <translation>Messages porteurs d’une erreur temporaire (boîte pleine, injoignable, domaine invalide…), en attente d’une nouvelle tentative ou en échec à la fin de la période de validité. Les opérateurs visent 10&#xa0;% au plus par domaine.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveriesArea</name>
    <message>
        <source>E-mail campaigns: their content, target list, state and results.</source>
        <translation>Campagnes e-mail&#xa0;: leur contenu, leur liste cible, leur état et leurs résultats.</translation>
    </message>
    <message>
        <source>No deliveries yet. Deliveries you create will be listed here with their state and live KPIs.</source>
        <translation>Aucune diffusion pour l’instant. Les diffusions que vous créerez apparaîtront ici avec leur état et leurs indicateurs en temps réel.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryEditor</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>Il n’existe aucune diffusion %1.</translation>
    </message>
    <message>
        <source>Import a recipient list first: a delivery is sent to a list.</source>
        <translation>Importez d’abord une liste de destinataires&#xa0;: une diffusion est envoyée à une liste.</translation>
    </message>
    <message>
        <source>Write a number and a unit: 5d, 36h, 90m or 30s.</source>
        <translation>Écrivez un nombre et une unité&#xa0;: 5d, 36h, 90m ou 30s.</translation>
    </message>
    <message>
        <source>Give the key file and its selector together.</source>
        <translation>Indiquez le fichier de clé et son sélecteur ensemble.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header. Write it as &apos;Name: value&apos;.</source>
        <translation>&quot;%1&quot; n’est pas un en-tête. Écrivez-le sous la forme &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>Write the HTML content, the text content, or both.</source>
        <translation>Écrivez le contenu HTML, le contenu texte, ou les deux.</translation>
    </message>
    <message>
        <source>Write a number of recipients (500) or a share (5%).</source>
        <translation>Écrivez un nombre de destinataires (500) ou une part (5&#xa0;%).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before saving.</source>
        <translation>
            <numerusform>%n problème à corriger avant d’enregistrer.</numerusform>
            <numerusform>%n problèmes à corriger avant d’enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>Nouvelle diffusion</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Diffusion&#xa0;%1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation>Adresse de l’&amp;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender na&amp;me:</source>
        <translation>No&amp;m de l’expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Validité&#xa0;:</translation>
    </message>
    <message>
        <source>DKIM &amp;key file:</source>
        <translation>Fichier de &amp;clé DKIM&#xa0;:</translation>
    </message>
    <message>
        <source>DKIM s&amp;elector:</source>
        <translation>&amp;Sélecteur DKIM&#xa0;:</translation>
    </message>
    <message>
        <source>Unsubscribe &amp;URL:</source>
        <translation>&amp;URL de désabonnement&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>En-&amp;têtes supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;HTML content:</source>
        <translation>Contenu &amp;HTML&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text content:</source>
        <translation>Contenu &amp;texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Approval:</source>
        <translation>&amp;Validation&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;limit:</source>
        <translation>&amp;Limite de cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Control group:</source>
        <translation>&amp;Groupe de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xclusions:</source>
        <translation>E&amp;xclusions&#xa0;:</translation>
    </message>
    <message>
        <source>Add the List-Unsubscribe headers (one-click with an https URL)</source>
        <translation>Ajouter les en-têtes List-Unsubscribe (en un clic avec une URL https)</translation>
    </message>
    <message>
        <source>Leave duplicates out (the same address in another case counts as one)</source>
        <translation>Exclure les doublons (la même adresse dans une autre casse compte pour une)</translation>
    </message>
    <message>
        <source>How long failed messages are retried: 5d, 36h, 90m or 30s.</source>
        <translation>Pendant combien de temps les messages en échec sont retentés&#xa0;: 5d, 36h, 90m ou 30s.</translation>
    </message>
    <message>
        <source>A PEM private key. Empty: the keys added for the sender&apos;s domain sign, if any.</source>
        <translation>Une clé privée PEM. Vide&#xa0;: les clés ajoutées pour le domaine de l’expéditeur signent, s’il y en a.</translation>
    </message>
    <message>
        <source>One header per line, &apos;Name: value&apos;; values may be personalized.</source>
        <translation>Un en-tête par ligne, «&#xa0;Nom: valeur&#xa0;»&#xa0;; les valeurs peuvent être personnalisées.</translation>
    </message>
    <message>
        <source>One per line: an address, a domain, or list:NAME for every address of another list.</source>
        <translation>Une par ligne&#xa0;: une adresse, un domaine, ou list:NOM pour toutes les adresses d’une autre liste.</translation>
    </message>
    <message>
        <source>A number of recipients (500) or a share (5%), kept aside at random.</source>
        <translation>Un nombre de destinataires (500) ou une part (5&#xa0;%), mis de côté au hasard.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Manual: I confirm after reading the analysis</source>
        <translation>Manuelle&#xa0;: je confirme après avoir lu l’analyse</translation>
    </message>
    <message>
        <source>Semi-automatic: starts when the analysis finds neither error nor warning</source>
        <translation>Semi-automatique&#xa0;: démarre si l’analyse ne trouve ni erreur ni avertissement</translation>
    </message>
    <message>
        <source>Automatic: starts when the analysis finds no error</source>
        <translation>Automatique&#xa0;: démarre si l’analyse ne trouve aucune erreur</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>C&amp;ontent and preview</source>
        <translation>C&amp;ontenu et aperçu</translation>
    </message>
    <message>
        <source>Anal&amp;ysis options</source>
        <translation>Options d’anal&amp;yse</translation>
    </message>
    <message>
        <source>Return &amp;path (bounces):</source>
        <translation>Adresse de &amp;retour (rebonds) :</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>Where bounces go (MAIL FROM): the mailbox inMail reads. Empty: the sender address.</source>
        <translation>Où vont les rebonds (MAIL FROM) : la boîte que lit inMail. Vide : l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>Trace bounces to their message (VERP: return path local+id@domain)</source>
        <translation>Rattacher les rebonds à leur message (VERP : adresse de retour local+id@domaine)</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogArea</name>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln messages to %1…</source>
        <translation>
            <numerusform>Export de %Ln message vers %1…</numerusform>
            <numerusform>Export de %Ln messages vers %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages exported to %1.</source>
        <translation>
            <numerusform>%Ln message exporté vers %1.</numerusform>
            <numerusform>%Ln messages exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Logs de diffusion</translation>
    </message>
    <message>
        <source>Every message of the delivery with its status, failure reason and last SMTP reply. Filter it, sort it by clicking a column, select a message to see the history of its delivery attempts, and export what is shown to CSV.</source>
        <translation>Chaque message de la diffusion avec son statut, sa raison d’échec et sa dernière réponse SMTP. Filtrez-les, triez-les en cliquant sur une colonne, sélectionnez un message pour voir l’historique de ses tentatives d’envoi, et exportez ce qui est affiché en CSV.</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the messages shown, in their order, to a CSV file.</source>
        <translation>Écrire les messages affichés, dans leur ordre, dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Export the delivery log</source>
        <translation>Exporter les logs de la diffusion</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting and filtering…</source>
        <translation>Tri et filtrage…</translation>
    </message>
    <message>
        <source>Choose a delivery to see its log.</source>
        <translation>Choisissez une diffusion pour voir ses logs.</translation>
    </message>
    <message>
        <source>This delivery has no message yet: its log fills when the delivery is analyzed.</source>
        <translation>Cette diffusion n’a encore aucun message&#xa0;: ses logs se remplissent à l’analyse de la diffusion.</translation>
    </message>
    <message>
        <source>No message matches these filters.</source>
        <translation>Aucun message ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogDetails</name>
    <message>
        <source>Select a message to see its fields and the history of its delivery attempts.</source>
        <translation>Sélectionnez un message pour voir ses champs et l’historique de ses tentatives d’envoi.</translation>
    </message>
    <message>
        <source>History: no delivery attempt yet.</source>
        <translation>Historique&#xa0;: aucune tentative d’envoi pour l’instant.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogExport</name>
    <message>
        <source>Cannot write the file %1: %2. Choose another folder, or free some disk space.</source>
        <translation>Impossible d’écrire le fichier %1&#xa0;: %2. Choisissez un autre dossier, ou libérez de l’espace disque.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Part of an address</source>
        <translation>Partie d’une adresse</translation>
    </message>
    <message>
        <source>Show only the messages with the checked statuses.</source>
        <translation>N’afficher que les messages aux statuts cochés.</translation>
    </message>
    <message>
        <source>Show only the messages that failed or were left out for this reason.</source>
        <translation>N’afficher que les messages en échec ou écartés pour cette raison.</translation>
    </message>
    <message>
        <source>Show only the messages to this recipient domain.</source>
        <translation>N’afficher que les messages vers ce domaine de destinataires.</translation>
    </message>
    <message>
        <source>Show only the addresses that contain this text, in any case.</source>
        <translation>N’afficher que les adresses qui contiennent ce texte, en majuscules comme en minuscules.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n statut</numerusform>
            <numerusform>%n statuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryMenu</name>
    <message>
        <source>Delivery %1: asked.</source>
        <translation>Diffusion %1&#xa0;: demande transmise.</translation>
    </message>
    <message>
        <source>Delivery %1 cannot do that in its present state.</source>
        <translation>La diffusion %1 ne peut pas faire cela dans son état actuel.</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Diffusion</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Stop (final: unsent messages are canceled)</source>
        <translation>&amp;Arrêter (définitif&#xa0;: les messages non envoyés sont annulés)</translation>
    </message>
    <message>
        <source>Delivery %1 confirmed: sending starts.</source>
        <translation>Diffusion&#xa0;%1 confirmée&#xa0;: l’envoi commence.</translation>
    </message>
    <message>
        <source>&amp;Analyze and confirm…</source>
        <translation>&amp;Analyser et confirmer…</translation>
    </message>
    <message>
        <source>Delivery %1 saved. Analyze it before sending.</source>
        <translation>Diffusion&#xa0;%1 enregistrée. Analysez-la avant l’envoi.</translation>
    </message>
    <message>
        <source>Delivery %1 copied into delivery %2.</source>
        <translation>Diffusion&#xa0;%1 copiée dans la diffusion&#xa0;%2.</translation>
    </message>
    <message>
        <source>Delete the delivery</source>
        <translation>Supprimer la diffusion</translation>
    </message>
    <message>
        <source>Delete delivery %1 with its log, analyses and proofs? This cannot be undone.</source>
        <translation>Supprimer la diffusion&#xa0;%1 avec son journal, ses analyses et ses BAT&#xa0;? C’est définitif.</translation>
    </message>
    <message>
        <source>Delivery %1 deleted.</source>
        <translation>Diffusion&#xa0;%1 supprimée.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Deleting delivery %1…</source>
        <translation>Suppression de la diffusion %1…</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryModel</name>
    <message>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>À livrer</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DestinationStatModel</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>MX rule</source>
        <translation>Règle MX</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Ralentissement</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>The mail hosts that receive these messages; domains with the same hosts share them.</source>
        <translation>Les serveurs de messagerie qui reçoivent ces messages&#xa0;; les domaines qui ont les mêmes serveurs les partagent.</translation>
    </message>
    <message>
        <source>The mask of the MX rule that sets this destination&apos;s limits.</source>
        <translation>Le masque de la règle MX qui fixe les limites de cette destination.</translation>
    </message>
    <message>
        <source>Throttled: the server asked to slow down, so fewer connections and half the hourly budget until the time shown. Suspended: its hosts could not be reached; messages wait until the time shown.</source>
        <translation>Ralentie&#xa0;: le serveur a demandé de ralentir, d’où moins de connexions et la moitié du quota horaire jusqu’à l’heure indiquée. Suspendue&#xa0;: ses serveurs étaient injoignables&#xa0;; les messages attendent jusqu’à l’heure indiquée.</translation>
    </message>
    <message>
        <source>Messages ready to go, waiting for a connection or for the hourly budget.</source>
        <translation>Messages prêts à partir, qui attendent une connexion ou le quota horaire.</translation>
    </message>
    <message>
        <source>SMTP connections open or opening now.</source>
        <translation>Connexions SMTP ouvertes ou en cours d’ouverture.</translation>
    </message>
    <message>
        <source>Connections the engine may open now, out of the rule&apos;s maximum. It grows with each message accepted and halves at each throttling reply.</source>
        <translation>Connexions que le moteur peut ouvrir maintenant, sur le maximum de la règle. Elle grandit à chaque message accepté et diminue de moitié à chaque réponse de limitation.</translation>
    </message>
    <message>
        <source>Messages accepted by this destination in the last minute.</source>
        <translation>Messages acceptés par cette destination au cours de la dernière minute.</translation>
    </message>
    <message>
        <source>Messages deferred (a temporary reply, or no connection) since the engine started sending; each is retried later.</source>
        <translation>Messages différés (une réponse temporaire, ou pas de connexion) depuis que le moteur a commencé l’envoi&#xa0;; chacun est retenté plus tard.</translation>
    </message>
    <message>
        <source>Throttled until %1</source>
        <translation>Ralentie jusqu’à %1</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Suspendue jusqu’à %1</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>connections allowed now, of the rule&apos;s maximum</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Par minute</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DkimSection</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies the record&apos;s text, to paste into the domain&apos;s DNS zone.</source>
        <translation>Copie le texte de l’enregistrement, à coller dans la zone DNS du domaine.</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Domaine de l’expéditeur</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Clé privée (PEM)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Import the key</source>
        <translation>Importer la clé</translation>
    </message>
    <message>
        <source>DKIM private key</source>
        <translation>Clé privée DKIM</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1._domainkey.%2:</source>
        <translation>Publiez cet enregistrement TXT à %1._domainkey.%2&#xa0;:</translation>
    </message>
    <message>
        <source>Give the sender domain the key signs for, such as example.com.</source>
        <translation>Donnez le domaine expéditeur que la clé signe, par exemple example.com.</translation>
    </message>
    <message>
        <source>Give the selector the key is published under, such as mail2024.</source>
        <translation>Donnez le sélecteur sous lequel la clé est publiée, par exemple mail2024.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choisissez le fichier de la clé privée.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Removes the selected key from the workspace; the key file stays where it is.</source>
        <translation>Retire la clé sélectionnée de l’espace de travail ; le fichier de la clé reste où il est.</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Remove the key of %1 (selector %2)? Deliveries from %1 are then sent without a DKIM signature unless they name a key of their own. The key file stays where it is.</source>
        <translation>Retirer la clé de %1 (sélecteur %2) ? Les diffusions de %1 partiront alors sans signature DKIM, sauf si elles désignent leur propre clé. Le fichier de la clé reste où il est.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ImportDialog</name>
    <message>
        <source>Import recipients</source>
        <translation>Importer des destinataires</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with a header row and an e-mail column</source>
        <translation>Un fichier CSV en UTF-8 avec une ligne d’en-tête et une colonne d’adresses e-mail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>Name of a new or existing list</source>
        <translation>Nom d’une liste nouvelle ou existante</translation>
    </message>
    <message>
        <source>&amp;Replace the recipients already in the list</source>
        <translation>&amp;Remplacer les destinataires déjà présents dans la liste</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the path or choose the file with Browse.</source>
        <translation>Il n’y a aucun fichier à l’emplacement %1. Vérifiez le chemin ou choisissez le fichier avec Parcourir.</translation>
    </message>
    <message>
        <source>Name the list that will receive the recipients.</source>
        <translation>Indiquez le nom de la liste qui recevra les destinataires.</translation>
    </message>
    <message>
        <source>A new list named “%1” will be created.</source>
        <translation>Une nouvelle liste nommée «&#xa0;%1&#xa0;» sera créée.</translation>
    </message>
    <message>
        <source>The recipients of the list “%1” will be replaced by those of the file. If the import fails, the list stays as it was.</source>
        <translation>Les destinataires de la liste «&#xa0;%1&#xa0;» seront remplacés par ceux du fichier. Si l’import échoue, la liste reste inchangée.</translation>
    </message>
    <message>
        <source>The recipients of the file will be added to the list “%1”.</source>
        <translation>Les destinataires du fichier seront ajoutés à la liste «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ImportProgressDialog</name>
    <message>
        <source>Importing recipients</source>
        <translation>Import des destinataires</translation>
    </message>
    <message>
        <source>Importing %1 into the list “%2”…</source>
        <translation>Import de %1 dans la liste «&#xa0;%2&#xa0;»…</translation>
    </message>
    <message>
        <source>Canceling… The list will stay as it was.</source>
        <translation>Annulation… La liste restera inchangée.</translation>
    </message>
    <message>
        <source>Waiting for the workspace…</source>
        <translation>En attente de l’espace de travail…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 lus sur %2</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error: %1</source>
        <translation>L’import s’est arrêté sur une erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error.</source>
        <translation>L’import s’est arrêté sur une erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ImportResultDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) imported into the list “%1”.</source>
        <translation>
            <numerusform>%Ln destinataire importé dans la liste «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln destinataires importés dans la liste «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows imported:</source>
        <translation>Lignes importées&#xa0;:</translation>
    </message>
    <message>
        <source>Of which without an address:</source>
        <translation>Dont sans adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Of which with a bad-quality address:</source>
        <translation>Dont avec une adresse de mauvaise qualité&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected rows (not imported):</source>
        <translation>Lignes rejetées (non importées)&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients without a usable address are kept in the list, so that the file can be checked, but no mail will be sent to them.</source>
        <translation>Les destinataires sans adresse utilisable sont conservés dans la liste afin de pouvoir vérifier le fichier, mais aucun message ne leur sera envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>The rows below were rejected. Only the first %Ln are listed.</source>
        <translation>
            <numerusform>Des lignes ont été rejetées. Seule %Ln d’entre elles est listée ci-dessous.</numerusform>
            <numerusform>Des lignes ont été rejetées. Seules les %Ln premières sont listées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows below were rejected; fix them in the file and import it again.</source>
        <translation>Les lignes ci-dessous ont été rejetées&#xa0;; corrigez-les dans le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailActions</name>
    <message>
        <source>Reading the bounce mailbox…</source>
        <translation>Lecture de la boîte des retours…</translation>
    </message>
    <message>
        <source>Search the sender, subject or recipients</source>
        <translation>Chercher dans l’expéditeur, l’objet ou les destinataires</translation>
    </message>
    <message>
        <source>Every message</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sans correspondance</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Not a bounce</source>
        <translation>Pas un retour</translation>
    </message>
    <message>
        <source>Unmatched messages name no message sent from this workspace: they wait for you.</source>
        <translation>Les messages sans correspondance ne citent aucun message envoyé depuis cet espace de travail : ils vous attendent.</translation>
    </message>
    <message>
        <source>&amp;Show the message…</source>
        <translation>&amp;Afficher le message…</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>&amp;Lire maintenant</translation>
    </message>
    <message>
        <source>Read the bounce mailbox set in Settings now, without waiting for the next visit.</source>
        <translation>Lire maintenant la boîte des retours réglée dans les Paramètres, sans attendre la prochaine visite.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailArea</name>
    <message>
        <source>What arrived in the bounce mailbox: delivery reports, complaints and auto-replies, applied to the messages they are about. Unmatched ones name no message sent from here: look at them.</source>
        <translation>Ce qui est arrivé dans la boîte des retours : rapports de remise, plaintes et réponses automatiques, appliqués aux messages qu’ils concernent. Ceux sans correspondance ne citent aucun message envoyé d’ici : examinez-les.</translation>
    </message>
    <message>
        <source>Nothing was read from the bounce mailbox yet. Set it in Settings, Bounce mailbox: what it receives will be listed here with what became of it.</source>
        <translation>Rien n’a encore été lu dans la boîte des retours. Réglez-la dans Paramètres, Boîte des retours : ce qu’elle reçoit sera listé ici avec ce qu’il en est advenu.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailJob</name>
    <message>
        <source>The bounce mailbox is being read already: what it holds shows when this visit ends.</source>
        <translation>La boîte des retours est déjà en cours de lecture : son contenu s’affichera à la fin de cette visite.</translation>
    </message>
    <message>
        <source>The bounce mailbox could not be read: %1</source>
        <translation>La boîte des retours n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1 Choose it in Settings, Bounce mailbox.</source>
        <translation>%1 Choisissez-la dans Paramètres, Boîte des retours.</translation>
    </message>
    <message>
        <source>The password of %1 is not known: save it in Settings, Bounce mailbox, or give it when the console asks for it.</source>
        <translation>Le mot de passe de %1 n’est pas connu : enregistrez-le dans Paramètres, Boîte des retours, ou donnez-le quand la console le demande.</translation>
    </message>
    <message>
        <source>The bounce mailbox could not be read (%1): %2</source>
        <translation>La boîte des retours n’a pas pu être lue (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce(s) applied</source>
        <translation>
            <numerusform>%Ln retour appliqué</numerusform>
            <numerusform>%Ln retours appliqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln plainte</numerusform>
            <numerusform>%Ln plaintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-reply(-ies)</source>
        <translation>
            <numerusform>%Ln réponse automatique</numerusform>
            <numerusform>%Ln réponses automatiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln sans correspondance</numerusform>
            <numerusform>%Ln sans correspondance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a bounce</source>
        <translation>
            <numerusform>%Ln qui n’est pas un retour</numerusform>
            <numerusform>%Ln qui ne sont pas des retours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already read</source>
        <translation>
            <numerusform>%Ln déjà lu</numerusform>
            <numerusform>%Ln déjà lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bounce mailbox read (%1): %Ln message(s), %2.</source>
        <translation>
            <numerusform>Boîte des retours lue (%1) : %Ln message, %2.</numerusform>
            <numerusform>Boîte des retours lue (%1) : %Ln messages, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailMessageDialog</name>
    <message>
        <source>The message could not be read from the workspace: %1</source>
        <translation>Le message n’a pas pu être lu dans l’espace de travail : %1</translation>
    </message>
    <message>
        <source>This message is no longer in the workspace.</source>
        <translation>Ce message n’est plus dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Message from the bounce mailbox</source>
        <translation>Message de la boîte des retours</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>It names no recipient.</source>
        <translation>Il ne cite aucun destinataire.</translation>
    </message>
    <message>
        <source>The recipients it names:</source>
        <translation>Les destinataires qu’il cite :</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Tied by</source>
        <translation>Relié par</translation>
    </message>
    <message>
        <source>Nothing: unmatched</source>
        <translation>Rien : sans correspondance</translation>
    </message>
    <message>
        <source>Its VERP return path</source>
        <translation>Son adresse de retour VERP</translation>
    </message>
    <message>
        <source>The returned Message-ID</source>
        <translation>Le Message-ID renvoyé</translation>
    </message>
    <message>
        <source>The address alone</source>
        <translation>L’adresse seule</translation>
    </message>
    <message>
        <source>The message as read:</source>
        <translation>Le message tel qu’il a été lu :</translation>
    </message>
    <message>
        <source>The message itself is not kept once it is applied: what it said is above.</source>
        <translation>Le message lui-même n’est pas conservé une fois appliqué : ce qu’il disait figure ci-dessus.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailModel</name>
    <message>
        <source>Read at</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>DSN: a delivery status report from a mail server (RFC 3464). Complaint: a recipient marked the message as spam (ARF feedback loop). Auto-reply: an absence or vacation message.</source>
        <translation>DSN : un rapport d’état de remise envoyé par un serveur de messagerie (RFC 3464). Plainte : un destinataire a signalé le message comme spam (boucle de rétroaction ARF). Réponse automatique : un message d’absence ou de congés.</translation>
    </message>
    <message>
        <source>Applied: every recipient it names was found among the messages sent. Unmatched: it names a message nobody here sent; it waits for you. Not a bounce: nothing to apply.</source>
        <translation>Appliqué : chaque destinataire cité a été retrouvé parmi les messages envoyés. Sans correspondance : il cite un message que personne n’a envoyé d’ici ; il vous attend. Pas un retour : rien à appliquer.</translation>
    </message>
    <message>
        <source>The addresses the message is about.</source>
        <translation>Les adresses que concerne le message.</translation>
    </message>
    <message>
        <source>The enhanced status codes it gives (RFC 3463), such as 5.1.1 for an unknown user.</source>
        <translation>Les codes d’état étendus qu’il donne (RFC 3463), comme 5.1.1 pour un utilisateur inconnu.</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Not a bounce</source>
        <translation>Pas un retour</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Sans correspondance</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailSection</name>
    <message>
        <source>Bounce mailbox</source>
        <translation>Boîte des retours</translation>
    </message>
    <message>
        <source>No bounce mailbox</source>
        <translation>Aucune boîte des retours</translation>
    </message>
    <message>
        <source>Maildir folder</source>
        <translation>Dossier Maildir</translation>
    </message>
    <message>
        <source>mbox file</source>
        <translation>Fichier mbox</translation>
    </message>
    <message>
        <source>POP3 server</source>
        <translation>Serveur POP3</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>Serveur IMAP</translation>
    </message>
    <message>
        <source>Where the bounces, complaints and auto-replies to your deliveries arrive: the mailbox of the deliveries&apos; return path.</source>
        <translation>Là où arrivent les retours, plaintes et réponses automatiques à vos diffusions : la boîte de l’adresse de retour des diffusions.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace</source>
        <translation>Gardé dans le trousseau du système, jamais dans l’espace de travail</translation>
    </message>
    <message>
        <source>Certificate authority (PEM)</source>
        <translation>Autorité de certification (PEM)</translation>
    </message>
    <message>
        <source>Optional: the system&apos;s authorities are trusted</source>
        <translation>Facultatif : les autorités du système sont reconnues</translation>
    </message>
    <message>
        <source>A PEM file of the private authority that signed the server&apos;s certificate, if it is not a public one.</source>
        <translation>Un fichier PEM de l’autorité privée qui a signé le certificat du serveur, s’il n’est pas public.</translation>
    </message>
    <message>
        <source>Once read</source>
        <translation>Une fois lu</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Move it to a folder</source>
        <translation>Le déplacer dans un dossier</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>Le laisser en place</translation>
    </message>
    <message>
        <source>A message is deleted or moved only once what it says is recorded in the workspace. A kept message is not read twice.</source>
        <translation>Un message n’est supprimé ou déplacé qu’une fois son contenu enregistré dans l’espace de travail. Un message laissé en place n’est pas lu deux fois.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>The IMAP folder, the Maildir sub-folder, or the mbox file (beside the read one) the messages read go to. It is created when missing.</source>
        <translation>Le dossier IMAP, le sous-dossier Maildir ou le fichier mbox (à côté de celui lu) où vont les messages lus. Il est créé s’il manque.</translation>
    </message>
    <message>
        <source>Read every (minutes)</source>
        <translation>Lire toutes les (minutes)</translation>
    </message>
    <message>
        <source>Messages per visit, at most</source>
        <translation>Messages par visite, au plus</translation>
    </message>
    <message>
        <source>The rest waits for the next visit, so that one visit stays short.</source>
        <translation>Le reste attend la visite suivante, pour qu’une visite reste courte.</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>&amp;Lire maintenant</translation>
    </message>
    <message>
        <source>Read the saved bounce mailbox now, without waiting for the next visit.</source>
        <translation>Lire maintenant la boîte des retours enregistrée, sans attendre la prochaine visite.</translation>
    </message>
    <message>
        <source>Save the bounce mailbox settings</source>
        <translation>Enregistrer les réglages de la boîte des retours</translation>
    </message>
    <message>
        <source>The Maildir folder: the one that holds new and cur.</source>
        <translation>Le dossier Maildir : celui qui contient new et cur.</translation>
    </message>
    <message>
        <source>The mbox file. It is locked while it is read, as mail programs do.</source>
        <translation>Le fichier mbox. Il est verrouillé pendant la lecture, comme le font les logiciels de messagerie.</translation>
    </message>
    <message>
        <source>pop3s://user@host:995 over TLS, or pop3://user@host:110 with STARTTLS. No password here.</source>
        <translation>pop3s://utilisateur@hôte:995 en TLS, ou pop3://utilisateur@hôte:110 avec STARTTLS. Pas de mot de passe ici.</translation>
    </message>
    <message>
        <source>imaps://user@host:993/FOLDER over TLS, or imap://user@host:143/FOLDER with STARTTLS. No password here.</source>
        <translation>imaps://utilisateur@hôte:993/DOSSIER en TLS, ou imap://utilisateur@hôte:143/DOSSIER avec STARTTLS. Pas de mot de passe ici.</translation>
    </message>
    <message>
        <source>A POP3 server has no folders: choose to delete or to keep the messages read, or read the mailbox over IMAP.</source>
        <translation>Un serveur POP3 n’a pas de dossiers : choisissez de supprimer ou de laisser en place les messages lus, ou lisez la boîte en IMAP.</translation>
    </message>
    <message>
        <source>Give the folder the messages read go to.</source>
        <translation>Indiquez le dossier où vont les messages lus.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password is not kept: the console asks for it when it reads the mailbox (diffusion-cli inmail reads DIFFUSION_INMAIL_PASSWORD).</source>
        <translation>Aucun trousseau système n’est disponible ici, le mot de passe n’est donc pas conservé : la console le demande quand elle lit la boîte (diffusion-cli inmail lit DIFFUSION_INMAIL_PASSWORD).</translation>
    </message>
    <message>
        <source>The system keychain did not take the password, so it is not kept: the console asks for it when it reads the mailbox.</source>
        <translation>Le trousseau du système n’a pas accepté le mot de passe, il n’est donc pas conservé : la console le demande quand elle lit la boîte.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s caption, then its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ListSummaryModel</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisables</translation>
    </message>
    <message>
        <source>Without address</source>
        <translation>Sans adresse</translation>
    </message>
    <message>
        <source>Bad quality</source>
        <translation>Mauvaise qualité</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Every recipient of the list, including those that cannot receive mail.</source>
        <translation>Tous les destinataires de la liste, y compris ceux qui ne peuvent pas recevoir de messages.</translation>
    </message>
    <message>
        <source>Recipients with an address that mail can be sent to.</source>
        <translation>Destinataires dont l’adresse peut recevoir des messages.</translation>
    </message>
    <message>
        <source>Recipients imported with an empty address.</source>
        <translation>Destinataires importés avec une adresse vide.</translation>
    </message>
    <message>
        <source>Recipients whose address is not a valid e-mail address.</source>
        <translation>Destinataires dont l’adresse n’est pas une adresse e-mail valide.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MainWindow</name>
    <message>
        <source>Diffusion — %1</source>
        <translation>Diffusion — %1</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Engine: runs in this window</source>
        <translation>Moteur&#xa0;: tourne dans cette fenêtre</translation>
    </message>
    <message>
        <source>Engine: runs in process %1; this window follows it</source>
        <translation>Moteur&#xa0;: tourne dans le processus %1&#xa0;; cette fenêtre le suit</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MessagePreview</name>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Aperçu &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>The message as this recipient of the list will read it.</source>
        <translation>Le message tel que ce destinataire de la liste le lira.</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MxRuleDialog</name>
    <message>
        <source>New MX rule</source>
        <translation>Nouvelle règle MX</translation>
    </message>
    <message>
        <source>MX rule %1</source>
        <translation>Règle MX %1</translation>
    </message>
    <message>
        <source>MX host &amp;mask:</source>
        <translation>&amp;Masque d’hôte MX&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>&amp;Connexions simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Messages per c&amp;onnection:</source>
        <translation>Messages par c&amp;onnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Messages per &amp;hour:</source>
        <translation>Messages par &amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nnection timeout:</source>
        <translation>Délai de co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Comm&amp;and timeout:</source>
        <translation>Délai de comm&amp;ande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data timeout:</source>
        <translation>Délai des &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>The generic rule applies to every MX host no other rule matches: its mask stays *.</source>
        <translation>La règle générique s’applique à tout hôte MX qu’aucune autre règle ne couvre&#xa0;: son masque reste *.</translation>
    </message>
    <message>
        <source>MX host names the rule applies to: * stands for any text, ? for one character, as in *.google.com.</source>
        <translation>Noms des hôtes MX auxquels la règle s’applique&#xa0;: * remplace n’importe quel texte, ? un seul caractère, comme dans *.google.com.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Spent in twelve five-minute windows: %1 per hour sends at most %2 every five minutes.</source>
        <translation>Réparti en douze fenêtres de cinq minutes&#xa0;: %1 par heure envoie au plus %2 toutes les cinq minutes.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation>&#xa0;s</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MxRuleListModel</name>
    <message>
        <source>No limit</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>%1 s / %2 s / %3 s</source>
        <comment>connect / command / data timeouts in seconds</comment>
        <translation>%1&#xa0;s / %2&#xa0;s / %3&#xa0;s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>When offered</source>
        <translation>Si proposé</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, certificate verified</source>
        <translation>Obligatoire, certificat vérifié</translation>
    </message>
    <message>
        <source>MX host mask</source>
        <translation>Masque d’hôte MX</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Messages per connection</source>
        <translation>Messages par connexion</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Messages par heure</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Délais d’expiration</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>MX host names it applies to: * stands for any text, ? for one character. The generic rule * applies to every other host and stays last.</source>
        <translation>Noms des hôtes MX auxquels la règle s’applique&#xa0;: * remplace n’importe quel texte, ? un seul caractère. La règle générique * s’applique à tous les autres hôtes et reste la dernière.</translation>
    </message>
    <message>
        <source>Most connections open at once to one MX host.</source>
        <translation>Nombre maximal de connexions ouvertes simultanément vers un même hôte MX.</translation>
    </message>
    <message>
        <source>Messages sent on one connection before it is closed.</source>
        <translation>Nombre de messages envoyés sur une connexion avant sa fermeture.</translation>
    </message>
    <message>
        <source>Most messages sent per hour to hosts of this rule, spent in twelve five-minute windows.</source>
        <translation>Nombre maximal de messages envoyés par heure aux hôtes de cette règle, répartis en douze fenêtres de cinq minutes.</translation>
    </message>
    <message>
        <source>How long to wait for the connection, for the answer to a command, and for the answer to the message data.</source>
        <translation>Délais d’attente de la connexion, de la réponse à une commande et de la réponse aux données du message.</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted with STARTTLS.</source>
        <translation>Indique si la connexion est chiffrée avec STARTTLS.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MxRulesArea</name>
    <message>
        <source>MX rules</source>
        <translation>Règles MX</translation>
    </message>
    <message>
        <source>Sending limits per destination mail server. For each MX host, the first rule whose mask matches it applies; the generic rule * applies to all the others and stays last. Changes apply to the deliveries that start after you save them.</source>
        <translation>Limites d’envoi par serveur de messagerie de destination. Pour chaque hôte MX, la première règle dont le masque lui correspond s’applique&#xa0;; la règle générique * s’applique à tous les autres et reste la dernière. Les modifications valent pour les diffusions qui démarrent après leur enregistrement.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::Navigation</name>
    <message>
        <source>Deliveries</source>
        <translation>Diffusions</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>MX rules</source>
        <translation>Règles MX</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Qualification rules</source>
        <translation>Règles de qualification</translation>
    </message>
    <message>
        <source>Delivery dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Logs de diffusion</translation>
    </message>
    <message>
        <source>Inbound mail</source>
        <translation>Courrier entrant</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::NumberSection</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::OrderedRulesModel</name>
    <message>
        <source>Rules are tried in this order: the first that matches decides.</source>
        <translation>Les règles sont évaluées dans cet ordre&#xa0;: la première qui correspond décide.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QualificationArea</name>
    <message>
        <source>Qualification rules</source>
        <translation>Règles de qualification</translation>
    </message>
    <message>
        <source>How a server&apos;s refusal becomes a failure type and reason. The first rule whose reply code, enhanced code and text all match decides. Changes apply to the deliveries that start after you save them.</source>
        <translation>Comment le refus d’un serveur devient un type et une raison d’échec. La première règle dont le code de réponse, le code étendu et le texte correspondent tous décide. Les modifications valent pour les diffusions qui démarrent après leur enregistrement.</translation>
    </message>
    <message>
        <source>Replies to qualify</source>
        <translation>Réponses à qualifier</translation>
    </message>
    <message>
        <source>No reply waits to be qualified: every refusal so far matched a rule. Replies that no rule matches are counted here, most frequent first.</source>
        <translation>Aucune réponse n’attend d’être qualifiée&#xa0;: chaque refus a jusqu’ici été reconnu par une règle. Les réponses qu’aucune règle ne reconnaît sont comptées ici, les plus fréquentes d’abord.</translation>
    </message>
    <message>
        <source>Add a rule from this re&amp;ply…</source>
        <translation>Ajouter une règle à partir de cette ré&amp;ponse…</translation>
    </message>
    <message>
        <source>Opens a new rule with the reply&apos;s codes and words, to finish with a type and a reason.</source>
        <translation>Ouvre une nouvelle règle avec les codes et les mots de la réponse, à compléter par un type et une raison.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QualificationRuleDialog</name>
    <message>
        <source>New qualification rule</source>
        <translation>Nouvelle règle de qualification</translation>
    </message>
    <message>
        <source>Qualification rule “%1”</source>
        <translation>Règle de qualification «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Reply &amp;code:</source>
        <translation>&amp;Code de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enhanced code:</source>
        <translation>Code é&amp;tendu&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt pattern:</source>
        <translation>Motif de te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>550, or 5?? with ? for any digit, 5* for any run; empty for any code. Outcomes without a reply have a word instead: %1.</source>
        <translation>550, ou 5?? avec ? pour un chiffre quelconque, 5* pour une suite quelconque&#xa0;; vide pour tout code. Les issues sans réponse ont un mot à la place&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The RFC 3463 code, class.subject.detail: 5.1.1, 4.7.* or ?.2.2; empty for any.</source>
        <translation>Le code RFC 3463, classe.sujet.détail&#xa0;: 5.1.1, 4.7.* ou ?.2.2&#xa0;; vide pour tout code.</translation>
    </message>
    <message>
        <source>A regular expression searched in the reply text, whatever the case: mailbox (is )?full|over ?quota</source>
        <translation>Une expression régulière cherchée dans le texte de la réponse, quelle que soit la casse&#xa0;: mailbox (is )?full|over ?quota</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QualificationRuleListModel</name>
    <message>
        <source>any</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Code de réponse</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation>Code étendu</translation>
    </message>
    <message>
        <source>Text pattern</source>
        <translation>Motif de texte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>550, or 5?? with ? for any digit; or an outcome without a reply: dns, connect, tls, auth, lost, local.</source>
        <translation>550, ou 5?? avec ? pour un chiffre quelconque&#xa0;; ou une issue sans réponse&#xa0;: dns, connect, tls, auth, lost, local.</translation>
    </message>
    <message>
        <source>The RFC 3463 code the server gives, such as 5.1.1 or 4.7.*.</source>
        <translation>Le code RFC 3463 donné par le serveur, par exemple 5.1.1 ou 4.7.*.</translation>
    </message>
    <message>
        <source>A regular expression searched in the reply text, whatever the case.</source>
        <translation>Une expression régulière cherchée dans le texte de la réponse, quelle que soit la casse.</translation>
    </message>
    <message>
        <source>Hard puts the address in quarantine at once; Soft retries and counts toward quarantine; Ignored never quarantines.</source>
        <translation>Hard met l’adresse en quarantaine aussitôt&#xa0;; Soft réessaie et compte pour la quarantaine&#xa0;; Ignoré ne met jamais en quarantaine.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineActions</name>
    <message>
        <source>Denylist</source>
        <translation>Liste de blocage</translation>
    </message>
    <message>
        <source>Why (kept with the addresses):</source>
        <translation>Pourquoi (conservé avec les adresses)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) released.</source>
        <translation>
            <numerusform>%n adresse libérée.</numerusform>
            <numerusform>%n adresses libérées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) put on the denylist.</source>
        <translation>
            <numerusform>%n adresse mise sur la liste de blocage.</numerusform>
            <numerusform>%n adresses mises sur la liste de blocage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address</source>
        <translation>Filtrer par adresse</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Make the selected addresses valid again, their error count reset.</source>
        <translation>Rendre les adresses sélectionnées de nouveau valides, leur compteur d’erreurs remis à zéro.</translation>
    </message>
    <message>
        <source>&amp;Denylist…</source>
        <translation>Mettre sur la liste de &amp;blocage…</translation>
    </message>
    <message>
        <source>Never send to the selected addresses again.</source>
        <translation>Ne plus jamais envoyer aux adresses sélectionnées.</translation>
    </message>
    <message>
        <source>Every status but Valid</source>
        <translation>Tous les statuts sauf Valide</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineArea</name>
    <message>
        <source>Addresses set aside after permanent or repeated delivery errors. Deliveries skip the addresses in quarantine and the denylisted ones.</source>
        <translation>Adresses mises à l’écart après des erreurs de diffusion définitives ou répétées. Les diffusions ignorent les adresses en quarantaine et celles sur liste bloquée.</translation>
    </message>
    <message>
        <source>No address is in quarantine. Addresses that fail will be listed here with their status, error count and last error.</source>
        <translation>Aucune adresse n’est en quarantaine. Les adresses en échec apparaîtront ici avec leur statut, leur nombre d’erreurs et leur dernière erreur.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>First error on</source>
        <translation>Date de la première erreur</translation>
    </message>
    <message>
        <source>Last error on</source>
        <translation>Date de la dernière erreur</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineSection</name>
    <message>
        <source>Errors before quarantine</source>
        <translation>Erreurs avant la quarantaine</translation>
    </message>
    <message>
        <source>Errors count once per (seconds)</source>
        <translation>Erreurs comptées une fois par (secondes)</translation>
    </message>
    <message>
        <source>Release after errors (seconds)</source>
        <translation>Libération après erreurs (secondes)</translation>
    </message>
    <message>
        <source>Release a full mailbox (seconds)</source>
        <translation>Libération d’une boîte pleine (secondes)</translation>
    </message>
    <message>
        <source>An address is quarantined after this many significant errors.</source>
        <translation>Une adresse est mise en quarantaine après ce nombre d’erreurs significatives.</translation>
    </message>
    <message>
        <source>Errors of one address closer together than this count as one.</source>
        <translation>Les erreurs d’une même adresse plus rapprochées que cela comptent pour une.</translation>
    </message>
    <message>
        <source>Save the quarantine settings</source>
        <translation>Enregistrer les réglages de quarantaine</translation>
    </message>
    <message>
        <source>The quarantine setting %1 cannot be &quot;%2&quot;: give a whole number of at least %3, or leave it empty for the default.</source>
        <translation>Le réglage de quarantaine %1 ne peut pas valoir «&#xa0;%2&#xa0;»&#xa0;: donnez un nombre entier d’au moins %3, ou laissez-le vide pour la valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ReasonChart</name>
    <message>
        <source>Failure reasons</source>
        <translation>Raisons d’échec</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RecipientsArea</name>
    <message>
        <source>Recipient lists imported from CSV files, with how many of their addresses can receive mail.</source>
        <translation>Listes de destinataires importées de fichiers CSV, avec le nombre de leurs adresses pouvant recevoir des messages.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import recipients from a CSV file into a new or existing list</source>
        <translation>Importer des destinataires d’un fichier CSV dans une liste nouvelle ou existante</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>No recipient lists yet. Choose Import CSV… to load recipients from a CSV file into a new list.</source>
        <translation>Aucune liste de destinataires pour l’instant. Choisissez Importer un CSV… pour charger les destinataires d’un fichier CSV dans une nouvelle liste.</translation>
    </message>
    <message>
        <source>Import into “%1” finished.</source>
        <translation>Import dans «&#xa0;%1&#xa0;» terminé.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>L’import a échoué.</translation>
    </message>
    <message>
        <source>Import canceled. The list was left as it was.</source>
        <translation>Import annulé. La liste n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>The recipients could not be imported. The list was left as it was.</source>
        <translation>Les destinataires n’ont pas pu être importés. La liste n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ReplyTestBox</name>
    <message>
        <source>No rule matches: the reply would be counted in the list of replies to qualify.</source>
        <translation>Aucune règle ne correspond&#xa0;: la réponse serait comptée dans la liste des réponses à qualifier.</translation>
    </message>
    <message>
        <source>Rule %1 in the table: %2</source>
        <translation>Règle %1 du tableau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rule says %1, but a message refused for good is never Soft and one that is retried is never Hard.</source>
        <translation>La règle indique %1, mais un message refusé définitivement n’est jamais Soft et un message réessayé n’est jamais Hard.</translation>
    </message>
    <message>
        <source>&amp;Test this reply</source>
        <translation>&amp;Tester cette réponse</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;someone@example.com&gt;: User unknown</source>
        <translation>550 5.1.1 &lt;someone@example.com&gt;: User unknown</translation>
    </message>
    <message>
        <source>A reply as the server sent it; \n separates the lines of a multi-line reply. The result follows the rules as they are edited, before they are saved.</source>
        <translation>Une réponse telle que le serveur l’a envoyée&#xa0;; \n sépare les lignes d’une réponse sur plusieurs lignes. Le résultat suit les règles telles qu’elles sont modifiées, avant leur enregistrement.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Décidé par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RetrySection</name>
    <message>
        <source>First retry after (seconds)</source>
        <translation>Première nouvelle tentative après (secondes)</translation>
    </message>
    <message>
        <source>Longest wait between tries (seconds)</source>
        <translation>Attente maximale entre deux tentatives (secondes)</translation>
    </message>
    <message>
        <source>Spread (± %)</source>
        <translation>Dispersion (±&#xa0;%)</translation>
    </message>
    <message>
        <source>The wait before the second try; it doubles after each soft bounce.</source>
        <translation>L’attente avant la deuxième tentative&#xa0;; elle double après chaque échec temporaire.</translation>
    </message>
    <message>
        <source>The doubling stops at this wait.</source>
        <translation>Le doublement s’arrête à cette attente.</translation>
    </message>
    <message>
        <source>Each wait moves by up to this share, so that the retries of a burst spread out.</source>
        <translation>Chaque attente varie au plus de cette part, pour étaler les nouvelles tentatives d’une rafale.</translation>
    </message>
    <message>
        <source>Save the retry schedule</source>
        <translation>Enregistrer le calendrier des tentatives</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RouteDialog</name>
    <message>
        <source>Give the domain whose mail takes this route, such as example.com.</source>
        <translation>Donnez le domaine dont le courrier prend cette route, par exemple example.com.</translation>
    </message>
    <message>
        <source>The relay for every domain is set above, under &quot;Send everything through a relay&quot;.</source>
        <translation>Le relais de tous les domaines se règle plus haut, sous « Tout envoyer par un relais ».</translation>
    </message>
    <message>
        <source>Route of %1</source>
        <translation>Route de %1</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>Nouvelle route</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RouteForm</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT: write one host a line, such as relay.example.com:587.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme HÔTE:PORT&#xa0;: écrivez un hôte par ligne, par exemple relais.example.com:587.</translation>
    </message>
    <message>
        <source>Give at least one host.</source>
        <translation>Donnez au moins un hôte.</translation>
    </message>
    <message>
        <source>A route that signs in needs TLS: credentials are never sent in clear.</source>
        <translation>Une route qui s’authentifie exige TLS&#xa0;: les identifiants ne sont jamais envoyés en clair.</translation>
    </message>
    <message>
        <source>Give the user the password belongs to.</source>
        <translation>Donnez l’utilisateur auquel appartient le mot de passe.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>relay.example.com:587
backup.example.com:587</source>
        <translation>relais.example.com:587
secours.example.com:587</translation>
    </message>
    <message>
        <source>One HOST:PORT a line, in the order they are tried: the next one takes over when a host cannot be reached.</source>
        <translation>Un HÔTE:PORT par ligne, dans l’ordre où ils sont essayés&#xa0;: le suivant prend le relais quand un hôte est injoignable.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Never (plain text)</source>
        <translation>Jamais (en clair)</translation>
    </message>
    <message>
        <source>When offered (certificate not checked)</source>
        <translation>Quand il est proposé (certificat non vérifié)</translation>
    </message>
    <message>
        <source>Required (certificate not checked)</source>
        <translation>Obligatoire (certificat non vérifié)</translation>
    </message>
    <message>
        <source>Required, with a verified certificate</source>
        <translation>Obligatoire, avec un certificat vérifié</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Se connecter en tant que</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Sans authentification</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace</source>
        <translation>Gardé dans le trousseau du système, jamais dans l’espace de travail</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RuleTable</name>
    <message>
        <source>Saved: the deliveries that start from now on use these rules.</source>
        <translation>Enregistré&#xa0;: les diffusions qui démarrent désormais utilisent ces règles.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Unsaved changes: Save writes them to the workspace, Revert forgets them.</source>
        <translation>Modifications non enregistrées&#xa0;: Enregistrer les écrit dans l’espace de travail, Annuler les modifications les oublie.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a rule after the selected one (at the end when none is selected).</source>
        <translation>Ajouter une règle après celle qui est sélectionnée (à la fin si aucune ne l’est).</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Rules are tried from the top: the first that matches wins.</source>
        <translation>Les règles sont évaluées à partir du haut&#xa0;: la première qui correspond l’emporte.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>A&amp;nnuler les modifications</translation>
    </message>
    <message>
        <source>Forget the unsaved changes and show the rules as the workspace holds them.</source>
        <translation>Oublier les modifications non enregistrées et afficher les règles telles que l’espace de travail les contient.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Write the rules to the workspace: the next deliveries that start use them.</source>
        <translation>Écrire les règles dans l’espace de travail&#xa0;: les prochaines diffusions qui démarrent les utilisent.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::SendingSection</name>
    <message>
        <source>Deliver directly to each domain&apos;s mail servers (MX)</source>
        <translation>Livrer directement aux serveurs de messagerie de chaque domaine (MX)</translation>
    </message>
    <message>
        <source>Send everything through a relay</source>
        <translation>Tout envoyer par un relais</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Save the sending settings</source>
        <translation>Enregistrer les réglages d’envoi</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Routes of single domains: their mail goes to these hosts instead.</source>
        <translation>Routes de domaines particuliers : leur courrier va à ces hôtes à la place.</translation>
    </message>
    <message>
        <source>&amp;Add a route…</source>
        <translation>&amp;Ajouter une route…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>The route of %1 is saved.</source>
        <translation>La route de %1 est enregistrée.</translation>
    </message>
    <message>
        <source>Remove the route</source>
        <translation>Retirer la route</translation>
    </message>
    <message>
        <source>Remove the route of %1? Its mail then goes to its own MX hosts, or to the relay.</source>
        <translation>Retirer la route de %1 ? Son courrier ira alors à ses propres serveurs MX, ou au relais.</translation>
    </message>
    <message>
        <source>The route of %1 is removed.</source>
        <translation>La route de %1 est retirée.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::SettingsArea</name>
    <message>
        <source>Preferences of this console and of the workspace.</source>
        <translation>Préférences de cette console et de l’espace de travail.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The interface switches at once, numbers and dates included. Your choice is remembered for the next start.</source>
        <translation>L’interface change immédiatement de langue, nombres et dates compris. Votre choix est conservé pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>Clés DKIM</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Bounce mailbox</source>
        <translation>Boîte des retours</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::SettingsSection</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The workspace&apos;s settings could not be read: %1</source>
        <translation>Les réglages de l’espace de travail n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace refused the setting %1: %2</source>
        <translation>L’espace de travail a refusé le réglage %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::StatusChart</name>
    <message>
        <source>Messages by status</source>
        <translation>Messages par statut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a status, then its number of messages</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ThroughputChart</name>
    <message>
        <source>Messages per minute</source>
        <translation>Messages par minute</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed or deferred</source>
        <translation>En échec ou différés</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1&#xa0;h</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Afficher la dernière heure</translation>
    </message>
    <message>
        <source>3 h</source>
        <translation>3&#xa0;h</translation>
    </message>
    <message>
        <source>Show the last three hours</source>
        <translation>Afficher les trois dernières heures</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24&#xa0;h</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Afficher les dernières 24&#xa0;heures</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ToQualifyModel</name>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vue la dernière fois</translation>
    </message>
    <message>
        <source>How many replies of this kind no rule matched.</source>
        <translation>Nombre de réponses de ce genre qu’aucune règle n’a reconnues.</translation>
    </message>
    <message>
        <source>The reply with what changes from one message to the next (addresses, URLs, IP addresses, ids, numbers) replaced by &lt;address&gt;, &lt;url&gt;, &lt;ip&gt;, &lt;id&gt; and &lt;n&gt;.</source>
        <translation>La réponse, avec ce qui change d’un message à l’autre (adresses, URL, adresses IP, identifiants, nombres) remplacé par &lt;address&gt;, &lt;url&gt;, &lt;ip&gt;, &lt;id&gt; et &lt;n&gt;.</translation>
    </message>
    <message>
        <source>The last reply of this kind, as the server sent it.</source>
        <translation>La dernière réponse de ce genre, telle que le serveur l’a envoyée.</translation>
    </message>
</context>
</TS>
