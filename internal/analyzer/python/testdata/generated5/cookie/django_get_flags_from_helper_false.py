# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=get shape=flags_from_helper expected=false
from django.http import JsonResponse
from django.urls import path


def cookie_flags():
    return {"secure": True, "httponly": True, "samesite": "Lax"}


def benchmark_test_00255(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_token", bar, **cookie_flags())
    return resp


urlpatterns = [
    path("00255/", benchmark_test_00255),
]
