"""Cookie sessions: the session dict is pickled and base64-encoded into a cookie."""
import base64
import hmac
import hashlib
import json
import pickle

COOKIE = "aionotes_session"
SIGNING_KEY = b"change-me"


def load_session(request):
    raw = request.cookies.get(COOKIE)
    if not raw:
        return {}
    # Unsigned pickle: whoever writes the cookie runs code in the server.
    return pickle.loads(base64.b64decode(raw))  # want: PY-DESERIALIZATION


def load_prefs(request):
    # Preferences use a signed JSON cookie: no code runs while reading it.
    raw = request.cookies.get("prefs", "")
    body, _, sig = raw.rpartition(".")
    expected = hmac.new(SIGNING_KEY, body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return {}
    return json.loads(base64.b64decode(body))


def save_session(response, data):
    response.set_cookie(COOKIE, base64.b64encode(pickle.dumps(data)).decode(), httponly=True, secure=True, samesite="Lax")
    return response
