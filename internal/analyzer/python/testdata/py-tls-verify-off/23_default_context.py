# TLS verify off FALSE: ssl.create_default_context with CERT_REQUIRED and check_hostname True
import smtplib
import ssl


def send_mail(msg):
    ctx = ssl.create_default_context()
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with smtplib.SMTP_SSL("mail.example.com", 465, context=ctx) as smtp:
        smtp.send_message(msg)
