# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=headernames variant=cookie_secrets expected=false
import secrets

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00579(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    rand = secrets.randbelow(10 ** 16)
    remember_me_key = str(rand)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp


urlpatterns = [
    path("00579/", benchmark_test_00579),
]
