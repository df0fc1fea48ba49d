# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=django source=headernames shape=flags_from_false_var sink=config expected=true
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00544(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    secure_cookies = False
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=secure_cookies, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00544/", benchmark_test_00544),
]
