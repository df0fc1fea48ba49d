# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=headernames shape=opts_dict_httponly_false expected=true
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00234(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    opts = {"secure": True, "httponly": False, "samesite": "Lax"}
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, **opts)  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00234/", benchmark_test_00234),
]
