# TLS verify off: ssl._create_unverified_context() used for SMTP over TLS
import smtplib
import ssl


def send_mail(msg):
    ctx = ssl._create_unverified_context()  # want: PY-TLS-VERIFY-OFF
    with smtplib.SMTP_SSL("mail.example.com", 465, context=ctx) as smtp:
        smtp.send_message(msg)
