# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=body shape=flag_turned_off_before_use expected=true
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00244(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    secure_flag = True
    secure_flag = False
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00244/", benchmark_test_00244),
]
