# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=querystring variant=cookie_secrets expected=false
import secrets
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00728(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    rand = secrets.randbelow(10 ** 16)
    remember_me_key = str(rand)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp


urlpatterns = [
    path("00728/", benchmark_test_00728),
]
