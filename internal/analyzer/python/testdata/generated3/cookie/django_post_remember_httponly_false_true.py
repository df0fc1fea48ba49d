# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=post variant=remember_httponly_false expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00624(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("remember_me", bar, secure=True, httponly=False, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp


urlpatterns = [
    path("00624/", benchmark_test_00624),
]
