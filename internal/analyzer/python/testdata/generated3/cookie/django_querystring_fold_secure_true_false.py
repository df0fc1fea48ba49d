# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=querystring variant=fold_secure_true expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00614(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    secure_flag = (7 * 18) + 106 > 200
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")
    return resp


urlpatterns = [
    path("00614/", benchmark_test_00614),
]
