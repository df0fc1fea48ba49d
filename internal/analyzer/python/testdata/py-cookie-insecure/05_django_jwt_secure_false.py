# Insecure cookie: Django response sets an auth token cookie with secure=False and samesite=None
import secrets

from django.http import JsonResponse


def issue_token(request):
    token = secrets.token_urlsafe(32)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("jwt", token, secure=False, httponly=True, samesite=None)  # want: PY-COOKIE-INSECURE
    return resp
