# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=django source=querystring shape=signed_cookie_flags sink=config expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00546(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_signed_cookie("sessionid", bar, secure=True, httponly=True, samesite="Lax")
    return resp


urlpatterns = [
    path("00546/", benchmark_test_00546),
]
