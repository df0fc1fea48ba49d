# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=getlist variant=auth_secure_missing expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00623(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("auth_token", bar, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00623/", benchmark_test_00623),
]
