# TLS verify off: default context weakened with check_hostname = False and CERT_NONE
import imaplib
import ssl


def open_mailbox(user, secret_source):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: PY-TLS-VERIFY-OFF
    ctx.verify_mode = ssl.CERT_NONE  # want: PY-TLS-VERIFY-OFF
    box = imaplib.IMAP4_SSL("imap.example.com", ssl_context=ctx)
    box.login(user, secret_source())
    return box
