# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=django source=get shape=django_all_flags_max_age expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00251(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("sessionid", bar, max_age=3600, secure=True, httponly=True, samesite="Lax")
    return resp


urlpatterns = [
    path("00251/", benchmark_test_00251),
]
