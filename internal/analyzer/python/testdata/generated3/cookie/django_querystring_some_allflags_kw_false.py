# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=querystring variant=some_allflags_kw expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00642(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie(key="SomeCookie", value=bar, path="/", secure=True, httponly=True, samesite="Strict")
    return resp


urlpatterns = [
    path("00642/", benchmark_test_00642),
]
