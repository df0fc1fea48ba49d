# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=body shape=django_morsel_flags_set expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00259(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    resp = JsonResponse({"ok": True})
    resp.cookies["sessionid"] = bar
    resp.cookies["sessionid"]["secure"] = True
    resp.cookies["sessionid"]["httponly"] = True
    resp.cookies["sessionid"]["samesite"] = "Lax"
    return resp


urlpatterns = [
    path("00259/", benchmark_test_00259),
]
