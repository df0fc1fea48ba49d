# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=headernames variant=theme_noflags expected=false
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00636(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("theme", "dark")
    return resp


urlpatterns = [
    path("00636/", benchmark_test_00636),
]
