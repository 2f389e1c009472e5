<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analysis</name>
    <message>
        <source>The subject is empty. Write a subject before analyzing.</source>
        <translation>The subject is empty. Write a subject before analyzing.</translation>
    </message>
    <message>
        <source>The subject holds a line break or another control character. Remove it: a subject is one line of text.</source>
        <translation>The subject holds a line break or another control character. Remove it: a subject is one line of text.</translation>
    </message>
    <message>
        <source>The sender address is empty.</source>
        <translation>The sender address is empty.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>The sender address &quot;%1&quot; is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The reply-to address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>The reply-to address &quot;%1&quot; is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The envelope sender &quot;%1&quot; is not a valid e-mail address: bounces could not come back.</source>
        <translation>The envelope sender &quot;%1&quot; is not a valid e-mail address: bounces could not come back.</translation>
    </message>
    <message>
        <source>Subject and sender are in order (sender %1).</source>
        <translation>Subject and sender are in order (sender %1).</translation>
    </message>
    <message>
        <source>The HTML content has no unsubscribe link. Add one, for example with {{unsubscribeUrl}}.</source>
        <translation>The HTML content has no unsubscribe link. Add one, for example with {{unsubscribeUrl}}.</translation>
    </message>
    <message>
        <source>The text content has no unsubscribe link. Add one, for example with {{unsubscribeUrl}}.</source>
        <translation>The text content has no unsubscribe link. Add one, for example with {{unsubscribeUrl}}.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) of the HTML content are not well-formed absolute URLs: %1.</source>
        <translation>
            <numerusform>%n link of the HTML content is not a well-formed absolute URL: %1.</numerusform>
            <numerusform>%n links of the HTML content are not well-formed absolute URLs: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subject is %1 characters long; mail readers cut it after about %2. Put what matters first.</source>
        <translation>The subject is %1 characters long; mail readers cut it after about %2. Put what matters first.</translation>
    </message>
    <message>
        <source>The largest message is %1 KB: above 60 KB, sending slows down and some providers clip it. Make the content lighter.</source>
        <translation>The largest message is %1 KB: above 60 KB, sending slows down and some providers clip it. Make the content lighter.</translation>
    </message>
    <message>
        <source>The largest message is %1 KB, above the recommended 35 KB.</source>
        <translation>The largest message is %1 KB, above the recommended 35 KB.</translation>
    </message>
    <message>
        <source>The largest message is %1 KB.</source>
        <translation>The largest message is %1 KB.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: no address (Address not specified).</source>
        <translation>
            <numerusform>%Ln recipient left out: no address (Address not specified).</numerusform>
            <numerusform>%Ln recipients left out: no address (Address not specified).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: the address is not valid (Bad-quality address).</source>
        <translation>
            <numerusform>%Ln recipient left out: the address is not valid (Bad-quality address).</numerusform>
            <numerusform>%Ln recipients left out: the address is not valid (Bad-quality address).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: on the denylist.</source>
        <translation>
            <numerusform>%Ln recipient left out: on the denylist.</numerusform>
            <numerusform>%Ln recipients left out: on the denylist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out: in quarantine.</source>
        <translation>
            <numerusform>%Ln recipient left out: in quarantine.</numerusform>
            <numerusform>%Ln recipients left out: in quarantine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out by the delivery&apos;s exclusion lists.</source>
        <translation>
            <numerusform>%Ln recipient left out by the delivery&apos;s exclusion lists.</numerusform>
            <numerusform>%Ln recipients left out by the delivery&apos;s exclusion lists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) left out: the same address comes earlier in the list.</source>
        <translation>
            <numerusform>%Ln duplicate left out: the same address comes earlier in the list.</numerusform>
            <numerusform>%Ln duplicates left out: the same address comes earlier in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out at random by the target limit.</source>
        <translation>
            <numerusform>%Ln recipient left out at random by the target limit.</numerusform>
            <numerusform>%Ln recipients left out at random by the target limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) kept aside as the control group (Control address).</source>
        <translation>
            <numerusform>%Ln recipient kept aside as the control group (Control address).</numerusform>
            <numerusform>%Ln recipients kept aside as the control group (Control address).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out.</source>
        <translation>
            <numerusform>%Ln recipient left out.</numerusform>
            <numerusform>%Ln recipients left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>No DKIM key signs this delivery: many providers will file unsigned messages as spam. Add a key for the sender&apos;s domain.</source>
        <translation>No DKIM key signs this delivery: many providers will file unsigned messages as spam. Add a key for the sender&apos;s domain.</translation>
    </message>
    <message>
        <source>The DKIM key cannot be used: %1</source>
        <translation>The DKIM key cannot be used: %1</translation>
    </message>
    <message>
        <source>Messages are DKIM-signed for %1 (selector %2).</source>
        <translation>Messages are DKIM-signed for %1 (selector %2).</translation>
    </message>
    <message>
        <source>The control group &quot;%1&quot; is neither a number of recipients (500) nor a share (5%).</source>
        <translation>The control group &quot;%1&quot; is neither a number of recipients (500) nor a share (5%).</translation>
    </message>
    <message>
        <source>The target limit must be at least 1 recipient.</source>
        <translation>The target limit must be at least 1 recipient.</translation>
    </message>
    <message>
        <source>No recipient is left to deliver to.</source>
        <translation>No recipient is left to deliver to.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The field %1 is empty for %Ln recipient(s), and %2 shows it without a fallback: write {{%1 | text}} or put it in a {{#%1}}…{{/%1}} section.</source>
        <translation>
            <numerusform>The field %1 is empty for %Ln recipient, and %2 shows it without a fallback: write {{%1 | text}} or put it in a {{#%1}}…{{/%1}} section.</numerusform>
            <numerusform>The field %1 is empty for %Ln recipients, and %2 shows it without a fallback: write {{%1 | text}} or put it in a {{#%1}}…{{/%1}} section.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln recipient(s), a value with a line break goes into the subject, the sender name or a header; it is sent with spaces instead.</source>
        <translation>
            <numerusform>For %Ln recipient, a value with a line break goes into the subject, the sender name or a header; it is sent with spaces instead.</numerusform>
            <numerusform>For %Ln recipients, a value with a line break goes into the subject, the sender name or a header; it is sent with spaces instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) cannot be personalized.</source>
        <translation>
            <numerusform>%Ln message cannot be personalized.</numerusform>
            <numerusform>%Ln messages cannot be personalized.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) personalized.</source>
        <translation>
            <numerusform>%Ln message personalized.</numerusform>
            <numerusform>%Ln messages personalized.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof for %Ln test address(es): %1.</source>
        <translation>
            <numerusform>Proof for %Ln test address: %1.</numerusform>
            <numerusform>Proof for %Ln test addresses: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The exclusion list &quot;%1&quot; does not exist. Import it or remove it from the delivery.</source>
        <translation>The exclusion list &quot;%1&quot; does not exist. Import it or remove it from the delivery.</translation>
    </message>
    <message>
        <source>The exclusion list &quot;%1&quot; has no usable address.</source>
        <translation>The exclusion list &quot;%1&quot; has no usable address.</translation>
    </message>
    <message>
        <source>DNS did not answer, so the DKIM record at %1 was not checked.</source>
        <translation>DNS did not answer, so the DKIM record at %1 was not checked.</translation>
    </message>
    <message>
        <source>No DKIM record is published at %1, so receivers cannot verify the messages&apos; DKIM signatures.</source>
        <translation>No DKIM record is published at %1, so receivers cannot verify the messages&apos; DKIM signatures.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 was not compared with the key %2, which cannot be read.</source>
        <translation>The DKIM record at %1 was not compared with the key %2, which cannot be read.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 matches the signing key.</source>
        <translation>The DKIM record at %1 matches the signing key.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 publishes another key than %2: receivers will find the signatures invalid.</source>
        <translation>The DKIM record at %1 publishes another key than %2: receivers will find the signatures invalid.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 revokes its key (empty p=): receivers will find the signatures invalid.</source>
        <translation>The DKIM record at %1 revokes its key (empty p=): receivers will find the signatures invalid.</translation>
    </message>
    <message>
        <source>The DKIM record at %1 is not a valid key record: receivers cannot verify the signatures.</source>
        <translation>The DKIM record at %1 is not a valid key record: receivers cannot verify the signatures.</translation>
    </message>
    <message>
        <source>DNS did not answer, so the SPF record of %1 was not checked.</source>
        <translation>DNS did not answer, so the SPF record of %1 was not checked.</translation>
    </message>
    <message>
        <source>The domain %1 publishes no SPF record, so receivers cannot check that this server may send its mail.</source>
        <translation>The domain %1 publishes no SPF record, so receivers cannot check that this server may send its mail.</translation>
    </message>
    <message>
        <source>The domain %1 publishes %2 SPF records: receivers treat that as an error (RFC 7208) and may reject the mail. Merge them into one.</source>
        <translation>The domain %1 publishes %2 SPF records: receivers treat that as an error (RFC 7208) and may reject the mail. Merge them into one.</translation>
    </message>
    <message>
        <source>The domain %1 publishes the SPF record “%2”.</source>
        <translation>The domain %1 publishes the SPF record “%2”.</translation>
    </message>
    <message>
        <source>DNS did not answer, so the DMARC record of %1 was not checked.</source>
        <translation>DNS did not answer, so the DMARC record of %1 was not checked.</translation>
    </message>
    <message>
        <source>The domain %1 publishes no DMARC record: the large mailbox providers require one from bulk senders.</source>
        <translation>The domain %1 publishes no DMARC record: the large mailbox providers require one from bulk senders.</translation>
    </message>
    <message>
        <source>The domain %1 publishes %2 DMARC records: receivers ignore them all (RFC 7489). Keep only one.</source>
        <translation>The domain %1 publishes %2 DMARC records: receivers ignore them all (RFC 7489). Keep only one.</translation>
    </message>
    <message>
        <source>The domain %1 has no DMARC record of its own; the one of %2 applies, with the policy p=%3.</source>
        <translation>The domain %1 has no DMARC record of its own; the one of %2 applies, with the policy p=%3.</translation>
    </message>
    <message>
        <source>The domain %1 publishes a DMARC record with the policy p=%2.</source>
        <translation>The domain %1 publishes a DMARC record with the policy p=%2.</translation>
    </message>
    <message>
        <source>Sending every message should take about %2 min under the MX rules: destinations are served side by side, and the longest is %1.</source>
        <translation>Sending every message should take about %2 min under the MX rules: destinations are served side by side, and the longest is %1.</translation>
    </message>
    <message>
        <source>Sending every message should take about %2 h %3 min under the MX rules: destinations are served side by side, and the longest is %1.</source>
        <translation>Sending every message should take about %2 h %3 min under the MX rules: destinations are served side by side, and the longest is %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %5 min under rule %2 (connections: %3, %4 per hour)</source>
        <translation>
            <numerusform>%1: %Ln message, about %5 min under rule %2 (connections: %3, %4 per hour)</numerusform>
            <numerusform>%1: %Ln messages, about %5 min under rule %2 (connections: %3, %4 per hour)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %5 h %6 min under rule %2 (connections: %3, %4 per hour)</source>
        <translation>
            <numerusform>%1: %Ln message, about %5 h %6 min under rule %2 (connections: %3, %4 per hour)</numerusform>
            <numerusform>%1: %Ln messages, about %5 h %6 min under rule %2 (connections: %3, %4 per hour)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %4 min under rule %2 (connections: %3, no hourly limit)</source>
        <translation>
            <numerusform>%1: %Ln message, about %4 min under rule %2 (connections: %3, no hourly limit)</numerusform>
            <numerusform>%1: %Ln messages, about %4 min under rule %2 (connections: %3, no hourly limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s), about %4 h %5 min under rule %2 (connections: %3, no hourly limit)</source>
        <translation>
            <numerusform>%1: %Ln message, about %4 h %5 min under rule %2 (connections: %3, no hourly limit)</numerusform>
            <numerusform>%1: %Ln messages, about %4 h %5 min under rule %2 (connections: %3, no hourly limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sending its %Ln message(s) takes about %3 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</source>
        <translation>
            <numerusform>%1: sending its %Ln message takes about %3 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</numerusform>
            <numerusform>%1: sending its %Ln messages takes about %3 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sending its %Ln message(s) takes about %3 h %4 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</source>
        <translation>
            <numerusform>%1: sending its %Ln message takes about %3 h %4 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</numerusform>
            <numerusform>%1: sending its %Ln messages takes about %3 h %4 min under the MX rules, and the validity period (%2) ends before: the remaining messages would fail. Give a longer validity period or loosen the MX rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %1 domains with the most messages were looked up in DNS; the other %2 (%Ln message(s)) are each estimated as a destination of their own, under the MX rule matching their name.</source>
        <translation>
            <numerusform>Only the %1 domains with the most messages were looked up in DNS; the other %2 (%Ln message) are each estimated as a destination of their own, under the MX rule matching their name.</numerusform>
            <numerusform>Only the %1 domains with the most messages were looked up in DNS; the other %2 (%Ln messages) are each estimated as a destination of their own, under the MX rule matching their name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Domains whose DNS lookup failed or did not answer in time: %1 (%2 in all, %Ln message(s)). Each is estimated as a destination of its own, under the MX rule matching its name.</source>
        <translation>
            <numerusform>Domains whose DNS lookup failed or did not answer in time: %1 (%2 in all, %Ln message). Each is estimated as a destination of its own, under the MX rule matching its name.</numerusform>
            <numerusform>Domains whose DNS lookup failed or did not answer in time: %1 (%2 in all, %Ln messages). Each is estimated as a destination of its own, under the MX rule matching its name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisStore</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>The delivery %1 started sending while it was analyzed; the analysis is not kept.</source>
        <translation>The delivery %1 started sending while it was analyzed; the analysis is not kept.</translation>
    </message>
    <message>
        <source>The delivery %1 changed while it was analyzed. Analyze it again.</source>
        <translation>The delivery %1 changed while it was analyzed. Analyze it again.</translation>
    </message>
    <message>
        <source>Analysis #%1: %2 to deliver, %3 left out.</source>
        <translation>Analysis #%1: %2 to deliver, %3 left out.</translation>
    </message>
</context>
<context>
    <name>BounceQualifier</name>
    <message>
        <source>The inbound rule %1 (“%2”) applies to bounces of kind “%3”, which does not exist: use one of %4. Correct its kind in the inbound_rule table.</source>
        <translation>The inbound rule %1 (“%2”) applies to bounces of kind “%3”, which does not exist: use one of %4. Correct its kind in the inbound_rule table.</translation>
    </message>
    <message>
        <source>The inbound rule %1 (“%2”) has a pattern that is not a valid regular expression: %3 at character %4. Correct its pattern in the inbound_rule table.</source>
        <translation>The inbound rule %1 (“%2”) has a pattern that is not a valid regular expression: %3 at character %4. Correct its pattern in the inbound_rule table.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The workspace file.</source>
        <translation>The workspace file.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The option --workspace PATH is required.</source>
        <translation>The option --workspace PATH is required.</translation>
    </message>
    <message>
        <source>Create a workspace, or migrate an existing one.</source>
        <translation>Create a workspace, or migrate an existing one.</translation>
    </message>
    <message>
        <source>Import recipients from a CSV file into a list.</source>
        <translation>Import recipients from a CSV file into a list.</translation>
    </message>
    <message>
        <source>Show the recipient lists with their counts.</source>
        <translation>Show the recipient lists with their counts.</translation>
    </message>
    <message>
        <source>Sign a message with DKIM, or print a key&apos;s DNS record.</source>
        <translation>Sign a message with DKIM, or print a key&apos;s DNS record.</translation>
    </message>
    <message>
        <source>The private key file, PEM: RSA of 1024 to 4096 bits, or Ed25519.</source>
        <translation>The private key file, PEM: RSA of 1024 to 4096 bits, or Ed25519.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Signs with DKIM the message read on standard input, and writes it signed on standard output. Give --selector and --key twice to sign with two keys (RSA and Ed25519).</source>
        <translation>Signs with DKIM the message read on standard input, and writes it signed on standard output. Give --selector and --key twice to sign with two keys (RSA and Ed25519).</translation>
    </message>
    <message>
        <source>The signing domain (d=).</source>
        <translation>The signing domain (d=).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>The selector (s=) the key is published under, one per --key.</source>
        <translation>The selector (s=) the key is published under, one per --key.</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>selector</translation>
    </message>
    <message>
        <source>Refuse keys of another algorithm: rsa-sha256 or ed25519-sha256.</source>
        <translation>Refuse keys of another algorithm: rsa-sha256 or ed25519-sha256.</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithm</translation>
    </message>
    <message>
        <source>relaxed (the default) or simple, for header and body.</source>
        <translation>relaxed (the default) or simple, for header and body.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>List From once more than it appears, so that no From can be added.</source>
        <translation>List From once more than it appears, so that no From can be added.</translation>
    </message>
    <message>
        <source>The options --domain, --selector and --key are required.</source>
        <translation>The options --domain, --selector and --key are required.</translation>
    </message>
    <message>
        <source>Give one --selector for each --key.</source>
        <translation>Give one --selector for each --key.</translation>
    </message>
    <message>
        <source>dkim sign reads the message on standard input; it takes no file.</source>
        <translation>dkim sign reads the message on standard input; it takes no file.</translation>
    </message>
    <message>
        <source>The algorithm is rsa-sha256 or ed25519-sha256.</source>
        <translation>The algorithm is rsa-sha256 or ed25519-sha256.</translation>
    </message>
    <message>
        <source>The canonicalization is relaxed or simple.</source>
        <translation>The canonicalization is relaxed or simple.</translation>
    </message>
    <message>
        <source>The key %1 is a key for %2, not for %3 as --algorithm asks.</source>
        <translation>The key %1 is a key for %2, not for %3 as --algorithm asks.</translation>
    </message>
    <message>
        <source>Cannot write the signed message on standard output.</source>
        <translation>Cannot write the signed message on standard output.</translation>
    </message>
    <message>
        <source>Prints the DNS TXT record that publishes the public half of a DKIM key, to put at SELECTOR._domainkey.DOMAIN.</source>
        <translation>Prints the DNS TXT record that publishes the public half of a DKIM key, to put at SELECTOR._domainkey.DOMAIN.</translation>
    </message>
    <message>
        <source>The option --key FILE is required.</source>
        <translation>The option --key FILE is required.</translation>
    </message>
    <message>
        <source>Unknown dkim action &quot;%1&quot;.</source>
        <translation>Unknown dkim action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sign the message read on standard input.</source>
        <translation>Sign the message read on standard input.</translation>
    </message>
    <message>
        <source>Print the DNS TXT record of a key.</source>
        <translation>Print the DNS TXT record of a key.</translation>
    </message>
    <message>
        <source>Run diffusion-cli dkim ACTION --help for the options of one action.</source>
        <translation>Run diffusion-cli dkim ACTION --help for the options of one action.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recipient(s) into the list &quot;%1&quot;.</source>
        <translation>
            <numerusform>Imported %Ln recipient into the list &quot;%1&quot;.</numerusform>
            <numerusform>Imported %Ln recipients into the list &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>  without address: %1</source>
        <translation>  without address: %1</translation>
    </message>
    <message>
        <source>  bad-quality address: %1</source>
        <translation>  bad-quality address: %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Rejected rows: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more rejected row(s).</source>
        <translation>
            <numerusform>… and %Ln more rejected row.</numerusform>
            <numerusform>… and %Ln more rejected rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports recipients from a CSV file (UTF-8, separated by commas or semicolons, with a header line naming the columns) into a list. Malformed rows are reported and skipped.</source>
        <translation>Imports recipients from a CSV file (UTF-8, separated by commas or semicolons, with a header line naming the columns) into a list. Malformed rows are reported and skipped.</translation>
    </message>
    <message>
        <source>The recipient list, created when missing.</source>
        <translation>The recipient list, created when missing.</translation>
    </message>
    <message>
        <source>Empty the list before importing.</source>
        <translation>Empty the list before importing.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>The CSV file to import.</translation>
    </message>
    <message>
        <source>The option --list NAME is required.</source>
        <translation>The option --list NAME is required.</translation>
    </message>
    <message>
        <source>Give one CSV file to import.</source>
        <translation>Give one CSV file to import.</translation>
    </message>
    <message>
        <source>Creates the workspace file, or migrates an existing one to this version&apos;s schema.</source>
        <translation>Creates the workspace file, or migrates an existing one to this version&apos;s schema.</translation>
    </message>
    <message>
        <source>Created the workspace %1 (schema %2).</source>
        <translation>Created the workspace %1 (schema %2).</translation>
    </message>
    <message>
        <source>Migrated the workspace %1 from schema %2 to %3.</source>
        <translation>Migrated the workspace %1 from schema %2 to %3.</translation>
    </message>
    <message>
        <source>The workspace %1 is up to date (schema %2).</source>
        <translation>The workspace %1 is up to date (schema %2).</translation>
    </message>
    <message>
        <source>Shows the recipient lists of a workspace with their counts.</source>
        <translation>Shows the recipient lists of a workspace with their counts.</translation>
    </message>
    <message>
        <source>%1 recipients, %2 usable, %3 without address, %4 bad-quality</source>
        <translation>%1 recipients, %2 usable, %3 without address, %4 bad-quality</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli COMMAND [options]</source>
        <translation>Usage: diffusion-cli COMMAND [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run diffusion-cli COMMAND --help for the options of one command.</source>
        <translation>Run diffusion-cli COMMAND --help for the options of one command.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>%1 is not UTF-8 text. Save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>Creates a delivery for a recipient list and prints its id.</source>
        <translation>Creates a delivery for a recipient list and prints its id.</translation>
    </message>
    <message>
        <source>The target recipient list.</source>
        <translation>The target recipient list.</translation>
    </message>
    <message>
        <source>The sender address.</source>
        <translation>The sender address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>The sender&apos;s display name (may be personalized).</source>
        <translation>The sender&apos;s display name (may be personalized).</translation>
    </message>
    <message>
        <source>The reply-to address.</source>
        <translation>The reply-to address.</translation>
    </message>
    <message>
        <source>The subject (may be personalized).</source>
        <translation>The subject (may be personalized).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>A name for the delivery in the console.</source>
        <translation>A name for the delivery in the console.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the HTML content.</source>
        <translation>A UTF-8 file with the HTML content.</translation>
    </message>
    <message>
        <source>A UTF-8 file with the text content.</source>
        <translation>A UTF-8 file with the text content.</translation>
    </message>
    <message>
        <source>How long messages may be retried, e.g. 5d, 36h, 90m, 30s (default 5d).</source>
        <translation>How long messages may be retried, e.g. 5d, 36h, 90m, 30s (default 5d).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>The PEM private key to sign with.</source>
        <translation>The PEM private key to sign with.</translation>
    </message>
    <message>
        <source>The DKIM selector the key is published under.</source>
        <translation>The DKIM selector the key is published under.</translation>
    </message>
    <message>
        <source>The DKIM signing domain (default: the sender&apos;s domain).</source>
        <translation>The DKIM signing domain (default: the sender&apos;s domain).</translation>
    </message>
    <message>
        <source>An extra header, &apos;Name: value&apos; (repeatable).</source>
        <translation>An extra header, &apos;Name: value&apos; (repeatable).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>The one-click unsubscribe URL (https, may be personalized).</source>
        <translation>The one-click unsubscribe URL (https, may be personalized).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The unsubscribe address (may be personalized).</source>
        <translation>The unsubscribe address (may be personalized).</translation>
    </message>
    <message>
        <source>Leave out the List-Unsubscribe headers.</source>
        <translation>Leave out the List-Unsubscribe headers.</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM) when it differs from the sender.</source>
        <translation>The envelope sender (MAIL FROM) when it differs from the sender.</translation>
    </message>
    <message>
        <source>Put the message id in the envelope sender (local+id@domain) to trace bounces.</source>
        <translation>Put the message id in the envelope sender (local+id@domain) to trace bounces.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>Give --dkim-key and --dkim-selector together.</source>
        <translation>Give --dkim-key and --dkim-selector together.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a validity period. Write a number and a unit: 5d, 36h, 90m or 30s.</source>
        <translation>&quot;%1&quot; is not a validity period. Write a number and a unit: 5d, 36h, 90m or 30s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header. Write it as &apos;Name: value&apos;.</source>
        <translation>&quot;%1&quot; is not a header. Write it as &apos;Name: value&apos;.</translation>
    </message>
    <message>
        <source>Give the content with --html FILE, --text FILE or both.</source>
        <translation>Give the content with --html FILE, --text FILE or both.</translation>
    </message>
    <message>
        <source>Write the signed message a recipient of a delivery would receive.</source>
        <translation>Write the signed message a recipient of a delivery would receive.</translation>
    </message>
    <message>
        <source>Writes on standard output the complete message, personalized and DKIM-signed, that a recipient of the delivery would receive.</source>
        <translation>Writes on standard output the complete message, personalized and DKIM-signed, that a recipient of the delivery would receive.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address, as in the list.</source>
        <translation>The recipient&apos;s address, as in the list.</translation>
    </message>
    <message>
        <source>The delivery id.</source>
        <translation>The delivery id.</translation>
    </message>
    <message>
        <source>Give one delivery id.</source>
        <translation>Give one delivery id.</translation>
    </message>
    <message>
        <source>The option --recipient ADDRESS is required.</source>
        <translation>The option --recipient ADDRESS is required.</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>%1 is not in the delivery&apos;s recipient list.</source>
        <translation>%1 is not in the delivery&apos;s recipient list.</translation>
    </message>
    <message>
        <source>Run a local SMTP relay that answers by a profile, for demos and fault tests.</source>
        <translation>Run a local SMTP relay that answers by a profile, for demos and fault tests.</translation>
    </message>
    <message>
        <source>Send a delivery and record every outcome (send --help).</source>
        <translation>Send a delivery and record every outcome (send --help).</translation>
    </message>
    <message>
        <source>Send a domain&apos;s mail to given hosts, or set the relay (route set|list|remove).</source>
        <translation>Send a domain&apos;s mail to given hosts, or set the relay (route set|list|remove).</translation>
    </message>
    <message>
        <source>Runs a small SMTP server that accepts mail and answers each recipient as a profile says, for demos and for testing how a sender copes with refusals, throttling and faults. It prints &quot;listening on ADDRESS:PORT&quot; once ready and runs until SIGTERM or SIGINT. The profile format is described in docs/relay.md.</source>
        <translation>Runs a small SMTP server that accepts mail and answers each recipient as a profile says, for demos and for testing how a sender copes with refusals, throttling and faults. It prints &quot;listening on ADDRESS:PORT&quot; once ready and runs until SIGTERM or SIGINT. The profile format is described in docs/relay.md.</translation>
    </message>
    <message>
        <source>The address and port to listen on, such as 127.0.0.1:2525; port 0 picks a free one.</source>
        <translation>The address and port to listen on, such as 127.0.0.1:2525; port 0 picks a free one.</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>address:port</translation>
    </message>
    <message>
        <source>The JSON profile of replies and faults (default: the built-in profile).</source>
        <translation>The JSON profile of replies and faults (default: the built-in profile).</translation>
    </message>
    <message>
        <source>The PEM certificate that makes the relay offer STARTTLS (with --tls-key).</source>
        <translation>The PEM certificate that makes the relay offer STARTTLS (with --tls-key).</translation>
    </message>
    <message>
        <source>The PEM private key of the certificate, without a passphrase.</source>
        <translation>The PEM private key of the certificate, without a passphrase.</translation>
    </message>
    <message>
        <source>Store each accepted message in this Maildir (new/), with its envelope prepended.</source>
        <translation>Store each accepted message in this Maildir (new/), with its envelope prepended.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Write one JSON line per connection and per transaction to this file (emptied first).</source>
        <translation>Write one JSON line per connection and per transaction to this file (emptied first).</translation>
    </message>
    <message>
        <source>The relay takes no file name; use its options.</source>
        <translation>The relay takes no file name; use its options.</translation>
    </message>
    <message>
        <source>The option --listen ADDRESS:PORT is required, for example --listen 127.0.0.1:0.</source>
        <translation>The option --listen ADDRESS:PORT is required, for example --listen 127.0.0.1:0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address and port; write it as 127.0.0.1:2525 or [::1]:0.</source>
        <translation>&quot;%1&quot; is not an address and port; write it as 127.0.0.1:2525 or [::1]:0.</translation>
    </message>
    <message>
        <source>Give --tls-cert and --tls-key together, or neither.</source>
        <translation>Give --tls-cert and --tls-key together, or neither.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2. Choose another address or port, or port 0 for any free one.</source>
        <translation>Cannot listen on %1: %2. Choose another address or port, or port 0 for any free one.</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM and SIGINT: %1.</source>
        <translation>Cannot watch for SIGTERM and SIGINT: %1.</translation>
    </message>
    <message>
        <source>Sends a domain&apos;s mail to the given hosts instead of its MX hosts, trying them in order. The domain * sets the relay for every domain without a route of its own.</source>
        <translation>Sends a domain&apos;s mail to the given hosts instead of its MX hosts, trying them in order. The domain * sets the relay for every domain without a route of its own.</translation>
    </message>
    <message>
        <source>disabled, opportunistic (the default), required or verify.</source>
        <translation>disabled, opportunistic (the default), required or verify.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>The domain, or * for the relay.</source>
        <translation>The domain, or * for the relay.</translation>
    </message>
    <message>
        <source>HOST:PORT, several for failover.</source>
        <translation>HOST:PORT, several for failover.</translation>
    </message>
    <message>
        <source>Give a domain and at least one HOST:PORT.</source>
        <translation>Give a domain and at least one HOST:PORT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>&quot;%1&quot; is not a domain name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT.</source>
        <translation>&quot;%1&quot; is not HOST:PORT.</translation>
    </message>
    <message>
        <source>The TLS policy is disabled, opportunistic, required or verify.</source>
        <translation>The TLS policy is disabled, opportunistic, required or verify.</translation>
    </message>
    <message>
        <source>Shows the routes: domain, hosts in failover order, TLS policy.</source>
        <translation>Shows the routes: domain, hosts in failover order, TLS policy.</translation>
    </message>
    <message>
        <source>Removes a domain&apos;s route; its mail goes to its MX hosts (or the relay) again.</source>
        <translation>Removes a domain&apos;s route; its mail goes to its MX hosts (or the relay) again.</translation>
    </message>
    <message>
        <source>Give one domain.</source>
        <translation>Give one domain.</translation>
    </message>
    <message>
        <source>There is no route for %1.</source>
        <translation>There is no route for %1.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli route set|list|remove [options]</source>
        <translation>Usage: diffusion-cli route set|list|remove [options]</translation>
    </message>
    <message>
        <source>%1 / %2 done: %3 sent, %4 failed, %5 deferred, %6 in flight</source>
        <translation>%1 / %2 done: %3 sent, %4 failed, %5 deferred, %6 in flight</translation>
    </message>
    <message>
        <source>Return only when every message has a final status (retries included).</source>
        <translation>Return only when every message has a final status (retries included).</translation>
    </message>
    <message>
        <source>Print the SMTP dialogue (C:/S: lines) on standard error.</source>
        <translation>Print the SMTP dialogue (C:/S: lines) on standard error.</translation>
    </message>
    <message>
        <source>Sending needs --confirm: it sends real mail.</source>
        <translation>Sending needs --confirm: it sends real mail.</translation>
    </message>
    <message>
        <source>Sign in to these hosts as this user (AUTH, over TLS only). The password is never stored: `send` reads it from DIFFUSION_SMTP_PASSWORD.</source>
        <translation>Sign in to these hosts as this user (AUTH, over TLS only). The password is never stored: `send` reads it from DIFFUSION_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>A route that signs in needs TLS: credentials are never sent in clear.</source>
        <translation>A route that signs in needs TLS: credentials are never sent in clear.</translation>
    </message>
    <message>
        <source>Add a signing key for a sender domain to a workspace.</source>
        <translation>Add a signing key for a sender domain to a workspace.</translation>
    </message>
    <message>
        <source>Adds a DKIM key for a sender domain to the workspace, and prints the DNS TXT record to publish at SELECTOR._domainkey.DOMAIN.</source>
        <translation>Adds a DKIM key for a sender domain to the workspace, and prints the DNS TXT record to publish at SELECTOR._domainkey.DOMAIN.</translation>
    </message>
    <message>
        <source>The sender domain (d=).</source>
        <translation>The sender domain (d=).</translation>
    </message>
    <message>
        <source>The selector (s=) the key is published under.</source>
        <translation>The selector (s=) the key is published under.</translation>
    </message>
    <message>
        <source>Run the workspace&apos;s engine for every confirmed delivery until stopped.</source>
        <translation>Run the workspace&apos;s engine for every confirmed delivery until stopped.</translation>
    </message>
    <message>
        <source>Show a delivery&apos;s KPIs (status --json for scripts).</source>
        <translation>Show a delivery&apos;s KPIs (status --json for scripts).</translation>
    </message>
    <message>
        <source>Print a delivery&apos;s log, one line per message (logs --json for scripts).</source>
        <translation>Print a delivery&apos;s log, one line per message (logs --json for scripts).</translation>
    </message>
    <message>
        <source>Show, release or denylist addresses (quarantine list|release|deny).</source>
        <translation>Show, release or denylist addresses (quarantine list|release|deny).</translation>
    </message>
    <message>
        <source>Asks the engine to pause, resume or stop a delivery. A stopped delivery cannot be resumed: its unsent messages are canceled.</source>
        <translation>Asks the engine to pause, resume or stop a delivery. A stopped delivery cannot be resumed: its unsent messages are canceled.</translation>
    </message>
    <message>
        <source>Delivery %1 does not exist or cannot be asked to %2 in its present state.</source>
        <translation>Delivery %1 does not exist or cannot be asked to %2 in its present state.</translation>
    </message>
    <message>
        <source>Asked; the engine applies it within a second.</source>
        <translation>Asked; the engine applies it within a second.</translation>
    </message>
    <message>
        <source>Done; no engine runs for this workspace now.</source>
        <translation>Done; no engine runs for this workspace now.</translation>
    </message>
    <message>
        <source>Runs the engine of a workspace until SIGTERM or Ctrl+C: it sends every confirmed delivery and applies the pause, resume and stop requests made from the console or diffusion-cli delivery.</source>
        <translation>Runs the engine of a workspace until SIGTERM or Ctrl+C: it sends every confirmed delivery and applies the pause, resume and stop requests made from the console or diffusion-cli delivery.</translation>
    </message>
    <message>
        <source>Delivery %1: sending.</source>
        <translation>Delivery %1: sending.</translation>
    </message>
    <message>
        <source>Delivery %1: done.</source>
        <translation>Delivery %1: done.</translation>
    </message>
    <message>
        <source>The engine runs for %1; stop it with Ctrl+C or SIGTERM.</source>
        <translation>The engine runs for %1; stop it with Ctrl+C or SIGTERM.</translation>
    </message>
    <message>
        <source>Prints a delivery&apos;s log: one line per message with its status, reason, retries and last reply.</source>
        <translation>Prints a delivery&apos;s log: one line per message with its status, reason, retries and last reply.</translation>
    </message>
    <message>
        <source>Only messages with this status: pending, taken_into_account, sent, failed, ignored or canceled.</source>
        <translation>Only messages with this status: pending, taken_into_account, sent, failed, ignored or canceled.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per message and per line (keys in docs/cli.md).</source>
        <translation>Print a JSON array, one object per message and per line (keys in docs/cli.md).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unknown status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the reply to qualify, as the server sent it: diffusion-cli qualify &quot;550 5.1.1 User unknown&quot;.</source>
        <translation>Give the reply to qualify, as the server sent it: diffusion-cli qualify &quot;550 5.1.1 User unknown&quot;.</translation>
    </message>
    <message>
        <source>Reply:  %1</source>
        <translation>Reply:  %1</translation>
    </message>
    <message>
        <source>Type:   %1 (%2)</source>
        <translation>Type:   %1 (%2)</translation>
    </message>
    <message>
        <source>Reason: %1 (%2)</source>
        <translation>Reason: %1 (%2)</translation>
    </message>
    <message>
        <source>Rule:   no rule matched: %1</source>
        <translation>Rule:   no rule matched: %1</translation>
    </message>
    <message>
        <source>Rule:   %1 — %2</source>
        <translation>Rule:   %1 — %2</translation>
    </message>
    <message>
        <source>No reply waits to be qualified.</source>
        <translation>No reply waits to be qualified.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s), last on %1: %2</source>
        <translation>
            <numerusform>%Ln time, last on %1: %2</numerusform>
            <numerusform>%Ln times, last on %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>for example: %1</translation>
    </message>
    <message>
        <source>Tells how the rules qualify a server&apos;s reply: failure type, reason and the rule that decides. With --to-qualify, lists the replies no rule matched, most frequent first.</source>
        <translation>Tells how the rules qualify a server&apos;s reply: failure type, reason and the rule that decides. With --to-qualify, lists the replies no rule matched, most frequent first.</translation>
    </message>
    <message>
        <source>The workspace whose rules apply; without it, the rules a new workspace gets.</source>
        <translation>The workspace whose rules apply; without it, the rules a new workspace gets.</translation>
    </message>
    <message>
        <source>List the replies no rule matched (needs --workspace).</source>
        <translation>List the replies no rule matched (needs --workspace).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The reply, e.g. &quot;550 5.1.1 User unknown&quot;; \n separates the lines of a multi-line reply.</source>
        <translation>The reply, e.g. &quot;550 5.1.1 User unknown&quot;; \n separates the lines of a multi-line reply.</translation>
    </message>
    <message>
        <source>--to-qualify lists the stored replies; it takes no reply.</source>
        <translation>--to-qualify lists the stored replies; it takes no reply.</translation>
    </message>
    <message>
        <source>--to-qualify needs the workspace: --workspace PATH.</source>
        <translation>--to-qualify needs the workspace: --workspace PATH.</translation>
    </message>
    <message>
        <source>No address has this status.</source>
        <translation>No address has this status.</translation>
    </message>
    <message>
        <source>The quarantine holds no address.</source>
        <translation>The quarantine holds no address.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>First error</source>
        <translation>First error</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Last reply</translation>
    </message>
    <message>
        <source>Shows the addresses the quarantine knows: status, error count, reason and last error.</source>
        <translation>Shows the addresses the quarantine knows: status, error count, reason and last error.</translation>
    </message>
    <message>
        <source>Only this status: valid, with_errors, quarantine, denylisted or allowlisted.</source>
        <translation>Only this status: valid, with_errors, quarantine, denylisted or allowlisted.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Print a JSON array instead of a table.</translation>
    </message>
    <message>
        <source>quarantine list takes no address.</source>
        <translation>quarantine list takes no address.</translation>
    </message>
    <message>
        <source>The status is valid, with_errors, quarantine, denylisted or allowlisted.</source>
        <translation>The status is valid, with_errors, quarantine, denylisted or allowlisted.</translation>
    </message>
    <message>
        <source>Give at least one address.</source>
        <translation>Give at least one address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>Makes addresses valid again (from quarantine, with errors or denylisted), their error count reset.</source>
        <translation>Makes addresses valid again (from quarantine, with errors or denylisted), their error count reset.</translation>
    </message>
    <message>
        <source>The addresses to release.</source>
        <translation>The addresses to release.</translation>
    </message>
    <message>
        <source>%1 is valid again.</source>
        <translation>%1 is valid again.</translation>
    </message>
    <message>
        <source>%1 is not in quarantine, with errors or denylisted: there is nothing to release. See diffusion-cli quarantine list.</source>
        <translation>%1 is not in quarantine, with errors or denylisted: there is nothing to release. See diffusion-cli quarantine list.</translation>
    </message>
    <message>
        <source>Puts addresses on the denylist: analysis leaves them out until they are released.</source>
        <translation>Puts addresses on the denylist: analysis leaves them out until they are released.</translation>
    </message>
    <message>
        <source>Why, in your words (kept as the note).</source>
        <translation>Why, in your words (kept as the note).</translation>
    </message>
    <message>
        <source>The addresses to denylist.</source>
        <translation>The addresses to denylist.</translation>
    </message>
    <message>
        <source>%1 is denylisted.</source>
        <translation>%1 is denylisted.</translation>
    </message>
    <message>
        <source>%1 was already denylisted.</source>
        <translation>%1 was already denylisted.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli quarantine list|release|deny [options]</source>
        <translation>Usage: diffusion-cli quarantine list|release|deny [options]</translation>
    </message>
    <message>
        <source>That engine sends delivery %1.</source>
        <translation>That engine sends delivery %1.</translation>
    </message>
    <message>
        <source>Sends a delivery through the routes and MX hosts, and records every outcome. Without --wait it returns once every message has been tried; the deferred ones wait for their retry. When another process runs the engine of the workspace, the delivery is handed to it.</source>
        <translation>Sends a delivery through the routes and MX hosts, and records every outcome. Without --wait it returns once every message has been tried; the deferred ones wait for their retry. When another process runs the engine of the workspace, the delivery is handed to it.</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;: %3</source>
        <translation>Delivery %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>To deliver</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Taken into account</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounces</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft bounces</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <source>Domains (sent / failed / soft bounces / to deliver):</source>
        <translation>Domains (sent / failed / soft bounces / to deliver):</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>… and %1 more domains (--json lists them all)</source>
        <translation>… and %1 more domains (--json lists them all)</translation>
    </message>
    <message>
        <source>Shows a delivery&apos;s KPIs: statuses, bounces, success rate, reasons, domains and throughput.</source>
        <translation>Shows a delivery&apos;s KPIs: statuses, bounces, success rate, reasons, domains and throughput.</translation>
    </message>
    <message>
        <source>Print one JSON object (keys in docs/cli.md).</source>
        <translation>Print one JSON object (keys in docs/cli.md).</translation>
    </message>
    <message>
        <source>Delivery %1 failed: %2</source>
        <translation>Delivery %1 failed: %2</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>about %1 h %2 min</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;, analysis #%3</source>
        <translation>Delivery %1 &quot;%2&quot;, analysis #%3</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Largest message</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Estimated duration</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed by its approval mode (%1): the engine starts it.</source>
        <translation>Confirmed by its approval mode (%1): the engine starts it.</translation>
    </message>
    <message>
        <source>To send it: diffusion-cli send --workspace WORKSPACE %1 --confirm</source>
        <translation>To send it: diffusion-cli send --workspace WORKSPACE %1 --confirm</translation>
    </message>
    <message>
        <source>Analyzes a delivery without sending anything: control rules, exclusions, personalization of every message, content checks, the sender domain&apos;s DNS records and the sending time. Prints what confirming will do. Exits with 1 when the analysis found an error.</source>
        <translation>Analyzes a delivery without sending anything: control rules, exclusions, personalization of every message, content checks, the sender domain&apos;s DNS records and the sending time. Prints what confirming will do. Exits with 1 when the analysis found an error.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>The analysis was canceled; the workspace is as it was.</source>
        <translation>The analysis was canceled; the workspace is as it was.</translation>
    </message>
    <message>
        <source>Analyze a delivery and print what confirming it will do (analyze --json for scripts).</source>
        <translation>Analyze a delivery and print what confirming it will do (analyze --json for scripts).</translation>
    </message>
    <message>
        <source>Send a proof of a delivery to at most 100 test addresses.</source>
        <translation>Send a proof of a delivery to at most 100 test addresses.</translation>
    </message>
    <message>
        <source>manual (the default: confirm after reading the analysis), semi-automatic (starts by itself when the analysis found neither error nor warning) or automatic (starts by itself without error).</source>
        <translation>manual (the default: confirm after reading the analysis), semi-automatic (starts by itself when the analysis found neither error nor warning) or automatic (starts by itself without error).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Send to every occurrence of an address (duplicates are left out by default).</source>
        <translation>Send to every occurrence of an address (duplicates are left out by default).</translation>
    </message>
    <message>
        <source>Send to this many recipients at most, chosen at random.</source>
        <translation>Send to this many recipients at most, chosen at random.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Keep aside a control group: a number of recipients (500) or a share (5%).</source>
        <translation>Keep aside a control group: a number of recipients (500) or a share (5%).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>Leave this address out (repeatable).</source>
        <translation>Leave this address out (repeatable).</translation>
    </message>
    <message>
        <source>Leave every address of this domain out (repeatable).</source>
        <translation>Leave every address of this domain out (repeatable).</translation>
    </message>
    <message>
        <source>Leave out every address of this recipient list (repeatable).</source>
        <translation>Leave out every address of this recipient list (repeatable).</translation>
    </message>
    <message>
        <source>The approval mode is manual, semi-automatic or automatic.</source>
        <translation>The approval mode is manual, semi-automatic or automatic.</translation>
    </message>
    <message>
        <source>The target limit is a number of recipients, at least 1.</source>
        <translation>The target limit is a number of recipients, at least 1.</translation>
    </message>
    <message>
        <source>Changes a delivery that has not been confirmed: only the options given change. Its analysis no longer holds; analyze it again. --exclude-* options add to its exclusions; --clear-exclusions removes them first.</source>
        <translation>Changes a delivery that has not been confirmed: only the options given change. Its analysis no longer holds; analyze it again. --exclude-* options add to its exclusions; --clear-exclusions removes them first.</translation>
    </message>
    <message>
        <source>Remove the delivery&apos;s exclusions before adding those given.</source>
        <translation>Remove the delivery&apos;s exclusions before adding those given.</translation>
    </message>
    <message>
        <source>Send to every recipient (remove the target limit).</source>
        <translation>Send to every recipient (remove the target limit).</translation>
    </message>
    <message>
        <source>Leave duplicates out again.</source>
        <translation>Leave duplicates out again.</translation>
    </message>
    <message>
        <source>Sends a proof of a delivery to test addresses (at most 100) and waits for the outcome. The subject starts with &quot;Proof #N&quot;, N rising with each analysis. The quarantine does not apply.</source>
        <translation>Sends a proof of a delivery to test addresses (at most 100) and waits for the outcome. The subject starts with &quot;Proof #N&quot;, N rising with each analysis. The quarantine does not apply.</translation>
    </message>
    <message>
        <source>Test addresses, separated by commas (repeatable).</source>
        <translation>Test addresses, separated by commas (repeatable).</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>addresses</translation>
    </message>
    <message>
        <source>Give the test addresses with --to.</source>
        <translation>Give the test addresses with --to.</translation>
    </message>
    <message>
        <source>Proof #%1 of delivery %2 (delivery %3).</source>
        <translation>Proof #%1 of delivery %2 (delivery %3).</translation>
    </message>
    <message>
        <source>Confirm the sending (required). The delivery must have a current analysis without errors (diffusion-cli analyze).</source>
        <translation>Confirm the sending (required). The delivery must have a current analysis without errors (diffusion-cli analyze).</translation>
    </message>
    <message>
        <source>The delivery %1 is finished: every message has its final status.</source>
        <translation>The delivery %1 is finished: every message has its final status.</translation>
    </message>
    <message>
        <source>Say pause, resume or stop.</source>
        <translation>Say pause, resume or stop.</translation>
    </message>
    <message>
        <source>Create, edit, duplicate or delete a delivery, or pause, resume or stop one (delivery create|edit|duplicate|delete|pause|resume|stop).</source>
        <translation>Create, edit, duplicate or delete a delivery, or pause, resume or stop one (delivery create|edit|duplicate|delete|pause|resume|stop).</translation>
    </message>
    <message>
        <source>Copies a delivery into a new one, being edited, and prints its id.</source>
        <translation>Copies a delivery into a new one, being edited, and prints its id.</translation>
    </message>
    <message>
        <source>Deletes a delivery with its log, analyses and proofs. A delivery being sent must be stopped first.</source>
        <translation>Deletes a delivery with its log, analyses and proofs. A delivery being sent must be stopped first.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli delivery create|edit|duplicate|delete|pause|resume|stop [options]</source>
        <translation>Usage: diffusion-cli delivery create|edit|duplicate|delete|pause|resume|stop [options]</translation>
    </message>
    <message>
        <source>Tell how a server&apos;s reply is qualified, list the replies no rule matched, or edit the rules (qualify rule list|add|edit|remove|move).</source>
        <translation>Tell how a server&apos;s reply is qualified, list the replies no rule matched, or edit the rules (qualify rule list|add|edit|remove|move).</translation>
    </message>
    <message>
        <source>Show or change the MX rules, the sending limits per destination (mx-rule list|set|remove).</source>
        <translation>Show or change the MX rules, the sending limits per destination (mx-rule list|set|remove).</translation>
    </message>
    <message>
        <source>There is no MX rule with the mask %1; mx-rule list shows them.</source>
        <translation>There is no MX rule with the mask %1; mx-rule list shows them.</translation>
    </message>
    <message>
        <source>Shows the MX rules in the order they are tried: the first whose mask matches an MX host applies.</source>
        <translation>Shows the MX rules in the order they are tried: the first whose mask matches an MX host applies.</translation>
    </message>
    <message>
        <source>no hourly limit</source>
        <translation>no hourly limit</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 per hour</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) per connection</source>
        <translation>
            <numerusform>%n message per connection</numerusform>
            <numerusform>%n messages per connection</numerusform>
        </translation>
    </message>
    <message>
        <source>timeouts %1/%2/%3 s</source>
        <translation>timeouts %1/%2/%3 s</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>Adds an MX rule, or changes the one with this mask (only the values given). A new rule goes before the generic rule *, or before the rule named by --before.</source>
        <translation>Adds an MX rule, or changes the one with this mask (only the values given). A new rule goes before the generic rule *, or before the rule named by --before.</translation>
    </message>
    <message>
        <source>Most connections open at once to one MX host (1 to 1,000).</source>
        <translation>Most connections open at once to one MX host (1 to 1,000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Messages sent on one connection before it is closed.</source>
        <translation>Messages sent on one connection before it is closed.</translation>
    </message>
    <message>
        <source>Most messages per hour to the hosts of this rule; 0 for no limit.</source>
        <translation>Most messages per hour to the hosts of this rule; 0 for no limit.</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection.</source>
        <translation>Seconds to wait for the connection.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to a command.</source>
        <translation>Seconds to wait for the answer to a command.</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer to the message.</source>
        <translation>Seconds to wait for the answer to the message.</translation>
    </message>
    <message>
        <source>default (the route&apos;s policy), disabled, opportunistic, required or verify.</source>
        <translation>default (the route&apos;s policy), disabled, opportunistic, required or verify.</translation>
    </message>
    <message>
        <source>Put the rule just before the rule with this mask.</source>
        <translation>Put the rule just before the rule with this mask.</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>mask</translation>
    </message>
    <message>
        <source>The MX host mask: * for any text, ? for one character (*.google.com).</source>
        <translation>The MX host mask: * for any text, ? for one character (*.google.com).</translation>
    </message>
    <message>
        <source>Give one mask.</source>
        <translation>Give one mask.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not “%2”.</source>
        <translation>--%1 takes a whole number, not “%2”.</translation>
    </message>
    <message>
        <source>The TLS policy is default, disabled, opportunistic, required or verify.</source>
        <translation>The TLS policy is default, disabled, opportunistic, required or verify.</translation>
    </message>
    <message>
        <source>The generic rule * stays last: it takes no --before.</source>
        <translation>The generic rule * stays last: it takes no --before.</translation>
    </message>
    <message>
        <source>Removes the MX rule with this mask; its MX hosts follow the next rule that matches them.</source>
        <translation>Removes the MX rule with this mask; its MX hosts follow the next rule that matches them.</translation>
    </message>
    <message>
        <source>The rule&apos;s mask, as mx-rule list shows it.</source>
        <translation>The rule&apos;s mask, as mx-rule list shows it.</translation>
    </message>
    <message>
        <source>The generic rule * applies to the MX hosts no other rule matches: change its values with mx-rule set &apos;*&apos;, but keep it.</source>
        <translation>The generic rule * applies to the MX hosts no other rule matches: change its values with mx-rule set &apos;*&apos;, but keep it.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli mx-rule list|set|remove [options]</source>
        <translation>Usage: diffusion-cli mx-rule list|set|remove [options]</translation>
    </message>
    <message>
        <source>There is no qualification rule %1; qualify rule list shows them.</source>
        <translation>There is no qualification rule %1; qualify rule list shows them.</translation>
    </message>
    <message>
        <source>The rule&apos;s name, shown with every reply it qualifies.</source>
        <translation>The rule&apos;s name, shown with every reply it qualifies.</translation>
    </message>
    <message>
        <source>The reply code: 550, 5?? (? any digit), 5* (* any run), empty for any; or an outcome without a reply: dns, connect, tls, auth, lost, local.</source>
        <translation>The reply code: 550, 5?? (? any digit), 5* (* any run), empty for any; or an outcome without a reply: dns, connect, tls, auth, lost, local.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>pattern</translation>
    </message>
    <message>
        <source>The enhanced status code: 5.1.1, 4.7.*, ?.2.2, empty for any.</source>
        <translation>The enhanced status code: 5.1.1, 4.7.*, ?.2.2, empty for any.</translation>
    </message>
    <message>
        <source>A regular expression searched in the reply text, case-insensitive; empty for any.</source>
        <translation>A regular expression searched in the reply text, case-insensitive; empty for any.</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>regex</translation>
    </message>
    <message>
        <source>soft, hard or ignored (add: the reason&apos;s usual type).</source>
        <translation>soft, hard or ignored (add: the reason&apos;s usual type).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The failure reason&apos;s id: %1.</source>
        <translation>The failure reason&apos;s id: %1.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>“%1” is not a failure reason: use one of %2.</source>
        <translation>“%1” is not a failure reason: use one of %2.</translation>
    </message>
    <message>
        <source>The failure type is soft, hard or ignored.</source>
        <translation>The failure type is soft, hard or ignored.</translation>
    </message>
    <message>
        <source>Shows the qualification rules in the order they are tried: the first that matches a reply gives its failure type and reason.</source>
        <translation>Shows the qualification rules in the order they are tried: the first that matches a reply gives its failure type and reason.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>enhanced %1</source>
        <translation>enhanced %1</translation>
    </message>
    <message>
        <source>text /%1/</source>
        <translation>text /%1/</translation>
    </message>
    <message>
        <source>any reply</source>
        <translation>any reply</translation>
    </message>
    <message>
        <source>Adds a qualification rule, at the end or before the rule given by --before, and prints its id.</source>
        <translation>Adds a qualification rule, at the end or before the rule given by --before, and prints its id.</translation>
    </message>
    <message>
        <source>Put the rule just before the rule with this id.</source>
        <translation>Put the rule just before the rule with this id.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Give the rule with options: --label, --code, --enhanced, --text, --type, --reason.</source>
        <translation>Give the rule with options: --label, --code, --enhanced, --text, --type, --reason.</translation>
    </message>
    <message>
        <source>A rule needs at least --label and --reason.</source>
        <translation>A rule needs at least --label and --reason.</translation>
    </message>
    <message>
        <source>--before takes a rule id, as qualify rule list shows it.</source>
        <translation>--before takes a rule id, as qualify rule list shows it.</translation>
    </message>
    <message>
        <source>Added rule %1.</source>
        <translation>Added rule %1.</translation>
    </message>
    <message>
        <source>Changes a qualification rule: only the options given.</source>
        <translation>Changes a qualification rule: only the options given.</translation>
    </message>
    <message>
        <source>The rule&apos;s id, as qualify rule list shows it.</source>
        <translation>The rule&apos;s id, as qualify rule list shows it.</translation>
    </message>
    <message>
        <source>Give one rule id.</source>
        <translation>Give one rule id.</translation>
    </message>
    <message>
        <source>Removes a qualification rule; the replies it matched go to the next rule that matches them.</source>
        <translation>Removes a qualification rule; the replies it matched go to the next rule that matches them.</translation>
    </message>
    <message>
        <source>Moves a qualification rule before another one, or to the end: the first rule that matches wins.</source>
        <translation>Moves a qualification rule before another one, or to the end: the first rule that matches wins.</translation>
    </message>
    <message>
        <source>Put the rule at the end.</source>
        <translation>Put the rule at the end.</translation>
    </message>
    <message>
        <source>Say where: --before ID or --last.</source>
        <translation>Say where: --before ID or --last.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli qualify rule list|add|edit|remove|move [options]</source>
        <translation>Usage: diffusion-cli qualify rule list|add|edit|remove|move [options]</translation>
    </message>
    <message>
        <source>a bounce, or a delivery report</source>
        <translation>a bounce, or a delivery report</translation>
    </message>
    <message>
        <source>a complaint from a feedback loop</source>
        <translation>a complaint from a feedback loop</translation>
    </message>
    <message>
        <source>an auto-reply</source>
        <translation>an auto-reply</translation>
    </message>
    <message>
        <source>not a bounce</source>
        <translation>not a bounce</translation>
    </message>
    <message>
        <source>Cannot read the message %1: %2. Give the path of a message file (.eml), or - for standard input.</source>
        <translation>Cannot read the message %1: %2. Give the path of a message file (.eml), or - for standard input.</translation>
    </message>
    <message>
        <source>Kind:       %1 — %2</source>
        <translation>Kind:       %1 — %2</translation>
    </message>
    <message>
        <source>Complaint:  %1</source>
        <translation>Complaint:  %1</translation>
    </message>
    <message>
        <source>From:       %1</source>
        <translation>From:       %1</translation>
    </message>
    <message>
        <source>Subject:    %1</source>
        <translation>Subject:    %1</translation>
    </message>
    <message>
        <source>Sent to:    %1</source>
        <translation>Sent to:    %1</translation>
    </message>
    <message>
        <source>About:      %1</source>
        <translation>About:      %1</translation>
    </message>
    <message>
        <source>No recipient: there is nothing to qualify.</source>
        <translation>No recipient: there is nothing to qualify.</translation>
    </message>
    <message>
        <source>Recipient:  %1</source>
        <translation>Recipient:  %1</translation>
    </message>
    <message>
        <source>Action:     %1</source>
        <translation>Action:     %1</translation>
    </message>
    <message>
        <source>Status:     %1</source>
        <translation>Status:     %1</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnostic: %1</translation>
    </message>
    <message>
        <source>Type:       %1 (%2)</source>
        <translation>Type:       %1 (%2)</translation>
    </message>
    <message>
        <source>Reason:     %1 (%2)</source>
        <translation>Reason:     %1 (%2)</translation>
    </message>
    <message>
        <source>Rule:       none matched</source>
        <translation>Rule:       none matched</translation>
    </message>
    <message>
        <source>Rule:       inbound rule %1 — %2</source>
        <translation>Rule:       inbound rule %1 — %2</translation>
    </message>
    <message>
        <source>Rule:       qualification rule %1 — %2</source>
        <translation>Rule:       qualification rule %1 — %2</translation>
    </message>
    <message>
        <source>Tells what a message from the bounce mailbox is (a bounce, a complaint, an auto-reply or none) and how each of its recipients is qualified.</source>
        <translation>Tells what a message from the bounce mailbox is (a bounce, a complaint, an auto-reply or none) and how each of its recipients is qualified.</translation>
    </message>
    <message>
        <source>The message file (.eml), or - for standard input.</source>
        <translation>The message file (.eml), or - for standard input.</translation>
    </message>
    <message>
        <source>Give one message file, or - for standard input.</source>
        <translation>Give one message file, or - for standard input.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli bounce parse FILE [--json] [--workspace PATH]</source>
        <translation>Usage: diffusion-cli bounce parse FILE [--json] [--workspace PATH]</translation>
    </message>
    <message>
        <source>Read the bounce mailbox and apply its bounces, complaints and auto-replies (inmail unmatched lists what matched nothing).</source>
        <translation>Read the bounce mailbox and apply its bounces, complaints and auto-replies (inmail unmatched lists what matched nothing).</translation>
    </message>
    <message>
        <source>Tell what a message from the bounce mailbox is and how its recipients are qualified (bounce parse FILE).</source>
        <translation>Tell what a message from the bounce mailbox is and how its recipients are qualified (bounce parse FILE).</translation>
    </message>
    <message>
        <source>Say what to do with DKIM: sign, record, add-key or remove-key.</source>
        <translation>Say what to do with DKIM: sign, record, add-key or remove-key.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli dkim sign|record|add-key|remove-key [options]</source>
        <translation>Usage: diffusion-cli dkim sign|record|add-key|remove-key [options]</translation>
    </message>
    <message>
        <source>Remove a sender domain&apos;s signing key from a workspace.</source>
        <translation>Remove a sender domain&apos;s signing key from a workspace.</translation>
    </message>
    <message>
        <source>Removes a sender domain&apos;s DKIM key from the workspace (the key file stays where it is).</source>
        <translation>Removes a sender domain&apos;s DKIM key from the workspace (the key file stays where it is).</translation>
    </message>
    <message>
        <source>The options --domain and --selector are required.</source>
        <translation>The options --domain and --selector are required.</translation>
    </message>
    <message>
        <source>There is no key for %1 with the selector %2.</source>
        <translation>There is no key for %1 with the selector %2.</translation>
    </message>
    <message>
        <source>The key of %1 (selector %2) is removed.</source>
        <translation>The key of %1 (selector %2) is removed.</translation>
    </message>
    <message>
        <source>There is no inbound rule %1; inmail rule list shows them.</source>
        <translation>There is no inbound rule %1; inmail rule list shows them.</translation>
    </message>
    <message>
        <source>The rule&apos;s id, as inmail rule list shows it.</source>
        <translation>The rule&apos;s id, as inmail rule list shows it.</translation>
    </message>
    <message>
        <source>The rule&apos;s name, shown with every bounce it qualifies.</source>
        <translation>The rule&apos;s name, shown with every bounce it qualifies.</translation>
    </message>
    <message>
        <source>The bounces it applies to: %1 (add: any).</source>
        <translation>The bounces it applies to: %1 (add: any).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>A regular expression searched, case-insensitive, in the recipient&apos;s status and diagnostic, then in those with the bounce&apos;s subject and text; empty for any.</source>
        <translation>A regular expression searched, case-insensitive, in the recipient&apos;s status and diagnostic, then in those with the bounce&apos;s subject and text; empty for any.</translation>
    </message>
    <message>
        <source>Shows the inbound rules in the order they are tried: the first that matches a bounce gives its failure type and reason.</source>
        <translation>Shows the inbound rules in the order they are tried: the first that matches a bounce gives its failure type and reason.</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>any text</translation>
    </message>
    <message>
        <source>pattern /%1/</source>
        <translation>pattern /%1/</translation>
    </message>
    <message>
        <source>%1 bounces, %2</source>
        <translation>%1 bounces, %2</translation>
    </message>
    <message>
        <source>Adds an inbound rule, at the end or before the rule given by --before, and prints its id.</source>
        <translation>Adds an inbound rule, at the end or before the rule given by --before, and prints its id.</translation>
    </message>
    <message>
        <source>Give the rule with options: --label, --kind, --pattern, --type, --reason.</source>
        <translation>Give the rule with options: --label, --kind, --pattern, --type, --reason.</translation>
    </message>
    <message>
        <source>--before takes a rule id, as inmail rule list shows it.</source>
        <translation>--before takes a rule id, as inmail rule list shows it.</translation>
    </message>
    <message>
        <source>Changes an inbound rule: only the options given.</source>
        <translation>Changes an inbound rule: only the options given.</translation>
    </message>
    <message>
        <source>Removes an inbound rule; the bounces it matched go to the next rule that matches them.</source>
        <translation>Removes an inbound rule; the bounces it matched go to the next rule that matches them.</translation>
    </message>
    <message>
        <source>Moves an inbound rule before another one, or to the end: the first rule that matches wins.</source>
        <translation>Moves an inbound rule before another one, or to the end: the first rule that matches wins.</translation>
    </message>
    <message>
        <source>Usage: diffusion-cli inmail rule list|add|edit|remove|move [options]</source>
        <translation>Usage: diffusion-cli inmail rule list|add|edit|remove|move [options]</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln message(s) read</source>
        <translation>
            <numerusform>%1: %Ln message read</numerusform>
            <numerusform>%1: %Ln messages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce(s) applied</source>
        <translation>
            <numerusform>%Ln bounce applied</numerusform>
            <numerusform>%Ln bounces applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-reply(-ies)</source>
        <translation>
            <numerusform>%Ln auto-reply</numerusform>
            <numerusform>%Ln auto-replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln unmatched</numerusform>
            <numerusform>%Ln unmatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a bounce</source>
        <translation>
            <numerusform>%Ln not a bounce</numerusform>
            <numerusform>%Ln not bounces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already read</source>
        <translation>
            <numerusform>%Ln already read</numerusform>
            <numerusform>%Ln already read</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the bounces inMail could not tie to a message we sent, newest first.</source>
        <translation>Lists the bounces inMail could not tie to a message we sent, newest first.</translation>
    </message>
    <message>
        <source>Print JSON, for scripts.</source>
        <translation>Print JSON, for scripts.</translation>
    </message>
    <message>
        <source>Reads the bounce mailbox: DSNs, complaints (ARF) and auto-replies are qualified and applied to the messages they are about; then they are deleted from the mailbox, or moved, or kept. Without a mailbox option, the one set in the console&apos;s settings is read. The server&apos;s password comes from %1, or is asked on the terminal.</source>
        <translation>Reads the bounce mailbox: DSNs, complaints (ARF) and auto-replies are qualified and applied to the messages they are about; then they are deleted from the mailbox, or moved, or kept. Without a mailbox option, the one set in the console&apos;s settings is read. The server&apos;s password comes from %1, or is asked on the terminal.</translation>
    </message>
    <message>
        <source>Read a local Maildir folder.</source>
        <translation>Read a local Maildir folder.</translation>
    </message>
    <message>
        <source>Read a local mbox file.</source>
        <translation>Read a local mbox file.</translation>
    </message>
    <message>
        <source>Read a POP3 mailbox over TLS: pop3s://user@host:995, or pop3://… with STARTTLS.</source>
        <translation>Read a POP3 mailbox over TLS: pop3s://user@host:995, or pop3://… with STARTTLS.</translation>
    </message>
    <message>
        <source>Read an IMAP folder over TLS: imaps://user@host:993/INBOX, or imap://… with STARTTLS.</source>
        <translation>Read an IMAP folder over TLS: imaps://user@host:993/INBOX, or imap://… with STARTTLS.</translation>
    </message>
    <message>
        <source>Leave the messages in the mailbox (they are not read twice).</source>
        <translation>Leave the messages in the mailbox (they are not read twice).</translation>
    </message>
    <message>
        <source>Move the messages to this folder (IMAP folder, Maildir sub-folder or mbox file).</source>
        <translation>Move the messages to this folder (IMAP folder, Maildir sub-folder or mbox file).</translation>
    </message>
    <message>
        <source>Read at most this many messages a session (default 500).</source>
        <translation>Read at most this many messages a session (default 500).</translation>
    </message>
    <message>
        <source>Trust the server certificates this authority (PEM) signed.</source>
        <translation>Trust the server certificates this authority (PEM) signed.</translation>
    </message>
    <message>
        <source>Do not check the server&apos;s certificate (tests only).</source>
        <translation>Do not check the server&apos;s certificate (tests only).</translation>
    </message>
    <message>
        <source>Give up on a server that does not answer within this many seconds (default 60).</source>
        <translation>Give up on a server that does not answer within this many seconds (default 60).</translation>
    </message>
    <message>
        <source>Read the mailbox again every DURATION (5m, 1h) until Ctrl+C or SIGTERM.</source>
        <translation>Read the mailbox again every DURATION (5m, 1h) until Ctrl+C or SIGTERM.</translation>
    </message>
    <message>
        <source>Print one JSON object a session, for scripts.</source>
        <translation>Print one JSON object a session, for scripts.</translation>
    </message>
    <message>
        <source>Give one mailbox: --maildir, --mbox, --pop3 or --imap.</source>
        <translation>Give one mailbox: --maildir, --mbox, --pop3 or --imap.</translation>
    </message>
    <message>
        <source>Choose --keep or --move-to, not both.</source>
        <translation>Choose --keep or --move-to, not both.</translation>
    </message>
    <message>
        <source>--every takes a duration such as 5m or 1h.</source>
        <translation>--every takes a duration such as 5m or 1h.</translation>
    </message>
    <message>
        <source>Give the mailbox to read (--maildir, --mbox, --pop3 or --imap), or set one in the console&apos;s settings. %1</source>
        <translation>Give the mailbox to read (--maildir, --mbox, --pop3 or --imap), or set one in the console&apos;s settings. %1</translation>
    </message>
    <message>
        <source>--max takes a number of messages, at least 1.</source>
        <translation>--max takes a number of messages, at least 1.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds, at least 1.</source>
        <translation>--timeout takes a number of seconds, at least 1.</translation>
    </message>
    <message>
        <source>Give the password of %1 in the environment variable %2.</source>
        <translation>Give the password of %1 in the environment variable %2.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Being edited</source>
        <translation>Being edited</translation>
    </message>
    <message>
        <source>Targeting pending</source>
        <translation>Targeting pending</translation>
    </message>
    <message>
        <source>Analysis in progress</source>
        <translation>Analysis in progress</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Pending confirmation</translation>
    </message>
    <message>
        <source>Start pending</source>
        <translation>Start pending</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Retry pending</source>
        <translation>Retry pending</translation>
    </message>
    <message>
        <source>Retry in progress</source>
        <translation>Retry in progress</translation>
    </message>
    <message>
        <source>Pause requested</source>
        <translation>Pause requested</translation>
    </message>
    <message>
        <source>Pause in progress</source>
        <translation>Pause in progress</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Taken into account by the service provider</source>
        <translation>Taken into account by the service provider</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>Delivery canceled</source>
        <translation>Delivery canceled</translation>
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
        <translation>Not defined</translation>
    </message>
    <message>
        <source>User unknown</source>
        <translation>User unknown</translation>
    </message>
    <message>
        <source>Invalid domain</source>
        <translation>Invalid domain</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Mailbox full</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Address not specified</source>
        <translation>Address not specified</translation>
    </message>
    <message>
        <source>Denylisted address</source>
        <translation>Denylisted address</translation>
    </message>
    <message>
        <source>Address in quarantine</source>
        <translation>Address in quarantine</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Bad-quality address</source>
        <translation>Bad-quality address</translation>
    </message>
    <message>
        <source>Target limited in size</source>
        <translation>Target limited in size</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Error ignored</source>
        <translation>Error ignored</translation>
    </message>
    <message>
        <source>Control address</source>
        <translation>Control address</translation>
    </message>
    <message>
        <source>Personalization error</source>
        <translation>Personalization error</translation>
    </message>
    <message>
        <source>Excluded by rule</source>
        <translation>Excluded by rule</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Denylisted</source>
        <translation>Denylisted</translation>
    </message>
    <message>
        <source>Allowlisted</source>
        <translation>Allowlisted</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Stop requested</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>The delivery %1 was stopped and cannot be sent again. Duplicate it to send it.</source>
        <translation>The delivery %1 was stopped and cannot be sent again. Duplicate it to send it.</translation>
    </message>
    <message>
        <source>The delivery %1 is finished.</source>
        <translation>The delivery %1 is finished.</translation>
    </message>
    <message>
        <source>The delivery %1 failed; its audit log says why. Duplicate it to send it.</source>
        <translation>The delivery %1 failed; its audit log says why. Duplicate it to send it.</translation>
    </message>
    <message>
        <source>The delivery %1 has not been analyzed. Analyze it (diffusion-cli analyze %1), read the report, then confirm.</source>
        <translation>The delivery %1 has not been analyzed. Analyze it (diffusion-cli analyze %1), read the report, then confirm.</translation>
    </message>
    <message>
        <source>The delivery %1 changed after its analysis #%2. Analyze it again, then confirm.</source>
        <translation>The delivery %1 changed after its analysis #%2. Analyze it again, then confirm.</translation>
    </message>
    <message numerus="yes">
        <source>The analysis #%2 of delivery %1 found %n error(s). Correct them and analyze again.</source>
        <translation>
            <numerusform>The analysis #%2 of delivery %1 found %n error. Correct them and analyze again.</numerusform>
            <numerusform>The analysis #%2 of delivery %1 found %n errors. Correct them and analyze again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery confirmed (%1).</source>
        <translation>Delivery confirmed (%1).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quote (&quot;) appears inside a field that does not start with one. Put the whole field in quotes and double each quote inside it.</source>
        <translation>A quote (&quot;) appears inside a field that does not start with one. Put the whole field in quotes and double each quote inside it.</translation>
    </message>
    <message>
        <source>Characters follow the closing quote of a field. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Characters follow the closing quote of a field. A quote inside a quoted field must be doubled (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>A quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is not in UTF-8: line %1 holds a byte that is not UTF-8. Nothing was imported. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>The file is not in UTF-8: line %1 holds a byte that is not UTF-8. Nothing was imported. Save the file as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
</context>
<context>
    <name>CurlSession</name>
    <message>
        <source>libcurl could not start, so %1 cannot be read: check the libcurl installation.</source>
        <translation>libcurl could not start, so %1 cannot be read: check the libcurl installation.</translation>
    </message>
    <message>
        <source>This libcurl cannot read %1 (an option was refused): install libcurl 7.85 or later with POP3, IMAP and TLS.</source>
        <translation>This libcurl cannot read %1 (an option was refused): install libcurl 7.85 or later with POP3, IMAP and TLS.</translation>
    </message>
    <message>
        <source>The session with %1 has ended: open the mailbox again.</source>
        <translation>The session with %1 has ended: open the mailbox again.</translation>
    </message>
    <message>
        <source>Could not find the server of %1: check its name.</source>
        <translation>Could not find the server of %1: check its name.</translation>
    </message>
    <message>
        <source>Could not connect to %1: check the host name and the port, and that the server is running.</source>
        <translation>Could not connect to %1: check the host name and the port, and that the server is running.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s): check the address and the port, and that the server is reachable.</source>
        <translation>
            <numerusform>%1 did not answer within %n second: check the address and the port, and that the server is reachable.</numerusform>
            <numerusform>%1 did not answer within %n seconds: check the address and the port, and that the server is reachable.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2): give the certificate of its authority (--ca-file), or check that %1 is the server&apos;s name.</source>
        <translation>The certificate of %1 is not trusted (%2): give the certificate of its authority (--ca-file), or check that %1 is the server&apos;s name.</translation>
    </message>
    <message>
        <source>Could not read the certificate authority file given for %1 (%2): give a PEM file.</source>
        <translation>Could not read the certificate authority file given for %1 (%2): give a PEM file.</translation>
    </message>
    <message>
        <source>Could not set up TLS with %1 (%2): check that the port is the server&apos;s port for this scheme (pop3s and imaps: TLS from the start; pop3 and imap: STARTTLS).</source>
        <translation>Could not set up TLS with %1 (%2): check that the port is the server&apos;s port for this scheme (pop3s and imaps: TLS from the start; pop3 and imap: STARTTLS).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, and the password must not travel in clear: use pop3s:// or imaps:// with the server&apos;s TLS port.</source>
        <translation>%1 does not offer STARTTLS, and the password must not travel in clear: use pop3s:// or imaps:// with the server&apos;s TLS port.</translation>
    </message>
    <message>
        <source>%1 cannot open the folder (%2): check the folder&apos;s name.</source>
        <translation>%1 cannot open the folder (%2): check the folder&apos;s name.</translation>
    </message>
    <message>
        <source>Could not log in to %1: the server refused the user name or password (%2). Check them.</source>
        <translation>Could not log in to %1: the server refused the user name or password (%2). Check them.</translation>
    </message>
    <message>
        <source>The folder of %1 was re-created on the server during the session (its UIDVALIDITY changed): read the mailbox again.</source>
        <translation>The folder of %1 was re-created on the server during the session (its UIDVALIDITY changed): read the mailbox again.</translation>
    </message>
    <message>
        <source>%1 has no such message or folder (%2).</source>
        <translation>%1 has no such message or folder (%2).</translation>
    </message>
    <message>
        <source>%1 refused the command %2 (%3).</source>
        <translation>%1 refused the command %2 (%3).</translation>
    </message>
    <message>
        <source>%1 closed the connection or answered something unexpected (%2): try again later, or check the server&apos;s logs.</source>
        <translation>%1 closed the connection or answered something unexpected (%2): try again later, or check the server&apos;s logs.</translation>
    </message>
    <message>
        <source>The session with %1 failed (%2): try again later, or check the server&apos;s logs.</source>
        <translation>The session with %1 failed (%2): try again later, or check the server&apos;s logs.</translation>
    </message>
</context>
<context>
    <name>DeliveryAnalysis</name>
    <message>
        <source>Control rules</source>
        <translation>Control rules</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filtering</translation>
    </message>
    <message>
        <source>Target limit and control group</source>
        <translation>Target limit and control group</translation>
    </message>
    <message>
        <source>Personalization</source>
        <translation>Personalization</translation>
    </message>
    <message>
        <source>Content checks</source>
        <translation>Content checks</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Sender domain</translation>
    </message>
    <message>
        <source>Sending time</source>
        <translation>Sending time</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>The delivery %1 is being sent or was sent: it cannot be analyzed again. Duplicate it to send another version.</source>
        <translation>The delivery %1 is being sent or was sent: it cannot be analyzed again. Duplicate it to send another version.</translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Last reply</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Connection error</translation>
    </message>
</context>
<context>
    <name>DeliveryMessages</name>
    <message>
        <source>Cannot read the DKIM keys: %1</source>
        <translation>Cannot read the DKIM keys: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>The workspace refused the delivery: %1</source>
        <translation>The workspace refused the delivery: %1</translation>
    </message>
    <message>
        <source>There is no recipient list named &quot;%1&quot;. Import one with: diffusion-cli import --list &quot;%1&quot; FILE.csv</source>
        <translation>There is no recipient list named &quot;%1&quot;. Import one with: diffusion-cli import --list &quot;%1&quot; FILE.csv</translation>
    </message>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>The delivery %1 is being sent or was sent, so it can no longer change. Duplicate it to send another version.</source>
        <translation>The delivery %1 is being sent or was sent, so it can no longer change. Duplicate it to send another version.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>delivery %1</translation>
    </message>
    <message>
        <source>The delivery %1 is being sent. Stop it before deleting it.</source>
        <translation>The delivery %1 is being sent. Stop it before deleting it.</translation>
    </message>
</context>
<context>
    <name>Dkim</name>
    <message>
        <source>Cannot read the DKIM key file %1: %2.</source>
        <translation>Cannot read the DKIM key file %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a DKIM private key; choose the PEM file of the key.</source>
        <translation>The file %1 is too large to be a DKIM private key; choose the PEM file of the key.</translation>
    </message>
    <message>
        <source>The DKIM key %1 is protected by a passphrase; save it without one (openssl pkey -in KEY -out PLAIN_KEY).</source>
        <translation>The DKIM key %1 is protected by a passphrase; save it without one (openssl pkey -in KEY -out PLAIN_KEY).</translation>
    </message>
    <message>
        <source>The DKIM key %1 is not a PEM private key; use an RSA or Ed25519 key as written by openssl genpkey.</source>
        <translation>The DKIM key %1 is not a PEM private key; use an RSA or Ed25519 key as written by openssl genpkey.</translation>
    </message>
    <message>
        <source>The DKIM key %1 is of type %2; DKIM signs with RSA or Ed25519 keys only.</source>
        <translation>The DKIM key %1 is of type %2; DKIM signs with RSA or Ed25519 keys only.</translation>
    </message>
    <message>
        <source>The DKIM key %1 is an RSA key of %2 bits; use a key of %3 to %4 bits (2048 is the usual choice).</source>
        <translation>The DKIM key %1 is an RSA key of %2 bits; use a key of %3 to %4 bits (2048 is the usual choice).</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the DKIM signature: %1.</source>
        <translation>OpenSSL could not compute the DKIM signature: %1.</translation>
    </message>
    <message>
        <source>The DKIM domain &quot;%1&quot; is not a valid domain name.</source>
        <translation>The DKIM domain &quot;%1&quot; is not a valid domain name.</translation>
    </message>
    <message>
        <source>DKIM signing needs at least one key.</source>
        <translation>DKIM signing needs at least one key.</translation>
    </message>
    <message>
        <source>The DKIM selector &quot;%1&quot; is not valid; use letters, digits, hyphens and dots.</source>
        <translation>The DKIM selector &quot;%1&quot; is not valid; use letters, digits, hyphens and dots.</translation>
    </message>
    <message>
        <source>The message to sign has lines that end without a carriage return; it must be signed as it will be sent, with CRLF.</source>
        <translation>The message to sign has lines that end without a carriage return; it must be signed as it will be sent, with CRLF.</translation>
    </message>
    <message>
        <source>The message has no From header field, which DKIM must sign.</source>
        <translation>The message has no From header field, which DKIM must sign.</translation>
    </message>
    <message>
        <source>Line %1 of the message header is not a header field (&quot;Name: value&quot;), so the message cannot be signed.</source>
        <translation>Line %1 of the message header is not a header field (&quot;Name: value&quot;), so the message cannot be signed.</translation>
    </message>
</context>
<context>
    <name>DkimKeyTable</name>
    <message>
        <source>The workspace refused the key: %1</source>
        <translation>The workspace refused the key: %1</translation>
    </message>
    <message>
        <source>The workspace refused to remove the key: %1</source>
        <translation>The workspace refused to remove the key: %1</translation>
    </message>
</context>
<context>
    <name>DnsMxResolver</name>
    <message>
        <source>The domain %1 has no mail server (no MX and no address).</source>
        <translation>The domain %1 has no mail server (no MX and no address).</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>DNS lookup of %1 failed: %2</translation>
    </message>
    <message>
        <source>The domain %1 accepts no mail (null MX).</source>
        <translation>The domain %1 accepts no mail (null MX).</translation>
    </message>
    <message>
        <source>The workspace setting dns.nameserver is “%1”, which is not an IP address. Give the address of a DNS server, such as 192.0.2.53, or remove the setting to use the system&apos;s resolver.</source>
        <translation>The workspace setting dns.nameserver is “%1”, which is not an IP address. Give the address of a DNS server, such as 192.0.2.53, or remove the setting to use the system&apos;s resolver.</translation>
    </message>
    <message>
        <source>The workspace setting smtp.direct_port is “%1”, which is not a port number from 1 to 65535. Correct it, or remove it to deliver on port 25.</source>
        <translation>The workspace setting smtp.direct_port is “%1”, which is not a port number from 1 to 65535. Correct it, or remove it to deliver on port 25.</translation>
    </message>
</context>
<context>
    <name>DnsTxtResolver</name>
    <message numerus="yes">
        <source>The DNS lookup of %1 got no answer within %n second(s).</source>
        <translation>
            <numerusform>The DNS lookup of %1 got no answer within %n second.</numerusform>
            <numerusform>The DNS lookup of %1 got no answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS lookup of %1 got no answer.</source>
        <translation>The DNS lookup of %1 got no answer.</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>The DNS lookup of %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngineLock</name>
    <message>
        <source>The engine of this workspace runs in process %1 (%2) on %3.</source>
        <translation>The engine of this workspace runs in process %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>The engine lock beside the workspace cannot be created: permission denied.</source>
        <translation>The engine lock beside the workspace cannot be created: permission denied.</translation>
    </message>
    <message>
        <source>The engine of this workspace runs in another process.</source>
        <translation>The engine of this workspace runs in another process.</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>The workspace file to open (default: the demo workspace, created on first start).</source>
        <translation>The workspace file to open (default: the demo workspace, created on first start).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Render the window once into a PNG file and quit (works with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Render the window once into a PNG file and quit (works with QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The interface language for this run: %1.</source>
        <translation>The interface language for this run: %1.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The area shown first: %1.</source>
        <translation>The area shown first: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Diffusion, the console for e-mail campaigns.</source>
        <translation>Diffusion, the console for e-mail campaigns.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --workspace needs the path of a workspace file.</source>
        <translation>The option --workspace needs the path of a workspace file.</translation>
    </message>
    <message>
        <source>The option --screenshot needs the path of a PNG file to write.</source>
        <translation>The option --screenshot needs the path of a PNG file to write.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Unknown language &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Unknown view &quot;%1&quot;. Choose one of: %2.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The option --delivery needs a delivery id.</source>
        <translation>The option --delivery needs a delivery id.</translation>
    </message>
    <message>
        <source>The analysis view needs --delivery ID.</source>
        <translation>The analysis view needs --delivery ID.</translation>
    </message>
    <message>
        <source>The delivery the analysis, editor, dashboard and logs views show (without it, the editor shows a new delivery).</source>
        <translation>The delivery the analysis, editor, dashboard and logs views show (without it, the editor shows a new delivery).</translation>
    </message>
</context>
<context>
    <name>ImapSource</name>
    <message>
        <source>The session with %1 has ended: open the mailbox again.</source>
        <translation>The session with %1 has ended: open the mailbox again.</translation>
    </message>
    <message>
        <source>%1 has no folder “%2” (the server said: %3): check the folder&apos;s name.</source>
        <translation>%1 has no folder “%2” (the server said: %3): check the folder&apos;s name.</translation>
    </message>
    <message>
        <source>%1 did not give the UIDVALIDITY of the folder “%2”, which keeps message keys stable: check that it is an IMAP4rev1 server.</source>
        <translation>%1 did not give the UIDVALIDITY of the folder “%2”, which keeps message keys stable: check that it is an IMAP4rev1 server.</translation>
    </message>
    <message>
        <source>%1 could not create the folder “%2” to move the messages to (the server said: %3): create it, or choose another one.</source>
        <translation>%1 could not create the folder “%2” to move the messages to (the server said: %3): create it, or choose another one.</translation>
    </message>
    <message>
        <source>The message “%1” does not come from this session with %2: fetch the messages again.</source>
        <translation>The message “%1” does not come from this session with %2: fetch the messages again.</translation>
    </message>
</context>
<context>
    <name>InMailSession</name>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>The workspace could not be read: %1</translation>
    </message>
</context>
<context>
    <name>InMailSettings</name>
    <message>
        <source>No bounce mailbox is set.</source>
        <translation>No bounce mailbox is set.</translation>
    </message>
</context>
<context>
    <name>InboundRuleEditing</name>
    <message>
        <source>Name the rule: the name is shown with every bounce it qualifies.</source>
        <translation>Name the rule: the name is shown with every bounce it qualifies.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of bounce: choose one of %2.</source>
        <translation>“%1” is not a kind of bounce: choose one of %2.</translation>
    </message>
    <message>
        <source>The pattern is not a valid regular expression: %1 at character %2.</source>
        <translation>The pattern is not a valid regular expression: %1 at character %2.</translation>
    </message>
    <message>
        <source>Choose the failure type: soft, hard or ignored.</source>
        <translation>Choose the failure type: soft, hard or ignored.</translation>
    </message>
    <message>
        <source>Choose a failure reason from the list.</source>
        <translation>Choose a failure reason from the list.</translation>
    </message>
    <message>
        <source>Rule %1 (“%2”): %3</source>
        <translation>Rule %1 (“%2”): %3</translation>
    </message>
    <message>
        <source>The inbound rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</source>
        <translation>The inbound rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</translation>
    </message>
</context>
<context>
    <name>MailboxSource</name>
    <message>
        <source>%1 is not a Maildir: it has no new and cur folders. Check the path.</source>
        <translation>%1 is not a Maildir: it has no new and cur folders. Check the path.</translation>
    </message>
    <message>
        <source>“%1” cannot be the name of a Maildir sub-folder: give a name without “/” that does not start with a dot, such as Processed.</source>
        <translation>“%1” cannot be the name of a Maildir sub-folder: give a name without “/” that does not start with a dot, such as Processed.</translation>
    </message>
    <message>
        <source>The mbox file %1 does not exist: check the path.</source>
        <translation>The mbox file %1 does not exist: check the path.</translation>
    </message>
    <message>
        <source>The handled messages cannot be moved to the mbox they come from (%1): give another file.</source>
        <translation>The handled messages cannot be moved to the mbox they come from (%1): give another file.</translation>
    </message>
    <message>
        <source>A POP3 server has no folders to move the handled messages to: choose to delete or to keep them, or read %1 over IMAP.</source>
        <translation>A POP3 server has no folders to move the handled messages to: choose to delete or to keep them, or read %1 over IMAP.</translation>
    </message>
    <message>
        <source>The handled messages cannot be moved to the folder they come from (%1): give another folder.</source>
        <translation>The handled messages cannot be moved to the folder they come from (%1): give another folder.</translation>
    </message>
    <message>
        <source>Give the password of %1.</source>
        <translation>Give the password of %1.</translation>
    </message>
    <message>
        <source>Give a cap of at least one message per session.</source>
        <translation>Give a cap of at least one message per session.</translation>
    </message>
    <message>
        <source>Give a timeout of at least one second.</source>
        <translation>Give a timeout of at least one second.</translation>
    </message>
    <message>
        <source>Give the folder to move the handled messages to.</source>
        <translation>Give the folder to move the handled messages to.</translation>
    </message>
    <message>
        <source>Give the path of the Maildir folder.</source>
        <translation>Give the path of the Maildir folder.</translation>
    </message>
    <message>
        <source>Give the path of the mbox file.</source>
        <translation>Give the path of the mbox file.</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: write it like %2.</source>
        <translation>“%1” is not a mailbox address: write it like %2.</translation>
    </message>
    <message>
        <source>“%1” does not start with %2:// or %3:// (%3 uses STARTTLS): write it like %4.</source>
        <translation>“%1” does not start with %2:// or %3:// (%3 uses STARTTLS): write it like %4.</translation>
    </message>
    <message>
        <source>“%1” has no user name: write it before the server, like %2.</source>
        <translation>“%1” has no user name: write it before the server, like %2.</translation>
    </message>
    <message>
        <source>Remove the password from “%1”: a password in an address ends up in histories and logs. Give it separately.</source>
        <translation>Remove the password from “%1”: a password in an address ends up in histories and logs. Give it separately.</translation>
    </message>
    <message>
        <source>“%1” has parts that a mailbox address does not have (“?”, “#” or “;”): write it like %2.</source>
        <translation>“%1” has parts that a mailbox address does not have (“?”, “#” or “;”): write it like %2.</translation>
    </message>
    <message>
        <source>A POP3 server has no folders: remove “/%1” from “%2”.</source>
        <translation>A POP3 server has no folders: remove “/%1” from “%2”.</translation>
    </message>
</context>
<context>
    <name>MaildirSource</name>
    <message>
        <source>The session with the Maildir %1 has ended: open it again.</source>
        <translation>The session with the Maildir %1 has ended: open it again.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 to move the messages to (%2): check that you may write in %3.</source>
        <translation>Could not create the folder %1 to move the messages to (%2): check that you may write in %3.</translation>
    </message>
    <message>
        <source>Could not give %1 to the owner of %2 (%3).</source>
        <translation>Could not give %1 to the owner of %2 (%3).</translation>
    </message>
    <message>
        <source>Could not delete %1 (%2): check that you may write in %3.</source>
        <translation>Could not delete %1 (%2): check that you may write in %3.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2 (%3): check that you may write in both folders.</source>
        <translation>Could not move %1 to %2 (%3): check that you may write in both folders.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>Delivery %1 has no analysis. Analyze it first: diffusion-cli analyze %1</source>
        <translation>Delivery %1 has no analysis. Analyze it first: diffusion-cli analyze %1</translation>
    </message>
</context>
<context>
    <name>MboxLock</name>
    <message numerus="yes">
        <source>The mbox %1 stays locked by another program (%2) after %n second(s): try again later, or remove a lock left by a program that has ended.</source>
        <translation>
            <numerusform>The mbox %1 stays locked by another program (%2) after %n second: try again later, or remove a lock left by a program that has ended.</numerusform>
            <numerusform>The mbox %1 stays locked by another program (%2) after %n seconds: try again later, or remove a lock left by a program that has ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MboxSource</name>
    <message>
        <source>Could not read the mbox %1 (%2).</source>
        <translation>Could not read the mbox %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not an mbox file: it does not start with a “From ” line. Check the path.</source>
        <translation>%1 is not an mbox file: it does not start with a “From ” line. Check the path.</translation>
    </message>
    <message>
        <source>The session with the mbox %1 has ended: open it again.</source>
        <translation>The session with the mbox %1 has ended: open it again.</translation>
    </message>
    <message>
        <source>Could not read the mbox %1 (%2): check the path and its permissions.</source>
        <translation>Could not read the mbox %1 (%2): check the path and its permissions.</translation>
    </message>
    <message>
        <source>The message at offset %1 was not read from %2 in this session: fetch the messages again.</source>
        <translation>The message at offset %1 was not read from %2 in this session: fetch the messages again.</translation>
    </message>
    <message>
        <source>Could not open the mbox %1 to move the messages to (%2): check the path and its permissions.</source>
        <translation>Could not open the mbox %1 to move the messages to (%2): check the path and its permissions.</translation>
    </message>
    <message>
        <source>Could not give %1 to the owner of %2 (%3).</source>
        <translation>Could not give %1 to the owner of %2 (%3).</translation>
    </message>
    <message>
        <source>Could not write to the mbox %1 (%2): check the free space and the permissions.</source>
        <translation>Could not write to the mbox %1 (%2): check the free space and the permissions.</translation>
    </message>
    <message>
        <source>Could not open the mbox %1 to remove the handled messages (%2): check its permissions.</source>
        <translation>Could not open the mbox %1 to remove the handled messages (%2): check its permissions.</translation>
    </message>
    <message>
        <source>Another program rewrote the mbox %1 during the session: nothing was removed from it, and its messages will be read again next time.</source>
        <translation>Another program rewrote the mbox %1 during the session: nothing was removed from it, and its messages will be read again next time.</translation>
    </message>
    <message>
        <source>Could not rewrite the mbox %1 (%2): check the free space; the messages handled in this session may be read again next time.</source>
        <translation>Could not rewrite the mbox %1 (%2): check the free space; the messages handled in this session may be read again next time.</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a valid header name (printable ASCII without spaces or colons).</source>
        <translation>&quot;%1&quot; is not a valid header name (printable ASCII without spaces or colons).</translation>
    </message>
    <message>
        <source>The header %1 is written by Diffusion and cannot be set by hand.</source>
        <translation>The header %1 is written by Diffusion and cannot be set by hand.</translation>
    </message>
    <message>
        <source>The header %1 is set twice.</source>
        <translation>The header %1 is set twice.</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>HTML content</source>
        <translation>HTML content</translation>
    </message>
    <message>
        <source>Text content</source>
        <translation>Text content</translation>
    </message>
    <message>
        <source>Unsubscribe URL</source>
        <translation>Unsubscribe URL</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>Unsubscribe address</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>Template syntax error at line %1, column %2: %3.</source>
        <translation>Template syntax error at line %1, column %2: %3.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; at line %2, column %3. Known fields: %4.</source>
        <translation>Unknown field &quot;%1&quot; at line %2, column %3. Known fields: %4.</translation>
    </message>
    <message>
        <source>the tag is not closed by &quot;%1&quot;</source>
        <translation>the tag is not closed by &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a change of delimiters is written {{=&lt;% %&gt;=}}, two delimiters without spaces or &quot;=&quot;</source>
        <translation>a change of delimiters is written {{=&lt;% %&gt;=}}, two delimiters without spaces or &quot;=&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; closes a section that is not open</source>
        <translation>&quot;%1&quot; closes a section that is not open</translation>
    </message>
    <message>
        <source>partials ({{&gt; name}}) are not supported</source>
        <translation>partials ({{&gt; name}}) are not supported</translation>
    </message>
    <message>
        <source>the section &quot;%1&quot; is not closed by {{/%1}}</source>
        <translation>the section &quot;%1&quot; is not closed by {{/%1}}</translation>
    </message>
</context>
<context>
    <name>MxRuleEditing</name>
    <message>
        <source>Give the MX host mask, such as *.google.com; * alone is the generic rule.</source>
        <translation>Give the MX host mask, such as *.google.com; * alone is the generic rule.</translation>
    </message>
    <message>
        <source>“%1” is not an MX host mask: use letters, digits, dots and hyphens, with * for any text and ? for one character, such as *.google.com.</source>
        <translation>“%1” is not an MX host mask: use letters, digits, dots and hyphens, with * for any text and ? for one character, such as *.google.com.</translation>
    </message>
    <message>
        <source>Allow between %1 and %2 connections at once to one MX host.</source>
        <translation>Allow between %1 and %2 connections at once to one MX host.</translation>
    </message>
    <message>
        <source>Send at least one message per connection.</source>
        <translation>Send at least one message per connection.</translation>
    </message>
    <message>
        <source>The hourly limit cannot be negative; 0 means no limit.</source>
        <translation>The hourly limit cannot be negative; 0 means no limit.</translation>
    </message>
    <message>
        <source>Wait at least one second for the connection.</source>
        <translation>Wait at least one second for the connection.</translation>
    </message>
    <message>
        <source>Wait at least one second for the answer to a command.</source>
        <translation>Wait at least one second for the answer to a command.</translation>
    </message>
    <message>
        <source>Wait at least one second for the answer to the message.</source>
        <translation>Wait at least one second for the answer to the message.</translation>
    </message>
    <message>
        <source>Another rule has the mask “%1” already: change that one instead.</source>
        <translation>Another rule has the mask “%1” already: change that one instead.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Rule %1 (%2): %3</translation>
    </message>
    <message>
        <source>Two rules have the mask “%1”: only the first would ever apply. Change or delete one.</source>
        <translation>Two rules have the mask “%1”: only the first would ever apply. Change or delete one.</translation>
    </message>
    <message>
        <source>Keep a generic rule, with the mask *, at the end: it applies to the MX hosts no other rule matches.</source>
        <translation>Keep a generic rule, with the mask *, at the end: it applies to the MX hosts no other rule matches.</translation>
    </message>
    <message>
        <source>Move the generic rule * to the end: the rules after it would never apply.</source>
        <translation>Move the generic rule * to the end: the rules after it would never apply.</translation>
    </message>
    <message>
        <source>The MX rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</source>
        <translation>The MX rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Relay password</source>
        <translation>Relay password</translation>
    </message>
    <message>
        <source>%1
The route for %2 signs in as %3. Its password is used for this session only:</source>
        <translation>%1
The route for %2 signs in as %3. Its password is used for this session only:</translation>
    </message>
    <message>
        <source>Bounce mailbox password</source>
        <translation>Bounce mailbox password</translation>
    </message>
    <message>
        <source>%1
The bounce mailbox %2 signs in as %3. Its password is used for this session only:</source>
        <translation>%1
The bounce mailbox %2 signs in as %3. Its password is used for this session only:</translation>
    </message>
</context>
<context>
    <name>Pop3Source</name>
    <message>
        <source>The session with %1 has ended: open the mailbox again.</source>
        <translation>The session with %1 has ended: open the mailbox again.</translation>
    </message>
    <message>
        <source>%1 keeps closing the connection, so the messages handled in this session were not deleted: they will be read again next time. Check the server&apos;s logs.</source>
        <translation>%1 keeps closing the connection, so the messages handled in this session were not deleted: they will be read again next time. Check the server&apos;s logs.</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>The delivery %1 is itself a proof.</source>
        <translation>The delivery %1 is itself a proof.</translation>
    </message>
    <message>
        <source>Give at least one address to send the proof to.</source>
        <translation>Give at least one address to send the proof to.</translation>
    </message>
    <message>
        <source>A proof goes to at most %1 addresses; %2 were given.</source>
        <translation>A proof goes to at most %1 addresses; %2 were given.</translation>
    </message>
    <message>
        <source>These proof addresses are not valid: %1.</source>
        <translation>These proof addresses are not valid: %1.</translation>
    </message>
    <message>
        <source>The proof cannot be sent: %1</source>
        <translation>The proof cannot be sent: %1</translation>
    </message>
    <message>
        <source>Proof #%1 of %2</source>
        <translation>Proof #%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Proof #%1 sent to %n address(es).</source>
        <translation>
            <numerusform>Proof #%1 sent to %n address.</numerusform>
            <numerusform>Proof #%1 sent to %n addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualificationRuleEditing</name>
    <message>
        <source>Name the rule: the name is shown with every reply it qualifies.</source>
        <translation>Name the rule: the name is shown with every reply it qualifies.</translation>
    </message>
    <message>
        <source>“%1” is not a reply code: write three digits such as 550, with ? for any digit such as 5??, or * for any run such as 5*; leave it empty for any code, or name an outcome without a reply: %2.</source>
        <translation>“%1” is not a reply code: write three digits such as 550, with ? for any digit such as 5??, or * for any run such as 5*; leave it empty for any code, or name an outcome without a reply: %2.</translation>
    </message>
    <message>
        <source>Only refusals are qualified: a reply code starts with 4 or 5.</source>
        <translation>Only refusals are qualified: a reply code starts with 4 or 5.</translation>
    </message>
    <message>
        <source>An outcome without a reply has no enhanced status code: leave it empty.</source>
        <translation>An outcome without a reply has no enhanced status code: leave it empty.</translation>
    </message>
    <message>
        <source>“%1” is not an enhanced status code: write class.subject.detail, such as 5.1.1, 4.7.* or ?.2.2, or leave it empty for any.</source>
        <translation>“%1” is not an enhanced status code: write class.subject.detail, such as 5.1.1, 4.7.* or ?.2.2, or leave it empty for any.</translation>
    </message>
    <message>
        <source>The text pattern is not a valid regular expression: %1 at character %2.</source>
        <translation>The text pattern is not a valid regular expression: %1 at character %2.</translation>
    </message>
    <message>
        <source>Choose the failure type: soft, hard or ignored.</source>
        <translation>Choose the failure type: soft, hard or ignored.</translation>
    </message>
    <message>
        <source>A 5xx reply refuses the message for good, so it is never retried: choose Hard or Ignored, not Soft.</source>
        <translation>A 5xx reply refuses the message for good, so it is never retried: choose Hard or Ignored, not Soft.</translation>
    </message>
    <message>
        <source>A 4xx reply or a connection failure is retried, so it is never Hard: choose Soft or Ignored.</source>
        <translation>A 4xx reply or a connection failure is retried, so it is never Hard: choose Soft or Ignored.</translation>
    </message>
    <message>
        <source>Choose a failure reason from the list.</source>
        <translation>Choose a failure reason from the list.</translation>
    </message>
    <message>
        <source>Rule %1 (“%2”): %3</source>
        <translation>Rule %1 (“%2”): %3</translation>
    </message>
    <message>
        <source>The qualification rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</source>
        <translation>The qualification rules were changed elsewhere (another window or diffusion-cli) since they were read. Revert to read them again, then make your changes again.</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <source>The qualification rule %1 (“%2”) has a text pattern that is not a valid regular expression: %3 at character %4. Correct its text_regex in the qualification_rule table.</source>
        <translation>The qualification rule %1 (“%2”) has a text pattern that is not a valid regular expression: %3 at character %4. Correct its text_regex in the qualification_rule table.</translation>
    </message>
</context>
<context>
    <name>QuarantineSettings</name>
    <message>
        <source>The workspace setting %1 is &quot;%2&quot;, which is not a whole number of at least %3. The default, %4, is used; correct the setting or remove it.</source>
        <translation>The workspace setting %1 is &quot;%2&quot;, which is not a whole number of at least %3. The default, %4, is used; correct the setting or remove it.</translation>
    </message>
</context>
<context>
    <name>RecipientColumns</name>
    <message>
        <source>the e-mail address</source>
        <translation>the e-mail address</translation>
    </message>
    <message>
        <source>the first name</source>
        <translation>the first name</translation>
    </message>
    <message>
        <source>the last name</source>
        <translation>the last name</translation>
    </message>
    <message>
        <source>Column %1 of the header (the first line) has no name. Give every column a name.</source>
        <translation>Column %1 of the header (the first line) has no name. Give every column a name.</translation>
    </message>
    <message>
        <source>The header names two columns &quot;%1&quot; (columns %2 and %3). Give each column its own name.</source>
        <translation>The header names two columns &quot;%1&quot; (columns %2 and %3). Give each column its own name.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both hold %3. Rename or remove one of them.</source>
        <translation>The columns &quot;%1&quot; and &quot;%2&quot; both hold %3. Rename or remove one of them.</translation>
    </message>
    <message>
        <source>The file has no e-mail column. Its columns are: %1. Name the column of addresses &quot;email&quot; in the first line.</source>
        <translation>The file has no e-mail column. Its columns are: %1. Name the column of addresses &quot;email&quot; in the first line.</translation>
    </message>
</context>
<context>
    <name>RecipientImport</name>
    <message>
        <source>The file %1 is empty. A recipient file starts with a line naming its columns, then has one line per recipient.</source>
        <translation>The file %1 is empty. A recipient file starts with a line naming its columns, then has one line per recipient.</translation>
    </message>
    <message>
        <source>The header of %1 (line %2) is malformed: %3</source>
        <translation>The header of %1 (line %2) is malformed: %3</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln field(s); the header has %1.</source>
        <translation>
            <numerusform>The row has %Ln field; the header has %1.</numerusform>
            <numerusform>The row has %Ln fields; the header has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient list needs a name.</source>
        <translation>The recipient list needs a name.</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>The import was canceled; the list was left as it was.</source>
        <translation>The import was canceled; the list was left as it was.</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>Cannot write the relay log %1: %2. Choose another path.</source>
        <translation>Cannot write the relay log %1: %2. Choose another path.</translation>
    </message>
    <message>
        <source>Cannot create the Maildir folder %1. Check the path and its permissions.</source>
        <translation>Cannot create the Maildir folder %1. Check the path and its permissions.</translation>
    </message>
    <message>
        <source>Cannot write the message file %1: %2.</source>
        <translation>Cannot write the message file %1: %2.</translation>
    </message>
    <message>
        <source>Cannot move the message file %1 into %2/new.</source>
        <translation>Cannot move the message file %1 into %2/new.</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at line %2, column %3</source>
        <translation>it is not valid JSON: %1 at line %2, column %3</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;rules&quot; and &quot;faults&quot; lists</source>
        <translation>the top level must be a JSON object with &quot;rules&quot; and &quot;faults&quot; lists</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>&quot;hostname&quot; must be one name, without spaces</source>
        <translation>&quot;hostname&quot; must be one name, without spaces</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>fault %1</source>
        <translation>fault %1</translation>
    </message>
    <message>
        <source>Cannot use the relay profile %1: %2. Correct the file (docs/relay.md describes the format).</source>
        <translation>Cannot use the relay profile %1: %2. Correct the file (docs/relay.md describes the format).</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>unknown key &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>each entry must be a JSON object</source>
        <translation>each entry must be a JSON object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in quotes</source>
        <translation>&quot;%1&quot; must be a text in quotes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be a pattern such as &quot;*@*.invalid&quot; or &quot;example.com&quot;</source>
        <translation>&quot;match&quot; must be a pattern such as &quot;*@*.invalid&quot; or &quot;example.com&quot;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; is missing</source>
        <translation>&quot;reply&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;reply&quot; must start with a code from 400 to 599 and a space, such as &quot;421 4.3.2 Try later&quot;</source>
        <translation>&quot;reply&quot; must start with a code from 400 to 599 and a space, such as &quot;421 4.3.2 Try later&quot;</translation>
    </message>
    <message>
        <source>&quot;reply&quot; must start with a 2xx, 4xx or 5xx code and a space, such as &quot;550 5.1.1 User unknown&quot;</source>
        <translation>&quot;reply&quot; must start with a 2xx, 4xx or 5xx code and a space, such as &quot;550 5.1.1 User unknown&quot;</translation>
    </message>
    <message>
        <source>&quot;phase&quot; must be &quot;rcpt&quot; (the reply to RCPT TO, the default) or &quot;dot&quot; (the reply after the final &quot;.&quot;)</source>
        <translation>&quot;phase&quot; must be &quot;rcpt&quot; (the reply to RCPT TO, the default) or &quot;dot&quot; (the reply after the final &quot;.&quot;)</translation>
    </message>
    <message>
        <source>&quot;fault&quot; must be one of %1</source>
        <translation>&quot;fault&quot; must be one of %1</translation>
    </message>
    <message>
        <source>a %1 fault needs a &quot;phase&quot;: one of %2</source>
        <translation>a %1 fault needs a &quot;phase&quot;: one of %2</translation>
    </message>
    <message>
        <source>a %1 fault cannot happen at the phase &quot;%2&quot;; use one of %3</source>
        <translation>a %1 fault cannot happen at the phase &quot;%2&quot;; use one of %3</translation>
    </message>
    <message>
        <source>&quot;match&quot; limits a fault to recipients, so its phase must be rcpt, data, content or dot</source>
        <translation>&quot;match&quot; limits a fault to recipients, so its phase must be rcpt, data, content or dot</translation>
    </message>
    <message>
        <source>&quot;after_bytes&quot; only applies at the phase &quot;content&quot;</source>
        <translation>&quot;after_bytes&quot; only applies at the phase &quot;content&quot;</translation>
    </message>
    <message>
        <source>a delay fault needs &quot;ms&quot;, the delay in milliseconds</source>
        <translation>a delay fault needs &quot;ms&quot;, the delay in milliseconds</translation>
    </message>
    <message>
        <source>&quot;text&quot; must not be empty</source>
        <translation>&quot;text&quot; must not be empty</translation>
    </message>
    <message>
        <source>The built-in relay profile is missing from this build; rebuild Diffusion.</source>
        <translation>The built-in relay profile is missing from this build; rebuild Diffusion.</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(built in)</translation>
    </message>
    <message>
        <source>Cannot read the relay profile %1: %2. Check the path and its permissions.</source>
        <translation>Cannot read the relay profile %1: %2. Check the path and its permissions.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and its permissions.</source>
        <translation>Cannot read %1: %2. Check the path and its permissions.</translation>
    </message>
    <message>
        <source>STARTTLS is not available: Qt has no working TLS backend here. Install the OpenSSL libraries, or run the relay without --tls-cert.</source>
        <translation>STARTTLS is not available: Qt has no working TLS backend here. Install the OpenSSL libraries, or run the relay without --tls-cert.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Give the server&apos;s certificate in PEM form.</source>
        <translation>The file %1 holds no PEM certificate. Give the server&apos;s certificate in PEM form.</translation>
    </message>
    <message>
        <source>The file %1 holds no unencrypted PEM private key (RSA, EC or DSA). Give the certificate&apos;s key without a passphrase.</source>
        <translation>The file %1 holds no unencrypted PEM private key (RSA, EC or DSA). Give the certificate&apos;s key without a passphrase.</translation>
    </message>
    <message>
        <source>The profile&apos;s &quot;auth&quot; needs TLS: the relay offers AUTH only after STARTTLS, so that passwords never travel in clear. Give --tls-cert and --tls-key.</source>
        <translation>The profile&apos;s &quot;auth&quot; needs TLS: the relay offers AUTH only after STARTTLS, so that passwords never travel in clear. Give --tls-cert and --tls-key.</translation>
    </message>
    <message>
        <source>it must be a JSON object such as %1</source>
        <translation>it must be a JSON object such as %1</translation>
    </message>
    <message>
        <source>&quot;users&quot; must be a JSON object of user names and passwords, such as %1</source>
        <translation>&quot;users&quot; must be a JSON object of user names and passwords, such as %1</translation>
    </message>
    <message>
        <source>the user &quot;%1&quot; needs a name and a password in quotes</source>
        <translation>the user &quot;%1&quot; needs a name and a password in quotes</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be true or false</source>
        <translation>&quot;required&quot; must be true or false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in the profile, then what is wrong there</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RelayCredentials</name>
    <message>
        <source>The system keychain did not answer in time, so the password is not kept: the console will ask for it when a delivery starts.</source>
        <translation>The system keychain did not answer in time, so the password is not kept: the console will ask for it when a delivery starts.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password is not kept: the console will ask for it when a delivery starts (diffusion-cli reads DIFFUSION_SMTP_PASSWORD).</source>
        <translation>No system keychain is available here, so the password is not kept: the console will ask for it when a delivery starts (diffusion-cli reads DIFFUSION_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>The system keychain refused the password (%1), so it is not kept: the console will ask for it when a delivery starts.</source>
        <translation>The system keychain refused the password (%1), so it is not kept: the console will ask for it when a delivery starts.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The system keychain holds no password for %1 at %2.</source>
        <translation>The system keychain holds no password for %1 at %2.</translation>
    </message>
    <message>
        <source>No system keychain is available here.</source>
        <translation>No system keychain is available here.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>The system keychain could not be read: %1</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <source>The workspace setting %1 is &quot;%2&quot;, which is not a whole number from %3 to %4. Correct it, or remove it to use the default.</source>
        <translation>The workspace setting %1 is &quot;%2&quot;, which is not a whole number from %3 to %4. Correct it, or remove it to use the default.</translation>
    </message>
</context>
<context>
    <name>RouteTable</name>
    <message>
        <source>The workspace refused the route: %1</source>
        <translation>The workspace refused the route: %1</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot write the screenshot to %1. Check that its folder exists and can be written.</source>
        <translation>Cannot write the screenshot to %1. Check that its folder exists and can be written.</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message numerus="yes">
        <source>The server sent a reply line longer than %Ln bytes.</source>
        <translation>
            <numerusform>The server sent a reply line longer than %Ln byte.</numerusform>
            <numerusform>The server sent a reply line longer than %Ln bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply longer than %Ln bytes.</source>
        <translation>
            <numerusform>The server sent a reply longer than %Ln byte.</numerusform>
            <numerusform>The server sent a reply longer than %Ln bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent “%1”, which is not an SMTP reply; check that the host and port are those of a mail server.</source>
        <translation>The server sent “%1”, which is not an SMTP reply; check that the host and port are those of a mail server.</translation>
    </message>
    <message>
        <source>The server sent a multi-line reply whose lines carry different codes (%1, then %2).</source>
        <translation>The server sent a multi-line reply whose lines carry different codes (%1, then %2).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Cannot open the workspace %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no database handle.</source>
        <translation>The SQLite driver gave no database handle.</translation>
    </message>
    <message>
        <source>The workspace refused a statement (%1): %2</source>
        <translation>The workspace refused a statement (%1): %2</translation>
    </message>
    <message>
        <source>Missing migration script %1.</source>
        <translation>Missing migration script %1.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 failed: %2</translation>
    </message>
    <message>
        <source>This workspace has schema version %1, newer than the %2 this version of Diffusion knows. Open it with a newer Diffusion.</source>
        <translation>This workspace has schema version %1, newer than the %2 this version of Diffusion knows. Open it with a newer Diffusion.</translation>
    </message>
    <message>
        <source>The workspace database reported an error (%1): %2</source>
        <translation>The workspace database reported an error (%1): %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot use write-ahead logging (the file system gave mode &quot;%2&quot;). Keep the workspace on a local disk.</source>
        <translation>The workspace %1 cannot use write-ahead logging (the file system gave mode &quot;%2&quot;). Keep the workspace on a local disk.</translation>
    </message>
</context>
<context>
    <name>TypedReply</name>
    <message>
        <source>“%1” is not an SMTP reply: each line starts with a three-digit code, as in &quot;550 5.1.1 User unknown&quot;.</source>
        <translation>“%1” is not an SMTP reply: each line starts with a three-digit code, as in &quot;550 5.1.1 User unknown&quot;.</translation>
    </message>
    <message>
        <source>The reply ends with a continuation line (“NNN-text”); its last line is “NNN text”.</source>
        <translation>The reply ends with a continuation line (“NNN-text”); its last line is “NNN text”.</translation>
    </message>
    <message>
        <source>The text holds more than one reply; give one at a time.</source>
        <translation>The text holds more than one reply; give one at a time.</translation>
    </message>
    <message>
        <source>A %1 reply is not a failure: there is nothing to qualify.</source>
        <translation>A %1 reply is not a failure: there is nothing to qualify.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is not a Diffusion workspace (it is not an SQLite database).</source>
        <translation>%1 is not a Diffusion workspace (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Diffusion workspace.</source>
        <translation>%1 is an SQLite database but not a Diffusion workspace.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Diffusion (schema %2; this program knows up to %3). Open it with a newer Diffusion. The file was left untouched.</source>
        <translation>The workspace %1 was written by a newer version of Diffusion (schema %2; this program knows up to %3). Open it with a newer Diffusion. The file was left untouched.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Create one with: diffusion-cli init --workspace %1</source>
        <translation>There is no workspace at %1. Create one with: diffusion-cli init --workspace %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>Cannot create the folder %1 for the workspace.</translation>
    </message>
</context>
<context>
    <name>diffusion::Engine</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>The delivery %1 was stopped. A stopped delivery cannot be resumed; duplicate it to send it again.</source>
        <translation>The delivery %1 was stopped. A stopped delivery cannot be resumed; duplicate it to send it again.</translation>
    </message>
    <message>
        <source>The route for %1 signs in as %2, and its password is not known. Give it (diffusion-cli reads the environment variable DIFFUSION_SMTP_PASSWORD) and start again.</source>
        <translation>The route for %1 signs in as %2, and its password is not known. Give it (diffusion-cli reads the environment variable DIFFUSION_SMTP_PASSWORD) and start again.</translation>
    </message>
    <message>
        <source>The delivery cannot start: %1</source>
        <translation>The delivery cannot start: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a template part, then its problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The delivery %1 is not confirmed.</source>
        <translation>The delivery %1 is not confirmed.</translation>
    </message>
</context>
<context>
    <name>diffusion::SmtpSession</name>
    <message>
        <source>The message was handed to an SMTP session that was not ready for it.</source>
        <translation>The message was handed to an SMTP session that was not ready for it.</translation>
    </message>
    <message>
        <source>An envelope address contains a line break; the message was not sent.</source>
        <translation>An envelope address contains a line break; the message was not sent.</translation>
    </message>
    <message>
        <source>The message is %1 bytes long, more than the %2 bytes the server accepts (SIZE); it was not sent.</source>
        <translation>The message is %1 bytes long, more than the %2 bytes the server accepts (SIZE); it was not sent.</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2. Add the authority that signed it to the trusted certificates, or choose a TLS policy that does not check certificates.</source>
        <translation>The certificate of %1 was refused: %2. Add the authority that signed it to the trusted certificates, or choose a TLS policy that does not check certificates.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>The TLS handshake with %1 failed: %2.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3.</source>
        <translation>Cannot connect to %1 port %2: %3.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 closed the connection.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2.</source>
        <translation>The connection to %1 broke: %2.</translation>
    </message>
    <message numerus="yes">
        <source>No connection to %1 port %2 within %Ln ms.</source>
        <translation>
            <numerusform>No connection to %1 port %2 within %Ln ms.</numerusform>
            <numerusform>No connection to %1 port %2 within %Ln ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS handshake with %1 did not finish within %Ln ms.</source>
        <translation>
            <numerusform>The TLS handshake with %1 did not finish within %Ln ms.</numerusform>
            <numerusform>The TLS handshake with %1 did not finish within %Ln ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %Ln ms.</source>
        <translation>
            <numerusform>%1 did not answer within %Ln ms.</numerusform>
            <numerusform>%1 did not answer within %Ln ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is closing the connection.</source>
        <translation>%1 is closing the connection.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>The server refused the connection.</translation>
    </message>
    <message>
        <source>The server refused EHLO.</source>
        <translation>The server refused EHLO.</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO.</source>
        <translation>The server refused both EHLO and HELO.</translation>
    </message>
    <message>
        <source>The server sent more data after agreeing to start TLS; the session was closed.</source>
        <translation>The server sent more data after agreeing to start TLS; the session was closed.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS, and the TLS policy requires it.</source>
        <translation>The server refused STARTTLS, and the TLS policy requires it.</translation>
    </message>
    <message>
        <source>The server refused the credentials; check the user name and the password.</source>
        <translation>The server refused the credentials; check the user name and the password.</translation>
    </message>
    <message>
        <source>The server sent “%1” while no command awaited a reply.</source>
        <translation>The server sent “%1” while no command awaited a reply.</translation>
    </message>
    <message>
        <source>The server refused RSET (“%1”); the session cannot go on.</source>
        <translation>The server refused RSET (“%1”); the session cannot go on.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and the TLS policy requires it.</source>
        <translation>The server does not offer STARTTLS, and the TLS policy requires it.</translation>
    </message>
    <message>
        <source>The connection is not encrypted and credentials are never sent in clear; choose a TLS policy that starts TLS, or remove the credentials.</source>
        <translation>The connection is not encrypted and credentials are never sent in clear; choose a TLS policy that starts TLS, or remove the credentials.</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism this client knows (PLAIN, LOGIN); remove the credentials or choose another server.</source>
        <translation>The server offers no authentication mechanism this client knows (PLAIN, LOGIN); remove the credentials or choose another server.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln bytes of message data)</source>
        <translation>
            <numerusform>(%Ln byte of message data)</numerusform>
            <numerusform>(%Ln bytes of message data)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered “%1”, which does not fit the command it answers.</source>
        <translation>The server answered “%1”, which does not fit the command it answers.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::AnalysisDialog</name>
    <message>
        <source>Analysis canceled: nothing was changed.</source>
        <translation>Analysis canceled: nothing was changed.</translation>
    </message>
    <message>
        <source>Delivery %1, analysis #%2</source>
        <translation>Delivery %1, analysis #%2</translation>
    </message>
    <message>
        <source>Delivery %1 &quot;%2&quot;, analysis #%3</source>
        <translation>Delivery %1 &quot;%2&quot;, analysis #%3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1.</source>
        <translation>
            <numerusform>%n error, %1.</numerusform>
            <numerusform>%n errors, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmed: the engine sends it.</source>
        <translation>Confirmed: the engine sends it.</translation>
    </message>
    <message>
        <source>Cancel analysis</source>
        <translation>Cancel analysis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Delivery analysis</source>
        <translation>Delivery analysis</translation>
    </message>
    <message>
        <source>&amp;Confirm delivery</source>
        <translation>&amp;Confirm delivery</translation>
    </message>
    <message>
        <source>Start sending to the recipients to deliver. Possible only from a current analysis without errors.</source>
        <translation>Start sending to the recipients to deliver. Possible only from a current analysis without errors.</translation>
    </message>
    <message>
        <source>&amp;Analyze again</source>
        <translation>&amp;Analyze again</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::AnalysisReportView</name>
    <message>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validity:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>To deliver:</source>
        <translation>To deliver:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Largest message:</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Estimated duration:</source>
        <translation>Estimated duration:</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>about %1 h %2 min</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>For example: %1</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DashboardArea</name>
    <message>
        <source>Delivery dashboard</source>
        <translation>Delivery dashboard</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Choose a delivery in the Deliveries area to follow it here.</source>
        <translation>Choose a delivery in the Deliveries area to follow it here.</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>The figures cannot be read: %1</translation>
    </message>
    <message>
        <source>There is no delivery %1 in this workspace.</source>
        <translation>There is no delivery %1 in this workspace.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>“%1”, %2. The figures follow the sending live; hover over a figure, or give it the focus, to see how it is computed.</source>
        <translation>“%1”, %2. The figures follow the sending live; hover over a figure, or give it the focus, to see how it is computed.</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>To deliver</translation>
    </message>
    <message>
        <source>Messages to send: every recipient the analysis kept.
To deliver = pending + taken into account + sent + failed + canceled; ignored recipients are not counted.</source>
        <translation>Messages to send: every recipient the analysis kept.
To deliver = pending + taken into account + sent + failed + canceled; ignored recipients are not counted.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Messages a recipient&apos;s server accepted (a 250 reply at the end of the message).</source>
        <translation>Messages a recipient&apos;s server accepted (a 250 reply at the end of the message).</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Taken into account</translation>
    </message>
    <message>
        <source>Messages the engine has taken and not finished: waiting to go, in the air, or deferred and waiting for a retry.</source>
        <translation>Messages the engine has taken and not finished: waiting to go, in the air, or deferred and waiting for a retry.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Messages not yet taken by the engine: the delivery has not started.</source>
        <translation>Messages not yet taken by the engine: the delivery has not started.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Messages that will not be delivered: a hard bounce, a soft bounce still failing when the validity period ended, or a personalization error.</source>
        <translation>Messages that will not be delivered: a hard bounce, a soft bounce still failing when the validity period ended, or a personalization error.</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounces</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft bounces</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>Recipients the analysis left out (duplicates, quarantine, denylist, exclusions, control group), each with its reason in the delivery log. Not part of to deliver.</source>
        <translation>Recipients the analysis left out (duplicates, quarantine, denylist, exclusions, control group), each with its reason in the delivery log. Not part of to deliver.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>No engine is sending this delivery now. While one sends it, each destination shows here with its queue, connections, rate and backoff.</source>
        <translation>No engine is sending this delivery now. While one sends it, each destination shows here with its queue, connections, rate and backoff.</translation>
    </message>
    <message>
        <source>Success = sent ÷ to deliver × 100.
It starts at 0% and rises only when a server accepts a message: a message waiting for a retry is not a success yet.</source>
        <translation>Success = sent ÷ to deliver × 100.
It starts at 0% and rises only when a server accepts a message: a message waiting for a retry is not a success yet.</translation>
    </message>
    <message>
        <source>Failed messages whose failure is hard: user unknown and the other permanent reasons. Operators aim for less than 2% of to deliver.</source>
        <translation>Failed messages whose failure is hard: user unknown and the other permanent reasons. Operators aim for less than 2% of to deliver.</translation>
    </message>
    <message>
        <source>Messages carrying a temporary failure (mailbox full, unreachable, invalid domain…), waiting for a retry or failed at the end of the validity period. Operators aim for 10% at most per domain.</source>
        <translation>Messages carrying a temporary failure (mailbox full, unreachable, invalid domain…), waiting for a retry or failed at the end of the validity period. Operators aim for 10% at most per domain.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveriesArea</name>
    <message>
        <source>E-mail campaigns: their content, target list, state and results.</source>
        <translation>E-mail campaigns: their content, target list, state and results.</translation>
    </message>
    <message>
        <source>No deliveries yet. Deliveries you create will be listed here with their state and live KPIs.</source>
        <translation>No deliveries yet. Deliveries you create will be listed here with their state and live KPIs.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryEditor</name>
    <message>
        <source>There is no delivery %1.</source>
        <translation>There is no delivery %1.</translation>
    </message>
    <message>
        <source>Import a recipient list first: a delivery is sent to a list.</source>
        <translation>Import a recipient list first: a delivery is sent to a list.</translation>
    </message>
    <message>
        <source>Write a number and a unit: 5d, 36h, 90m or 30s.</source>
        <translation>Write a number and a unit: 5d, 36h, 90m or 30s.</translation>
    </message>
    <message>
        <source>Give the key file and its selector together.</source>
        <translation>Give the key file and its selector together.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header. Write it as &apos;Name: value&apos;.</source>
        <translation>&quot;%1&quot; is not a header. Write it as &apos;Name: value&apos;.</translation>
    </message>
    <message>
        <source>Write the HTML content, the text content, or both.</source>
        <translation>Write the HTML content, the text content, or both.</translation>
    </message>
    <message>
        <source>Write a number of recipients (500) or a share (5%).</source>
        <translation>Write a number of recipients (500) or a share (5%).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct before saving.</source>
        <translation>
            <numerusform>%n problem to correct before saving.</numerusform>
            <numerusform>%n problems to correct before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation>New delivery</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Delivery %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation>&amp;Sender address:</translation>
    </message>
    <message>
        <source>Sender na&amp;me:</source>
        <translation>Sender na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Reply-to:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Validity:</translation>
    </message>
    <message>
        <source>DKIM &amp;key file:</source>
        <translation>DKIM &amp;key file:</translation>
    </message>
    <message>
        <source>DKIM s&amp;elector:</source>
        <translation>DKIM s&amp;elector:</translation>
    </message>
    <message>
        <source>Unsubscribe &amp;URL:</source>
        <translation>Unsubscribe &amp;URL:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Extra &amp;headers:</translation>
    </message>
    <message>
        <source>&amp;HTML content:</source>
        <translation>&amp;HTML content:</translation>
    </message>
    <message>
        <source>&amp;Text content:</source>
        <translation>&amp;Text content:</translation>
    </message>
    <message>
        <source>&amp;Approval:</source>
        <translation>&amp;Approval:</translation>
    </message>
    <message>
        <source>Target &amp;limit:</source>
        <translation>Target &amp;limit:</translation>
    </message>
    <message>
        <source>&amp;Control group:</source>
        <translation>&amp;Control group:</translation>
    </message>
    <message>
        <source>E&amp;xclusions:</source>
        <translation>E&amp;xclusions:</translation>
    </message>
    <message>
        <source>Add the List-Unsubscribe headers (one-click with an https URL)</source>
        <translation>Add the List-Unsubscribe headers (one-click with an https URL)</translation>
    </message>
    <message>
        <source>Leave duplicates out (the same address in another case counts as one)</source>
        <translation>Leave duplicates out (the same address in another case counts as one)</translation>
    </message>
    <message>
        <source>How long failed messages are retried: 5d, 36h, 90m or 30s.</source>
        <translation>How long failed messages are retried: 5d, 36h, 90m or 30s.</translation>
    </message>
    <message>
        <source>A PEM private key. Empty: the keys added for the sender&apos;s domain sign, if any.</source>
        <translation>A PEM private key. Empty: the keys added for the sender&apos;s domain sign, if any.</translation>
    </message>
    <message>
        <source>One header per line, &apos;Name: value&apos;; values may be personalized.</source>
        <translation>One header per line, &apos;Name: value&apos;; values may be personalized.</translation>
    </message>
    <message>
        <source>One per line: an address, a domain, or list:NAME for every address of another list.</source>
        <translation>One per line: an address, a domain, or list:NAME for every address of another list.</translation>
    </message>
    <message>
        <source>A number of recipients (500) or a share (5%), kept aside at random.</source>
        <translation>A number of recipients (500) or a share (5%), kept aside at random.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Manual: I confirm after reading the analysis</source>
        <translation>Manual: I confirm after reading the analysis</translation>
    </message>
    <message>
        <source>Semi-automatic: starts when the analysis finds neither error nor warning</source>
        <translation>Semi-automatic: starts when the analysis finds neither error nor warning</translation>
    </message>
    <message>
        <source>Automatic: starts when the analysis finds no error</source>
        <translation>Automatic: starts when the analysis finds no error</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>C&amp;ontent and preview</source>
        <translation>C&amp;ontent and preview</translation>
    </message>
    <message>
        <source>Anal&amp;ysis options</source>
        <translation>Anal&amp;ysis options</translation>
    </message>
    <message>
        <source>Return &amp;path (bounces):</source>
        <translation>Return &amp;path (bounces):</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>the sender address</translation>
    </message>
    <message>
        <source>Where bounces go (MAIL FROM): the mailbox inMail reads. Empty: the sender address.</source>
        <translation>Where bounces go (MAIL FROM): the mailbox inMail reads. Empty: the sender address.</translation>
    </message>
    <message>
        <source>Trace bounces to their message (VERP: return path local+id@domain)</source>
        <translation>Trace bounces to their message (VERP: return path local+id@domain)</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogArea</name>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln messages to %1…</source>
        <translation>
            <numerusform>Exporting %Ln message to %1…</numerusform>
            <numerusform>Exporting %Ln messages to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages exported to %1.</source>
        <translation>
            <numerusform>%Ln message exported to %1.</numerusform>
            <numerusform>%Ln messages exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export canceled: no file was written.</source>
        <translation>Export canceled: no file was written.</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Delivery log</translation>
    </message>
    <message>
        <source>Every message of the delivery with its status, failure reason and last SMTP reply. Filter it, sort it by clicking a column, select a message to see the history of its delivery attempts, and export what is shown to CSV.</source>
        <translation>Every message of the delivery with its status, failure reason and last SMTP reply. Filter it, sort it by clicking a column, select a message to see the history of its delivery attempts, and export what is shown to CSV.</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Write the messages shown, in their order, to a CSV file.</source>
        <translation>Write the messages shown, in their order, to a CSV file.</translation>
    </message>
    <message>
        <source>Export the delivery log</source>
        <translation>Export the delivery log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
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
        <translation>Sorting and filtering…</translation>
    </message>
    <message>
        <source>Choose a delivery to see its log.</source>
        <translation>Choose a delivery to see its log.</translation>
    </message>
    <message>
        <source>This delivery has no message yet: its log fills when the delivery is analyzed.</source>
        <translation>This delivery has no message yet: its log fills when the delivery is analyzed.</translation>
    </message>
    <message>
        <source>No message matches these filters.</source>
        <translation>No message matches these filters.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogDetails</name>
    <message>
        <source>Select a message to see its fields and the history of its delivery attempts.</source>
        <translation>Select a message to see its fields and the history of its delivery attempts.</translation>
    </message>
    <message>
        <source>History: no delivery attempt yet.</source>
        <translation>History: no delivery attempt yet.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogExport</name>
    <message>
        <source>Cannot write the file %1: %2. Choose another folder, or free some disk space.</source>
        <translation>Cannot write the file %1: %2. Choose another folder, or free some disk space.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryLogFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>Part of an address</source>
        <translation>Part of an address</translation>
    </message>
    <message>
        <source>Show only the messages with the checked statuses.</source>
        <translation>Show only the messages with the checked statuses.</translation>
    </message>
    <message>
        <source>Show only the messages that failed or were left out for this reason.</source>
        <translation>Show only the messages that failed or were left out for this reason.</translation>
    </message>
    <message>
        <source>Show only the messages to this recipient domain.</source>
        <translation>Show only the messages to this recipient domain.</translation>
    </message>
    <message>
        <source>Show only the addresses that contain this text, in any case.</source>
        <translation>Show only the addresses that contain this text, in any case.</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryMenu</name>
    <message>
        <source>Delivery %1: asked.</source>
        <translation>Delivery %1: asked.</translation>
    </message>
    <message>
        <source>Delivery %1 cannot do that in its present state.</source>
        <translation>Delivery %1 cannot do that in its present state.</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Delivery</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Stop (final: unsent messages are canceled)</source>
        <translation>&amp;Stop (final: unsent messages are canceled)</translation>
    </message>
    <message>
        <source>Delivery %1 confirmed: sending starts.</source>
        <translation>Delivery %1 confirmed: sending starts.</translation>
    </message>
    <message>
        <source>&amp;Analyze and confirm…</source>
        <translation>&amp;Analyze and confirm…</translation>
    </message>
    <message>
        <source>Delivery %1 saved. Analyze it before sending.</source>
        <translation>Delivery %1 saved. Analyze it before sending.</translation>
    </message>
    <message>
        <source>Delivery %1 copied into delivery %2.</source>
        <translation>Delivery %1 copied into delivery %2.</translation>
    </message>
    <message>
        <source>Delete the delivery</source>
        <translation>Delete the delivery</translation>
    </message>
    <message>
        <source>Delete delivery %1 with its log, analyses and proofs? This cannot be undone.</source>
        <translation>Delete delivery %1 with its log, analyses and proofs? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delivery %1 deleted.</source>
        <translation>Delivery %1 deleted.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Deleting delivery %1…</source>
        <translation>Deleting delivery %1…</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DeliveryModel</name>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>To deliver</source>
        <translation>To deliver</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
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
        <translation>MX rule</translation>
    </message>
    <message>
        <source>Backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Deferrals</translation>
    </message>
    <message>
        <source>The mail hosts that receive these messages; domains with the same hosts share them.</source>
        <translation>The mail hosts that receive these messages; domains with the same hosts share them.</translation>
    </message>
    <message>
        <source>The mask of the MX rule that sets this destination&apos;s limits.</source>
        <translation>The mask of the MX rule that sets this destination&apos;s limits.</translation>
    </message>
    <message>
        <source>Throttled: the server asked to slow down, so fewer connections and half the hourly budget until the time shown. Suspended: its hosts could not be reached; messages wait until the time shown.</source>
        <translation>Throttled: the server asked to slow down, so fewer connections and half the hourly budget until the time shown. Suspended: its hosts could not be reached; messages wait until the time shown.</translation>
    </message>
    <message>
        <source>Messages ready to go, waiting for a connection or for the hourly budget.</source>
        <translation>Messages ready to go, waiting for a connection or for the hourly budget.</translation>
    </message>
    <message>
        <source>SMTP connections open or opening now.</source>
        <translation>SMTP connections open or opening now.</translation>
    </message>
    <message>
        <source>Connections the engine may open now, out of the rule&apos;s maximum. It grows with each message accepted and halves at each throttling reply.</source>
        <translation>Connections the engine may open now, out of the rule&apos;s maximum. It grows with each message accepted and halves at each throttling reply.</translation>
    </message>
    <message>
        <source>Messages accepted by this destination in the last minute.</source>
        <translation>Messages accepted by this destination in the last minute.</translation>
    </message>
    <message>
        <source>Messages deferred (a temporary reply, or no connection) since the engine started sending; each is retried later.</source>
        <translation>Messages deferred (a temporary reply, or no connection) since the engine started sending; each is retried later.</translation>
    </message>
    <message>
        <source>Throttled until %1</source>
        <translation>Throttled until %1</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Suspended until %1</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>connections allowed now, of the rule&apos;s maximum</comment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Per minute</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::DkimSection</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copies the record&apos;s text, to paste into the domain&apos;s DNS zone.</source>
        <translation>Copies the record&apos;s text, to paste into the domain&apos;s DNS zone.</translation>
    </message>
    <message>
        <source>Sender domain</source>
        <translation>Sender domain</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Private key (PEM)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Import the key</source>
        <translation>Import the key</translation>
    </message>
    <message>
        <source>DKIM private key</source>
        <translation>DKIM private key</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM keys (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1._domainkey.%2:</source>
        <translation>Publish this TXT record at %1._domainkey.%2:</translation>
    </message>
    <message>
        <source>Give the sender domain the key signs for, such as example.com.</source>
        <translation>Give the sender domain the key signs for, such as example.com.</translation>
    </message>
    <message>
        <source>Give the selector the key is published under, such as mail2024.</source>
        <translation>Give the selector the key is published under, such as mail2024.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choose the private key file.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Removes the selected key from the workspace; the key file stays where it is.</source>
        <translation>Removes the selected key from the workspace; the key file stays where it is.</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>Remove the key</translation>
    </message>
    <message>
        <source>Remove the key of %1 (selector %2)? Deliveries from %1 are then sent without a DKIM signature unless they name a key of their own. The key file stays where it is.</source>
        <translation>Remove the key of %1 (selector %2)? Deliveries from %1 are then sent without a DKIM signature unless they name a key of their own. The key file stays where it is.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ImportDialog</name>
    <message>
        <source>Import recipients</source>
        <translation>Import recipients</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV &amp;file:</translation>
    </message>
    <message>
        <source>A UTF-8 CSV file with a header row and an e-mail column</source>
        <translation>A UTF-8 CSV file with a header row and an e-mail column</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>Name of a new or existing list</source>
        <translation>Name of a new or existing list</translation>
    </message>
    <message>
        <source>&amp;Replace the recipients already in the list</source>
        <translation>&amp;Replace the recipients already in the list</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>Choose the CSV file to import.</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the path or choose the file with Browse.</source>
        <translation>There is no file at %1. Check the path or choose the file with Browse.</translation>
    </message>
    <message>
        <source>Name the list that will receive the recipients.</source>
        <translation>Name the list that will receive the recipients.</translation>
    </message>
    <message>
        <source>A new list named “%1” will be created.</source>
        <translation>A new list named “%1” will be created.</translation>
    </message>
    <message>
        <source>The recipients of the list “%1” will be replaced by those of the file. If the import fails, the list stays as it was.</source>
        <translation>The recipients of the list “%1” will be replaced by those of the file. If the import fails, the list stays as it was.</translation>
    </message>
    <message>
        <source>The recipients of the file will be added to the list “%1”.</source>
        <translation>The recipients of the file will be added to the list “%1”.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ImportProgressDialog</name>
    <message>
        <source>Importing recipients</source>
        <translation>Importing recipients</translation>
    </message>
    <message>
        <source>Importing %1 into the list “%2”…</source>
        <translation>Importing %1 into the list “%2”…</translation>
    </message>
    <message>
        <source>Canceling… The list will stay as it was.</source>
        <translation>Canceling… The list will stay as it was.</translation>
    </message>
    <message>
        <source>Waiting for the workspace…</source>
        <translation>Waiting for the workspace…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 of %2 read</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error: %1</source>
        <translation>The import stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error.</source>
        <translation>The import stopped on an unexpected error.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ImportResultDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) imported into the list “%1”.</source>
        <translation>
            <numerusform>%Ln recipient imported into the list “%1”.</numerusform>
            <numerusform>%Ln recipients imported into the list “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows imported:</source>
        <translation>Rows imported:</translation>
    </message>
    <message>
        <source>Of which without an address:</source>
        <translation>Of which without an address:</translation>
    </message>
    <message>
        <source>Of which with a bad-quality address:</source>
        <translation>Of which with a bad-quality address:</translation>
    </message>
    <message>
        <source>Rejected rows (not imported):</source>
        <translation>Rejected rows (not imported):</translation>
    </message>
    <message>
        <source>Recipients without a usable address are kept in the list, so that the file can be checked, but no mail will be sent to them.</source>
        <translation>Recipients without a usable address are kept in the list, so that the file can be checked, but no mail will be sent to them.</translation>
    </message>
    <message numerus="yes">
        <source>The rows below were rejected. Only the first %Ln are listed.</source>
        <translation>
            <numerusform>The rows below were rejected. Only the first %Ln is listed.</numerusform>
            <numerusform>The rows below were rejected. Only the first %Ln are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows below were rejected; fix them in the file and import it again.</source>
        <translation>The rows below were rejected; fix them in the file and import it again.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailActions</name>
    <message>
        <source>Reading the bounce mailbox…</source>
        <translation>Reading the bounce mailbox…</translation>
    </message>
    <message>
        <source>Search the sender, subject or recipients</source>
        <translation>Search the sender, subject or recipients</translation>
    </message>
    <message>
        <source>Every message</source>
        <translation>Every message</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not a bounce</source>
        <translation>Not a bounce</translation>
    </message>
    <message>
        <source>Unmatched messages name no message sent from this workspace: they wait for you.</source>
        <translation>Unmatched messages name no message sent from this workspace: they wait for you.</translation>
    </message>
    <message>
        <source>&amp;Show the message…</source>
        <translation>&amp;Show the message…</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>Read &amp;now</translation>
    </message>
    <message>
        <source>Read the bounce mailbox set in Settings now, without waiting for the next visit.</source>
        <translation>Read the bounce mailbox set in Settings now, without waiting for the next visit.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailArea</name>
    <message>
        <source>What arrived in the bounce mailbox: delivery reports, complaints and auto-replies, applied to the messages they are about. Unmatched ones name no message sent from here: look at them.</source>
        <translation>What arrived in the bounce mailbox: delivery reports, complaints and auto-replies, applied to the messages they are about. Unmatched ones name no message sent from here: look at them.</translation>
    </message>
    <message>
        <source>Nothing was read from the bounce mailbox yet. Set it in Settings, Bounce mailbox: what it receives will be listed here with what became of it.</source>
        <translation>Nothing was read from the bounce mailbox yet. Set it in Settings, Bounce mailbox: what it receives will be listed here with what became of it.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailJob</name>
    <message>
        <source>The bounce mailbox is being read already: what it holds shows when this visit ends.</source>
        <translation>The bounce mailbox is being read already: what it holds shows when this visit ends.</translation>
    </message>
    <message>
        <source>The bounce mailbox could not be read: %1</source>
        <translation>The bounce mailbox could not be read: %1</translation>
    </message>
    <message>
        <source>%1 Choose it in Settings, Bounce mailbox.</source>
        <translation>%1 Choose it in Settings, Bounce mailbox.</translation>
    </message>
    <message>
        <source>The password of %1 is not known: save it in Settings, Bounce mailbox, or give it when the console asks for it.</source>
        <translation>The password of %1 is not known: save it in Settings, Bounce mailbox, or give it when the console asks for it.</translation>
    </message>
    <message>
        <source>The bounce mailbox could not be read (%1): %2</source>
        <translation>The bounce mailbox could not be read (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bounce(s) applied</source>
        <translation>
            <numerusform>%Ln bounce applied</numerusform>
            <numerusform>%Ln bounces applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln auto-reply(-ies)</source>
        <translation>
            <numerusform>%Ln auto-reply</numerusform>
            <numerusform>%Ln auto-replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmatched</source>
        <translation>
            <numerusform>%Ln unmatched</numerusform>
            <numerusform>%Ln unmatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a bounce</source>
        <translation>
            <numerusform>%Ln not a bounce</numerusform>
            <numerusform>%Ln not bounces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already read</source>
        <translation>
            <numerusform>%Ln already read</numerusform>
            <numerusform>%Ln already read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bounce mailbox read (%1): %Ln message(s), %2.</source>
        <translation>
            <numerusform>Bounce mailbox read (%1): %Ln message, %2.</numerusform>
            <numerusform>Bounce mailbox read (%1): %Ln messages, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailMessageDialog</name>
    <message>
        <source>The message could not be read from the workspace: %1</source>
        <translation>The message could not be read from the workspace: %1</translation>
    </message>
    <message>
        <source>This message is no longer in the workspace.</source>
        <translation>This message is no longer in the workspace.</translation>
    </message>
    <message>
        <source>Message from the bounce mailbox</source>
        <translation>Message from the bounce mailbox</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>It names no recipient.</source>
        <translation>It names no recipient.</translation>
    </message>
    <message>
        <source>The recipients it names:</source>
        <translation>The recipients it names:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Tied by</source>
        <translation>Tied by</translation>
    </message>
    <message>
        <source>Nothing: unmatched</source>
        <translation>Nothing: unmatched</translation>
    </message>
    <message>
        <source>Its VERP return path</source>
        <translation>Its VERP return path</translation>
    </message>
    <message>
        <source>The returned Message-ID</source>
        <translation>The returned Message-ID</translation>
    </message>
    <message>
        <source>The address alone</source>
        <translation>The address alone</translation>
    </message>
    <message>
        <source>The message as read:</source>
        <translation>The message as read:</translation>
    </message>
    <message>
        <source>The message itself is not kept once it is applied: what it said is above.</source>
        <translation>The message itself is not kept once it is applied: what it said is above.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailModel</name>
    <message>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuses</translation>
    </message>
    <message>
        <source>DSN: a delivery status report from a mail server (RFC 3464). Complaint: a recipient marked the message as spam (ARF feedback loop). Auto-reply: an absence or vacation message.</source>
        <translation>DSN: a delivery status report from a mail server (RFC 3464). Complaint: a recipient marked the message as spam (ARF feedback loop). Auto-reply: an absence or vacation message.</translation>
    </message>
    <message>
        <source>Applied: every recipient it names was found among the messages sent. Unmatched: it names a message nobody here sent; it waits for you. Not a bounce: nothing to apply.</source>
        <translation>Applied: every recipient it names was found among the messages sent. Unmatched: it names a message nobody here sent; it waits for you. Not a bounce: nothing to apply.</translation>
    </message>
    <message>
        <source>The addresses the message is about.</source>
        <translation>The addresses the message is about.</translation>
    </message>
    <message>
        <source>The enhanced status codes it gives (RFC 3463), such as 5.1.1 for an unknown user.</source>
        <translation>The enhanced status codes it gives (RFC 3463), such as 5.1.1 for an unknown user.</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Auto-reply</translation>
    </message>
    <message>
        <source>Not a bounce</source>
        <translation>Not a bounce</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::InMailSection</name>
    <message>
        <source>Bounce mailbox</source>
        <translation>Bounce mailbox</translation>
    </message>
    <message>
        <source>No bounce mailbox</source>
        <translation>No bounce mailbox</translation>
    </message>
    <message>
        <source>Maildir folder</source>
        <translation>Maildir folder</translation>
    </message>
    <message>
        <source>mbox file</source>
        <translation>mbox file</translation>
    </message>
    <message>
        <source>POP3 server</source>
        <translation>POP3 server</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <source>Where the bounces, complaints and auto-replies to your deliveries arrive: the mailbox of the deliveries&apos; return path.</source>
        <translation>Where the bounces, complaints and auto-replies to your deliveries arrive: the mailbox of the deliveries&apos; return path.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace</source>
        <translation>Kept in the system keychain, never in the workspace</translation>
    </message>
    <message>
        <source>Certificate authority (PEM)</source>
        <translation>Certificate authority (PEM)</translation>
    </message>
    <message>
        <source>Optional: the system&apos;s authorities are trusted</source>
        <translation>Optional: the system&apos;s authorities are trusted</translation>
    </message>
    <message>
        <source>A PEM file of the private authority that signed the server&apos;s certificate, if it is not a public one.</source>
        <translation>A PEM file of the private authority that signed the server&apos;s certificate, if it is not a public one.</translation>
    </message>
    <message>
        <source>Once read</source>
        <translation>Once read</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Delete the message</translation>
    </message>
    <message>
        <source>Move it to a folder</source>
        <translation>Move it to a folder</translation>
    </message>
    <message>
        <source>Keep it where it is</source>
        <translation>Keep it where it is</translation>
    </message>
    <message>
        <source>A message is deleted or moved only once what it says is recorded in the workspace. A kept message is not read twice.</source>
        <translation>A message is deleted or moved only once what it says is recorded in the workspace. A kept message is not read twice.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>The IMAP folder, the Maildir sub-folder, or the mbox file (beside the read one) the messages read go to. It is created when missing.</source>
        <translation>The IMAP folder, the Maildir sub-folder, or the mbox file (beside the read one) the messages read go to. It is created when missing.</translation>
    </message>
    <message>
        <source>Read every (minutes)</source>
        <translation>Read every (minutes)</translation>
    </message>
    <message>
        <source>Messages per visit, at most</source>
        <translation>Messages per visit, at most</translation>
    </message>
    <message>
        <source>The rest waits for the next visit, so that one visit stays short.</source>
        <translation>The rest waits for the next visit, so that one visit stays short.</translation>
    </message>
    <message>
        <source>Read &amp;now</source>
        <translation>Read &amp;now</translation>
    </message>
    <message>
        <source>Read the saved bounce mailbox now, without waiting for the next visit.</source>
        <translation>Read the saved bounce mailbox now, without waiting for the next visit.</translation>
    </message>
    <message>
        <source>Save the bounce mailbox settings</source>
        <translation>Save the bounce mailbox settings</translation>
    </message>
    <message>
        <source>The Maildir folder: the one that holds new and cur.</source>
        <translation>The Maildir folder: the one that holds new and cur.</translation>
    </message>
    <message>
        <source>The mbox file. It is locked while it is read, as mail programs do.</source>
        <translation>The mbox file. It is locked while it is read, as mail programs do.</translation>
    </message>
    <message>
        <source>pop3s://user@host:995 over TLS, or pop3://user@host:110 with STARTTLS. No password here.</source>
        <translation>pop3s://user@host:995 over TLS, or pop3://user@host:110 with STARTTLS. No password here.</translation>
    </message>
    <message>
        <source>imaps://user@host:993/FOLDER over TLS, or imap://user@host:143/FOLDER with STARTTLS. No password here.</source>
        <translation>imaps://user@host:993/FOLDER over TLS, or imap://user@host:143/FOLDER with STARTTLS. No password here.</translation>
    </message>
    <message>
        <source>A POP3 server has no folders: choose to delete or to keep the messages read, or read the mailbox over IMAP.</source>
        <translation>A POP3 server has no folders: choose to delete or to keep the messages read, or read the mailbox over IMAP.</translation>
    </message>
    <message>
        <source>Give the folder the messages read go to.</source>
        <translation>Give the folder the messages read go to.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>The password is in the system keychain.</translation>
    </message>
    <message>
        <source>No system keychain is available here, so the password is not kept: the console asks for it when it reads the mailbox (diffusion-cli inmail reads DIFFUSION_INMAIL_PASSWORD).</source>
        <translation>No system keychain is available here, so the password is not kept: the console asks for it when it reads the mailbox (diffusion-cli inmail reads DIFFUSION_INMAIL_PASSWORD).</translation>
    </message>
    <message>
        <source>The system keychain did not take the password, so it is not kept: the console asks for it when it reads the mailbox.</source>
        <translation>The system keychain did not take the password, so it is not kept: the console asks for it when it reads the mailbox.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s caption, then its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ListSummaryModel</name>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>Without address</source>
        <translation>Without address</translation>
    </message>
    <message>
        <source>Bad quality</source>
        <translation>Bad quality</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Every recipient of the list, including those that cannot receive mail.</source>
        <translation>Every recipient of the list, including those that cannot receive mail.</translation>
    </message>
    <message>
        <source>Recipients with an address that mail can be sent to.</source>
        <translation>Recipients with an address that mail can be sent to.</translation>
    </message>
    <message>
        <source>Recipients imported with an empty address.</source>
        <translation>Recipients imported with an empty address.</translation>
    </message>
    <message>
        <source>Recipients whose address is not a valid e-mail address.</source>
        <translation>Recipients whose address is not a valid e-mail address.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Engine: runs in this window</source>
        <translation>Engine: runs in this window</translation>
    </message>
    <message>
        <source>Engine: runs in process %1; this window follows it</source>
        <translation>Engine: runs in process %1; this window follows it</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MessagePreview</name>
    <message>
        <source>Preview &amp;for:</source>
        <translation>Preview &amp;for:</translation>
    </message>
    <message>
        <source>The message as this recipient of the list will read it.</source>
        <translation>The message as this recipient of the list will read it.</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MxRuleDialog</name>
    <message>
        <source>New MX rule</source>
        <translation>New MX rule</translation>
    </message>
    <message>
        <source>MX rule %1</source>
        <translation>MX rule %1</translation>
    </message>
    <message>
        <source>MX host &amp;mask:</source>
        <translation>MX host &amp;mask:</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>&amp;Connections at once:</translation>
    </message>
    <message>
        <source>Messages per c&amp;onnection:</source>
        <translation>Messages per c&amp;onnection:</translation>
    </message>
    <message>
        <source>Messages per &amp;hour:</source>
        <translation>Messages per &amp;hour:</translation>
    </message>
    <message>
        <source>Co&amp;nnection timeout:</source>
        <translation>Co&amp;nnection timeout:</translation>
    </message>
    <message>
        <source>Comm&amp;and timeout:</source>
        <translation>Comm&amp;and timeout:</translation>
    </message>
    <message>
        <source>&amp;Data timeout:</source>
        <translation>&amp;Data timeout:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>The generic rule applies to every MX host no other rule matches: its mask stays *.</source>
        <translation>The generic rule applies to every MX host no other rule matches: its mask stays *.</translation>
    </message>
    <message>
        <source>MX host names the rule applies to: * stands for any text, ? for one character, as in *.google.com.</source>
        <translation>MX host names the rule applies to: * stands for any text, ? for one character, as in *.google.com.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Spent in twelve five-minute windows: %1 per hour sends at most %2 every five minutes.</source>
        <translation>Spent in twelve five-minute windows: %1 per hour sends at most %2 every five minutes.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MxRuleListModel</name>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>%1 s / %2 s / %3 s</source>
        <comment>connect / command / data timeouts in seconds</comment>
        <translation>%1 s / %2 s / %3 s</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>When offered</source>
        <translation>When offered</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required, certificate verified</source>
        <translation>Required, certificate verified</translation>
    </message>
    <message>
        <source>MX host mask</source>
        <translation>MX host mask</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Messages per connection</source>
        <translation>Messages per connection</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>Messages per hour</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>MX host names it applies to: * stands for any text, ? for one character. The generic rule * applies to every other host and stays last.</source>
        <translation>MX host names it applies to: * stands for any text, ? for one character. The generic rule * applies to every other host and stays last.</translation>
    </message>
    <message>
        <source>Most connections open at once to one MX host.</source>
        <translation>Most connections open at once to one MX host.</translation>
    </message>
    <message>
        <source>Messages sent on one connection before it is closed.</source>
        <translation>Messages sent on one connection before it is closed.</translation>
    </message>
    <message>
        <source>Most messages sent per hour to hosts of this rule, spent in twelve five-minute windows.</source>
        <translation>Most messages sent per hour to hosts of this rule, spent in twelve five-minute windows.</translation>
    </message>
    <message>
        <source>How long to wait for the connection, for the answer to a command, and for the answer to the message data.</source>
        <translation>How long to wait for the connection, for the answer to a command, and for the answer to the message data.</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted with STARTTLS.</source>
        <translation>Whether the connection is encrypted with STARTTLS.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::MxRulesArea</name>
    <message>
        <source>MX rules</source>
        <translation>MX rules</translation>
    </message>
    <message>
        <source>Sending limits per destination mail server. For each MX host, the first rule whose mask matches it applies; the generic rule * applies to all the others and stays last. Changes apply to the deliveries that start after you save them.</source>
        <translation>Sending limits per destination mail server. For each MX host, the first rule whose mask matches it applies; the generic rule * applies to all the others and stays last. Changes apply to the deliveries that start after you save them.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::Navigation</name>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>MX rules</source>
        <translation>MX rules</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Qualification rules</source>
        <translation>Qualification rules</translation>
    </message>
    <message>
        <source>Delivery dashboard</source>
        <translation>Delivery dashboard</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Delivery log</translation>
    </message>
    <message>
        <source>Inbound mail</source>
        <translation>Inbound mail</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::NumberSection</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::OrderedRulesModel</name>
    <message>
        <source>Rules are tried in this order: the first that matches decides.</source>
        <translation>Rules are tried in this order: the first that matches decides.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QualificationArea</name>
    <message>
        <source>Qualification rules</source>
        <translation>Qualification rules</translation>
    </message>
    <message>
        <source>How a server&apos;s refusal becomes a failure type and reason. The first rule whose reply code, enhanced code and text all match decides. Changes apply to the deliveries that start after you save them.</source>
        <translation>How a server&apos;s refusal becomes a failure type and reason. The first rule whose reply code, enhanced code and text all match decides. Changes apply to the deliveries that start after you save them.</translation>
    </message>
    <message>
        <source>Replies to qualify</source>
        <translation>Replies to qualify</translation>
    </message>
    <message>
        <source>No reply waits to be qualified: every refusal so far matched a rule. Replies that no rule matches are counted here, most frequent first.</source>
        <translation>No reply waits to be qualified: every refusal so far matched a rule. Replies that no rule matches are counted here, most frequent first.</translation>
    </message>
    <message>
        <source>Add a rule from this re&amp;ply…</source>
        <translation>Add a rule from this re&amp;ply…</translation>
    </message>
    <message>
        <source>Opens a new rule with the reply&apos;s codes and words, to finish with a type and a reason.</source>
        <translation>Opens a new rule with the reply&apos;s codes and words, to finish with a type and a reason.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QualificationRuleDialog</name>
    <message>
        <source>New qualification rule</source>
        <translation>New qualification rule</translation>
    </message>
    <message>
        <source>Qualification rule “%1”</source>
        <translation>Qualification rule “%1”</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Reply &amp;code:</source>
        <translation>Reply &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Enhanced code:</source>
        <translation>&amp;Enhanced code:</translation>
    </message>
    <message>
        <source>Te&amp;xt pattern:</source>
        <translation>Te&amp;xt pattern:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>550, or 5?? with ? for any digit, 5* for any run; empty for any code. Outcomes without a reply have a word instead: %1.</source>
        <translation>550, or 5?? with ? for any digit, 5* for any run; empty for any code. Outcomes without a reply have a word instead: %1.</translation>
    </message>
    <message>
        <source>The RFC 3463 code, class.subject.detail: 5.1.1, 4.7.* or ?.2.2; empty for any.</source>
        <translation>The RFC 3463 code, class.subject.detail: 5.1.1, 4.7.* or ?.2.2; empty for any.</translation>
    </message>
    <message>
        <source>A regular expression searched in the reply text, whatever the case: mailbox (is )?full|over ?quota</source>
        <translation>A regular expression searched in the reply text, whatever the case: mailbox (is )?full|over ?quota</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QualificationRuleListModel</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Reply code</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation>Enhanced code</translation>
    </message>
    <message>
        <source>Text pattern</source>
        <translation>Text pattern</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>550, or 5?? with ? for any digit; or an outcome without a reply: dns, connect, tls, auth, lost, local.</source>
        <translation>550, or 5?? with ? for any digit; or an outcome without a reply: dns, connect, tls, auth, lost, local.</translation>
    </message>
    <message>
        <source>The RFC 3463 code the server gives, such as 5.1.1 or 4.7.*.</source>
        <translation>The RFC 3463 code the server gives, such as 5.1.1 or 4.7.*.</translation>
    </message>
    <message>
        <source>A regular expression searched in the reply text, whatever the case.</source>
        <translation>A regular expression searched in the reply text, whatever the case.</translation>
    </message>
    <message>
        <source>Hard puts the address in quarantine at once; Soft retries and counts toward quarantine; Ignored never quarantines.</source>
        <translation>Hard puts the address in quarantine at once; Soft retries and counts toward quarantine; Ignored never quarantines.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineActions</name>
    <message>
        <source>Denylist</source>
        <translation>Denylist</translation>
    </message>
    <message>
        <source>Why (kept with the addresses):</source>
        <translation>Why (kept with the addresses):</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) released.</source>
        <translation>
            <numerusform>%n address released.</numerusform>
            <numerusform>%n addresses released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) put on the denylist.</source>
        <translation>
            <numerusform>%n address put on the denylist.</numerusform>
            <numerusform>%n addresses put on the denylist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address</source>
        <translation>Filter by address</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Make the selected addresses valid again, their error count reset.</source>
        <translation>Make the selected addresses valid again, their error count reset.</translation>
    </message>
    <message>
        <source>&amp;Denylist…</source>
        <translation>&amp;Denylist…</translation>
    </message>
    <message>
        <source>Never send to the selected addresses again.</source>
        <translation>Never send to the selected addresses again.</translation>
    </message>
    <message>
        <source>Every status but Valid</source>
        <translation>Every status but Valid</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineArea</name>
    <message>
        <source>Addresses set aside after permanent or repeated delivery errors. Deliveries skip the addresses in quarantine and the denylisted ones.</source>
        <translation>Addresses set aside after permanent or repeated delivery errors. Deliveries skip the addresses in quarantine and the denylisted ones.</translation>
    </message>
    <message>
        <source>No address is in quarantine. Addresses that fail will be listed here with their status, error count and last error.</source>
        <translation>No address is in quarantine. Addresses that fail will be listed here with their status, error count and last error.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineModel</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>First error on</source>
        <translation>First error on</translation>
    </message>
    <message>
        <source>Last error on</source>
        <translation>Last error on</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::QuarantineSection</name>
    <message>
        <source>Errors before quarantine</source>
        <translation>Errors before quarantine</translation>
    </message>
    <message>
        <source>Errors count once per (seconds)</source>
        <translation>Errors count once per (seconds)</translation>
    </message>
    <message>
        <source>Release after errors (seconds)</source>
        <translation>Release after errors (seconds)</translation>
    </message>
    <message>
        <source>Release a full mailbox (seconds)</source>
        <translation>Release a full mailbox (seconds)</translation>
    </message>
    <message>
        <source>An address is quarantined after this many significant errors.</source>
        <translation>An address is quarantined after this many significant errors.</translation>
    </message>
    <message>
        <source>Errors of one address closer together than this count as one.</source>
        <translation>Errors of one address closer together than this count as one.</translation>
    </message>
    <message>
        <source>Save the quarantine settings</source>
        <translation>Save the quarantine settings</translation>
    </message>
    <message>
        <source>The quarantine setting %1 cannot be &quot;%2&quot;: give a whole number of at least %3, or leave it empty for the default.</source>
        <translation>The quarantine setting %1 cannot be &quot;%2&quot;: give a whole number of at least %3, or leave it empty for the default.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ReasonChart</name>
    <message>
        <source>Failure reasons</source>
        <translation>Failure reasons</translation>
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
        <translation>Recipient lists imported from CSV files, with how many of their addresses can receive mail.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Import recipients from a CSV file into a new or existing list</source>
        <translation>Import recipients from a CSV file into a new or existing list</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>No recipient lists yet. Choose Import CSV… to load recipients from a CSV file into a new list.</source>
        <translation>No recipient lists yet. Choose Import CSV… to load recipients from a CSV file into a new list.</translation>
    </message>
    <message>
        <source>Import into “%1” finished.</source>
        <translation>Import into “%1” finished.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>The import failed.</translation>
    </message>
    <message>
        <source>Import canceled. The list was left as it was.</source>
        <translation>Import canceled. The list was left as it was.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>The recipients could not be imported. The list was left as it was.</source>
        <translation>The recipients could not be imported. The list was left as it was.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ReplyTestBox</name>
    <message>
        <source>No rule matches: the reply would be counted in the list of replies to qualify.</source>
        <translation>No rule matches: the reply would be counted in the list of replies to qualify.</translation>
    </message>
    <message>
        <source>Rule %1 in the table: %2</source>
        <translation>Rule %1 in the table: %2</translation>
    </message>
    <message>
        <source>The rule says %1, but a message refused for good is never Soft and one that is retried is never Hard.</source>
        <translation>The rule says %1, but a message refused for good is never Soft and one that is retried is never Hard.</translation>
    </message>
    <message>
        <source>&amp;Test this reply</source>
        <translation>&amp;Test this reply</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>550 5.1.1 &lt;someone@example.com&gt;: User unknown</source>
        <translation>550 5.1.1 &lt;someone@example.com&gt;: User unknown</translation>
    </message>
    <message>
        <source>A reply as the server sent it; \n separates the lines of a multi-line reply. The result follows the rules as they are edited, before they are saved.</source>
        <translation>A reply as the server sent it; \n separates the lines of a multi-line reply. The result follows the rules as they are edited, before they are saved.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RetrySection</name>
    <message>
        <source>First retry after (seconds)</source>
        <translation>First retry after (seconds)</translation>
    </message>
    <message>
        <source>Longest wait between tries (seconds)</source>
        <translation>Longest wait between tries (seconds)</translation>
    </message>
    <message>
        <source>Spread (± %)</source>
        <translation>Spread (± %)</translation>
    </message>
    <message>
        <source>The wait before the second try; it doubles after each soft bounce.</source>
        <translation>The wait before the second try; it doubles after each soft bounce.</translation>
    </message>
    <message>
        <source>The doubling stops at this wait.</source>
        <translation>The doubling stops at this wait.</translation>
    </message>
    <message>
        <source>Each wait moves by up to this share, so that the retries of a burst spread out.</source>
        <translation>Each wait moves by up to this share, so that the retries of a burst spread out.</translation>
    </message>
    <message>
        <source>Save the retry schedule</source>
        <translation>Save the retry schedule</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RouteDialog</name>
    <message>
        <source>Give the domain whose mail takes this route, such as example.com.</source>
        <translation>Give the domain whose mail takes this route, such as example.com.</translation>
    </message>
    <message>
        <source>The relay for every domain is set above, under &quot;Send everything through a relay&quot;.</source>
        <translation>The relay for every domain is set above, under &quot;Send everything through a relay&quot;.</translation>
    </message>
    <message>
        <source>Route of %1</source>
        <translation>Route of %1</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>New route</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
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
        <translation>&quot;%1&quot; is not HOST:PORT: write one host a line, such as relay.example.com:587.</translation>
    </message>
    <message>
        <source>Give at least one host.</source>
        <translation>Give at least one host.</translation>
    </message>
    <message>
        <source>A route that signs in needs TLS: credentials are never sent in clear.</source>
        <translation>A route that signs in needs TLS: credentials are never sent in clear.</translation>
    </message>
    <message>
        <source>Give the user the password belongs to.</source>
        <translation>Give the user the password belongs to.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>relay.example.com:587
backup.example.com:587</source>
        <translation>relay.example.com:587
backup.example.com:587</translation>
    </message>
    <message>
        <source>One HOST:PORT a line, in the order they are tried: the next one takes over when a host cannot be reached.</source>
        <translation>One HOST:PORT a line, in the order they are tried: the next one takes over when a host cannot be reached.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Never (plain text)</source>
        <translation>Never (plain text)</translation>
    </message>
    <message>
        <source>When offered (certificate not checked)</source>
        <translation>When offered (certificate not checked)</translation>
    </message>
    <message>
        <source>Required (certificate not checked)</source>
        <translation>Required (certificate not checked)</translation>
    </message>
    <message>
        <source>Required, with a verified certificate</source>
        <translation>Required, with a verified certificate</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Sign in as</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>No sign-in</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the workspace</source>
        <translation>Kept in the system keychain, never in the workspace</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::RuleTable</name>
    <message>
        <source>Saved: the deliveries that start from now on use these rules.</source>
        <translation>Saved: the deliveries that start from now on use these rules.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Unsaved changes: Save writes them to the workspace, Revert forgets them.</source>
        <translation>Unsaved changes: Save writes them to the workspace, Revert forgets them.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add a rule after the selected one (at the end when none is selected).</source>
        <translation>Add a rule after the selected one (at the end when none is selected).</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Rules are tried from the top: the first that matches wins.</source>
        <translation>Rules are tried from the top: the first that matches wins.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Forget the unsaved changes and show the rules as the workspace holds them.</source>
        <translation>Forget the unsaved changes and show the rules as the workspace holds them.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Write the rules to the workspace: the next deliveries that start use them.</source>
        <translation>Write the rules to the workspace: the next deliveries that start use them.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::SendingSection</name>
    <message>
        <source>Deliver directly to each domain&apos;s mail servers (MX)</source>
        <translation>Deliver directly to each domain&apos;s mail servers (MX)</translation>
    </message>
    <message>
        <source>Send everything through a relay</source>
        <translation>Send everything through a relay</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Save the sending settings</source>
        <translation>Save the sending settings</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>The password is in the system keychain.</translation>
    </message>
    <message>
        <source>Routes of single domains: their mail goes to these hosts instead.</source>
        <translation>Routes of single domains: their mail goes to these hosts instead.</translation>
    </message>
    <message>
        <source>&amp;Add a route…</source>
        <translation>&amp;Add a route…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>The route of %1 is saved.</source>
        <translation>The route of %1 is saved.</translation>
    </message>
    <message>
        <source>Remove the route</source>
        <translation>Remove the route</translation>
    </message>
    <message>
        <source>Remove the route of %1? Its mail then goes to its own MX hosts, or to the relay.</source>
        <translation>Remove the route of %1? Its mail then goes to its own MX hosts, or to the relay.</translation>
    </message>
    <message>
        <source>The route of %1 is removed.</source>
        <translation>The route of %1 is removed.</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::SettingsArea</name>
    <message>
        <source>Preferences of this console and of the workspace.</source>
        <translation>Preferences of this console and of the workspace.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The interface switches at once, numbers and dates included. Your choice is remembered for the next start.</source>
        <translation>The interface switches at once, numbers and dates included. Your choice is remembered for the next start.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>DKIM keys</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Retries</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Bounce mailbox</source>
        <translation>Bounce mailbox</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::SettingsSection</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The workspace&apos;s settings could not be read: %1</source>
        <translation>The workspace&apos;s settings could not be read: %1</translation>
    </message>
    <message>
        <source>The workspace refused the setting %1: %2</source>
        <translation>The workspace refused the setting %1: %2</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::StatusChart</name>
    <message>
        <source>Messages by status</source>
        <translation>Messages by status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a status, then its number of messages</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Taken into account</source>
        <translation>Taken into account</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ThroughputChart</name>
    <message>
        <source>Messages per minute</source>
        <translation>Messages per minute</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed or deferred</source>
        <translation>Failed or deferred</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Show the last hour</translation>
    </message>
    <message>
        <source>3 h</source>
        <translation>3 h</translation>
    </message>
    <message>
        <source>Show the last three hours</source>
        <translation>Show the last three hours</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Show the last 24 hours</translation>
    </message>
</context>
<context>
    <name>diffusion::ui::ToQualifyModel</name>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>How many replies of this kind no rule matched.</source>
        <translation>How many replies of this kind no rule matched.</translation>
    </message>
    <message>
        <source>The reply with what changes from one message to the next (addresses, URLs, IP addresses, ids, numbers) replaced by &lt;address&gt;, &lt;url&gt;, &lt;ip&gt;, &lt;id&gt; and &lt;n&gt;.</source>
        <translation>The reply with what changes from one message to the next (addresses, URLs, IP addresses, ids, numbers) replaced by &lt;address&gt;, &lt;url&gt;, &lt;ip&gt;, &lt;id&gt; and &lt;n&gt;.</translation>
    </message>
    <message>
        <source>The last reply of this kind, as the server sent it.</source>
        <translation>The last reply of this kind, as the server sent it.</translation>
    </message>
</context>
</TS>
