# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=header variant=some_httponly_missing expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00629(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("SomeCookie", bar, secure=True, samesite="Strict")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00629/", benchmark_test_00629),
]
