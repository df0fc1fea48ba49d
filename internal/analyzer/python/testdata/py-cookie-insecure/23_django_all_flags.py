# Insecure cookie FALSE: Django set_cookie of an auth token with secure, httponly and samesite=Strict
import secrets

from django.http import JsonResponse


def issue_token(request):
    resp = JsonResponse({"ok": True})
    resp.set_cookie("auth_token", secrets.token_urlsafe(32), max_age=3600, secure=True, httponly=True, samesite="Strict")
    return resp
