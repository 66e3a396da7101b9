package org.bridgeway.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a recipient's GreenMail inbox over IMAP, the way a mail client would (GreenMail: login = address). */
final class Inbox {

    private Inbox() {
    }

    static int count(String recipient) throws Exception {
        return subjects(recipient).size();
    }

    static List<String> subjects(String recipient) throws Exception {
        var properties = new Properties();
        properties.put("mail.imap.host", "localhost");
        properties.put("mail.imap.port", System.getenv("BRIDGEWAY_IT_IMAP_PORT"));
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(recipient, recipient);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
