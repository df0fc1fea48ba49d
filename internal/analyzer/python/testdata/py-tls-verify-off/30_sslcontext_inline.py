# ssl.SSLContext() without PROTOCOL_TLS_CLIENT verifies nothing, whether it
# is kept in a variable, a module global or passed straight on; a context
# whose verification is turned on, or PROTOCOL_TLS_CLIENT, is fine.
import ssl
import urllib.request

MODULE_CTX = ssl.SSLContext()  # want: PY-TLS-VERIFY-OFF


def fetch(url):
    return urllib.request.urlopen(url, context=ssl.SSLContext()).read()  # want: PY-TLS-VERIFY-OFF PY-HTTP-NO-PROXY


def fetch_checked(url):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_default_certs()
    return urllib.request.urlopen(url, context=ctx).read()  # want: PY-HTTP-NO-PROXY


def fetch_client(url):
    return urllib.request.urlopen(url, context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)).read()  # want: PY-HTTP-NO-PROXY
